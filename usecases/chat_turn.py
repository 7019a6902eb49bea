"""A free-text message in a private chat, read in one unit and one trip to a worker thread: what
it is, in the order the chat tries each reading (a "huỷ", a question beside a form or a note
awaited, the answer a prompt waits for, a note kept, "hoàn tác", a file to move or send again,
a write taken back, the day's writes asked, a statement, thanks, and last a question, answered).

Each reading used to be its own use case, run by the handler in its own trip and unit: a plain
question cost eight trips and nine statements (bench/README.md, round 28), for reads smaller
than a trip. Here the readings run in order until one holds, and the turn says which
(`Step`) and what it read (`found`); the handler (handlers/chat_turns.py) acts on it. A reading
that writes when it holds (a form's step asked again, an offer waiting for its press) is only
recognised here: the handler runs its use case, which writes, in one more trip, as before. When
the handler finds it has nothing to do after all (an offer's follow-up not taken, a note that
was no note), it reads the rest of the turn from the next step (`read_turn(..., after=step)`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import IntEnum
from typing import Any

from knowledge.reader.added_notes import added_note
from usecases import (
    added_notes,
    cancelling,
    chat_subjects,
    day_log,
    digest_asking,
    draft_talk,
    file_moves,
    form_asides,
    handins,
    kept_notes,
    later_sends,
    note_again,
    officers,
    pasted_letters,
    refused_files,
    register_help,
    role_objection,
    standing_asking,
    statements,
    statements_alone,
    statements_kinds,
    two_clauses,
    undoing,
    undone_statements,
    unit_refiles,
    why_reminded,
)
from usecases.asking import acknowledged, overlong
from usecases.callers import Caller, question_beside_file, question_beside_note
from usecases.corrections import read_correction
from usecases.desk import Desk
from usecases.offer_followups import swap_asked
from usecases.prompts import (
    HandinPrompt,
    LetterPrompt,
    NotePrompt,
    OfferPrompt,
    ProposalPrompt,
    StatusPrompt,
    SubmitPrompt,
)
from usecases.resending import asks_resend
from usecases.runner import use_case


class Step(IntEnum):
    """The readings of a free text, in the order they are tried (the order is behaviour)."""

    CANCEL = 1  # "huỷ", "thôi": found is the last write when nothing waits (its undo offered)
    FORM_ASIDE = 2  # a question beside a form filled in the chat
    NOTE_ASIDE = 3  # a question beside a status's note awaited
    FILE_ASIDE = 4  # a question beside a file awaited
    PENDING = 5  # the answer the chat's prompt waits for
    KEPT_NOTE = 6  # a status's note wait kept after it ended
    ADDED_NOTE = 7  # "ghi chú 406-11: …"
    UNDO = 8  # "hoàn tác"
    MISFILED = 9  # "gửi nhầm bc tháng 5": found is the move offered
    REFILE = 10  # an admin's "nhầm rồi, đây là file của Sở Y tế" after a ghi thay: the offer
    RESEND = 11  # "nhầm file, gửi lại"
    CORRECTION = 12  # "à nhầm, chưa bắt đầu": found is the correction read
    UNDONE = 13  # "406-20 chưa xong": found is the offer, or that it is not recorded done
    SWAP = 14  # "không phải 406-22 mà là 406-11": found is the swap read
    DRAFT_TALK = 15  # said to the admin's draft under review: found is what was said
    REGISTRATION = 16  # "dang ky so y te": found is the agency choice or a refusal
    REMINDER_SWITCH = 17  # "tắt nhắc nhở": found is the line saying how
    DIGEST = 18  # an admin's "tổng hợp tuần này": found is the digest
    HANDINS = 19  # "ai chưa nộp biểu 02": found is the tracking
    STRAY_COUNTS = 20  # "10 5 3 2" with no form open: found is the refusal
    OVERLONG = 21  # a pasted page: found is the line on how to ask
    LATER = 22  # "gửi file sau nhé" after a reminder: found is the acknowledgement
    NOTE_AGAIN = 23  # a reply to the ask for a new note: found is the offer
    STATEMENT = 24  # a row and a status: found is the offer, several, or a refusal
    THANKS = 25  # "ok em biết rồi": found is the short reply
    NOTE_AFTER = 26  # "đã gửi kèm bản giấy" right after one's own write: offered as its note
    QUESTION = 27  # found is the answer (usecases/asking.Answered), the chat's subject kept
    DAY_LOG = 28  # "hôm nay ai cập nhật gì": found is the day's writes, said (usecases/day_log)
    WHY_REMINDED = 29  # "sao vẫn nhắc em": what the unit still has unsent (tried after UNDO)
    REGISTER_HOW = 30  # "đăng ký thế nào" unregistered: /dangky's button, or the line on how
    LETTER_TEXT = 31  # a letter forwarded or pasted as text: found is the line saying what to do
    REFUSAL_ASKED = 32  # "lỗi gì vậy" right after a file refused: found is that refusal again
    ROLE_OBJECTED = 33  # "bên em chỉ phối hợp thôi mà": found is the unit's role, said


@dataclass(frozen=True)
class Turn:
    step: Step
    found: Any = None  # what the step read (see `Step`), for the handler to act on
    at: int = 0  # the reading's place in READINGS: the rest is read after it (`read_turn`)


_PENDING = (
    NotePrompt,
    ProposalPrompt,
    SubmitPrompt,
    LetterPrompt,
    HandinPrompt,
    StatusPrompt,
    OfferPrompt,
)
# (desk, caller, text, the bot's message replied to) -> the turn, when the reading holds
_Reading = Callable[[Desk, Caller, str, str], Turn | None]


def _cancel(desk: Desk, caller: Caller, text: str, about: str) -> Turn | None:
    if not cancelling.cancel_asked(desk, caller, text):
        return None
    # nothing waits: "huỷ" right after a write means that write; its undo is offered
    return Turn(Step.CANCEL, undoing.last_write(desk, caller) if caller.waiting is None else None)


def _form_aside(desk: Desk, caller: Caller, text: str, about: str) -> Turn | None:
    found = form_asides.kept_beside(desk, caller, text) is not None
    return Turn(Step.FORM_ASIDE) if found else None


def _note_aside(desk: Desk, caller: Caller, text: str, about: str) -> Turn | None:
    found = caller.chat_id is not None and question_beside_note(desk, caller, text) is not None
    return Turn(Step.NOTE_ASIDE) if found else None


def _file_aside(desk: Desk, caller: Caller, text: str, about: str) -> Turn | None:
    found = caller.chat_id is not None and question_beside_file(desk, caller, text) is not None
    return Turn(Step.FILE_ASIDE) if found else None


def _pending(desk: Desk, caller: Caller, text: str, about: str) -> Turn | None:
    waiting = caller.waiting
    return Turn(Step.PENDING) if waiting and isinstance(waiting.prompt, _PENDING) else None


def _kept_note(desk: Desk, caller: Caller, text: str, about: str) -> Turn | None:
    return Turn(Step.KEPT_NOTE) if kept_notes.note_kept(desk, caller) else None


def _added_note(desk: Desk, caller: Caller, text: str, about: str) -> Turn | None:
    said = added_note(text, desk.assistant, desk.province, desk.clock.today())
    return Turn(Step.ADDED_NOTE) if said is not None else None


def _refusal_asked(desk: Desk, caller: Caller, text: str, about: str) -> Turn | None:
    found = refused_files.refusal_asked(desk, caller, text)
    return Turn(Step.REFUSAL_ASKED, found) if found is not None else None


def _undo(desk: Desk, caller: Caller, text: str, about: str) -> Turn | None:
    return Turn(Step.UNDO) if undoing.undo_asked(desk, text) else None


def _letter_text(desk: Desk, caller: Caller, text: str, about: str) -> Turn | None:
    found = pasted_letters.letter_pasted(desk, caller, text)
    return Turn(Step.LETTER_TEXT, found) if found is not None else None


def _why_reminded(desk: Desk, caller: Caller, text: str, about: str) -> Turn | None:
    return Turn(Step.WHY_REMINDED) if why_reminded.why_asked(desk, caller, text, about) else None


def _role_objected(desk: Desk, caller: Caller, text: str, about: str) -> Turn | None:
    found = role_objection.role_objected(desk, caller, text, about)
    return Turn(Step.ROLE_OBJECTED, found) if found is not None else None


def _misfiled(desk: Desk, caller: Caller, text: str, about: str) -> Turn | None:
    if not file_moves.says_misfiled(desk, caller, text):
        return None
    found = file_moves.move_asked(desk, caller, text)
    return Turn(Step.MISFILED, found) if found is not None else None


def _refile(desk: Desk, caller: Caller, text: str, about: str) -> Turn | None:
    found = unit_refiles.refile_asked(desk, caller, text)
    return Turn(Step.REFILE, found) if found is not None else None


def _resend(desk: Desk, caller: Caller, text: str, about: str) -> Turn | None:
    return Turn(Step.RESEND) if asks_resend(desk, caller, text) else None


def _correction(desk: Desk, caller: Caller, text: str, about: str) -> Turn | None:
    found = read_correction(desk, caller, text)
    return Turn(Step.CORRECTION, found) if found is not None else None


def _undone(desk: Desk, caller: Caller, text: str, about: str) -> Turn | None:
    if not undone_statements.undone_asked(desk, text):
        return None
    found = undone_statements.undone_offer(desk, caller, text)
    return Turn(Step.UNDONE, found) if found is not None else None


def _swap(desk: Desk, caller: Caller, text: str, about: str) -> Turn | None:
    found = swap_asked(desk, caller, text)
    return Turn(Step.SWAP, found) if found is not None else None


def _draft_talk(desk: Desk, caller: Caller, text: str, about: str) -> Turn | None:
    found = draft_talk.draft_talk_said(desk, caller, text)
    return Turn(Step.DRAFT_TALK, found) if found is not None else None


def _registration(desk: Desk, caller: Caller, text: str, about: str) -> Turn | None:
    found = officers.registration_asked(desk, caller, text)
    return Turn(Step.REGISTRATION, found) if found is not None else None


def _register_how(desk: Desk, caller: Caller, text: str, about: str) -> Turn | None:
    found = register_help.register_help(desk, caller, text)
    return Turn(Step.REGISTER_HOW, found) if found is not None else None


def _reminder_switch(desk: Desk, caller: Caller, text: str, about: str) -> Turn | None:
    found = officers.reminders_switch_asked(desk, text)
    return Turn(Step.REMINDER_SWITCH, found) if found is not None else None


def _digest(desk: Desk, caller: Caller, text: str, about: str) -> Turn | None:
    if not digest_asking.digest_asked(desk, caller, text):
        return None
    return Turn(Step.DIGEST, digest_asking.asked_digest(desk, caller))


def _handins(desk: Desk, caller: Caller, text: str, about: str) -> Turn | None:
    if not handins.handins_asked(desk, text):
        return None
    found = handins.asked_handins(desk, caller, text)
    return Turn(Step.HANDINS, found) if found is not None else None


def _day_log(desk: Desk, caller: Caller, text: str, about: str) -> Turn | None:
    found = day_log.day_log_asked(desk, caller, text)
    return Turn(Step.DAY_LOG, found) if found is not None else None


def _standing(desk: Desk, caller: Caller, text: str, about: str) -> Turn | None:
    # "Sở KH&ĐT nộp mẫu 01 chưa": that unit's standing, answered as a question is
    # (usecases/asking.py `answered`), before any status is read from the words
    if standing_asking.standing_asked(desk, caller, text) is None:
        return None
    return _question(desk, caller, text, about)


def _stray_counts(desk: Desk, caller: Caller, text: str, about: str) -> Turn | None:
    found = form_asides.stray_counts(desk, caller, text)
    return Turn(Step.STRAY_COUNTS, found) if found is not None else None


def _overlong(desk: Desk, caller: Caller, text: str, about: str) -> Turn | None:
    found = overlong(desk, text)
    return Turn(Step.OVERLONG, found) if found is not None else None


def _later(desk: Desk, caller: Caller, text: str, about: str) -> Turn | None:
    # typed right after a reminder arrived, without Telegram's reply: about that reminder
    later_about = about or later_sends.just_reminded(desk, caller, text)
    if not later_sends.later_asked(desk, text, later_about):
        return None
    found = later_sends.later_send(desk, caller, text, later_about)
    return Turn(Step.LATER, found) if found is not None else None


def _note_again(desk: Desk, caller: Caller, text: str, about: str) -> Turn | None:
    found = note_again.note_replied(desk, caller, text, about) if about else None
    return Turn(Step.NOTE_AGAIN, found) if found is not None else None


def _statement(desk: Desk, caller: Caller, text: str, about: str) -> Turn | None:
    found = two_clauses.two_said(desk, caller, text, about) or statements.read_statement(
        desk, caller, text, about
    )
    if isinstance(found, statements_kinds.BareStatus):
        # "xong rồi": the row just written, or which
        found = statements_alone.last_row_offer(desk, caller, found)
    return Turn(Step.STATEMENT, found) if found is not None else None


def _thanks(desk: Desk, caller: Caller, text: str, about: str) -> Turn | None:
    found = acknowledged(desk, text)
    return Turn(Step.THANKS, found) if found is not None else None


def _note_after(desk: Desk, caller: Caller, text: str, about: str) -> Turn | None:
    found = added_notes.written_before_note(desk, caller, text) is not None
    return Turn(Step.NOTE_AFTER) if found else None


def _question(desk: Desk, caller: Caller, text: str, about: str) -> Turn:
    return Turn(Step.QUESTION, chat_subjects.answered_in_chat_now(desk, caller, text))


# in the order they are tried (a unit's standing asked is answered as a question, in its place:
# before the stray numbers and a status read from the words)
READINGS: tuple[_Reading, ...] = (
    _cancel,
    _refusal_asked,  # about the file just refused, before a form's wait reads the words
    _form_aside,
    _note_aside,
    _file_aside,
    _pending,
    _kept_note,
    _added_note,
    _undo,
    _letter_text,  # before its words are read as a status, a draft's edit or a question
    _role_objected,  # "chỉ phối hợp thôi mà", replied to a reminder or after a write
    _why_reminded,  # before any status the words hold ("đã nộp rồi mà sao vẫn nhắc")
    _misfiled,
    _refile,
    _resend,
    _correction,
    _undone,
    _swap,
    _draft_talk,
    _registration,
    _register_how,  # after a registration naming its agency, before a question on "Đăng ký …"
    _reminder_switch,
    _digest,
    _handins,
    _day_log,
    _standing,  # a unit's standing asked: answered as a question is (Step.QUESTION)
    _stray_counts,
    _overlong,
    _later,
    _note_again,
    _statement,
    _thanks,
    _note_after,
    _question,
)


@use_case(writes=False)
def read_turn(desk: Desk, caller: Caller, text: str, about: str, after: int = 0) -> Turn:
    """The first reading of `text` that holds, trying those after the one at `after` (0: all),
    with what it read. `about`: the bot's message the text replies to ("" for none)."""
    for at, reading in enumerate(READINGS, start=1):
        if at <= after:
            continue
        found = reading(desk, caller, text, about)
        if found is not None:
            return replace(found, at=at)
    raise AssertionError("unreachable: a question is the last reading and always holds")
