"""A row's dates in a province: the province's own (each phase of a multi-phase cell), the
decision's milestones the province's dates do not answer, and, for a row with no date of its own
(406-11), its sub-rows' dates. The reminders remind them, the standing rule counts them, and a
question about a period lists them, all from here."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from knowledge.calendar.deadlines import Milestone
from knowledge.catalogue.model import Assignment, Catalogue, Province, Row
from knowledge.catalogue.plan import plan_first_day
from knowledge.rules.standing import Deadline


def row_deadlines(
    row: Row,
    assignment: Assignment,
    start: date = date.min,
    end: date = date.max,
    plan_from: date | None = None,
    parts: tuple[Milestone, ...] = (),
    owners: Mapping[date, frozenset[str]] | None = None,
) -> list[Deadline]:
    """A row's dates for each of its agencies, in date order: the province's (each phase of a
    multi-phase cell), and the national milestones the province's dates do not answer: those
    after its last date (the decision's date is the last resort), and those before its first
    that fall inside the province's plan (`plan_from`, knowledge/catalogue/plan.py
    `plan_first_day`): a province's date later than the decision's, "/giao 406-14 hạn tháng
    10" on a row due nationally by 30/6, does not move the decision's date, which is still owed
    and reminded; one that had passed before the plan began was carried over by the plan.
    A row with no date of its own, neither the province's nor the decision's, whose sub-rows
    have dates (406-11: one per sector), owes by its sub-rows' dates (`parts`, `part_dates`),
    each marked as theirs (`Deadline.parts`), so that no view says it owes nothing. Such a
    date is owed by the row's lead agencies (they answer for the whole row) and by the units that
    take part in a sub-row of that date (`owners`, `part_owners`): a unit that only coordinates
    the row and has no part in its sub-rows (406-11's district units, the sectors being the
    Sở's with Công an tỉnh and Văn phòng UBND tỉnh) owes none of them (see `part_owners`).
    A unit that only coordinates a row the province dated owes the province's dates alone
    (`owes_national`): the decision's dates are its leads'.
    """
    result = []
    dated = _dated(row, assignment, plan_from) or [(m, PARTS) for m in parts]
    dated_here = any(source == LOCAL for _, source in dated)
    own = _own_milestones(dated)
    for i, (milestone, source) in enumerate(dated):
        if not start <= milestone.due <= end:
            continue
        following = dated[i + 1][0].due if i + 1 < len(dated) else None
        label = milestone.label if (len(dated) > 1 or source != LOCAL) else ""
        if source == NATIONAL:
            label = f"QĐ {row.decision}: {label}"
        for agency in assignment.agencies:
            if source == PARTS and not owes_part(assignment, agency, milestone.due, owners):
                continue
            if source == NATIONAL and dated_here and not owes_national(assignment, agency):
                continue
            result.append(
                Deadline(
                    agency,
                    row.key,
                    row.short_title,
                    "lead" if agency in assignment.lead else "coordinate",
                    milestone.due,
                    label,
                    following=following,
                    parts=source == PARTS,
                    national=source == NATIONAL,
                    milestone=_belongs_to(milestone.due, own),
                )
            )
    return result


LOCAL, NATIONAL, PARTS = "local", "national", "parts"  # whose date a row's milestone is


def owes_national(assignment: Assignment, agency: str) -> bool:
    """Whether `agency` owes the decision's dates beside the province's own on a row the
    province dated: its leads do. A unit that only coordinates (phối hợp) has no deliverable of
    its own: BIỂU 01 gives each row to its chủ trì "phối hợp với" the others, by the date the
    province set, so a supporting unit owes that date, never the decision's earlier one that
    the province moved on (ux38 #3: Na Hang, phối hợp on 406-14 by 30/9/2021, was told
    "quá hạn 68 ngày" of the decision's 30/6). Without a province's date, the decision's date
    is the only one there is, and everyone owes it."""
    return agency in assignment.lead


def _own_milestones(dated: list[tuple[Milestone, str]]) -> tuple[date, ...]:
    """The row's own milestones, each of which a unit reports on its own (406-39: households
    by 31/5, businesses by 31/8): the province's phases, else the decision's when the province
    set none. Empty for a row of one milestone and for the sub-rows' dates (one status)."""
    local = tuple(m.due for m, source in dated if source == LOCAL)
    own = local or tuple(m.due for m, source in dated if source == NATIONAL)
    return own if len(own) > 1 else ()


def _belongs_to(due: date, own: tuple[date, ...]) -> date | None:
    """The own milestone a date belongs to: itself, or for the decision's date beside the
    province's phases, the phase it stands beside (before the first: the first; after the
    last: the last, the same stage of the work as the decision words it)."""
    if not own:
        return None
    if due in own:
        return due
    return own[0] if due < own[0] else own[-1]


PARTS_LABEL = "Theo hạn của các ngành (tỉnh chưa giao hạn riêng)"


def _dated(
    row: Row, assignment: Assignment, plan_from: date | None
) -> list[tuple[Milestone, str]]:
    """A row's own milestones in this province, in date order, each marked the province's
    (LOCAL) or the decision's (NATIONAL) (see `row_deadlines`)."""
    local = assignment.milestones

    def unanswered(due: date) -> bool:
        if not local or due > local[-1].due:
            return True
        return plan_from is not None and plan_from <= due < local[0].due

    national = [m for m in row.milestones if unanswered(m.due)]
    return sorted(
        [(m, LOCAL) for m in local] + [(m, NATIONAL) for m in national], key=lambda d: d[0].due
    )


_SUBS: dict[int, tuple[dict[str, Row], dict[tuple[str, str], list[Row]]]] = {}


def _sub_rows(rows: dict[str, Row]) -> dict[tuple[str, str], list[Row]]:
    """The sub-rows of each (decision, number), indexed once per table of rows: a period
    question reads a parent row's dates off its sub-rows, and scanning 10,000 rows for them at
    each question was a third of `ask` at that size. Kept by the dict's identity (a catalogue
    changed is a new dict of rows)."""
    cached = _SUBS.get(id(rows))
    if cached is not None and cached[0] is rows:
        return cached[1]
    index: dict[tuple[str, str], list[Row]] = {}
    for r in rows.values():
        if r.sub:
            index.setdefault((r.decision, r.number), []).append(r)
    if len(_SUBS) > 16:
        _SUBS.clear()
    _SUBS[id(rows)] = (rows, index)
    return index


# the sub-rows' dates a row owes by (`part_dates`), and each date of the row for each of its
# agencies (`row_deadlines`, with `part_owners`)
Owed = tuple[tuple[Milestone, ...], tuple[Deadline, ...]]


@dataclass
class _Kept:
    """What a row's dates are in one province, for one table of rows: none of it hangs on the
    question or the day, and a period question reads the dates of each of the province's rows
    and the standing of each row it lists (~0.6 ms of a 2-3 ms ask before). Kept by the
    objects' identity, each held so that its id is not reused: a table version, a letter
    published or a grown catalogue is a new province or a new dict of rows, never one changed
    in place (the loader alone fills them)."""

    rows: dict[str, Row]
    province: Province
    parts: dict[str, tuple[Milestone, ...]] = field(default_factory=dict)
    owners: dict[str, Mapping[date, frozenset[str]]] = field(default_factory=dict)
    dates: dict[tuple[str, date | None, str | None], tuple[date, ...]] = field(
        default_factory=dict
    )
    owed: dict[tuple[str, date | None], Owed] = field(default_factory=dict)


_KEPT: dict[tuple[int, int], _Kept] = {}
T = TypeVar("T")


def _kept(catalogue: Catalogue, province: Province) -> _Kept:
    found = _KEPT.get((id(catalogue.rows), id(province)))
    if found is not None and found.rows is catalogue.rows and found.province is province:
        return found
    if len(_KEPT) > 16:
        _KEPT.clear()
    kept = _Kept(catalogue.rows, province)
    _KEPT[(id(catalogue.rows), id(province))] = kept
    return kept


def _per_row(
    catalogue: Catalogue,
    province: Province,
    row: Row,
    kept: dict[str, T],
    compute: Callable[[Catalogue, Province, Row], T],
) -> T:
    """`compute`'s answer for a row, kept once per table of rows and province; a row of no table
    kept (a row built for a question) is computed each time."""
    if catalogue.rows.get(row.key) is not row:
        return compute(catalogue, province, row)
    found = kept.get(row.key)
    if found is None:
        found = kept[row.key] = compute(catalogue, province, row)
    return found


def part_dates(catalogue: Catalogue, province: Province, row: Row) -> tuple[Milestone, ...]:
    """The dates a row owes by when it has none of its own: its sub-rows' (406-11's sectors,
    30/9/2021 and 31/12/2021 in Tuyên Quang), each date once: those the province assigned,
    with their own dates, else the decision's. Nothing for a row that has a date, or no
    sub-rows: a date is never made up."""
    return _per_row(catalogue, province, row, _kept(catalogue, province).parts, _part_dates)


def _part_dates(catalogue: Catalogue, province: Province, row: Row) -> tuple[Milestone, ...]:
    assignment = province.assignments.get(row.key)
    if row.sub is not None or row.milestones or (assignment and assignment.milestones):
        return ()
    subs = _sub_rows(catalogue.rows).get((row.decision, row.number), [])
    first = plan_first_day(province)
    dues: set[date] = set()
    for sub in subs:
        given = province.assignments.get(sub.key)
        if given is not None:
            dues |= {m.due for m, _ in _dated(sub, given, first)}
    if not dues:
        dues = {m.due for sub in subs for m in sub.milestones}
    return tuple(Milestone(due, PARTS_LABEL) for due in sorted(dues))


def part_owners(
    catalogue: Catalogue, province: Province, row: Row
) -> Mapping[date, frozenset[str]]:
    """Who owes each of a row's sub-rows' dates (`part_dates`): the units that lead or
    coordinate a sub-row the province assigned with that date. BIỂU 01 gives 406-11 to Công an
    tỉnh "phối hợp với các Sở, ngành, UBND các huyện/thành phố" and no date; each sector's row
    is its Sở's, "phối hợp với Công an tỉnh, Văn phòng UBND tỉnh", by 30/9 or 31/12/2021. So the
    police, which leads the row and takes part in every sector, owes both dates; a district
    unit, named in no sector's row, owes neither: it supports the lead when asked, with no date
    the province set for it, and is never late for a Sở's date."""
    return _per_row(catalogue, province, row, _kept(catalogue, province).owners, _part_owners)


def _part_owners(
    catalogue: Catalogue, province: Province, row: Row
) -> Mapping[date, frozenset[str]]:
    subs = _sub_rows(catalogue.rows).get((row.decision, row.number), [])
    first = plan_first_day(province)
    owners: dict[date, set[str]] = {}
    for sub in subs:
        given = province.assignments.get(sub.key)
        if given is None:
            continue
        for m, _ in _dated(sub, given, first):
            owners.setdefault(m.due, set()).update(
                u for a in given.agencies for u in province.members(a)
            )
    return {due: frozenset(names) for due, names in owners.items()}


def owes_part(
    assignment: Assignment,
    agency: str,
    due: date,
    owners: Mapping[date, frozenset[str]] | None,
) -> bool:
    """Whether `agency` owes a date of the row's sub-rows (`part_owners`): its leads always;
    another unit only when it takes part in a sub-row of that date. Without `owners` (a caller
    that did not ask) every agency of the row does, as before."""
    if owners is None or agency in assignment.lead:
        return True
    return agency in owners.get(due, frozenset())


def row_dates(
    catalogue: Catalogue,
    province: Province,
    key: str,
    first: date | None = None,
    agency: str | None = None,
) -> tuple[date, ...]:
    """The dates a row falls due in this province, in order: those the reminders remind and the
    standing rule counts (`row_deadlines`), so that a question about a period or the nearest
    date lists what the reminders remind ("tháng 9" holds 406-22's national 30/9 beside the
    province's 31/8). A row the province did not assign: the decision's milestones. With
    `agency`, only the dates that agency owes: none of 406-11's sectors' dates for a district
    unit that only coordinates it (`part_owners`)."""
    kept = _kept(catalogue, province).dates
    found = kept.get((key, first, agency))
    if found is None:
        found = kept[(key, first, agency)] = _row_dates(catalogue, province, key, first, agency)
    return found


def _row_dates(
    catalogue: Catalogue, province: Province, key: str, first: date | None, agency: str | None
) -> tuple[date, ...]:
    row = catalogue.rows[key]
    assignment = province.assignments.get(key)
    if assignment is None:
        return tuple(m.due for m in row.milestones)
    dated = _dated(row, assignment, first or plan_first_day(province))
    if dated and agency is not None and any(s == LOCAL for _, s in dated):
        # a unit that only coordinates owes the province's dates alone (`owes_national`)
        units = [u for u in province.members(agency) if u in assignment.agencies]
        if units and not any(owes_national(assignment, u) for u in units):
            dated = [(m, s) for m, s in dated if s == LOCAL]
    if dated:
        return tuple(dict.fromkeys(m.due for m, _ in dated))
    parts = part_dates(catalogue, province, row)
    owners = part_owners(catalogue, province, row) if parts and agency else None
    return tuple(
        dict.fromkeys(
            m.due
            for m in parts
            if agency is None
            or any(owes_part(assignment, u, m.due, owners) for u in province.members(agency))
        )
    )


def owed_dates(
    catalogue: Catalogue, province: Province, assignment: Assignment, first: date | None
) -> Owed:
    """Every date a row of the province's table owes, for each of its agencies, and the
    sub-rows' dates it owes by when it has none of its own: what the standing rule reads of
    the row (`first`: plan_first_day). Kept per table (`_Kept`)."""
    if province.assignments.get(assignment.key) is not assignment:  # not the table kept
        return _owed_dates(catalogue, province, assignment, first)
    kept = _kept(catalogue, province).owed
    found = kept.get((assignment.key, first))
    if found is None:
        found = kept[(assignment.key, first)] = _owed_dates(catalogue, province, assignment, first)
    return found


def _owed_dates(
    catalogue: Catalogue, province: Province, assignment: Assignment, first: date | None
) -> Owed:
    row = catalogue.rows[assignment.key]
    parts = part_dates(catalogue, province, row)
    who = part_owners(catalogue, province, row) if parts else None
    return parts, tuple(row_deadlines(row, assignment, plan_from=first, parts=parts, owners=who))
