"""A task's deadline in force, as every "back in force" word says it (a letter's withdrawal
undone, a tracking reopened): the date now (its hour when the letter prints one), the days left
or late, and the date a move replaced. A unit told "it stands again" was told a date before; if
that date moved since, the old one must not be the one it remembers (ux26 #4, #5).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from knowledge.calendar.deadlines import days_between
from knowledge.calendar.hours import dated
from knowledge.messages.markup import esc


def days_said(due: date, today: date) -> str:
    days = days_between(today, due)
    if days < 0:
        return f"đã quá hạn {-days} ngày"
    return "hạn hôm nay" if days == 0 else f"còn {days} ngày"


def due_now_text(
    due: date, text: str, was: str, today: date, settled: bool = False, late: int = 0
) -> str:
    """ "hạn hiện nay: 12/8/2021 (đã quá hạn 6 ngày; đã đổi từ 20/8/2021)" (escaped); `text`:
    the deadline as printed or moved, `was`: the date a move in force replaced, or "";
    `settled`: the unit has done it, which is said instead of the days left or late; `late`:
    for the coordinator, the units that count late again ("3 đơn vị tính quá hạn lại")."""
    said = ["đơn vị đã hoàn thành" if settled else days_said(due, today)]
    if late:
        said.append(f"{late} đơn vị tính quá hạn lại")
    if was:
        said.append(f"đã đổi từ {was}")
    return f"hạn hiện nay: {esc(dated(due, text, '; '.join(said)))}"


def period_now_text(period: str, due: date, text: str, was: str, today: date) -> str:
    """A recurring task's: "theo dõi lại từ kỳ tháng 9/2021, hạn hiện nay: 25/9/2021 (còn …)"."""
    return f"theo dõi lại từ kỳ {esc(period)}, {due_now_text(due, text, was, today)}"


def restored_text(
    late: Sequence[tuple[str, int]],
    upcoming: str,
    due: date | None,
    text: str,
    was: str,
    today: date,
) -> str:
    """A whole recurring task tracked again, said the same to the coordinator and to each unit
    (ux30 #6: "từ kỳ tháng 11", "từ kỳ tháng 10" and "từ kỳ tháng 8" of one undo): every
    period came back as it stood, so it says which count late again and the next one: "theo
    dõi lại như trước; tính quá hạn lại: tháng 8/2021 (4 đơn vị), tháng 9/2021 (4 đơn vị);
    kỳ tới: tháng 11/2021, hạn hiện nay: 25/11/2021 (còn 30 ngày)". `late`: each period late
    again with its units (0: said for one unit, without a count); `upcoming`: the next
    period's name, `due` its date (None: none to come)."""
    said = ["theo dõi lại như trước"]
    if late:
        named = ", ".join(p + (f" ({n} đơn vị)" if n else "") for p, n in late)
        said.append(f"tính quá hạn lại: {esc(named)}")
    else:
        said.append("không kỳ nào quá hạn")
    if upcoming and due is not None:
        said.append(f"kỳ tới: {esc(upcoming)}, {due_now_text(due, text, was, today)}")
    return "; ".join(said)
