"""The answer to a unit's word that it will send a reminded task's document later: the task,
its deadline, when the bot reminds it next, and how to send it; nothing is written."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from knowledge.calendar.deadlines import WEEKDAYS, describe_days, fmt_date
from knowledge.messages.markup import esc, key_tag


@dataclass(frozen=True)
class Later:
    """One task the reply is about: its key and title, its date, the next reminder of it."""

    key: str
    title: str
    due: date
    next_reminder: date | None


def _day(day: date) -> str:
    return f"{WEEKDAYS[day.weekday()]} {fmt_date(day)}"


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
    if usage:
        lines.append(usage)
    return "\n".join(lines)
