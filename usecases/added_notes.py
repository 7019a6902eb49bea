"""A note added to an item by its key ("ghi chú 406-11: chờ công an tỉnh phản hồi",
knowledge/reader/added_notes.py): offered for a press with the status the unit's item already
has, so the press records the note as any status write is recorded — quoted back, kept in
/lichsu, undone by "Hoàn tác". It was shown the row's card and the note was lost (ux30 #3).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from knowledge.messages.markup import key_tag
from knowledge.reader.added_notes import added_note
from knowledge.reader.capnhat_line import whole_key_shape
from knowledge.reader.offers import Offer
from knowledge.reader.question_shape import reads_as_question
from knowledge.render.answers import esc
from knowledge.rules.progress import standings
from knowledge.rules.standing import State
from knowledge.rules.statuses import Status, Target, target_for
from usecases import prompts
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.letter_questions import letters_asked
from usecases.prompts import OfferPrompt
from usecases.results import UNCHANGED, Refusal
from usecases.runner import use_case
from usecases.statements_items import meant_offer
from usecases.statements_kinds import Several
from usecases.status_offers import offer_status
from usecases.status_results import MAX_NOTE, Offered, UnitAsked
from usecases.task_titles import task_title
from usecases.understood import understood

# a sentence typed this soon after one's own write is offered as its note (the undo's window)
JUST_WRITTEN = timedelta(minutes=10)
LAST_WRITE = timedelta(hours=12)  # "ghi chú: …" naming no item: the write of the same day
MAX_ITEMS = 6  # buttons for a note naming no item; the others by their key, which HOW says
NOTE_WORDS = 3  # fewer words are a reply ("ok ạ", "vâng"), not a note

HOW = "Gõ: <code>ghi chú &lt;mã mục&gt;: &lt;nội dung&gt;</code>."


@dataclass(frozen=True)
class NoteItems:
    """A note naming no item, typed with no write of the day to attach it to: offered for the
    unit's open items (key, title), one button each, the status of the one pressed kept."""

    note: str
    items: tuple[tuple[str, str], ...]


@use_case(writes=True)
def note_added(
    desk: Desk, caller: Caller, text: str
) -> Offered | UnitAsked | NoteItems | Refusal | None:
    """The offer of the note a line adds (see the module); a Refusal in one line when the item
    or the note is missing or may not be written; None when the line adds no note."""
    said = added_note(text, desk.assistant, desk.province, desk.clock.today())
    if said is None:
        return None
    if said.key is None:
        # "ghi chú: bản giấy đã gửi bưu điện" names no item: the note of the unit's last write
        # today (ux34 #5: it asked for a key the officer could not guess)
        # (a key typed that names nothing, "406-99: …", is said so, as before)
        alone = bool(said.typed) and not said.note and not whole_key_shape(said.typed)
        change = _own_write(desk, caller, LAST_WRITE, undone=True) if alone else None
        if change is not None:
            return _noted(desk, caller, change, said.typed)
        items = _open_items(desk, caller) if alone else ()
        if items and caller.chat_id is not None and len(said.typed) <= MAX_NOTE:
            # no write to attach it to: the unit's open items, one button each (ux34 #5)
            keys = tuple(key for key, _ in items)
            prompt = OfferPrompt(keys[0], Status.CHUA_BAT_DAU, said.typed, "", keys[1:], kept=True)
            prompts.wait_for(desk, caller.chat_id, caller.user_id, prompt)
            return NoteItems(said.typed, items)
        unread = f"Không nhận ra mục «{esc(said.typed)}». " if said.typed else ""
        return Refusal(f"{unread}{HOW}")
    if not said.note:
        return Refusal(f"Chưa có nội dung ghi chú cho {esc(said.key)}. {HOW}")
    if caller.agency is None and not caller.is_admin:  # where the registration stands, said
        return Refusal(
            f"Chưa ghi được ghi chú cho {key_tag(said.key)}: {caller.standing} {UNCHANGED}"
        )
    if len(said.note) > MAX_NOTE:
        return Refusal(f"Ghi chú dài quá {MAX_NOTE} ký tự; gõ ngắn lại.")
    offer = meant_offer(desk, caller, Offer(said.key, Status.CHUA_BAT_DAU, said.note))
    if isinstance(offer, Several):  # "406-11" from a unit of several sectors: which one
        parts = ", ".join(esc(o.key) for o in offer.offers)
        return Refusal(f"{esc(said.key)} có các mục con của đơn vị bạn: {parts}. {HOW}")
    found = target_for(desk.province, caller.actor, offer.key, None)
    if isinstance(found, Refusal):
        return found
    if not isinstance(found, Target):  # an admin, a row of several units: whose note is unsaid
        return Refusal(
            f"{key_tag(offer.key)} có {len(found.units)} đơn vị; ghi chú cho đơn vị nào? Gõ "
            "<code>/capnhat &lt;mã mục&gt; &lt;đơn vị&gt; &lt;trạng thái&gt; &lt;ghi chú&gt;"
            "</code>."
        )
    current = desk.repo.current(offer.key, found.agency)
    status = current.new if current is not None else Status.CHUA_BAT_DAU
    return offer_status(desk, caller, replace(offer, status=status))


@use_case(writes=True)
def note_after_write(
    desk: Desk, caller: Caller, text: str
) -> Offered | UnitAsked | Refusal | None:
    """A sentence an officer types within minutes of their own write that asks nothing and that
    the reader reads as nothing ("đã gửi kèm bản giấy qua bưu điện" after a file was handed
    in): offered as that write's note by a button, the status kept (ux34 #5: "Tôi chưa hiểu");
    None when it is no such sentence. Nothing is written before the press; the press is undone
    as any write is."""
    change = written_before_note(desk, caller, text)
    if change is None:
        return None
    return _noted(desk, caller, change, text.strip())


def written_before_note(desk: Desk, caller: Caller, text: str) -> Offer | None:
    """The caller's own write `text` would be the note of (see `note_after_write`), read only:
    the chat's turn (usecases/chat_turn.py) asks it before the question is answered."""
    if caller.agency is None or len(text.split()) < NOTE_WORDS or len(text) > MAX_NOTE:
        return None
    if reads_as_question(text):
        return None
    change = _own_write(desk, caller, JUST_WRITTEN)
    if change is None:
        return None
    asked = understood(desk, text, caller.agency)
    if asked.reading is not None and asked.reading.intent != "unknown":
        return None  # a question the reader answers
    if letters_asked(desk, caller, text) is not None:
        return None  # "công văn mới nhất": a letter asked about, answered before the reader
    return change


def _own_write(
    desk: Desk, caller: Caller, within: timedelta, undone: bool = False
) -> Offer | None:
    """The item of the caller's last write for their own unit (a status, or a file handed in,
    a new version writing no status) within `within` of now, with the status it stands at;
    None when there is none, or the last was an undo or undone (`undone`: an undo's item
    counts, for a note that says it is one: "ghi chú: …")."""
    change = desk.repo.latest_by(caller.user_id)
    sent = desk.submissions.latest_by(caller.user_id)
    now = desk.clock.now()
    if sent is not None and (change is None or sent.submitted_at > change.at):
        if (sent.undone and not undone) or sent.agency != caller.agency:
            return None
        if now - sent.submitted_at > within:
            return None
        standing = desk.repo.current(sent.task, sent.agency)
        return Offer(sent.task, standing.new) if standing is not None else None
    if change is None or (change.undoes is not None and not undone):
        return None
    if change.agency != caller.agency:
        return None
    return Offer(change.key, change.new) if now - change.at <= within else None


def _noted(desk: Desk, caller: Caller, written: Offer, note: str) -> Offered | UnitAsked | Refusal:
    """The note offered for the item last written, with the status it stands at."""
    if len(note) > MAX_NOTE:
        return Refusal(f"Ghi chú dài quá {MAX_NOTE} ký tự; gõ ngắn lại.")
    return offer_status(desk, caller, replace(written, note=note))


def _open_items(desk: Desk, caller: Caller) -> tuple[tuple[str, str], ...]:
    """The items the caller's unit still owes (open or late, by the one rule of where an item
    stands), soonest due first, with their titles; at most MAX_ITEMS."""
    agency = caller.agency
    if agency is None:
        return ()
    today = desk.clock.today()
    marks = desk.statuses().marks
    owed = [
        s
        for s in standings(desk.catalogue, desk.province, marks, today, agency)
        if s.state in (State.OPEN, State.LATE)
    ]
    owed.sort(key=lambda s: (s.due or date.max, not s.is_task))
    return tuple((s.key, task_title(desk, s.key)) for s in owed[:MAX_ITEMS])
