"""A row of several milestones answered on its own (406-39: households by 31/5/2021, businesses
by 31/8/2021): the answer lists each milestone with where it stands, by the standing rule of
/tiendo, /quahan and the digest (knowledge/rules/standing.py), for the asker's agency when it has
a part in the row, else for the row's lead, which the province's views count (ux24 #3: the row's
answer said "còn 82 ngày" of the second milestone while the digest said the first was late).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from knowledge.catalogue.model import Catalogue, Province
from knowledge.catalogue.plan import plan_first_day
from knowledge.catalogue.views import RowView
from knowledge.reader.answer_types import Answer
from knowledge.render.answers import esc
from knowledge.render.standing_dates import when_text
from knowledge.rules.progress import row_standing
from knowledge.rules.standing import Mark

ROW_ANSWERS = ("item", "service")
LINE = "• Các mốc"  # the line the milestones are said on, after the row's dates


def with_milestones(
    catalogue: Catalogue,
    answer: Answer,
    agency: str | None,
    prov: Province,
    today: date,
    marks: dict[tuple[str, str], Mark],
) -> Answer:
    """The answer about one row, its milestones said with their standing when it has several;
    the row's deadline in the JSON is then the one that applies (the first missed, else the
    next), as /tiendo's."""
    if answer.intent not in ROW_ANSWERS or not answer.items:
        return answer
    view = answer.items[0]
    assignment = view.assignment
    if assignment is None or prov.assignments.get(view.key) is not assignment:
        return answer
    unit = agency if agency in assignment.agencies else assignment.lead[0]
    first = plan_first_day(prov)
    standing = row_standing(catalogue, prov, marks, today, view.key, unit, first)
    if standing is None or not standing.milestones:
        return answer
    line = f"{LINE} ({esc(unit)}): {esc(when_text(standing))}"
    html = _after_dates(answer.html, line)
    shown: RowView = replace(view, deadline=standing.due, standing=standing.state.value, unit=unit)
    return replace(answer, items=[shown, *answer.items[1:]], html=html)


def _after_dates(html: str, line: str) -> str:
    """`line` put after the row's date lines (the province's and the decision's), else after the
    card's first line."""
    lines = html.split("\n")
    at = max(
        (i for i, text in enumerate(lines) if text.startswith(("• Hạn của tỉnh", "• Hạn quốc"))),
        default=0,
    )
    return "\n".join([*lines[: at + 1], line, *lines[at + 1 :]])
