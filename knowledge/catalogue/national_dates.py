"""A province's date for a row set after the decision's own (ux13 #7): "/giao 406-14 hạn tháng
10" on a row the decision wants by 30/6/2021. The province may plan later, but the decision's
date is a catalogue fact it does not move: the review says so, quoting both dates, and the row
keeps the national milestone beside the province's date (knowledge/rules/reminders.py
`row_deadlines`).
"""

from __future__ import annotations

from datetime import date

from knowledge.calendar.deadlines import fmt_date, parse_deadline
from knowledge.catalogue.model import Catalogue


def later_than_national(
    catalogue: Catalogue, key: str, deadline_text: str, plan_from: date | None = None
) -> str | None:
    """One line when the province's first date for `key` comes after a national milestone that
    falls inside its plan (`plan_from`: knowledge/catalogue/plan.py `plan_first_day`; one that
    had passed before the plan began was carried over by it)."""
    row = catalogue.rows.get(key)
    local = parse_deadline(deadline_text) if deadline_text else ()
    if row is None or not local or not row.milestones:
        return None
    since = plan_from or date.min
    before = [m for m in row.milestones if since <= m.due < local[0].due]
    if not before:
        return None
    national = before[0]
    return (
        f"⚠️ {key}: hạn của tỉnh “{deadline_text}” ({fmt_date(local[0].due)}) sau hạn quốc "
        f"gia của QĐ {row.decision}/QĐ-TTg “{national.label}” ({fmt_date(national.due)}). "
        "Hạn quốc gia vẫn được hiển thị, nhắc và tính tiến độ bên cạnh hạn của tỉnh cho đơn "
        "vị chủ trì; đơn vị phối hợp theo hạn của tỉnh."
    )
