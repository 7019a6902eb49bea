"""The words of a moved deadline ("Đổi hạn", usecases/deadline_moves.py): what the press would
change, the change quoted back, and the word to the units that still owe the task."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from knowledge.calendar.deadlines import days_between, fmt_date, is_past
from knowledge.catalogue.model import Province, Task
from knowledge.deliverables.tracking import collects
from knowledge.letters.moves import Move, change_line
from knowledge.render.answers import clip, esc, key_tag
from knowledge.render.task_names import task_name_html
from knowledge.render.tracking_text import usage_for
from knowledge.rules.move_effects import MoveEffect

TITLE_CHARS = 120


@dataclass(frozen=True)
class MoveTold:
    """When a move's word is sent, and the date an undone move had set (None: not an undo)."""

    today: date
    cancelled: date | None = None
    # the unit sent it, after the new date: (the day sent, days late by the new date)
    sent_late: tuple[date, int] | None = None
    # an undo: the days the chat was reminded by the date it cancels, a word now wrong
    reminded: tuple[date, ...] = ()


def move_lines(
    shown: str, title: str, form: str, move: Move, owing: tuple[str, ...], done: int
) -> list[str]:
    """The task, its date then and now, and who is told (who sent it stays counted)."""
    about = f"{form}: {title}" if form else title
    lines = [
        f"• 📌 {key_tag(shown)} {esc(clip(about, TITLE_CHARS))}",
        f"   {esc(change_line(shown, move).partition(': ')[2])}",
    ]
    if done:
        lines.append(f"   {done} đơn vị đã nộp: vẫn tính là đã nộp.")
    if owing:
        lines.append(
            f"   Báo hạn mới cho {len(owing)} đơn vị chưa nộp: "
            + esc("; ".join(owing[:8]))
            + (f" và {len(owing) - 8} đơn vị khác" if len(owing) > 8 else "")
        )
    return lines


def move_notice(
    province: Province,
    unit: str,
    task: Task,
    key: str,
    was: str,
    text: str,
    due: date,
    told: MoveTold | None = None,
) -> str:
    """What an officer of a unit that still owes the task hears once its deadline moved: the
    task by its form and title (a moved one-off task's id, made from its old date, after them
    as its code), an occurrence by its key and month ("tq-2021-06-20 T7/2021 … — tháng
    7/2021"), and how to send that occurrence (ux22 #9). `told`: the day it is told and the
    date a move undone had set: the return to the date before is said as such, and a date
    already passed with its days late (ux25 #7), never as a plain new date."""
    before = f" (trước đây: {esc(was)})" if was else ""
    new = f"<b>{esc(text or fmt_date(due))}</b>"
    if told is not None and is_past(due, told.today) and told.sent_late is None:
        before += f" (đã quá hạn {-days_between(told.today, due)} ngày)"
    named = task_name_html(task, key, TITLE_CHARS)
    if told is not None and told.cancelled is not None:
        # an undo is no further move (ux27 #8): said as the move taken back, to which date
        lines = [
            f"↩️ <b>Hủy đổi hạn — {esc(unit)}</b>",
            f"{esc(province.coordinator)} đã hủy việc đổi hạn {named} sang "
            f"{fmt_date(told.cancelled)}.",
            f"Hạn trở lại như trước: {new}{before}.",
        ]
        if told.reminded:  # reminders by the cancelled date went out: each one corrected
            said = ", ".join(fmt_date(d) for d in told.reminded)
            lines.append(
                f"Tin nhắc hạn ngày {said} (theo hạn {fmt_date(told.cancelled)}) không còn "
                "đúng, bỏ qua tin đó."
            )
        last = f"Bot sẽ nhắc theo hạn {new}. Xem lại: /nopbai, /tiendo"
    else:
        lines = [
            f"🗓 <b>Đổi hạn — {esc(unit)}</b>",
            f"{esc(province.coordinator)} đã đổi hạn {named}",
            f"Hạn mới: {new}{before}.",
        ]
        last = "Bot sẽ nhắc theo hạn mới. Xem lại: /nopbai, /tiendo"
    if told is not None and told.sent_late is not None:
        # sent already: nothing to send again, only its standing changed (ux28 #10)
        on, days = told.sent_late
        lines.append(
            f"Đơn vị đã nộp ngày {fmt_date(on)}: theo hạn mới, lần nộp này tính là nộp muộn "
            f"{days} ngày. Không cần nộp lại."
        )
        lines.append("Xem lại: /nopbai")
        return "\n".join(lines)
    if collects(province, task):
        lines.append(usage_for(province, [key]))
    lines.append(last)
    return "\n".join(lines)


def past_lines(due: date, effect: MoveEffect, said: str = "Hạn mới") -> list[str]:
    """The warning of a new date already passed (ux24 #4), said in the plan and asked again
    after the first press: how many units turn late at once, and who. `said`: what the date
    is ("Hạn trở lại": the date a move's undo puts back)."""
    if not effect.past:
        return []
    lines = [f"⚠️ {said} {fmt_date(due)} đã qua."]
    if effect.late:
        lines.append(f"   {len(effect.late)} đơn vị sẽ quá hạn ngay: {_units(effect.late)}.")
    if effect.sent_late:
        lines.append(
            f"   {len(effect.sent_late)} đơn vị đã nộp sẽ thành nộp muộn: "
            f"{_units(effect.sent_late)}."
        )
    if not effect.late and not effect.sent_late:
        lines.append("   Không đơn vị nào đổi từ đúng hạn sang quá hạn.")
    return lines


MAX_UNITS_NAMED = 8  # a warning names this many units, then says how many more


def _units(units: tuple[str, ...]) -> str:
    """ "Sở Y tế; Sở Xây dựng và 3 đơn vị khác": the first units named, the rest counted, so
    that a list cut short says so."""
    more = len(units) - MAX_UNITS_NAMED
    named = esc("; ".join(units[:MAX_UNITS_NAMED]))
    return named + (f" và {more} đơn vị khác" if more > 0 else "")
