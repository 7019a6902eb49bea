"""Who sent an update, read once per update: their registration, what they may act as, and the
prompt their chat waits for. The chat's first handler reads it (`open_update`) and every later
one takes it from the context instead of asking the database again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from knowledge.deliverables.forms import FORMS
from knowledge.deliverables.submissions import form_named
from knowledge.messages import refusals
from knowledge.reader.form_asides import asks_beside_form
from knowledge.reader.offer_followups import note_line, swapped
from knowledge.reader.prompt_ends import (
    PromptEnd,
    asks_undo,
    prompt_ends,
    states_news,
    why_said,
)
from knowledge.reader.proposal_names import names_a_service
from knowledge.reader.spelling import untelexed
from knowledge.reader.status_alone import bare_status, status_answer
from knowledge.reader.writes import statement
from knowledge.rules import officers
from knowledge.rules.last_act import not_before
from knowledge.rules.officers import Actor, Registration
from knowledge.rules.proposal_steps import says_nothing, says_yes
from knowledge.rules.proposals import restarts_form, step_answer
from usecases import draft_choice, named_rows, prompts
from usecases.desk import Desk
from usecases.drafts import Kept, keep_ended, keep_late_note
from usecases.prompts import (
    HandinPrompt,
    LetterPrompt,
    NotePrompt,
    OfferPrompt,
    Prompt,
    ProposalPrompt,
    StatusPrompt,
    SubmitPrompt,
    Waiting,
)
from usecases.runner import use_case


@dataclass(frozen=True)
class Caller:
    user_id: int
    chat_id: int | None  # None: an inline query, which has no chat
    actor: Actor
    registration: Registration | None
    waiting: Waiting | None = None
    name: str = ""  # as Telegram (or the web page's initData) names the person

    @property
    def writer(self) -> str:
        """How a write this person makes for a unit they do not act for is signed ("do … ghi
        thay"): their registered name, else their Telegram name, else their id."""
        registered = self.registration.name if self.registration else ""
        return (registered or self.name or f"quản trị viên {self.user_id}")[:200]

    @property
    def agency(self) -> str | None:
        """The agency an approved officer acts for; None for anyone else."""
        return self.actor.agency

    @property
    def is_admin(self) -> bool:
        return self.actor.is_admin

    @property
    def standing(self) -> str:
        """Why this person may not act yet, with where their registration stands."""
        return refusals.standing(self.registration)

    def without_prompt(self) -> Caller:
        return replace(self, waiting=None)


def caller_of(desk: Desk, user_id: int, chat_id: int | None, name: str = "") -> Caller:
    """Inside a use case: the caller read now (a command line acting as someone, a test)."""
    registration, stored = desk.repo.caller(user_id, chat_id)
    waiting = prompts.waiting_of(desk, stored)
    return Caller(
        user_id,
        chat_id,
        officers.actor(user_id, registration, desk.config.admins),
        registration,
        waiting,
        name,
    )


@use_case(writes=False)
def open_update(
    desk: Desk, user_id: int | None, chat_id: int | None, name: str = ""
) -> Caller | None:
    """Before any handler: the table in force looked at (at most once a second), a chat marked
    unreachable reachable again since it wrote, and the caller read (`name`: the person's name
    as Telegram gives it)."""
    desk.sync_table()
    if chat_id is not None:
        desk.reminders.reactivate(chat_id)
    if user_id is None:
        return None
    return caller_of(desk, user_id, chat_id, name)


def opened_then(
    desk: Desk,
    opening: tuple[int, int, str],
    fn: Callable[..., Any],
    args: tuple[Any, ...],
) -> tuple[Caller, bool, Any]:
    """Inside one unit (`Desk.run_opened`): `open_update` for (user id, chat id, name), then, when
    the chat waits for nothing, the use case `fn(desk, caller, *args)` in the same unit. A chat
    that waits for a prompt gets only its caller back (False): the prompt is ended or answered
    first, as for every update, and the use case runs after that on its own."""
    caller = open_update(desk, *opening)
    assert caller is not None
    if caller.waiting is not None:
        return caller, False, None
    return caller, True, fn(desk, caller, *args)


@dataclass(frozen=True)
class PromptEnded:
    prompt: Prompt
    why: PromptEnd
    kept: Kept | None = None  # a form's typed part, kept as a draft (usecases/drafts.py)
    # the wait for a status's note ran out on the very line that reads as that note: the chat
    # offers it as the note (usecases/drafts.late_note) instead of "Đã bỏ …"
    late_note: bool = False

    @property
    def because(self) -> str:
        """Why, as the chat says it after "Đã bỏ …" ("" when it goes without saying)."""
        return why_said(self.why, self.prompt.kind)


def keeps_proposal(prompt: ProposalPrompt, text: str) -> bool:
    """A proposal's step answered in words ("ko", "muc 3", "quy 3"), or /dexuat typed again
    (its handler asks whether to go on or start again): the form is not dropped. Left by
    /dexuat's list, only a service's name is taken (or /dexuat again)."""
    if text.startswith("/"):
        return restarts_form(text)
    if prompt.listed:
        return names_a_service(text)
    # a bare "không" where a button is asked is no question: the step asks again, saying what
    # it takes, and the answers given stay
    return step_answer(prompt.step, text, prompt.id is not None) is not None or says_nothing(text)


def follows_offer(desk: Desk, caller: Caller, prompt: OfferPrompt, text: str) -> bool:
    """The text is about the offer waiting for its press (knowledge/reader/offer_followups.py):
    an item named instead, or the note typed before the press (added to the note the offer
    holds, when it holds one: usecases/offer_followups.py)."""
    province, today = desk.province, desk.clock.today()
    if swapped(text, desk.assistant, province, today, caller.agency) is not None:
        return True
    if prompt.others:
        return False
    found = note_line(text, prompt.status, desk.assistant, province, today, caller.agency)
    return found is not None


@use_case(writes=True)
def end_prompt_unless_answer(
    desk: Desk, caller: Caller, text: str | None, button: str | None
) -> PromptEnded | None:
    """A prompt that waits for input ends when this update is not its answer (a command, a
    button of another message, a question, a status statement, or after 10 minutes). None when
    nothing waited or the update may answer it."""
    waiting = caller.waiting
    if waiting is None or caller.chat_id is None:
        return None
    prompt = waiting.prompt
    if (
        isinstance(prompt, ProposalPrompt)
        and text is not None
        and keeps_proposal(prompt, text)
        and prompt_ends(prompt.kind, waiting.since, desk.clock.now()) is None
    ):
        return None
    if isinstance(prompt, ProposalPrompt) and prompt.listed and text is not None:
        # after /dexuat's list, a text that is no service's name: read as it would be with
        # nothing waiting, the wait ended (without a word: nothing was typed for it)
        if prompts.take(desk, caller.chat_id, caller.user_id) is None:
            return None
        return PromptEnded(prompt, PromptEnd.MOVED_ON)
    # "có", "ko" to the offer's question: answered by usecases/offer_answers.py, never its note
    if (
        isinstance(prompt, OfferPrompt)
        and text is not None
        and (says_nothing(text) or says_yes(text))
        and prompt_ends(prompt.kind, waiting.since, desk.clock.now()) is None
    ):
        return None
    # the note the offer's status waits for, typed before the press, or another item named
    # instead ("không phải 406-22 mà là 406-11 y tế"): the offer is made again, not ended
    if (
        isinstance(prompt, OfferPrompt)
        and text is not None
        and prompt_ends(prompt.kind, waiting.since, desk.clock.now()) is None
        and follows_offer(desk, caller, prompt, text)
    ):
        return None
    # "hoàn tác" while a row's offer waits: the undo of that row's last write (usecases/
    # named_undo.py reads the offer, then ends it)
    if isinstance(prompt, OfferPrompt) and text is not None and asks_undo(text):
        return None
    # /nop naming the form being filled: it goes on with it (usecases/submissions.py)
    if isinstance(prompt, SubmitPrompt) and text is not None and reopens_form(prompt, text):
        return None
    # a question asked while a form is filled in the chat: answered, the form kept
    # (usecases/form_asides.py asks its step again after the answer)
    if (
        isinstance(prompt, SubmitPrompt)
        and text is not None
        and prompt.form in FORMS
        and prompt_ends(prompt.kind, waiting.since, desk.clock.now()) is None
        and asks_beside_form(FORMS[prompt.form], text)
    ):
        return None
    # "không phải 406-22 mà là 406-11 y tế" where 406-22's note is asked: never that note;
    # the note's handler offers the item meant instead (usecases/offer_followups.py)
    if (
        isinstance(prompt, NotePrompt)
        and text is not None
        and prompt_ends(prompt.kind, waiting.since, desk.clock.now()) is None
        and swapped(text, desk.assistant, desk.province, desk.clock.today(), caller.agency)
        is not None
    ):
        return None
    # the dossier's file waited for aside (usecases/no_proposals.py): any text is read as it
    # would be with nothing waiting ("không có đề xuất" is no file), the wait ended quietly
    if isinstance(prompt, HandinPrompt) and prompt.aside and text is not None:
        if (
            not prompt.refused
            and (says_nothing(text) or says_yes(text))
            and prompt_ends(prompt.kind, waiting.since, desk.clock.now()) is None
        ):
            return None  # "ko", "có": the answer to whether the unit proposes anything
        if prompts.take(desk, caller.chat_id, caller.user_id) is None:
            return None
        return PromptEnded(prompt, PromptEnd.MOVED_ON)
    # typed instead of pressed: the status of the row whose buttons wait (within the window)
    if (
        isinstance(prompt, StatusPrompt)
        and text is not None
        and status_answer(untelexed(text, desk.assistant.vocabulary)) is not None
        and prompt_ends(prompt.kind, waiting.since, desk.clock.now()) is None
    ):
        return None
    # a question asked where a status's note is awaited: answered aside, the note still
    # awaited (usecases/prompt_asides.py), as a form filled in the chat is kept (u26 #4)
    if question_beside_note(desk, caller, text) is not None:
        return None
    # a question asked where a file is awaited (`/nop <task>`): answered aside, the file still
    # awaited (usecases/prompt_asides.py), as a note is (ux32 #8)
    if question_beside_file(desk, caller, text) is not None:
        return None
    states = (
        not isinstance(prompt, OfferPrompt)
        and text is not None
        and not text.startswith("/")
        and (
            _states(desk, caller, prompt, text)
            # "xong rồi" to a note that "vướng mắc" needs: a new status, not that note
            or (isinstance(prompt, NotePrompt) and bare_status(text) is not None)
        )
    )
    why = prompt_ends(
        prompt.kind, waiting.since, desk.clock.now(), text=text, button=button, states=states
    )
    if why is None or prompts.take(desk, caller.chat_id, caller.user_id) is None:
        return None
    if isinstance(prompt, LetterPrompt):  # its task is no longer the one a date typed is for
        draft_choice.forget_task(desk, caller.chat_id, caller.user_id)
    if isinstance(prompt, StatusPrompt):
        mine = desk.repo.latest_by(caller.user_id)
        written = (
            mine is not None
            and mine.key == prompt.key
            and (waiting.since is None or not_before(mine.at, waiting.since))
        )
        if written or (text is not None and prompt.key in text):
            # written by its button, or named again by this command: nothing was left
            return PromptEnded(prompt, PromptEnd.MOVED_ON)
        # named, not written: "xong" said next is about it
        named_rows.remember(desk, caller.chat_id, caller.user_id, prompt.key, prompt.unit)
    if why == PromptEnd.EXPIRED and keep_late_note(desk, caller, prompt, text):
        return PromptEnded(prompt, why, late_note=True)
    # ended, but nothing typed into it is lost: a form's lines, a note's wait kept as a draft
    return PromptEnded(prompt, why, keep_ended(desk, caller, prompt, why))


def question_beside_note(desk: Desk, caller: Caller, text: str | None) -> NotePrompt | None:
    """The status's note the chat awaits, when `text` is a question asked beside it within its
    wait, in a person's own chat: the question is answered and the note still awaited (it was
    dropped, "Đã bỏ ghi chú đang chờ", and the note typed next was read as a question)."""
    waiting = caller.waiting
    if (
        waiting is None
        or text is None
        or not isinstance(waiting.prompt, NotePrompt)
        or caller.chat_id is None
        or caller.chat_id < 0  # a group's line is read as the group's, not as this note
    ):
        return None
    why = prompt_ends(waiting.prompt.kind, waiting.since, desk.clock.now(), text=text)
    return waiting.prompt if why == PromptEnd.QUESTION else None


def question_beside_file(desk: Desk, caller: Caller, text: str | None) -> HandinPrompt | None:
    """The file the chat awaits after `/nop <task>` (not one waited for aside, nor after a
    refused `/nop`), when `text` is a question asked beside it within its wait, in a person's
    own chat: the question is answered and the file still awaited (it was dropped, "Đã bỏ tệp
    đang chờ", and the officer had to type `/nop` again)."""
    waiting = caller.waiting
    if (
        waiting is None
        or text is None
        or not isinstance(waiting.prompt, HandinPrompt)
        or waiting.prompt.aside
        or waiting.prompt.refused
        or caller.chat_id is None
        or caller.chat_id < 0
    ):
        return None
    why = prompt_ends(waiting.prompt.kind, waiting.since, desk.clock.now(), text=text)
    return waiting.prompt if why == PromptEnd.QUESTION else None


def _states(desk: Desk, caller: Caller, prompt: Prompt, text: str) -> bool:
    """The text states a status of its own; where a note is awaited, only of an item named by
    its key or one the unit has a part in (knowledge/reader/prompt_ends.states_news)."""
    found = statement(text, desk.assistant, desk.province, desk.clock.today(), caller.agency)
    if isinstance(prompt, NotePrompt):
        return states_news(found, text, desk.province, caller.agency)
    return found is not None


def reopens_form(prompt: SubmitPrompt, text: str) -> bool:
    """`/nop <form>` naming the form being filled ("/nop pl2" while Phụ lục II is open)."""
    command, _, rest = text.strip().partition(" ")
    if command.split("@")[0] != "/nop":
        return False
    form = form_named(rest.strip()) if rest.strip() else None
    return form is not None and form.code == prompt.form
