"""A row answered on its own, where it stands for the asker's unit (else for each of its leads)
by the standing rule of /tiendo, /quahan, the digest and the reminders
(knowledge/rules/standing.py), when its dates are several:
- a row of several milestones (406-39: households by 31/5/2021, businesses by 31/8/2021) lists
  each milestone with where it stands (ux24 #3: the row's answer said "còn 82 ngày" of the
  second milestone while the digest said the first was late);
- a province's date with the decision's beside it (`/giao 406-22 han thang 10` on a row the
  decision wants by 30/9/2021): the status and the dates as /tiendo says them, the date that
  makes it late first ("hạn QĐ 406: 30/9/2021 (quá hạn 1 ngày); hạn của tỉnh: 31/10/2021 (còn
  30 ngày)"), never the province's "còn 30 ngày" alone (ux28 #1).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from knowledge.catalogue.model import Catalogue, Province
from knowledge.catalogue.plan import plan_first_day
from knowledge.catalogue.views import RowView
from knowledge.reader.answer_types import Answer
from knowledge.render.answers import esc
from knowledge.render.progress_text import unit_status
from knowledge.render.standing_dates import when_text
from knowledge.rules.progress import row_standing
from knowledge.rules.standing import Mark, Standing, State

ROW_ANSWERS = ("item", "service")
LINE = "• Các mốc"  # the line the milestones are said on, after the row's dates
STANDING = "• Tiến độ"  # the line a row of the province's and the decision's dates is said on


def with_row_standing(
    catalogue: Catalogue,
    answer: Answer,
    agency: str | None,
    prov: Province,
    today: date,
    marks: dict[tuple[str, str], Mark],
) -> Answer:
    """The answer about one row, with where it stands when it has several dates (see the
    module docstring); for a row of several milestones the row's deadline in the JSON is then
    the one that applies (the first missed, else the next), as /tiendo's."""
    if answer.intent not in ROW_ANSWERS or not answer.items:
        return answer
    view = answer.items[0]
    assignment = view.assignment
    if assignment is None or prov.assignments.get(view.key) is not assignment:
        return answer
    units = (agency,) if agency in assignment.agencies else assignment.lead
    first = plan_first_day(prov)
    stood = [
        s
        for unit in units
        if (s := row_standing(catalogue, prov, marks, today, view.key, unit, first)) is not None
    ]
    if not stood:
        return answer
    standing = stood[0]
    if standing.milestones:
        line = f"{LINE} ({esc(standing.agency)}): {esc(when_text(standing))}"
        shown: RowView = replace(
            view, deadline=standing.due, standing=standing.state.value, unit=standing.agency
        )
        html = _after_dates(answer.html, line)
        return replace(answer, items=[shown, *answer.items[1:]], html=html)
    if len(standing.steps) < 2 or not answer.sure:
        return answer
    lines = "\n".join(standing_line(s) for s in stood)
    shown = replace(view, standing=standing.state.value, unit=standing.agency)
    return replace(answer, items=[shown, *answer.items[1:]], html=_after_dates(answer.html, lines))


def standing_line(s: Standing) -> str:
    """ "• Tiến độ Sở Tài chính: 🔵 Đang thực hiện — hạn QĐ 406: 30/9/2021 (quá hạn 1 ngày);
    hạn của tỉnh: 31/10/2021 (còn 30 ngày) ❗QUÁ HẠN": one unit's standing on a row, in
    /tiendo's words."""
    late = " ❗QUÁ HẠN" if s.state is State.LATE else ""
    return f"{STANDING} {esc(s.agency)}: {esc(unit_status(s))} — {esc(when_text(s))}{late}"


def _after_dates(html: str, line: str) -> str:
    """`line` put after the row's date lines (the province's and the decision's), else after the
    card's first line."""
    lines = html.split("\n")
    at = max(
        (i for i, text in enumerate(lines) if text.startswith(("• Hạn của tỉnh", "• Hạn quốc"))),
        default=0,
    )
    return "\n".join([*lines[: at + 1], line, *lines[at + 1 :]])
