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
from knowledge.messages.refusals import WINDOW_MINUTES
from knowledge.render.deadline_move_text import move_lines
from usecases import deadline_moves
from usecases.deadline_moves import DeadlineMoved, MovePlan
from usecases.results import Refusal


def _hour(text: str) -> int | None:
    """ "17 giờ 00" -> 1700 (the button carries digits)."""
    digits = [int(x) for x in text.replace("giờ", " ").split() if x.isdigit()]
    return digits[0] * 100 + (digits[1] if len(digits) > 1 else 0) if digits else None


def _hour_text(value: int | None) -> str:
    return f"{value // 100} giờ {value % 100:02d}" if value is not None else ""


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
    lines.append(
        "Mọi nơi (nhắc hạn, quá hạn, /nopbai, /quahan, /tiendo, bản tổng hợp, trang web) tính "
        "theo hạn mới; bài đã nộp vẫn giữ. Bấm để xác nhận."
    )
    due = plan.move.due
    press = ConfirmMove(
        plan.key, due.year * 10000 + due.month * 100 + due.day, plan.current, _hour(plan.hour)
    )
    return "\n".join(lines), [[("🗓 Đổi hạn", press)]]


async def confirm_pressed(update: Update, context: BotContext, button: ConfirmMove) -> None:
    caller = await context.caller(update)
    try:
        due = date(button.day // 10000, button.day // 100 % 100, button.day % 100)
    except ValueError:
        await reply(update, context, deadline_moves.USAGE)
        return
    done = await context.services.run(
        deadline_moves.move_deadline,
        caller,
        button.target,
        due,
        _hour_text(button.hour),
        button.current,
    )
    await _show_moved(update, context, done)


async def _show_moved(update: Update, context: BotContext, done: DeadlineMoved | Refusal) -> None:
    if isinstance(done, Refusal):
        await reply(update, context, done.reason)
        return
    desk = context.services
    if done.recorded and desk.deliver_owed is not None:
        await desk.deliver_owed()  # the units told now, as a letter's notice is
    plan = done.plan
    lines = [f"✅ Đã đổi hạn (phiên bản {done.number}):"]
    lines += move_lines(plan.shown, plan.title, plan.form, plan.move, plan.owing, plan.done)
    lines.append(f"Hoàn tác trong {WINDOW_MINUTES} phút bằng nút dưới; sau đó: /congvan lichsu.")
    await reply(update, context, "\n".join(lines), [[(UNDO, UndoLetters(done.number))]])
