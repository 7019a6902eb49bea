"""What a unit sent (or finished) after its date, said beside the late lists: /quahan,
/quahan tinh and the late questions asked in words ("tháng 8 huyện em nộp muộn hả").

Sent late is a fact of its own (knowledge/rules/standing.py `Standing.sent_late`): done, so
never counted late nor chased, yet never dropped from the answer either (ux30 #4: "Không có mục
nào quá hạn. 👍" to a unit asking whether August went in late, which it did). Its lines open
with "🕓", not "•", so a late list's lines stay the late units alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from knowledge.calendar.deadlines import fmt_date, fmt_due_inner
from knowledge.calendar.last_day import last_day
from knowledge.catalogue.model import Catalogue, Province
from knowledge.messages.markup import esc
from knowledge.render.compact_text import tasks_first
from knowledge.render.task_names import item_head
from knowledge.rules.progress import item_title
from knowledge.rules.standing import Standing

NOTHING_LATE_NOW = "Không có mục nào còn quá hạn."


def sent_late_heading(units: Sequence[Standing]) -> str:
    """ "Đã nộp muộn", "Đã xong muộn" or both, by what the units are (documents, rows)."""
    tasks, rows = tasks_first(units)
    kinds = (["nộp"] if tasks else []) + (["xong"] if rows else [])
    return f"Đã {', đã '.join(kinds)} muộn"


def sent_late_phrase(s: Standing) -> str:
    """ "đã nộp muộn 2 ngày (nộp 27/8/2021, hạn 25/8/2021)"; a row "đã xong muộn …"."""
    verb = "nộp" if s.is_task else "xong"
    due = s.due or s.today  # a unit done late always has the date it was late for
    on = fmt_date(last_day(due) + timedelta(days=s.late_by))
    return f"đã {verb} muộn {s.late_by} ngày ({verb} {on}, hạn {fmt_due_inner(due)})"


def sent_late_lines(
    catalogue: Catalogue,
    province: Province,
    units: Sequence[Standing],
    agency: str | None,
) -> list[str]:
    """The lines said after a late list: for one agency each item sent late, by key; for the
    province (agency None) their count and where they are listed, the late list staying the
    late units alone. [] when nothing was sent late."""
    late = [s for s in units if s.sent_late]
    if not late:
        return []
    heading = sent_late_heading(late)
    if agency is None:
        owners = len({s.agency for s in late})
        return [
            f"\n🕓 <b>{heading}</b> (đã xong, không tính quá hạn): {len(late)} mục ở "
            f"{owners} cơ quan — xem <code>/nopbai tinh</code>, <code>/tiendo tinh</code>"
        ]
    lines = [f"\n🕓 <b>{heading}</b> (đã xong, không tính quá hạn):"]
    tasks, rows = tasks_first(late)
    for s in tasks + rows:
        pin = "📌 " if s.is_task else ""
        title = esc(item_title(catalogue, province, s.key))
        lines.append(f"🕓 {pin}{item_head(province, s.key, title)} — {sent_late_phrase(s)}")
    return lines
