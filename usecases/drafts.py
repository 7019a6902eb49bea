"""Drafts: what an officer typed into a prompt that another command ended, kept so that nothing
typed is lost while the product's rule stands (a prompt that waits for input ends on any other
command). How long a draft lives is knowledge/rules/drafts.py's.

- a form filled in the chat (/nop pl1…pl4) holding typed lines or counts: kept; the same /nop
  takes it up again, and the chat says so when it ends;
- the note a status waits for (Vướng mắc, Không đủ điều kiện), ended by a command or a button:
  the next message, when it reads as a note (no question, no command, no status), is offered as
  that status with that note, by a button; nothing is written before the press.
Drafts are stored apart from the chat's one prompt (db/draft_repo.py): they survive a restart
and a prompt set meanwhile, and are never a submission.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from db.models import SavedDraft
from knowledge.catalogue.occurrence_names import spell_out
from knowledge.deliverables.forms import FORMS, TIERS
from knowledge.deliverables.submissions import pl4_prefill
from knowledge.language.text import tokenize
from knowledge.reader.offer_followups import states_a_lack
from knowledge.reader.offers import Offer
from knowledge.reader.prompt_ends import PromptEnd, asks_cancel, asks_undo, states_news
from knowledge.reader.question_shape import reads_as_question
from knowledge.reader.small_talk import acknowledges
from knowledge.reader.status_alone import bare_status
from knowledge.reader.writes import statement
from knowledge.rules.drafts import (
    BEHALF_SLOT,
    FILE_SLOT,
    FORM_DRAFT_LIFE,
    LATE_NOTE_SLOT,
    NOTE_SLOT,
    OFFER_SLOT,
    alive,
)
from knowledge.rules.proposals import STEPS, may_propose
from knowledge.rules.statuses import note_needed, says_something
from knowledge.rules.waits import LATE_NOTE_LIMIT
from usecases import prompts
from usecases.desk import Desk
from usecases.prompts import (
    FilePrompt,
    HandinPrompt,
    NotePrompt,
    OfferPrompt,
    Prompt,
    ProposalPrompt,
    SubmitPrompt,
)
from usecases.runner import use_case

if TYPE_CHECKING:  # callers ends prompts with keep_ended
    from usecases.callers import Caller

# The ends after which the note may still come: the officer looked something up, pressed another
# message's button, came back late, or asked a question aside (ux25 #4: the note typed next was
# answered as a question). Not after a status typed instead: that was no note. The question
# itself is never taken as the note; only a line read as a note (`reads_as_note`) is offered.
NOTE_KEPT_AFTER = frozenset(
    {PromptEnd.COMMAND, PromptEnd.BUTTON, PromptEnd.EXPIRED, PromptEnd.QUESTION}
)


PROPOSAL_SLOT = "proposal"  # a new proposal's answers (/dexuat), taken up by /dexuat


@dataclass(frozen=True)
class Kept:
    """What was typed into an ended prompt, kept as a draft: what was being done ("nộp Phụ lục
    II", "nhập đề xuất mới"), what was typed ("1 dòng", "số liệu 2/3 cấp", "3/8 bước") and the
    command that takes it up again."""

    what: str
    typed: str
    command: str


@dataclass(frozen=True)
class Resumed:
    """A form taken up again from its draft, saved at `saved_at`."""

    prompt: SubmitPrompt
    saved_at: datetime
    typed: str


def typed_part(desk: Desk, prompt: SubmitPrompt) -> str:
    """What the officer typed into the form, said short ("" when nothing: BIỂU 02's lines are
    the unit's proposals, kept by /dexuat; Phụ lục IV's prefilled rows are the statuses')."""
    form = FORMS.get(prompt.form)
    if form is None or form.code == "bieu02":
        return ""
    if form.shape == "counts":
        return f"số liệu {len(prompt.counts)}/{len(TIERS)} cấp" if prompt.counts else ""
    lines = prompt.lines
    if form.code == "pl4":
        prefill = pl4_prefill(desk.catalogue, desk.statuses().current, prompt.agency)
        if lines == prefill:
            return ""
    return f"{len(lines)} dòng" if lines else ""


def proposal_answered(prompt: Prompt) -> int:
    """The steps of a new proposal answered so far (0: none, or an edit of one stored, whose
    values are the proposal's own, or /dexuat's list waiting for a name)."""
    if not isinstance(prompt, ProposalPrompt) or prompt.id is not None or prompt.listed:
        return 0
    return STEPS.index(prompt.step) if prompt.step in STEPS else 0


def resume_proposal(desk: Desk, caller: Caller) -> ProposalPrompt | None:
    """Inside /dexuat's use case: the new proposal kept when a command ended it, taken up (for
    the officer's agency, while proposals are still taken)."""
    found = _taken(desk, caller, PROPOSAL_SLOT)
    if found is None or caller.agency is None:
        return None
    prompt = found[0]
    if not isinstance(prompt, ProposalPrompt) or prompt.agency != caller.agency:
        return None
    if may_propose(desk.province, desk.clock.today(), caller.actor) is not None:
        return None
    return prompt


def keep_ended(desk: Desk, caller: Caller, prompt: Prompt, why: PromptEnd) -> Kept | None:
    """Inside the use case that ended `prompt` (usecases/callers.py): what was typed into it,
    kept. A form's typed part is said (`Kept`); a note's wait is kept without a word."""
    if caller.chat_id is None:
        return None
    now = desk.clock.now()
    if isinstance(prompt, SubmitPrompt):
        typed = typed_part(desk, prompt)
        if not typed:
            return None
        kind, payload = prompts.dump(prompt)
        desk.repo.save_draft(caller.chat_id, caller.user_id, prompt.form, kind, payload, now)
        return Kept(f"nộp {FORMS[prompt.form].name}", typed, f"/nop {prompt.form}")
    answered = proposal_answered(prompt)
    if isinstance(prompt, ProposalPrompt) and answered:
        kind, payload = prompts.dump(prompt)
        desk.repo.save_draft(caller.chat_id, caller.user_id, PROPOSAL_SLOT, kind, payload, now)
        return Kept("nhập đề xuất mới", f"{answered}/{len(STEPS)} bước", "/dexuat")
    if isinstance(prompt, FilePrompt) or (
        isinstance(prompt, HandinPrompt)
        and not (prompt.aside or prompt.refused)
        and prompt.agency != caller.agency
    ):
        keep_file(desk, caller.chat_id, caller.user_id, prompt)
        return None
    if isinstance(prompt, OfferPrompt) and prompt.note and not prompt.others:
        # its button lapses; its command says the note typed (statements_lapsed.lapsed)
        kind, payload = prompts.dump(prompt)
        desk.repo.save_draft(caller.chat_id, caller.user_id, OFFER_SLOT, kind, payload, now)
        return None
    waits = awaited_note(prompt, caller.agency)
    if waits is not None and why in NOTE_KEPT_AFTER:
        kind, payload = prompts.dump(waits)
        desk.repo.save_draft(caller.chat_id, caller.user_id, NOTE_SLOT, kind, payload, now)
    return None


def keep_late_note(desk: Desk, caller: Caller, prompt: Prompt, text: str | None) -> bool:
    """Inside the use case that found `prompt`'s wait run out on `text`: when the prompt waited
    for a status's note and `text` reads as one (no question, command, status, cancel), kept for
    that text to be offered as the note (`late_note`), rather than read as a question (ux24 #1:
    "chưa có hướng dẫn …, đã gửi cv hỏi 2 lần" typed after 15 minutes was answered as "who has
    sent"). Not after LATE_NOTE_LIMIT: a line the next day is read as any other."""
    waiting = caller.waiting
    waits = awaited_note(prompt, caller.agency)
    if waits is None or text is None or caller.chat_id is None or waiting is None:
        return False
    now = desk.clock.now()
    since = waiting.since
    if since is None or now - since.replace(tzinfo=since.tzinfo or now.tzinfo) > LATE_NOTE_LIMIT:
        return False
    if not reads_as_note(desk, caller, text):
        return False
    current = desk.repo.current(waits.key, waits.agency)
    if current is not None and current.new == waits.status:
        return False  # written meanwhile: the line is no note for it
    kind, payload = prompts.dump(waits)
    desk.repo.save_draft(caller.chat_id, caller.user_id, LATE_NOTE_SLOT, kind, payload, now)
    return True


def awaited_note(prompt: Prompt, agency: str | None) -> NotePrompt | None:
    """The note a prompt still waits for: a status's note prompt, or the offer of one row's
    Vướng mắc / Không đủ điều kiện with no note yet, left unpressed ("406-22 vuong mac", then
    a glance at /tiendo, then the note typed: ux20 #8): the press would have asked that note."""
    if isinstance(prompt, NotePrompt):
        return prompt
    if (
        not isinstance(prompt, OfferPrompt)
        or prompt.others
        or prompt.note
        or note_needed(prompt.status) is None
        or not (prompt.unit or agency)
    ):
        return None
    return NotePrompt(prompt.key, prompt.unit or agency or "", prompt.status)


def keep_file(desk: Desk, chat_id: int, user_id: int, prompt: FilePrompt | HandinPrompt) -> None:
    """A file offer's buttons kept pressable after its wait ended (`FILE_SLOT`), or an admin's
    ghi thay kept for the file sent next (`BEHALF_SLOT`): nothing is written from either."""
    slot = FILE_SLOT if isinstance(prompt, FilePrompt) else BEHALF_SLOT
    kind, payload = prompts.dump(prompt)
    desk.repo.save_draft(chat_id, user_id, slot, kind, payload, desk.clock.now())


def kept_file(desk: Desk, caller: Caller, slot: str) -> FilePrompt | HandinPrompt | None:
    """The file offer (`FILE_SLOT`) or the admin's ghi thay (`BEHALF_SLOT`) kept when its wait
    ended, taken (no longer kept) while it is alive."""
    if (
        caller.chat_id is None
        or desk.repo.peek_draft(caller.chat_id, caller.user_id, slot) is None
    ):
        return None
    found = _taken(desk, caller, slot)
    prompt = found[0] if found is not None else None
    return prompt if isinstance(prompt, FilePrompt | HandinPrompt) else None


def peek_kept(desk: Desk, caller: Caller, slot: str) -> Prompt | None:
    """The prompt kept in `slot` while it is alive, left where it is (a read)."""
    if caller.chat_id is None:
        return None
    row = desk.repo.peek_draft(caller.chat_id, caller.user_id, slot)
    if row is None or not alive(row.saved_at, desk.clock.now(), slot):
        return None
    return prompts.load(row.kind, row.payload)


def keep_replaced(desk: Desk, chat_id: int, user_id: int) -> None:
    """Before another prompt replaces the one waiting: a form with something typed into it is
    kept as its draft (the same /nop takes it up again); a file offer keeps its buttons."""
    waiting = prompts.peek(desk, chat_id, user_id)
    prompt = waiting.prompt if waiting is not None else None
    if isinstance(prompt, FilePrompt):
        keep_file(desk, chat_id, user_id, prompt)
        return
    if isinstance(prompt, SubmitPrompt) and typed_part(desk, prompt):
        kind, payload = prompts.dump(prompt)
        desk.repo.save_draft(chat_id, user_id, prompt.form, kind, payload, desk.clock.now())


def note_superseded(desk: Desk, chat_id: int, user_id: int) -> None:
    """A new prompt set (another offer, /capnhat's buttons, a note asked): the officer moved on
    to another write, and a note kept from an ended wait is no longer what comes next (a line
    typed minutes later was offered as the note of an offer two writes back)."""
    for slot in (NOTE_SLOT, LATE_NOTE_SLOT):
        if desk.repo.peek_draft(chat_id, user_id, slot) is not None:
            desk.repo.take_draft(chat_id, user_id, slot)


def kept_forms(desk: Desk, caller: Caller, agency: str) -> tuple[Kept, ...]:
    """The forms of `agency` with a draft the person may take up, as /nop's menu lists them."""
    if caller.chat_id is None:
        return ()
    kept = []
    for row in _live_drafts(desk, caller.chat_id, caller.user_id):
        prompt = prompts.load(row.kind, row.payload)
        if not isinstance(prompt, SubmitPrompt) or prompt.agency != agency:
            continue
        typed = typed_part(desk, prompt)
        if typed:
            kept.append(Kept(f"nộp {FORMS[prompt.form].name}", typed, f"/nop {prompt.form}"))
    return tuple(kept)


def _live_drafts(desk: Desk, chat_id: int, user_id: int) -> list[SavedDraft]:
    """The person's drafts in that chat still alive; the expired ones, theirs and anyone's
    older than a form's life, are dropped as they are read (knowledge/rules/drafts.py)."""
    now = desk.clock.now()
    desk.repo.drop_drafts_before(now - FORM_DRAFT_LIFE)
    rows = desk.repo.drafts_of(chat_id, user_id)
    dead = [r.slot for r in rows if not alive(r.saved_at, now, r.slot)]
    if dead:
        desk.repo.drop_drafts(chat_id, user_id, dead)
    return [r for r in rows if r.slot not in dead]


def _taken(desk: Desk, caller: Caller, slot: str) -> tuple[Prompt, datetime] | None:
    """The draft in `slot`, taken (no longer kept), when it is still alive and readable; the
    person's expired ones dropped on the way."""
    if caller.chat_id is None:
        return None
    _live_drafts(desk, caller.chat_id, caller.user_id)
    row = desk.repo.take_draft(caller.chat_id, caller.user_id, slot)
    if row is None or not alive(row.saved_at, desk.clock.now(), slot):
        return None
    prompt = prompts.load(row.kind, row.payload)
    saved_at = row.saved_at
    if saved_at.tzinfo is None:  # SQLite drops the offset; we store local
        saved_at = saved_at.replace(tzinfo=desk.clock.now().tzinfo)
    return (prompt, saved_at) if prompt is not None else None


def resume_form(desk: Desk, caller: Caller, form: str, agency: str) -> Resumed | None:
    """Inside /nop's use case: the draft of `form` for `agency`, taken up (a draft of another
    unit, the officer having moved since, is dropped)."""
    found = _taken(desk, caller, form)
    if found is None:
        return None
    prompt, saved_at = found
    if not isinstance(prompt, SubmitPrompt) or prompt.agency != agency:
        return None
    typed = typed_part(desk, prompt)
    return Resumed(prompt, saved_at, typed) if typed else None


@use_case(database=False)
def reads_as_note(desk: Desk, caller: Caller, text: str) -> bool:
    """A message that can only be a note: something said, no question, no command, no status,
    no "huỷ"/"hoàn tác", no "ok". Read before the database is asked for a kept note's wait."""
    text = text.strip()
    if not text or text.startswith("/") or not says_something(text):
        return False
    if reads_as_question(text) or asks_cancel(text) or asks_undo(text) or acknowledges(text):
        return False
    if bare_status(text) is not None:
        return False
    province, today = desk.province, desk.clock.today()
    # read once, as usecases/statements.py reads the same text next when it is no note
    text, agency = spell_out(text, province, today), caller.agency
    found = desk.remembered(
        "statements",
        (text, today, agency),
        lambda: statement(text, desk.assistant, province, today, agency),
    )
    return not states_news(found, text, province, agency)


# What the reader may answer a note with and still be unsure it was asked anything: no service
# it knows ("chưa có chữ ký số"), one in no catalogue ("phần mềm một cửa chưa kết nối").
NOTE_INTENTS = frozenset({"unknown", "absent", "help"})


def _asks(desk: Desk, caller: Caller, text: str) -> bool:
    """The reader answers the text with something sure (a service by its short name, "gpxd"; an
    agency; what is due in May; the unit's progress): a question, though it reads like a note."""
    asked = desk.assistant.understand(
        text, desk.clock.today(), desk.config.province, caller.agency
    )
    if asked.needs_statuses:
        return True
    answer = desk.assistant.answer(asked)
    return answer.sure and answer.intent not in NOTE_INTENTS


@use_case(writes=False)  # a read, for most messages: nothing kept; the rare take writes
def note_after_end(desk: Desk, caller: Caller, text: str) -> Offer | None:
    """Free text that reads as a note (`reads_as_note`), with nothing waiting: when a status's
    note prompt was ended right before (by a command, a button, its window), the statement it
    would have made: that row, that status, this note (offered by a button:
    usecases/statuses.py). The kept wait ends on it."""
    if (
        caller.chat_id is None
        or desk.repo.peek_draft(caller.chat_id, caller.user_id, NOTE_SLOT) is None
    ):
        return None
    found = _taken(desk, caller, NOTE_SLOT)
    if found is None:
        return None
    prompt = found[0]
    if not isinstance(prompt, NotePrompt):
        return None
    # "chưa có tài khoản kết nối của bộ gtvt" after a look-up ended 406-22's Vướng mắc note:
    # a lack stated is that note, though it names a service (ux25 #4: read as a question)
    lack = note_needed(prompt.status) is not None and states_a_lack(tokenize(text))
    if not lack and _asks(desk, caller, text):
        return None
    current = desk.repo.current(prompt.key, prompt.agency)
    if current is not None and current.new == prompt.status:
        return None  # written meanwhile ("/capnhat 406-26 vướng …" typed in full)
    unit = prompt.agency if prompt.agency != caller.agency else ""
    return Offer(prompt.key, prompt.status, text.strip(), unit=unit)


@use_case(writes=False)  # as `note_after_end`: a read for most messages
def late_note(desk: Desk, caller: Caller, text: str) -> Offer | None:
    """The line whose coming found a status's note wait run out, when it read as that note
    (`keep_late_note`): the statement the wait would have made — that row, that status, this
    note — offered by a button (usecases/statuses.py), never read as a question."""
    if (
        caller.chat_id is None
        or desk.repo.peek_draft(caller.chat_id, caller.user_id, LATE_NOTE_SLOT) is None
    ):
        return None
    found = _taken(desk, caller, LATE_NOTE_SLOT)
    if found is None or not isinstance(found[0], NotePrompt):
        return None
    prompt = found[0]
    unit = prompt.agency if prompt.agency != caller.agency else ""
    return Offer(prompt.key, prompt.status, text.strip(), unit=unit)
