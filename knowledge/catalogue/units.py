"""A province's district-level units (huyện, thị xã, thành phố thuộc tỉnh), from the maintained
`vietnam-provinces` package rather than typed by hand.

Its 0.6.x releases carry the General Statistics Office's list as of their `__data_version__`
(2025-01-04 for 0.6.0), the last with districts: districts were abolished on 1/7/2025, and the
package's 2025 releases list only the provinces and communes after that rearrangement. The list is
used for a plan year before it (provinces.toml says which, and for which province code); the unit
is named as officers write its people's committee: "UBND huyện Hàm Yên", "UBND thành phố Tuyên
Quang".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import vietnam_provinces
from vietnam_provinces.enums import DistrictEnum, ProvinceEnum

from knowledge.catalogue.model import Agency, Province
from knowledge.language.text import Token, tokenize

ABOLISHED = date(2025, 7, 1)  # districts ceased to exist (the July 2025 rearrangement)
# Division names as the package prints them, longest first; the committee writes them lower case.
DIVISIONS = ("Thành phố", "Thị xã", "Huyện", "Quận")


class UnitsError(ValueError):
    pass


@dataclass(frozen=True)
class UnitList:
    names: tuple[str, ...]  # "UBND thành phố Tuyên Quang", "UBND huyện Lâm Bình", ...
    source: str  # the package, its version and the date of its list, and the year it serves


def committee_name(district: str) -> str:
    """ "Huyện Hàm Yên" -> "UBND huyện Hàm Yên"; "Thành phố Tuyên Quang" -> "UBND thành phố …"."""
    for division in DIVISIONS:
        if district.startswith(division + " "):
            return f"UBND {division.lower()} {district[len(division) + 1 :]}"
    raise UnitsError(f"{district!r} is not a huyện, thị xã, quận or thành phố")


def province_names() -> tuple[str, ...]:
    """Every province's name without its division ("Ninh Thuận", "Hà Nội"): how a letter's
    issuer and place print it."""
    names = (p.value.name for p in ProvinceEnum)
    return tuple(
        n.split(" ", 1)[1] if n.startswith("Tỉnh ") else n[len("Thành phố ") :] for n in names
    )


def district_units(province_name: str, gso_code: int, year: int) -> UnitList:
    """The district-level units of the province with this GSO code, for a plan year."""
    listed = date.fromisoformat(vietnam_provinces.__data_version__)
    version = vietnam_provinces.__version__
    if listed >= ABOLISHED:
        raise UnitsError(
            f"vietnam-provinces {version} lists divisions of {listed}, after districts were "
            f"abolished on {ABOLISHED}: install a 0.6.x release"
        )
    if year > ABOLISHED.year:
        raise UnitsError(f"plan year {year}: there are no districts after {ABOLISHED}")
    member = ProvinceEnum.__members__.get(f"P_{gso_code}")
    if member is None or not member.value.name.endswith(" " + province_name):
        printed = member.value.name if member else "nothing"
        raise UnitsError(f"GSO code {gso_code} is {printed}, not {province_name}")
    names = tuple(
        committee_name(d.value.name) for d in DistrictEnum if d.value.province_code == gso_code
    )
    if not names:
        raise UnitsError(f"vietnam-provinces {version} lists no district of {province_name}")
    source = (
        f"vietnam-provinces {version}: danh mục đơn vị hành chính của Tổng cục Thống kê ngày "
        f"{listed:%d/%m/%Y}, dùng cho năm {year}"
    )
    return UnitList(names, source)


def registrable(agencies: dict[str, Agency], province: Province) -> list[str]:
    """The agencies an officer of this province may act for, in the register's order: the
    provincial agencies, and in the place of "UBND huyện" each of the province's units (a province
    that lists none keeps the group as one agency).
    """
    names: list[str] = []
    for agency in agencies.values():
        if agency.province not in ("", province.slug):
            continue
        if agency.kind in ("so", "nganh"):
            names.append(agency.name)
        elif agency.kind == "ubnd":
            names += province.members(agency.name)
    return names


def choose_unit(province: Province, agency: str) -> tuple[str, ...]:
    """The units to choose from when someone names the group itself ("UBND huyện") where one
    unit is meant: registering, or acting as an officer registered to the group before the
    province listed its units. Empty for any other agency.
    """
    members = province.members(agency)
    return members if members != (agency,) else ()


def unit_by_words(typed: Sequence[Token], units: Sequence[str]) -> str | None:
    """The one unit whose name holds every word typed: "hàm yên" is UBND huyện Hàm Yên and
    "viễn thông" Viễn thông Tuyên Quang, and "yên sơn" UBND huyện Yên Sơn though "yên" is also
    Hàm Yên's and "sơn" Sơn Dương's (ux30 #9: a draft's unit editor refused it), while "tuyên
    quang" (in two names) and "giấy phép xây dựng" (two words in no name) are no unit. Only where
    a unit is expected (the unit an admin writes for): in a question a place is a place, not its
    committee, and "xây dựng" a service's words."""
    if not typed:
        return None
    names, _ = _name_words(tuple(units))
    wanted = {t.fold for t in typed}
    fits = [unit for unit, folds in names.items() if wanted <= folds]
    return fits[0] if len(fits) == 1 else None


@lru_cache(maxsize=64)
def _name_words(
    units: tuple[str, ...],
) -> tuple[dict[str, frozenset[str]], dict[str, int]]:
    """Each unit's folded name words, and in how many names each word stands: read once per list
    of units (a table version's), not at every unit looked for (an admin's long /capnhat looks
    for a unit at each word, thousands of times)."""
    names = {unit: frozenset(t.fold for t in tokenize(unit)) for unit in units}
    held: dict[str, int] = {}
    for folds in names.values():
        for word in folds:
            held[word] = held.get(word, 0) + 1
    return names, held


def units_holding(typed: Sequence[Token], units: Sequence[str]) -> list[str]:
    """Every unit whose name holds every word typed: "tuyên quang" is both UBND thành phố
    Tuyên Quang and Viễn thông Tuyên Quang, for the admin to choose between (`unit_by_words`
    reads a unit only when one name alone fits)."""
    wanted = {t.fold for t in typed}
    if not wanted:
        return []
    names, _ = _name_words(tuple(units))
    return [u for u in units if wanted <= names[u]]


def unit_read(text: str, whole: Callable[[str], str | None], units: Sequence[str]) -> str | None:
    """The unit a text names where a unit stands (whom an admin writes for, /dangky, a draft's
    units), one reading for every path: any form the agency register reads whole (`whole`: its
    names, aliases, and the short forms and initials generated from a name, "tnmt", "STNMT",
    "sở KH&ĐT", "ubnd ham yen"), else the words only one of `units` holds ("hàm yên")."""
    return whole(text) or unit_by_words(tokenize(text), units)


def leading_unit(
    typed: Sequence[Token], whole: Callable[[str], str | None], units: Sequence[str]
) -> tuple[str, int] | None:
    """The unit the longest run of words `typed` opens with names (`unit_read`), and how many
    words it took: "tnmt mẫu 02" is Sở Tài nguyên và Môi trường, then the task's words. None
    when no opening run names one."""
    for end in range(len(typed), 0, -1):
        name = unit_read(" ".join(t.raw for t in typed[:end]), whole, units)
        if name is not None:
            return name, end
    return None
