"""A published task renamed by the coordinator ("sửa tên nv 1 thành …" once the letter is
published): shown old → new with "✏️ Đổi tên" to press; done, quoted back with "Hoàn tác" (10
minutes). The rules are usecases/task_renames.py's."""

from __future__ import annotations

from telegram import Update

from handlers.buttons import ConfirmRename, UndoLetters
from handlers.common import reply
from handlers.context import BotContext
from handlers.deadline_moves import plan_view
from handlers.letters import UNDO
from knowledge.messages.refusals import WINDOW_MINUTES
from knowledge.render.answers import esc
from usecases import task_renames
from usecases.deadline_moves import MovePlan
from usecases.results import Refusal
from usecases.task_renames import RenamePlan


def _lines(plan: RenamePlan) -> list[str]:
    return [
        f"📌 {esc(plan.task_id)}",
        f"   Tên cũ: {esc(plan.was)}",
        f"   Tên mới: <b>{esc(plan.title)}</b>",
    ]


async def show_plan(update: Update, context: BotContext, plan: RenamePlan | MovePlan) -> None:
    """What the press would change, nothing written; a deadline typed in a sentence about a
    tracked task ("đổi hạn tq-2021-04-20 thành 30/4/2021") is /doihan's plan."""
    if isinstance(plan, MovePlan):
        await reply(update, context, *plan_view(plan))
        return
    lines = ["<b>Đổi tên nhiệm vụ</b>", *_lines(plan)]
    told = f"báo {plan.owing} đơn vị còn phải nộp" if plan.owing else "không có đơn vị nào cần báo"
    lines.append(
        f"Mã nhiệm vụ, hạn, biểu mẫu và bài đã nộp giữ nguyên; {told}. Bấm để xác nhận; không "
        "bấm thì không có gì thay đổi."
    )
    await reply(update, context, "\n".join(lines), [[("✏️ Đổi tên", ConfirmRename(plan.current))]])


async def confirm_pressed(update: Update, context: BotContext, button: ConfirmRename) -> None:
    caller = await context.caller(update)
    done = await context.services.run(task_renames.rename_task, caller, button.current)
    if isinstance(done, Refusal):
        await reply(update, context, done.reason)
        return
    desk = context.services
    if done.recorded and desk.deliver_owed is not None:
        await desk.deliver_owed()  # the units told now, as a moved deadline's are
    plan = done.plan
    lines = [f"✅ Đã đổi tên nhiệm vụ (phiên bản {done.number}):", *_lines(plan)]
    if plan.owing:
        # who was really told: a unit with no approved officer hears nothing (ux33 #3 said
        # "Đã báo 17 đơn vị" when one officer was told)
        silent = plan.owing - done.reached
        told = (
            f"Đã báo {done.recorded} cán bộ của {done.reached} đơn vị còn phải nộp"
            if done.recorded
            else "Chưa báo được cán bộ nào"
        )
        lines.append(
            f"   {told}" + (f"; {silent} đơn vị chưa có cán bộ nhận tin." if silent else ".")
        )
    lines.append(f"Hoàn tác trong {WINDOW_MINUTES} phút bằng nút dưới; sau đó: /congvan lichsu.")
    await reply(update, context, "\n".join(lines), [[(UNDO, UndoLetters(done.number))]])
