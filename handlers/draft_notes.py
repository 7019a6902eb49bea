"""The note a status waited for (Vướng mắc, Không đủ điều kiện), typed right after a command ended
its wait: offered as that status with that note, by one button (usecases/drafts.py). Nothing is
written before the press."""

from __future__ import annotations

from telegram import Update

from handlers import offer_text, status_offers
from handlers.buttons import ConfirmOffer
from handlers.common import BUTTON_TEXT, reply
from handlers.context import BotContext
from knowledge.messages.markup import plain_key
from knowledge.messages.refusals import NOTE_WAIT_MINUTES
from knowledge.render.answers import esc, key_tag
from usecases.results import Refusal
from usecases.statuses import Offered, UnitAsked


async def offer_note(
    update: Update,
    context: BotContext,
    result: Offered | UnitAsked | Refusal,
    *,
    late: bool = False,
) -> None:
    """ "Ghi vướng mắc cho 406-26 với ghi chú «…»?", with its button; an offer that says more
    (an admin's unit to choose, a refusal) as every offer says it."""
    if not isinstance(result, Offered) or result.unchanged or result.outside or result.sent:
        await status_offers.offer(update, context, result)
        return
    found = result.offer
    whose = offer_text.whose_text(result, None)
    ended = (
        f"đã hết (quá {NOTE_WAIT_MINUTES} phút)" if late else "đã dừng"
    )  # late: the wait ran out on this very line (usecases/drafts.late_note)
    text = (
        f"Ghi {esc(found.status.label.lower())} cho {key_tag(found.key)}{whose} với ghi chú "
        f"«{esc(found.note)}»?\nLượt chờ ghi chú cho {key_tag(found.key)} {ended} nên chưa ghi "
        "gì. Bấm nút để ghi; không bấm thì không có gì thay đổi."
    )
    label = f"Ghi {plain_key(found.key)} → {found.status.label}"
    button = ConfirmOffer(found.key, found.status, result.behalf)
    await reply(update, context, text, [[(label[:BUTTON_TEXT], button)]])
