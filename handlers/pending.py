"""A text message answering what the bot asked for (a note for a status, a proposal step), and
the end of that wait: on a command, a button of another message, a question, or after 10 minutes
(knowledge/reader/writes.py decides which)."""

from __future__ import annotations

import json

from telegram import Update

from handlers import proposals, status, submit_chat
from handlers.common import reply
from handlers.context import BotContext
from knowledge.reader.writes import WHY, offer_for, prompt_ends
from knowledge.render.answers import esc

TAKERS = {
    "note": status.take_pending_note,
    "proposal": proposals.take_text,
    "submit": submit_chat.take_text,
}


async def take_pending(update: Update, context: BotContext) -> bool:
    """True when the message was the answer the chat owed."""
    pending = context.services.repo.peek_pending(
        update.effective_chat.id, update.effective_user.id
    )
    if pending is None or pending.kind not in TAKERS:
        return False
    await TAKERS[pending.kind](update, context, pending.payload)
    return True


def _what(kind: str, payload: str) -> str:
    if kind == "note":
        key = json.loads(payload).get("key", "")
        return f"ghi chú đang chờ cho <b>{esc(key)}</b>"
    return "biểu đang nộp dở" if kind == "submit" else "đề xuất đang nhập dở"


async def screen(update: Update, context: BotContext) -> None:
    """Before any handler: a prompt that waits for input ends, saying so, when this update is not
    its answer. The update then goes on to its own handler (the command runs, the question is
    answered), and nothing is written from it for the old prompt."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None or not (update.effective_message or update.callback_query):
        return
    message = update.message
    text = message.text if message is not None else None
    if text is not None and text.split("@")[0].split()[:1] == ["/huy"]:
        return  # /huy ends it itself, and says so
    button = update.callback_query.data if update.callback_query else None
    if message is None and button is None:
        return  # an edited message, a channel post: neither answers nor ends a prompt
    repo = context.services.repo
    pending = repo.peek_pending(chat.id, user.id)
    if pending is None:
        return
    since = pending.since
    if since is not None and since.tzinfo is None:
        since = since.replace(tzinfo=context.services.clock.now().tzinfo)
    svc = context.services
    states = (
        pending.kind != "offer"
        and text is not None
        and not text.startswith("/")
        and offer_for(text, svc.assistant, svc.province, svc.clock.today()) is not None
    )
    why = prompt_ends(
        pending.kind, since, svc.clock.now(), text=text, button=button, states=states
    )
    if why is None or repo.pop_pending(chat.id, user.id) is None:
        return
    if pending.kind == "offer":
        return  # an offer nobody took owes nothing: its button simply lapses
    await reply(
        update,
        context,
        f"Đã bỏ {_what(pending.kind, pending.payload)}{WHY[why]}; không có gì được ghi.",
    )
