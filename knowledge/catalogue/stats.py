"""Statistics from a province's service report (Bắc Giang): dossiers received online, services at a
level, the online share per department: which question it is and the report's lines it reads.
The answers are written in knowledge/render/stats_text.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.catalogue.agencies import AgencyResolver
from knowledge.catalogue.model import Province, ServiceStat

PERIOD = "01/01/2020–31/5/2020"
_DOSSIERS = re.compile(
    r"\b(?:bao nhieu|so luong|so|tong so|tong)\s+(?:ho so|hs)\b|\bho so\b.*\b(?:bao nhieu|may)\b"
)
_LEVEL = re.compile(r"\b(?:muc do|muc|md|level|cap do)\s*([34])\b")
_WHICH = re.compile(r"\b(?:nao|nhung|danh sach|liet ke|gom|co gi|bao nhieu)\b")
_SHARE = re.compile(r"\b(?:ty le|ti le|phan tram|ty trong|ti trong)\b")
MAX_LISTED = 30


@dataclass(frozen=True)
class StatsQuestion:
    kind: str  # dossiers | level | share
    agency: str | None
    level: int | None = None


def stats_question(folded: str, agency: str | None) -> StatsQuestion | None:
    if _SHARE.search(folded) and (
        "truc tuyen" in folded or "online" in folded or "qua mang" in folded
    ):
        return StatsQuestion("share", agency)
    level = _LEVEL.search(folded)
    if level and agency and _WHICH.search(folded) and "ho so" not in folded:
        return StatsQuestion("level", agency, int(level.group(1)))
    if _DOSSIERS.search(folded) and agency:
        return StatsQuestion("dossiers", agency, int(level.group(1)) if level else None)
    return None


def rows_of(province: Province, resolver: AgencyResolver, agency: str) -> list[ServiceStat]:
    """The department's lines of the report (cấp tỉnh), however the report spelled its name."""
    return [s for s in province.stats if s.tier == "tinh" and resolver.resolve(s.agency) == agency]


def share_by_agency(province: Province, resolver: AgencyResolver) -> list[tuple[str, int, int]]:
    """(department, online, total) for each department with a total, best share first."""
    sums: dict[str, list[int]] = {}
    for r in province.stats:
        if r.tier != "tinh":
            continue
        name = resolver.resolve(r.agency) or r.agency
        pair = sums.setdefault(name, [0, 0])
        pair[0] += r.online or 0
        pair[1] += r.total or 0
    rows = [(name, online, total) for name, (online, total) in sums.items() if total]
    return sorted(rows, key=lambda t: (-t[1] / t[2], t[0]))
