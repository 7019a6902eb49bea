"""Progress asked in words: "bên em còn gì chưa xong", "Sở Xây dựng có gì quá hạn", "toàn tỉnh
đã xong những gì".

The units and their states come from `knowledge.rules.progress.standings` on the statuses passed
in (a value: the reader reads no database), so a question answered here agrees with /tiendo,
/quahan, the digest and the charts. "Có gì quá hạn" without a period is answered with /quahan's
own text (the same units: every late one of the scope).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from knowledge.calendar.deadlines import days_between, is_past
from knowledge.catalogue.model import Catalogue, Province, split_key
from knowledge.catalogue.views import RowView, TaskView, row_view
from knowledge.reader.reading import Reading
from knowledge.rules.progress import Tally, standings, tally, task_standings
from knowledge.rules.standing import Mark, Standing, State

Marks = dict[tuple[str, str], Mark]
WANTED = {
    "late": {State.LATE},
    "open": {State.LATE, State.OPEN},
    "done": {State.DONE},
}


@dataclass(frozen=True)
class Found:
    """The units asked about (`standing`: "late", "open" or "done"; `within`: the period they
    were narrowed to, as a label), and their rows and tasks as the answer lists them. The words
    are knowledge/render/progress_text.py's `units_report`, /quahan's own."""

    items: list[RowView]
    tasks: list[TaskView]
    units: list[Standing]
    standing: str
    agency: str | None
    within: str = ""
    overdue: bool = False  # the late units before `within` are listed too
    # asked as an amount ("được bao nhiêu phần trăm rồi"): the scope's count, as /tiendo's
    tally: Tally | None = None
    # asked what is late: the units still open that fall due today (nothing late yet on the day)
    due_today: tuple[Standing, ...] = ()
    # asked which unit is the most late: the units by their count, most first
    ranked: bool = False
    # asked what is late: what was sent or done after its date, in the same scope and period,
    # said beside as sent late (a standing of its own, never dropped: ux30 #4)
    sent_late: tuple[Standing, ...] = ()


def progress_answer(
    catalogue: Catalogue,
    province: Province,
    reading: Reading,
    marks: Marks,
    today: date,
    amount: bool = False,
) -> Found:
    agency, period = reading.agency, reading.period
    standing = reading.standing or "open"
    # the province's late or open rows as /quahan tinh lists them, the coordinating ones too
    listed = standings(catalogue, province, marks, today, agency, coordinating=agency is None)
    units = [s for s in listed if s.role != "coordinate"] if agency is None else listed
    chosen = [s for s in listed if s.state in WANTED[standing]]
    if period:
        # What is still open in a span that holds today ("tuần này", "sắp hết hạn", "từ nay đến
        # 30/6") is also what is already late: it is still owed now.
        now = standing == "open" and period.start <= today <= period.end
        # What was late in a span now past ("quá hạn tháng 8 mà chưa xong") is every unit
        # whose date had gone by at its end and that is still late: late since before it too.
        since = date.min if standing == "late" and period.end < today else period.start
        chosen = [
            s
            for s in chosen
            if (s.due and since <= s.due <= period.end) or (now and s.state == State.LATE)
        ]
    items = [_row(catalogue, province, s, today) for s in chosen if not s.is_task]
    tasks = [_task(province, s) for s in chosen if s.is_task]
    within = period.label if period else ""
    overdue = period is not None and any(s.due and s.due < period.start for s in chosen)
    counted = tally(units) if amount else None
    # asked what is late on a day off whose period runs to today ("10/10 là chủ nhật"): what
    # falls due that day is not late yet, said beside as due today (ux37 #4)
    off = period is not None and period.end < today and not is_past(period.end, today)
    today_open = (
        tuple(
            s
            for s in units
            if s.state is State.OPEN
            and s.due is not None
            and days_between(today, s.due) == 0
            and (period is None or period.start <= s.due <= period.end)
        )
        if standing == "late" and (period is None or off)
        else ()
    )
    sent_late = tuple(
        s
        for s in units
        if standing == "late"
        and s.sent_late
        and (period is None or (s.due and period.start <= s.due <= period.end))
    )
    found = Found(items, tasks, chosen, standing, agency, within, overdue, counted, today_open)
    return replace(found, ranked=reading.ranked, sent_late=sent_late)


def _row(catalogue: Catalogue, province: Province, s: Standing, today: date) -> RowView:
    view = row_view(catalogue.rows[s.key], province, today, s.agency)
    return replace(view, deadline=s.due or view.deadline, standing=s.state.value, unit=s.agency)


def _task(province: Province, s: Standing) -> TaskView:
    # a recurring task stands per occurrence, under "id@date"
    task_id = split_key(s.key)[0]
    task = next(t for t in province.tasks if t.id == task_id)
    return TaskView(task, s.due, s.state.value, s.agency, late_by=s.late_by)


def owed_task(
    view: TaskView, province: Province, agency: str, marks: Marks, today: date
) -> TaskView:
    """A task as the agency's own when it must deliver it: where it stands for it (a late
    occurrence of a recurring task before the next one), by the standing rule; else as it is."""
    if agency not in view.task.addressees or province.members(agency) != (agency,):
        return view
    found = task_standings(view.task, marks, today, agency)
    if not found:
        return view
    chosen = next((s for s in found if s.state is State.LATE), found[-1])
    return replace(
        view,
        due=chosen.due or view.due,
        standing=chosen.state.value,
        unit=agency,
        late_by=chosen.late_by,
    )
