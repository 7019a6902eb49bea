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

import re
from dataclasses import replace
from datetime import date

from knowledge.calendar.deadlines import fmt_date
from knowledge.catalogue.model import Catalogue, Province
from knowledge.catalogue.plan import plan_first_day
from knowledge.catalogue.views import RowView
from knowledge.reader.answer_types import Answer
from knowledge.render.answers import esc, key_tag
from knowledge.render.progress_text import status_line, unit_status
from knowledge.render.standing_dates import settled_text, when_text
from knowledge.rules.progress import row_standing
from knowledge.rules.standing import Mark, Standing, State

ROW_ANSWERS = ("item", "service")
SETTLED = (State.DONE, State.CLOSED)
# the days a date counts, as knowledge/calendar/deadlines.describe_days says them
_DAYS = re.compile(r" \((?:còn \d+ ngày|hạn hôm nay|quá hạn \d+ ngày)\)")
_DATE_LINES = ("• Hạn",)
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
    first = plan_first_day(prov)
    if not answer.sure:  # "Có phải bạn hỏi…", of one row too: each row's line, no card's
        return _settled_lines(catalogue, answer, agency, prov, today, marks, first)
    view = answer.items[0]
    stood = _stood(catalogue, view, agency, prov, today, marks, first)
    if not stood:
        return answer
    told = _standing_said(answer, view, stood)
    updated = [m for s in stood if (m := marks.get((view.key, s.agency))) is not None]
    if not updated or not answer.sure:
        return told
    # who wrote each unit's status last ("ai đang làm mục 14", ux35 #7), from the log
    lines = "\n".join(
        updated_line(view.key, s.agency, marks[(view.key, s.agency)])
        for s in stood
        if (view.key, s.agency) in marks
    )
    return replace(told, html=_before_source(told.html, lines))


def updated_line(key: str, unit: str, mark: Mark) -> str:
    """ "• Cập nhật gần nhất (Sở Xây dựng): Nguyen Van An, 25/5/2021 — /lichsu 406-14"."""
    who = f"{esc(mark.by)}, " if mark.by else ""
    return f"• Cập nhật gần nhất ({esc(unit)}): {who}{fmt_date(mark.on)} — /lichsu {esc(key)}"


def _before_source(html: str, line: str) -> str:
    """`line` put before the card's source line ("Nguồn: …"), else at its end."""
    lines = html.split("\n")
    at = next((i for i, x in enumerate(lines) if x.startswith("Nguồn:")), len(lines))
    return "\n".join([*lines[:at], line, *lines[at:]])


def _standing_said(answer: Answer, view: RowView, stood: list[Standing]) -> Answer:
    """The card with where the units stand on the row's dates (see `with_row_standing`)."""
    standing = stood[0]
    shown: RowView
    if all(s.state in SETTLED for s in stood) and not standing.milestones:
        # done or closed: no days counted on its dates, its standing said once (ux35 #2)
        html = _after_dates(_no_days(answer.html, _DATE_LINES), _settled_lines_of(stood))
        shown = replace(view, standing=standing.state.value, unit=standing.agency)
        return replace(answer, items=[shown, *answer.items[1:]], html=html)
    if standing.milestones:
        line = f"{LINE} ({esc(standing.agency)}): {esc(when_text(standing))}"
        shown = replace(
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


def _stood(
    catalogue: Catalogue,
    view: RowView,
    agency: str | None,
    prov: Province,
    today: date,
    marks: dict[tuple[str, str], Mark],
    first: date | None,
) -> list[Standing]:
    """Where the row stands for the asker's unit when it has a part in it, else for each lead."""
    assignment = view.assignment
    if assignment is None or prov.assignments.get(view.key) is not assignment:
        return []
    units = (agency,) if agency in assignment.agencies else assignment.lead
    return [
        s
        for unit in units
        if (s := row_standing(catalogue, prov, marks, today, view.key, unit, first)) is not None
    ]


def settled_line(s: Standing) -> str:
    """ "• Tiến độ Sở Xây dựng: ✅ Hoàn thành — xong 25/5/2021, đúng hạn (hạn 31/5/2021)"."""
    done = settled_text(s)
    return f"{STANDING} {esc(s.agency)}: {esc(unit_status(s))}" + (
        f" — {esc(done)}" if done else ""
    )


def _settled_lines_of(stood: list[Standing]) -> str:
    return "\n".join(settled_line(s) for s in stood)


def _settled_lines(
    catalogue: Catalogue,
    answer: Answer,
    agency: str | None,
    prov: Province,
    today: date,
    marks: dict[tuple[str, str], Mark],
    first: date | None,
) -> Answer:
    """A choice of rows: a row done or closed for the unit says so on its line, in place of
    the days its date would count ("hạn 31/5/2021 — ✅ xong 25/5/2021, đúng hạn (hạn …)")."""
    html = answer.html
    for view in answer.items:
        stood = _stood(catalogue, view, agency, prov, today, marks, first)
        if not stood or any(s.state not in SETTLED for s in stood) or stood[0].milestones:
            continue
        s, head = stood[0], f"• {key_tag(view.key)}"
        lines = html.split("\n")
        for i, text in enumerate(lines):
            if text.startswith(head) and text[len(head) : len(head) + 1] in (" ", ""):
                done = settled_text(s)
                if s.due is not None and f"hạn {fmt_date(s.due)}" in text:  # said once
                    due = fmt_date(s.due)
                    done = done.replace(f" (hạn {due})", "").replace(f", hạn {due})", ")")
                said = status_line(s.code) + (f", {done}" if done else "")
                lines[i] = f"{_no_days(text, ('•',))} — {esc(said)}"
        html = "\n".join(lines)
    return replace(answer, html=html)


def _no_days(html: str, starts: tuple[str, ...]) -> str:
    """The lines that open with `starts`, less the days their dates count ("(quá hạn 32
    ngày)"): said of a row the unit has settled, they read as a fact about it."""
    lines = html.split("\n")
    return "\n".join(_DAYS.sub("", x) if x.startswith(starts) else x for x in lines)


def _after_dates(html: str, line: str) -> str:
    """`line` put after the row's date lines (the province's and the decision's), else after the
    card's first line."""
    lines = html.split("\n")
    at = max(
        (i for i, text in enumerate(lines) if text.startswith(("• Hạn của tỉnh", "• Hạn quốc"))),
        default=0,
    )
    return "\n".join([*lines[: at + 1], line, *lines[at + 1 :]])
