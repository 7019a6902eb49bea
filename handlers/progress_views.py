"""Progress in chat: /tiendo (an agency's or the province's, with its chart buttons and the
desk's), /lichsu (a row's history, older pages by button). The figures are usecases/progress.py's;
here the command is read, the use case called, the result shown."""

from __future__ import annotations

from telegram import Update

from handlers.buttons import GetChart, OlderHistory
from handlers.common import BUTTON_TEXT, Buttons, args_text, reply
from handlers.context import BotContext
from handlers.desk import with_desk
from usecases import progress
from usecases.progress import History
from usecases.results import Refusal


async def tiendo(update: Update, context: BotContext) -> None:
    result = await context.run_as_caller(update, progress.progress, args_text(context))
    if isinstance(result, Refusal):
        await reply(update, context, result.reason)
        return
    charts: Buttons = (
        [[(f"📊 {a}"[:BUTTON_TEXT], GetChart(a))] for a in result.agencies]
        if len(result.agencies) > 1
        else chart_buttons(result.agency)
    )
    buttons = with_desk(charts, context.services, update.effective_chat, context.bot.username)
    await reply(update, context, result.html, buttons)


def chart_buttons(agency: str | None) -> Buttons:
    return [[("📊 Xem biểu đồ", GetChart(agency))]]


async def lichsu(update: Update, context: BotContext) -> None:
    result = await context.run_as_caller(update, progress.history, args_text(context))
    await show_history(update, context, result)


async def older_pressed(update: Update, context: BotContext, button: OlderHistory) -> None:
    caller = await context.caller(update)
    result = await context.services.run(progress.older_history, caller, button.row, button.before)
    await show_history(update, context, result)


async def show_history(update: Update, context: BotContext, result: History | Refusal) -> None:
    if isinstance(result, Refusal):
        await reply(update, context, result.reason)
        return
    if not result.older or result.oldest is None:
        await reply(update, context, result.html)
        return
    await reply(
        update,
        context,
        result.html + f"\n<i>Còn {result.older} cập nhật cũ hơn.</i>",
        [[("Xem cũ hơn", OlderHistory(result.key, result.oldest))]],
    )
