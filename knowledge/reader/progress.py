"""Progress asked in words: "bên em còn gì chưa xong", "Sở Xây dựng có gì quá hạn", "toàn tỉnh
đã xong những gì".

The units and their states come from `knowledge.rules.progress.standings` on the statuses passed
in (a value: the reader reads no database), so a question answered here agrees with /tiendo,
/quahan, the digest and the charts. "Có gì quá hạn" without a period is answered with /quahan's
own text.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from knowledge.catalogue.model import Catalogue, Province
from knowledge.catalogue.views import RowView, TaskView, row_view
from knowledge.reader.interpret import Reading
from knowledge.rules.progress import (
    DONE_WORDS,
    LATE_WORDS,
    OPEN_WORDS,
    late_report,
    standings,
    units_report,
)
from knowledge.rules.standing import Mark, Standing, State

Marks = dict[tuple[str, str], Mark]
WANTED = {
    "late": ({State.LATE}, LATE_WORDS),
    "open": ({State.LATE, State.OPEN}, OPEN_WORDS),
    "done": ({State.DONE}, DONE_WORDS),
}


@dataclass(frozen=True)
class Found:
    items: list[RowView]
    tasks: list[TaskView]
    html: str


def progress_answer(
    catalogue: Catalogue, province: Province, reading: Reading, marks: Marks, today: date
) -> Found:
    agency, period = reading.agency, reading.period
    states, words = WANTED[reading.standing or "open"]
    units = standings(catalogue, province, marks, today, agency)
    chosen = [s for s in units if s.state in states]
    if period:
        chosen = [s for s in chosen if s.due and period.start <= s.due <= period.end]
    if reading.standing == "late" and period is None:
        html = late_report(catalogue, province, marks, today, agency)
    else:
        label = period.label if period else ""
        html = units_report(catalogue, province, chosen, today, agency, words, label)
    items = [_row(catalogue, province, s, today) for s in chosen if not s.is_task]
    tasks = [_task(province, s) for s in chosen if s.is_task]
    return Found(items, tasks, html)


def _row(catalogue: Catalogue, province: Province, s: Standing, today: date) -> RowView:
    view = row_view(catalogue.rows[s.key], province, today, s.agency)
    return replace(view, deadline=s.due or view.deadline, standing=s.state.value, unit=s.agency)


def _task(province: Province, s: Standing) -> TaskView:
    task = next(t for t in province.tasks if t.id == s.key)
    return TaskView(task, s.due, s.state.value, s.agency)
