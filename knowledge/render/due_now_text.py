"""A task's deadline in force, as every "back in force" word says it (a letter's withdrawal
undone, a tracking reopened): the date now (its hour when the letter prints one), the days left
or late, and the date a move replaced. A unit told "it stands again" was told a date before; if
that date moved since, the old one must not be the one it remembers (ux26 #4, #5).
"""

from __future__ import annotations

from datetime import date

from knowledge.calendar.hours import dated
from knowledge.messages.markup import esc


def days_said(due: date, today: date) -> str:
    days = (due - today).days
    if days < 0:
        return f"đã quá hạn {-days} ngày"
    return "hạn hôm nay" if days == 0 else f"còn {days} ngày"


def due_now_text(due: date, text: str, was: str, today: date, settled: bool = False) -> str:
    """ "hạn hiện nay: 12/8/2021 (đã quá hạn 6 ngày; đã đổi từ 20/8/2021)" (escaped); `text`:
    the deadline as printed or moved, `was`: the date a move in force replaced, or "";
    `settled`: the unit has done it, which is said instead of the days left or late."""
    said = ["đơn vị đã hoàn thành" if settled else days_said(due, today)]
    if was:
        said.append(f"đã đổi từ {was}")
    return f"hạn hiện nay: {esc(dated(due, text))} ({esc('; '.join(said))})"


def period_now_text(period: str, due: date, text: str, was: str, today: date) -> str:
    """A recurring task's: "theo dõi lại từ kỳ tháng 9/2021, hạn hiện nay: 25/9/2021 (còn …)"."""
    return f"theo dõi lại từ kỳ {esc(period)}, {due_now_text(due, text, was, today)}"
