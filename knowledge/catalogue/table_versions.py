"""An assignment table as a reviewed change: what a new table adds, drops and changes against the
table in force, per agency, and the versions a province's table went through.

Version 0 is the table in the data files (assignments_*.tsv), when the province has one; every
import or rollback is a new version, and the latest is in force. Their words (the review's
lines, the versions' list) are knowledge/render/table_text.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from knowledge.catalogue.model import Catalogue

ROLE_NAMES = {"lead": "chủ trì", "coordinate": "phối hợp"}
_KEY_ORDER = re.compile(r"^(\d+)-(\d+)(?:/(.*))?$")


@dataclass(frozen=True)
class Entry:
    """What the review compares of a row: who leads, who coordinates, by when."""

    lead: tuple[str, ...]
    coordinate: tuple[str, ...]
    deadline_text: str

    def role_of(self, agency: str) -> str | None:
        if agency in self.lead:
            return "lead"
        if agency in self.coordinate:
            return "coordinate"
        return None


Table = dict[str, Entry]


class Assigned(Protocol):
    """A row of an assignment table: in force (Assignment) or imported (ImportedRow)."""

    @property
    def key(self) -> str: ...
    @property
    def lead(self) -> tuple[str, ...]: ...
    @property
    def coordinate(self) -> tuple[str, ...]: ...
    @property
    def deadline_text(self) -> str: ...


def table_of(
    rows: Iterable[Assigned], expand: Callable[[Iterable[str]], tuple[str, ...]] | None = None
) -> Table:
    """Assignments (or imported rows: anything with key, lead, coordinate, deadline_text).
    Imported rows name agencies as printed ("UBND huyện"); `expand` (Province.expand) reads them
    as the table in force does, each district unit on its own, so the two compare.
    """
    if expand is None:
        return {r.key: Entry(r.lead, r.coordinate, r.deadline_text) for r in rows}
    return {r.key: Entry(expand(r.lead), expand(r.coordinate), r.deadline_text) for r in rows}


def key_order(key: str) -> tuple:
    m = _KEY_ORDER.match(key)
    return (int(m.group(1)), int(m.group(2)), m.group(3) or "") if m else (9999, 0, key)


@dataclass
class AgencyChange:
    agency: str
    counts: tuple[int, int, int, int]  # lead before, lead after, coordinate before, after
    added: list[str] = field(default_factory=list)  # "406-22 (chủ trì)"
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)  # "406-7: chủ trì → phối hợp"


@dataclass
class TableDiff:
    old_count: int
    new_count: int
    added: list[str]
    removed: list[str]
    changed: list[str]
    agencies: list[AgencyChange]
    # each changed row whole, field by field: "406-16: chủ trì A → B; hạn X → Y"; an agency's
    # lines say only its role, so a deadline moved with a new lead is never left unsaid
    rows: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)

    @property
    def partial(self) -> bool:
        """The new table lacks rows in force: applying it drops them, which needs saying so."""
        return bool(self.removed)


def _counts(table: Table, agency: str) -> tuple[int, int]:
    roles = [e.role_of(agency) for e in table.values()]
    return roles.count("lead"), roles.count("coordinate")


def diff(old: Table, new: Table) -> TableDiff:
    keys = sorted(set(old) | set(new), key=key_order)
    added = [k for k in keys if k not in old]
    removed = [k for k in keys if k not in new]
    changed = [k for k in keys if k in old and k in new and old[k] != new[k]]
    names: list[str] = []
    for table in (old, new):
        for e in table.values():
            names += [*e.lead, *e.coordinate]
    result = []
    for agency in dict.fromkeys(names):
        lead_old, coord_old = _counts(old, agency)
        lead_new, coord_new = _counts(new, agency)
        change = AgencyChange(agency, (lead_old, lead_new, coord_old, coord_new))
        for key in keys:
            before = old[key].role_of(agency) if key in old else None
            after = new[key].role_of(agency) if key in new else None
            if before is None and after is not None:
                change.added.append(f"{key} ({ROLE_NAMES[after]})")
            elif before is not None and after is None:
                change.removed.append(f"{key} ({ROLE_NAMES[before]})")
            elif before is not None and after is not None and before != after:
                change.changed.append(f"{key}: {ROLE_NAMES[before]} → {ROLE_NAMES[after]}")
        if change.added or change.removed or change.changed:
            result.append(change)
    rows = [f"{key}: {row_change(old[key], new[key])}" for key in changed]
    return TableDiff(len(old), len(new), added, removed, changed, result, rows)


def row_change(old: Entry, new: Entry) -> str:
    """What changed in one row, field by field ("chủ trì A → B; hạn X → Y"): the one wording of a
    row's change for an import's review, a merge and a rollback alike."""
    what = []
    for label, was, now in (
        ("chủ trì", old.lead, new.lead),
        ("phối hợp", old.coordinate, new.coordinate),
    ):
        if was != now:
            what.append(f"{label} {', '.join(was) or '—'} → {', '.join(now) or '—'}")
    if old.deadline_text != new.deadline_text:
        what.append(f"hạn {old.deadline_text or '—'} → {new.deadline_text or '—'}")
    return "; ".join(what)


def unit_lines(old: Table, new: Table) -> dict[str, list[str]]:
    """For each unit a table change concerns, its rows whose role or date changed, one line
    each, old → new ("406-22: chủ trì → phối hợp", "406-11/Y tế: hạn Tháng 12/2021 → Tháng
    11/2021", "406-14: giao mới (phối hợp), hạn Tháng 9/2021", "406-7: bỏ (phối hợp)"): what
    its officers are told once the change is applied (ux38 #8). A unit whose rows changed only
    in another unit's name is told nothing."""
    found: dict[str, list[str]] = {}
    for key in sorted(set(old) | set(new), key=key_order):
        was, now = old.get(key), new.get(key)
        if was == now:
            continue
        units = [
            *(was.lead + was.coordinate if was else ()),
            *(now.lead + now.coordinate if now else ()),
        ]
        for unit in dict.fromkeys(units):
            before = was.role_of(unit) if was else None
            after = now.role_of(unit) if now else None
            if before is None and after is not None and now is not None:
                due = f", hạn {now.deadline_text}" if now.deadline_text else ""
                line = f"{key}: giao mới ({ROLE_NAMES[after]}){due}"
            elif after is None and before is not None:
                line = f"{key}: bỏ ({ROLE_NAMES[before]})"
            elif was is not None and now is not None and before and after:
                what = [f"{ROLE_NAMES[before]} → {ROLE_NAMES[after]}"] if before != after else []
                if was.deadline_text != now.deadline_text:
                    what.append(f"hạn {was.deadline_text or '—'} → {now.deadline_text or '—'}")
                if not what:
                    continue
                line = f"{key}: {'; '.join(what)}"
            else:
                continue
            found.setdefault(unit, []).append(line)
    return found


def version_zero(catalogue: Catalogue, slug: str) -> tuple[str, str, int] | None:
    """(province name, decision, rows) of the data files' table, when the province has one.
    `catalogue` is the data files' own, before any import."""
    province = catalogue.provinces.get(slug)
    if province is None or not province.assignments:
        return None
    return province.name, province.decision, len(province.assignments)


@dataclass(frozen=True)
class TableVersion:
    number: int
    at: datetime | None  # None: version 0, the data files
    by: int | None  # the admin's Telegram id; None from the command line
    source: str  # the file imported, or the data file
    rows: int
    restores: int | None = None  # a rollback: the version it restored
    embedded: bool = False  # the data files' table (version 0, or a rollback to it)
