"""A row's dates in a province: the province's own (each phase of a multi-phase cell), the
decision's milestones the province's dates do not answer, and, for a row with no date of its own
(406-11), its sub-rows' dates. The reminders remind them, the standing rule counts them, and a
question about a period lists them, all from here."""

from __future__ import annotations

from datetime import date

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
    each marked as theirs (`Deadline.parts`), so that no view says it owes nothing.
    """
    result = []
    dated = _dated(row, assignment, plan_from) or [(m, PARTS) for m in parts]
    for i, (milestone, source) in enumerate(dated):
        if not start <= milestone.due <= end:
            continue
        following = dated[i + 1][0].due if i + 1 < len(dated) else None
        label = milestone.label if (len(dated) > 1 or source != LOCAL) else ""
        if source == NATIONAL:
            label = f"QĐ {row.decision}: {label}"
        for agency in assignment.agencies:
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
                )
            )
    return result


LOCAL, NATIONAL, PARTS = "local", "national", "parts"  # whose date a row's milestone is
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


def part_dates(catalogue: Catalogue, province: Province, row: Row) -> tuple[Milestone, ...]:
    """The dates a row owes by when it has none of its own: its sub-rows' (406-11's sectors,
    30/9/2021 and 31/12/2021 in Tuyên Quang), each date once: those the province assigned,
    with their own dates, else the decision's. Nothing for a row that has a date, or no
    sub-rows: a date is never made up."""
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


def row_dates(
    catalogue: Catalogue, province: Province, key: str, first: date | None = None
) -> tuple[date, ...]:
    """The dates a row falls due in this province, in order: those the reminders remind and the
    standing rule counts (`row_deadlines`), so that a question about a period or the nearest
    date lists what the reminders remind ("tháng 9" holds 406-22's national 30/9 beside the
    province's 31/8). A row the province did not assign: the decision's milestones."""
    row = catalogue.rows[key]
    assignment = province.assignments.get(key)
    if assignment is None:
        return tuple(m.due for m in row.milestones)
    dated = _dated(row, assignment, first or plan_first_day(province))
    dues = [m.due for m, _ in dated] or [m.due for m in part_dates(catalogue, province, row)]
    return tuple(dict.fromkeys(dues))
