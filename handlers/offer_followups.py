"""What an officer types about the status offer just made, before its button is pressed, or
where its note is asked: the note typed first, offered again with the offer; another item named
instead ("nhầm, không phải 406-22 mà là 406-11 y tế"), offered in its place. The reading and
the offers are usecases/offer_followups.py's; nothing is written before a press."""

from __future__ import annotations

from telegram import Update

from handlers import status_offers
from handlers.buttons import ConfirmOffer
from handlers.common import BUTTON_TEXT, reply
from handlers.context import BotContext
from knowledge.messages.markup import plain_key
from knowledge.render.answers import esc, key_tag
from usecases import offer_answers, offer_followups
from usecases.callers import Caller
from usecases.prompts import NotePrompt, OfferPrompt


async def follow_offer(
    update: Update, context: BotContext, caller: Caller, prompt: OfferPrompt
) -> bool:
    """A message about the offer waiting for its press: offered again with the note it gave,
    or for the item named instead. False when it is neither (read as usual)."""
    message = update.effective_message
    text = (message.text or "") if message else ""
    if offer_answers.answers_offer(text):
        await answer_offer(update, context, caller, prompt, text)
        return True
    followed = await context.services.run(offer_followups.follow_offer, caller, prompt, text)
    if followed is None:
        return False
    if followed.denied:
        lead = f"Bỏ đề nghị ghi {key_tag(followed.denied)}; chưa có gì được ghi cho mục đó."
    else:
        what = "ghi chú thêm, nối sau ghi chú trước," if followed.added else "ghi chú"
        lead = (
            f"Tin nhắn vừa gửi được hiểu là {what} cho {key_tag(prompt.key)} (không phải câu "
            "hỏi; nếu là câu hỏi, gõ <code>/hoi &lt;câu hỏi&gt;</code>)."
        )
    quoted = not followed.denied
    await status_offers.offer_each(update, context, followed.result, lead=lead, quoted=quoted)
    return True


async def answer_offer(
    update: Update, context: BotContext, caller: Caller, prompt: OfferPrompt, text: str
) -> None:
    """ "có" / "ko" typed to the offer's question: press the button, or nothing written."""
    said = await context.services.run(offer_answers.offer_answered, caller, prompt, text)
    keys = ", ".join(key_tag(k) for k in said.keys)
    if not said.yes:
        await reply(update, context, f"Không ghi gì cho {keys}; đề nghị ghi đã bỏ.")
        return
    if len(said.keys) > 1:
        # each item named, so that the yes is not read as written for all of them
        await reply(
            update,
            context,
            f"Bấm nút của mục muốn ghi ở tin nhắn trên ({keys}); gõ chữ thì không ghi gì.",
        )
        return
    key = said.keys[0]
    label = f"Ghi {plain_key(key)} → {said.status.label}?"
    await reply(
        update,
        context,
        f"Bấm nút <b>{esc(label)}</b> để ghi {keys}; gõ chữ thì không ghi gì.",
        [[(label[:BUTTON_TEXT], ConfirmOffer(key, said.status, said.unit or None))]],
    )


async def swap_for_note(
    update: Update, context: BotContext, caller: Caller, prompt: NotePrompt
) -> bool:
    """Another item named where the note of an item's status is asked: that item offered with
    the same status, the wait ended. False when the message is not that (it is the note)."""
    message = update.effective_message
    text = (message.text or "") if message else ""
    swapped = await context.services.run(offer_followups.swap_for_note, caller, prompt, text)
    if swapped is None:
        return False
    lead = f"Bỏ ghi chú đang chờ cho {key_tag(swapped.denied)}; chưa có gì được ghi cho mục đó."
    await status_offers.offer_each(update, context, swapped.result, lead=lead)
    return True
