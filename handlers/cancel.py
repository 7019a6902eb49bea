"""/huy: end what the chat waits for (a note, a choice, a form, an edit), or, when nothing waits,
offer to drop the newest draft letter. Split from handlers/status.py."""

from __future__ import annotations

from telegram import Update

from handlers.buttons import DropLetter
from handlers.common import Buttons, reply
from handlers.context import BotContext
from handlers.prompt_names import prompt_name
from knowledge.messages.offers import drop_newest_draft
from usecases import cancelling
from usecases.prompts import OfferPrompt


async def huy(update: Update, context: BotContext) -> None:
    caller = await context.caller(update)
    ended = await context.services.run(cancelling.cancel, caller)
    draft = await context.services.run(cancelling.draft_waiting, caller) if ended is None else None
    if draft is not None:
        drop: Buttons = [[("Hủy bản nháp", DropLetter(draft.letter))]]
        await reply(update, context, drop_newest_draft(draft.file_name, draft.subject), drop)
    elif ended is None:
        await reply(update, context, "Không có thao tác nào đang dở; không có gì thay đổi.")
    elif isinstance(ended, OfferPrompt):  # an offer's buttons: nothing was being typed
        await reply(update, context, "Đã bỏ lựa chọn đang chờ; không có gì được ghi.")
    else:
        await reply(update, context, f"Đã bỏ {prompt_name(ended)}; không có gì được ghi.")
