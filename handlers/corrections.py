"""A write taken back in words ("à nhầm, chưa bắt đầu"): the write just made quoted, with its
undo and the status said instead as buttons; nothing written before a press
(usecases/corrections.py)."""

from __future__ import annotations

from telegram import Update

from handlers import undoing
from handlers.buttons import ConfirmOffer, UndoStatus
from handlers.common import BUTTON_TEXT, Buttons, Row, reply
from handlers.context import BotContext
from handlers.status import UNDO, quote
from knowledge.messages.markup import plain_key
from knowledge.render.answers import esc, key_tag
from usecases import corrections
from usecases.corrections import Corrected, Correction


async def offer(update: Update, context: BotContext, said: Correction) -> bool:
    """The write taken back, offered; False when the words name another row than the one just
    written (nothing said: the message is read as any other)."""
    caller = await context.caller(update)
    found = await context.services.run(corrections.correction_offer, caller, said)
    if found is None:
        return False
    if not isinstance(found, Corrected):  # a submission, an undo, too late: as "hoàn tác" says
        await undoing.offer_undo(update, context, found)
        return True
    await show(update, context, found)
    return True


async def show(update: Update, context: BotContext, found: Corrected) -> None:
    """The write just made, its undo, and the status said instead (for the same row, or the one
    named instead of it), as buttons."""
    change, back = found.change, found.back
    lines = [
        f"Bạn vừa ghi: {quote(change)}",
        f"• Bấm <b>{UNDO}</b> để đưa {key_tag(change.key)} về <b>{esc(back.label)}</b>.",
    ]
    buttons: Buttons = [[(f"{UNDO} → {back.label}"[:BUTTON_TEXT], UndoStatus(change.id))]]
    offered = found.offered
    if offered is not None:
        # the same row, or the one named instead ("không phải 406-22 mà là 406-11 y tế")
        key, status = offered.offer.key, offered.offer.status
        then = f", rồi gõ {esc(offered.needs)}" if offered.needs else ""
        note = f" (ghi chú: {esc(offered.offer.note)})" if offered.offer.note else ""
        label = f"Ghi {plain_key(key)} → {status.label}?"
        row: Row = [(label[:BUTTON_TEXT], ConfirmOffer(key, status, offered.behalf))]
        if key == change.key:
            # "à nhầm, đang thực hiện": the status said is what the officer meant, so it comes
            # first; the undo, pressed first, left the row at a status never said (ux24)
            lines[1:1] = [
                f"• Bấm nút ghi {key_tag(key)} → <b>{esc(status.label)}</b>{note}{then}.",
            ]
            lines[2] = lines[2].replace("• Bấm", "• Hoặc bấm", 1)
            buttons.insert(0, row)
        else:
            lines.append(
                f"• Hoặc bấm nút ghi {key_tag(key)} → <b>{esc(status.label)}</b>{note}{then}."
            )
            buttons.append(row)
    lines.append("Không bấm thì không có gì thay đổi.")
    await reply(update, context, "\n".join(lines), buttons)
