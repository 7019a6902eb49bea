"""A yes or a no typed to the confirmation an offer asks ("Bạn muốn ghi 406-14 → Hoàn thành?"):
"có", "ừ" wrote nothing and was kept as the offer's note "có"; "ko" was read as a question and
got "Tôi chưa hiểu" (ux24 #10). Only the button writes: a yes is told to press it, the offer
still waiting; a no ends the offer, nothing written."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.rules.proposal_steps import says_nothing, says_yes
from knowledge.rules.statuses import Status
from usecases import prompts
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.prompts import OfferPrompt
from usecases.runner import use_case


@dataclass(frozen=True)
class OfferAnswer:
    """`yes`: press the button (the offer still waits); else the offer is dropped."""

    yes: bool
    keys: tuple[str, ...]
    status: Status
    unit: str = ""  # the unit an admin's words named ("" for an officer's own)


def answers_offer(text: str) -> bool:
    """The text is only a yes or a no ("có", "ừ", "ko", "không", "k")."""
    return says_yes(text) or says_nothing(text)


@use_case(writes=True)
def offer_answered(desk: Desk, caller: Caller, prompt: OfferPrompt, text: str) -> OfferAnswer:
    yes = says_yes(text)
    if not yes and caller.chat_id is not None:
        prompts.take(desk, caller.chat_id, caller.user_id)  # "ko": the offer is dropped
    return OfferAnswer(yes, prompt.keys, prompt.status, prompt.unit)
