"""An assignment table sent to the bot as a document, reviewed before it is used: an admin sends
the .xlsx/.csv in a private chat, the bot answers the difference from the table in force (as
`python -m bot import FILE` prints it) and an "Áp dụng" button; the apply is quoted back with a
"Hoàn tác" button that restores the version before. The checks are usecases/tables.py's.
"""

from __future__ import annotations

import html

from telegram import Update

from handlers.buttons import ApplyTable, UndoTable
from handlers.common import reply
from handlers.context import BotContext
from usecases import tables
from usecases.results import Refusal
from usecases.tables import TableReview


async def reviewed(update: Update, context: BotContext, review: TableReview) -> None:
    """A document from an admin that is not a form, read as an assignment table: the difference
    from the table in force, and the button that applies it."""
    text = html.escape("\n".join(review.lines))
    if review.draft is None:
        await reply(update, context, text + "\nKhông cần áp dụng.")
        return
    label = f"Áp dụng, bỏ {review.drops} mục" if review.drops else "Áp dụng"
    await reply(update, context, text, [[(label, ApplyTable(review.draft))]])


async def apply_pressed(update: Update, context: BotContext, button: ApplyTable) -> None:
    """The reviewed table becomes the new version."""
    caller = await context.caller(update)
    done = await context.services.run(tables.apply_table, caller, button.draft)
    if isinstance(done, Refusal):
        await reply(update, context, done.reason)
        return
    await reply(
        update,
        context,
        f"✅ Đã áp dụng bảng {html.escape(done.source)}: phiên bản {done.number}, "
        f"{done.rows} mục (trước đó: phiên bản {done.before}). Mọi tiến độ, nhắc hạn dùng bảng "
        "này.",
        [[("↩️ Hoàn tác", UndoTable(done.number))]],
    )


async def undo_pressed(update: Update, context: BotContext, button: UndoTable) -> None:
    """Restore the version before it, while it is still the one in force."""
    caller = await context.caller(update)
    done = await context.services.run(tables.undo_table, caller, button.version)
    if isinstance(done, Refusal):
        await reply(update, context, done.reason)
        return
    await reply(
        update,
        context,
        f"↩️ Đã hoàn tác: dùng lại phiên bản {done.restored} (nay là phiên bản {done.number}, "
        f"{done.rows} mục).",
    )
