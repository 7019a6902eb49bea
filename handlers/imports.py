"""An assignment table sent to the bot as a document, reviewed before it is used: an admin sends
the .xlsx/.csv in a private chat, the bot answers the difference from the table in force (as
`python -m bot import FILE` prints it) and an "Áp dụng" button; a file that lacks rows in force
is a patch: "Áp dụng các dòng này" (only its rows merged in) comes first, and the whole-table
apply that would drop the rest asks again, naming what it drops, before anything changes. One
row edited with /giao is previewed the same way. The apply is quoted back with a "Hoàn tác"
button that restores the version before. The checks are usecases/tables.py's and
usecases/table_edits.py's.
"""

from __future__ import annotations

import html

from telegram import Update

from handlers.buttons import ApplyTable, ReplaceTable, UndoTable
from handlers.common import Buttons, reply
from handlers.context import BotContext
from usecases import behalf_told, table_edits, tables
from usecases.results import Refusal
from usecases.tables import DropsToConfirm, TableApplied, TableReview

DROPS_SHOWN = 8  # the keys a replace would drop, named in its second confirmation


async def reviewed(update: Update, context: BotContext, review: TableReview) -> None:
    """A document from an admin that is not a form, read as an assignment table: the difference
    from the table in force, and the button that applies it."""
    text = html.escape("\n".join(review.lines))
    if review.draft is None:
        await reply(update, context, text + "\nKhông cần áp dụng.")
        return
    label = tables.replace_label(review.drops) if review.drops else "Áp dụng"
    buttons: Buttons = [[(label, ApplyTable(review.draft))]]
    if review.merge_lines:
        text += "\n\n" + html.escape("\n".join(review.merge_lines))
    if review.merge is not None:
        # a patch: its rows merged in is the main action, on its own row; the whole table, which
        # drops every other row, below it and asked again when pressed
        buttons = [[(tables.MERGE_LABEL, ApplyTable(review.merge))], buttons[0]]
    await reply(update, context, text, buttons)


async def apply_pressed(update: Update, context: BotContext, button: ApplyTable) -> None:
    """The reviewed table becomes the new version (one that drops rows: asked again)."""
    caller = await context.caller(update)
    done = await context.services.run(tables.apply_table, caller, button.draft)
    await _applied(update, context, done)


async def replace_pressed(update: Update, context: BotContext, button: ReplaceTable) -> None:
    """The second press of a whole table that drops rows in force."""
    caller = await context.caller(update)
    done = await context.services.run(tables.apply_table, caller, button.draft, button.drops)
    await _applied(update, context, done)


async def _applied(
    update: Update, context: BotContext, done: TableApplied | DropsToConfirm | Refusal
) -> None:
    if isinstance(done, Refusal):
        await reply(update, context, done.reason)
        return
    if isinstance(done, DropsToConfirm):
        await reply(
            update,
            context,
            drops_text(done),
            [
                [
                    (
                        f"⚠️ Xác nhận bỏ {len(done.dropped)} mục",
                        ReplaceTable(done.draft, len(done.dropped)),
                    )
                ]
            ],
        )
        return
    await reply(
        update,
        context,
        f"✅ Đã áp dụng {html.escape(done.what)}: phiên bản {done.number}, "
        f"{done.rows} mục (trước đó: phiên bản {done.before}). Mọi tiến độ, nhắc hạn dùng bảng "
        "này.",
        [[("↩️ Hoàn tác", UndoTable(done.number))]],
    )
    await context.services.run(behalf_told.tell_now)  # the units it changes told (ux38 #8)


def drops_text(asked: DropsToConfirm) -> str:
    """The second confirmation of a whole table that leaves rows in force out: how many, which."""
    n = len(asked.dropped)
    named = ", ".join(asked.dropped[:DROPS_SHOWN])
    more = f" và {n - DROPS_SHOWN} mục nữa" if n > DROPS_SHOWN else ""
    return (
        f"⚠️ <b>Thay cả bảng phân công bằng {html.escape(asked.source)}?</b> Bảng mới có "
        f"{asked.rows} mục và <b>bỏ {n} mục đang có</b>: {html.escape(named)}{more}. Các mục "
        "bị bỏ không còn đơn vị chủ trì, phối hợp hay hạn của tỉnh: không được nhắc, không "
        "tính tiến độ.\nChỉ sửa các dòng trong tệp: bấm “" + tables.MERGE_LABEL + "” ở tin trước. "
        "Không bấm thì không có gì thay đổi."
    )


async def undo_pressed(update: Update, context: BotContext, button: UndoTable) -> None:
    """Restore the version before it, while it is still the one in force."""
    caller = await context.caller(update)
    done = await context.services.run(tables.undo_table, caller, button.version)
    await reply(update, context, done.reason if isinstance(done, Refusal) else restored_text(done))
    if not isinstance(done, Refusal):
        await context.services.run(behalf_told.tell_now)  # told again, the change reversed


def restored_text(done: tables.TableRestored) -> str:
    """The table's version before, in force again (its button's or /hoantac's receipt)."""
    return (
        f"↩️ Đã hoàn tác: dùng lại phiên bản {done.restored} (nay là phiên bản {done.number}, "
        f"{done.rows} mục)."
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
