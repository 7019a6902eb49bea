"""The words of ending and reopening a task's tracking, in the chat (/ketthuc, /molai, the buttons
of /congvan: handlers/congvan.py) and on the web desk (web/render.py): what a press would do, and
each task's tally so far, written once so the page reads as the chat does.
"""

from __future__ import annotations

from datetime import date

from knowledge.calendar.deadlines import fmt_date
from knowledge.messages.markup import esc
from knowledge.rules.progress import Tally

END_EFFECT = (
    "Kết thúc: không nhắc hạn nữa, đơn vị chưa nộp không còn bị tính quá hạn; lịch sử và ai "
    "đã nộp, ai chưa nộp vẫn được giữ."
)
REOPEN_EFFECT = "Mở lại: bot nhắc hạn, tính quá hạn và thu hồ sơ các nhiệm vụ này như trước."
NOTHING_TO_END = "Tất cả đã kết thúc theo dõi từ trước: không có gì để làm."
NOTHING_TO_REOPEN = "Tất cả đang được theo dõi: không có gì để làm."


def end_counts(counts: Tally, units: int) -> str:
    """A task's addressees so far: "đã nộp 1/19, 18 quá hạn" (after the end, "18 không nộp")."""
    parts = [f"đã nộp {counts.done}/{units}"]
    if counts.late:
        parts.append(f"{counts.late} quá hạn")
    if counts.closed:
        parts.append(f"{counts.closed} không đủ điều kiện")
    if counts.ended:
        parts.append(f"{counts.ended} không nộp")
    return ", ".join(parts)


def later_periods(task_id: str, later: tuple[str, ...], one: str) -> str:
    """Before a whole recurring task's end: said plainly that the later periods stop too, and
    how to end one period alone (`one`: a period's short key, "tq-2021-12-20 T12/2021")."""
    named = ", ".join(later) + (" …" if later else "")
    return (
        f"⚠️ {esc(task_id)} là nhiệm vụ định kỳ: kết thúc cả nhiệm vụ thì không theo dõi, không "
        f"nhắc các kỳ sau nữa ({esc(named)}). Chỉ kết thúc một kỳ: "
        f"<code>/ketthuc {esc(one)}</code>."
    )


def changed_head(title: str, number: int, reopen: bool, day: date) -> str:
    """The first line of an end or a reopening done (Telegram HTML)."""
    if reopen:
        return f"▶️ Đã mở lại theo dõi {esc(title)}: phiên bản {number}."
    return (
        f"⏹ Đã kết thúc theo dõi {esc(title)} từ {fmt_date(day)}: phiên bản {number}. "
        "Kết quả cuối cùng:"
    )
