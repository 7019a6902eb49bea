"""/doihan (admins): move the deadline of a task already tracked, or of one occurrence of a
recurring one. Shown first with "🗓 Đổi hạn" to press; done, quoted back old → new with "Hoàn
tác" (10 minutes). The rules are usecases/deadline_moves.py's."""

from __future__ import annotations

from datetime import date

from telegram import Update

from handlers.buttons import ConfirmMove, UndoLetters
from handlers.common import args_text, reply
from handlers.context import BotContext
from handlers.letters import UNDO
from knowledge.calendar.deadlines import fmt_date
from knowledge.messages.refusals import WINDOW_MINUTES
from knowledge.render.answers import esc
from knowledge.render.deadline_move_text import move_lines, past_lines
from usecases import deadline_moves
from usecases.deadline_moves import DeadlineMoved, MovePlan, PastAsked
from usecases.results import Refusal

NO_HOUR = 9999  # the button's hhmm when the new date ends at no printed hour


def _when(due: date, hour: str) -> int:
    """(22/10/2021, "17 giờ 00") -> 202110221700: the button carries digits."""
    digits = [int(x) for x in hour.replace("giờ", " ").split() if x.isdigit()]
    hhmm = digits[0] * 100 + (digits[1] if len(digits) > 1 else 0) if digits else NO_HOUR
    return (due.year * 10000 + due.month * 100 + due.day) * 10000 + hhmm


def _hour_text(hhmm: int) -> str:
    return f"{hhmm // 100} giờ {hhmm % 100:02d}" if hhmm != NO_HOUR else ""


async def doihan(update: Update, context: BotContext) -> None:
    """/doihan <task> <new date>: what would change, with the confirmation button."""
    caller = await context.caller(update)
    plan = await context.services.run(deadline_moves.plan_move, caller, args_text(context))
    if isinstance(plan, Refusal):
        await reply(update, context, plan.reason)
        return
    await reply(update, context, *plan_view(plan))


def plan_view(plan: MovePlan) -> tuple[str, list]:
    lines = ["<b>Đổi hạn nhiệm vụ</b>"]
    lines += move_lines(plan.shown, plan.title, plan.form, plan.move, plan.owing, plan.done)
    lines += past_lines(plan.move.due, plan.effect)
    lines.append(
        "Mọi nơi (nhắc hạn, quá hạn, /nopbai, /quahan, /tiendo, bản tổng hợp, trang web) tính "
        "theo hạn mới; bài đã nộp vẫn giữ. Bấm để xác nhận."
    )
    press = ConfirmMove(plan.key, _when(plan.move.due, plan.hour), plan.current)
    return "\n".join(lines), [[("🗓 Đổi hạn", press)]]


async def confirm_pressed(update: Update, context: BotContext, button: ConfirmMove) -> None:
    caller = await context.caller(update)
    day, hhmm = divmod(button.when, 10000)
    try:
        due = date(day // 10000, day // 100 % 100, day % 100)
    except ValueError:
        await reply(update, context, deadline_moves.USAGE)
        return
    done = await context.services.run(
        deadline_moves.move_deadline,
        caller,
        button.target,
        due,
        _hour_text(hhmm),
        button.current,
        bool(button.past_ok),
    )
    await _show_moved(update, context, done)


def asked_again(asked: PastAsked) -> tuple[str, list]:
    """A date already passed, pressed once: asked again, nothing written nor told yet."""
    plan = asked.plan
    lines = [f"<b>Hạn mới đã qua — chưa đổi</b> ({plan.shown})"]
    lines += past_lines(plan.move.due, plan.effect)
    lines.append(
        f"Đúng là {fmt_date(plan.move.due)}? Bấm “Vẫn đổi hạn” để ghi và báo các đơn vị; "
        "nhầm ngày thì gõ lại /doihan với ngày đúng. Chưa có gì thay đổi, chưa báo ai."
    )
    again = ConfirmMove(plan.key, _when(plan.move.due, plan.hour), plan.current, True)
    return "\n".join(lines), [[("⚠️ Vẫn đổi hạn", again)]]


async def _show_moved(
    update: Update, context: BotContext, done: DeadlineMoved | PastAsked | Refusal
) -> None:
    if isinstance(done, Refusal):
        await reply(update, context, done.reason)
        return
    if isinstance(done, PastAsked):
        await reply(update, context, *asked_again(done))
        return
    desk = context.services
    if done.recorded and desk.deliver_owed is not None:
        await desk.deliver_owed()  # the units told now, as a letter's notice is
    plan = done.plan
    lines = [f"✅ Đã đổi hạn (phiên bản {done.number}):"]
    lines += move_lines(plan.shown, plan.title, plan.form, plan.move, plan.owing, plan.done)
    late = plan.effect.sent_late
    if late:  # told too: their sending turned late (ux28 #10)
        lines.append(
            f"   Báo {len(late)} đơn vị đã nộp nay thành nộp muộn: " + esc("; ".join(late[:8]))
        )
    lines.append(f"Hoàn tác trong {WINDOW_MINUTES} phút bằng nút dưới; sau đó: /congvan lichsu.")
    await reply(update, context, "\n".join(lines), [[(UNDO, UndoLetters(done.number))]])
