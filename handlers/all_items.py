""" "Ghi cả n" under an offer of several items the officer named ("mục 23-27 xong"): one press
writes them all, one receipt lists each row, one "Hoàn tác" takes them all back
(usecases/all_items.py)."""

from __future__ import annotations

from telegram import Update

from handlers.buttons import ConfirmAll, UndoAll
from handlers.common import Buttons, reply
from handlers.context import BotContext
from handlers.status import quote
from knowledge.messages.press_skips import skipped_lines
from knowledge.messages.refusals import UNCHANGED, WINDOW_MINUTES
from usecases import all_items, behalf_told
from usecases.results import Refusal
from usecases.status_results import AllRecorded


async def all_pressed(update: Update, context: BotContext, button: ConfirmAll) -> None:
    caller = await context.caller(update)
    done = await context.services.run(all_items.confirm_all, caller, button.status, button.unit)
    await show(update, context, done)


async def undo_pressed(update: Update, context: BotContext, button: UndoAll) -> None:
    caller = await context.caller(update)
    done = await context.services.run(all_items.undo_all, caller, button.first, button.last)
    await show(update, context, done)


async def show(update: Update, context: BotContext, done: AllRecorded | Refusal) -> None:
    if isinstance(done, Refusal):
        await reply(update, context, done.reason)
        return
    count = len(done.written)
    head = f"↩️ Đã hoàn tác {count} mục:" if done.undone else f"✅ Đã ghi {count} mục:"
    lines = [head] if count else []
    lines += [f"• {quote(r.change, r.day_was, r.title)}" for r in done.written]
    lines += skipped_lines(done.refused, done.undone)
    if not count:
        lines.append(UNCHANGED)
    buttons: Buttons | None = None
    if count and not done.undone:
        ids = [r.change.id for r in done.written]
        lines.append(f"<i>Ghi nhầm? Bấm Hoàn tác trong {WINDOW_MINUTES} phút.</i>")
        label = f"Hoàn tác cả {count}" if count > 1 else "Hoàn tác"
        buttons = [[(label, UndoAll(min(ids), max(ids)))]]
    await reply(update, context, "\n".join(lines), buttons)
    if any(r.change.behalf for r in done.written):
        # written for a unit: its officers told now, as a single write tells them (they waited
        # for the next heartbeat, up to 30 s)
        await context.services.run(behalf_told.tell_now)
