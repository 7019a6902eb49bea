"""An assignment table sent to the bot as a document, reviewed before it is used: an admin sends
the .xlsx/.csv in a private chat, the bot answers the difference from the table in force (as
`python -m bot import FILE` prints it) and an "Áp dụng" button (beside it "Áp dụng các dòng
này" when the file lacks rows in force: only its rows merged in); one row edited with /giao is
previewed the same way. The apply is quoted back with a "Hoàn tác" button that restores the
version before. The checks are usecases/tables.py's and usecases/table_edits.py's.
"""

from __future__ import annotations

import html

from telegram import Update

from handlers.buttons import ApplyTable, UndoTable
from handlers.common import Buttons, reply
from handlers.context import BotContext
from usecases import table_edits, tables
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
    buttons: Buttons = [[(label, ApplyTable(review.draft))]]
    if review.merge_lines:
        text += "\n\n" + html.escape("\n".join(review.merge_lines))
    if review.merge is not None:
        # the file's rows only, beside the whole table: a patch of three rows must not empty
        # every other agency's
        buttons = [[(tables.MERGE_LABEL, ApplyTable(review.merge)), buttons[0][0]]]
    await reply(update, context, text, buttons)


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
        f"✅ Đã áp dụng {html.escape(done.what)}: phiên bản {done.number}, "
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


async def giao(update: Update, context: BotContext) -> None:
    """/giao <key> chủ trì …; phối hợp …; hạn …: one row of the table edited, previewed, and
    applied only by the button."""
    caller = await context.caller(update)
    message = update.effective_message
    typed = message.text or "" if message else ""
    # the fields may come one a line: the text as typed, less the command word
    _, _, rest = (
        typed.strip().partition(" ")
        if " " in typed.split("\n")[0]
        else ("", "", typed.partition("\n")[2])
    )
    preview = await context.services.run(table_edits.edit_row, caller, rest)
    if isinstance(preview, Refusal):
        await reply(update, context, preview.reason)
        return
    await reply(
        update,
        context,
        html.escape("\n".join(preview.lines))
        + "\n<i>Chưa có gì thay đổi: bấm Áp dụng để dùng bảng này.</i>",
        [[("Áp dụng", ApplyTable(preview.draft))]],
    )
