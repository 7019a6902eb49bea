"""The words of ending and reopening a task's tracking, in the chat (/ketthuc, /molai, the buttons
of /congvan: handlers/congvan.py) and on the web desk (web/render.py): what a press would do, and
each task's tally so far, written once so the page reads as the chat does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from knowledge.calendar.deadlines import fmt_date
from knowledge.messages.markup import esc, key_tag, typed_key
from knowledge.rules.progress import Tally

END_EFFECT = (
    "Kết thúc: không nhắc hạn nữa, đơn vị chưa nộp không còn bị tính quá hạn; lịch sử và ai "
    "đã nộp, ai chưa nộp vẫn được giữ."
)
REOPEN_EFFECT = "Mở lại: bot nhắc hạn, tính quá hạn và thu hồ sơ các nhiệm vụ này như trước."
NOTHING_TO_END = "Tất cả đã kết thúc theo dõi từ trước: không có gì để làm."
NOTHING_TO_REOPEN = "Tất cả đang được theo dõi: không có gì để làm."


MAX_PERIODS = 6  # the periods of a recurring task its tally names; the rest counted


def end_counts(counts: Tally, units: int, periods: Sequence[tuple[str, Tally]] = ()) -> str:
    """A task's addressees so far: "đã nộp 1/19, 18 quá hạn" (after the end, "18 không nộp");
    a recurring task ended whole, period by period, the same periods before the press and
    after it (ux30 #6: "đã nộp 1/5, 13 quá hạn" before, "0/5, 5 không nộp" after): "tháng
    8/2021: đã nộp 1/5 (1 nộp muộn), 4 quá hạn; tháng 9/2021: …"."""
    if periods:
        said = [f"{p}: {end_counts(t, units)}" for p, t in periods[-MAX_PERIODS:]]
        more = len(periods) - MAX_PERIODS
        return "; ".join(said) + (f"; và {more} kỳ trước" if more > 0 else "")
    parts = [f"đã nộp {counts.done}/{units}"]
    if counts.sent_late:
        parts[0] += f" ({counts.sent_late} nộp muộn)"
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


@dataclass(frozen=True)
class EndedItem:
    """A task or one of its periods whose tracking was ended or reopened, as a unit is told."""

    key: str
    name: str  # its form, else its title
    period: str = ""  # one period's label ("quý IV/2021")
    whole_recurring: bool = False  # a recurring task ended whole: its later periods stop too
    next_due: date | None = None  # one period: the next one, still tracked
    # reopened: the deadline in force now, from which period (knowledge/render/due_now_text.py,
    # escaped); a reopening says what is tracked again, never what the end stopped (ux26 #4)
    now: str = ""


def _ended_line(item: EndedItem) -> str:
    if item.now:  # reopened
        period = f"{esc(item.period)}, " if item.period else ""
        return f"• 📌 {key_tag(item.key)} {esc(item.name)} — {period}{item.now}"
    after = []
    if item.period:
        after.append(item.period)
    if item.whole_recurring:
        after.append("nhiệm vụ định kỳ: các kỳ sau cũng không theo dõi nữa")
    if item.next_due is not None:
        after.append(f"các kỳ sau vẫn theo dõi (kỳ tới hạn {fmt_date(item.next_due)})")
    said = f" — {esc('; '.join(after))}" if after else ""
    return f"• 📌 {key_tag(item.key)} {esc(item.name)}{said}"


def end_notice(coordinator: str, unit: str, items: list[EndedItem], reopen: bool) -> str:
    """What a unit that had not sent a task is told when the coordinator ends (or reopens) its
    tracking: each task or period, and what follows for the later periods."""
    if reopen:
        head = f"▶️ <b>Theo dõi lại — {esc(unit)}</b>"
        said = (
            f"{esc(coordinator)} mở lại việc theo dõi: đơn vị thực hiện, nộp như trước; bot nhắc "
            "hạn lại."
        )
    else:
        head = f"⏹ <b>Kết thúc theo dõi — {esc(unit)}</b>"
        said = (
            f"{esc(coordinator)} đã kết thúc theo dõi: không còn nhắc hạn, không tính quá hạn; "
            "những gì đơn vị đã nộp vẫn được giữ."
        )
    return "\n".join([head, said, *(_ended_line(i) for i in items)])


def end_told(told: int, units: int, waiting: int, blocked: int) -> str:
    """The coordinator's line of who was told of an end or a reopening."""
    if not told and not waiting and not blocked:
        return "📣 Không có cán bộ nào (đã duyệt, bật nhắc) của các đơn vị liên quan để báo."
    parts = [f"📣 Đã báo {told} cán bộ của {units} đơn vị liên quan"]
    if waiting:
        parts.append(f"{waiting} tin chưa gửi được (bot gửi lại sau)")
    if blocked:
        parts.append(f"{blocked} cán bộ đã chặn bot")
    return "; ".join(parts) + "."


def ended_handin(key: str, name: str, day: date, coordinator: str, reopen: bool) -> str:
    """`/nop` naming a task (or period) whose tracking was ended: said, with when and by whom,
    and nothing awaited (a file sent then was kept for a task nobody collects any more);
    `reopen`: to an admin, the command that tracks it again."""
    again = f" Theo dõi lại: <code>/molai {typed_key(key)}</code>." if reopen else ""
    return (
        f"⏹ {key_tag(key)} {esc(name)}: {esc(coordinator)} đã kết thúc theo dõi từ "
        f"{fmt_date(day)} — không phải nộp, bot không nhận tệp hay biểu cho nhiệm vụ này."
        f"{again} Không có gì thay đổi."
    )
