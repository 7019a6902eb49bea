"""The answer to a unit's word that it will send a reminded task's document later: the task,
its deadline, when the bot reminds it next, and how to send it; nothing is written. A day
named past the deadline ("tuần sau em gửi" of a task due tomorrow) is said to be late, by the
rule every view counts days late with (`describe_days`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from knowledge.calendar.deadlines import (
    WEEKDAYS,
    describe_days,
    fmt_date,
    fmt_due_inner,
    is_past,
)
from knowledge.messages.markup import esc, key_tag


@dataclass(frozen=True)
class Later:
    """One task the reply is about: its key and title, its date, the next reminder of it, and
    the day the unit says it will send (`by`, as said: `by_words`), when it names one."""

    key: str
    title: str
    due: date
    next_reminder: date | None
    by: date | None = None
    by_words: str = ""


def _day(day: date) -> str:
    return f"{WEEKDAYS[day.weekday()]} {fmt_date(day)}"


def _late(item: Later, by: date) -> str:
    """The send promised after the deadline: when, how late then, and the deadline."""
    day = _day(by) if fmt_date(by) in item.by_words else f"{esc(item.by_words)} ({_day(by)})"
    return f"Gửi {day} là trễ hạn: {describe_days(by, item.due)} (hạn {fmt_due_inner(item.due)})."


def later_said(items: Sequence[Later], today: date, usage: str) -> str:
    """Acknowledged: each task with its deadline and the reminder to come; `usage`: how to send
    it (knowledge/render/tracking_text.py `usage_for`)."""
    lines = ["📝 Ghi nhận: đơn vị sẽ gửi sau. Chưa ghi gì vào bot."]
    for item in items:
        again = (
            f"; bot nhắc lại {_day(item.next_reminder)}"
            if item.next_reminder is not None
            else "; bot không còn lịch nhắc nào trước hạn"
        )
        lines.append(
            f"• {esc(item.title)} ({key_tag(item.key)}): hạn {_day(item.due)} "
            f"({describe_days(today, item.due)}){again}."
        )
        if item.by is not None and is_past(item.due, item.by):
            lines.append(f"  ⚠️ {_late(item, item.by)}")
    if usage:
        lines.append(usage)
    return "\n".join(lines)
