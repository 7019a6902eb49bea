"""A reply in a group to the bot's message (its reminder): a status from an approved officer of
an agency the group follows is offered as in a private chat, one line from anyone else
(usecases/group_replies.py). Any other line that states a status or asks the catalogue
something gets one line on where to do it (the private chat, /hoi). The offer's buttons work
in the group for the person offered only, and the write's "Hoàn tác" for those who may write;
anyone else pressing is told so alone."""

from __future__ import annotations

from telegram import Update

from handlers import status_offers
from handlers.common import reply
from handlers.context import BotContext
from usecases import (
    group_replies,
    reminder_replies,
    statements_alone,
    statements_kinds,
)
from usecases import status_offers as offer_cases
from usecases.prompts import OfferPrompt
from usecases.results import Refusal

NOT_YOURS = "Nút này dành cho người vừa báo trạng thái. Không có gì thay đổi."
MAY_NOT_WRITE = (
    "Chỉ cán bộ đã được duyệt hoặc quản trị viên bấm được nút này. Không có gì thay đổi."
)


async def replied(update: Update, context: BotContext) -> None:
    """A text in a group: answered only when it replies to the bot's own message and says a
    status; the members' other talk is theirs."""
    message = update.effective_message
    if message is None or not message.text:
        return
    to = message.reply_to_message
    if to is None or to.from_user is None or to.from_user.id != context.bot.id:
        # a status or a question typed in the group: one line on where (ux24 #9)
        await said_in_group(update, context, message.text)
        return
    caller = await context.caller(update)
    desk = context.services
    found = await desk.run(group_replies.group_statement, caller, message.text, to.text or "")
    if found is None:
        return
    if isinstance(found, statements_kinds.BareStatus):  # "xong rồi" to the bot's last answer
        found = await desk.run(statements_alone.last_row_offer, caller, found)
    if isinstance(found, statements_kinds.Several):
        offered = await desk.run(reminder_replies.offer_each, caller, found)
        await status_offers.offer_each(update, context, offered, caller.agency)
        return
    if isinstance(found, Refusal):
        await reply(update, context, found.reason)
        return
    # the unit named in the offer: a group's reminder may be several agencies'
    offered = await desk.run(offer_cases.offer_status, caller, found)
    await status_offers.offer(update, context, offered, caller.agency)


async def said_in_group(update: Update, context: BotContext, text: str) -> None:
    """A line not in reply to the bot: a status or a catalogue question gets one line on where
    to report or ask, with a link that opens the private chat; other talk nothing."""
    caller = await context.caller(update)
    username = context.bot.username
    link = f"https://t.me/{username}" if username else ""
    said = await context.services.run(group_replies.group_text, caller, text, link)
    if said is not None:
        await reply(update, context, said)


async def file_sent(update: Update, context: BotContext) -> None:
    """A file (a document, a photo) in a group: where to send it, nothing stored
    (usecases/group_replies.py `group_file`)."""
    message = update.effective_message
    if message is None:
        return
    to = message.reply_to_message
    to_bot = to is not None and to.from_user is not None and to.from_user.id == context.bot.id
    name = message.document.file_name or "" if message.document is not None else ""
    caller = await context.caller(update)
    said = await context.services.run(group_replies.group_file, caller, name, to_bot)
    if said is not None:
        await reply(update, context, said)


async def offer_holder(update: Update, context: BotContext) -> str | None:
    """An offer's button in a group: only the person it waits for presses it."""
    caller = await context.caller(update)
    prompt = caller.waiting.prompt if caller.waiting else None
    return None if isinstance(prompt, OfferPrompt) else NOT_YOURS


async def may_undo(update: Update, context: BotContext) -> str | None:
    """A write's "Hoàn tác" in a group: those who may write (the undo itself checks whose)."""
    caller = await context.caller(update)
    refused: str | None = await context.services.run(group_replies.undo_refused, caller)
    return refused
