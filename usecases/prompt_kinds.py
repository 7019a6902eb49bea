"""The prompts a chat can wait for, one dataclass per kind (usecases/prompts.py stores them)."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, ClassVar

from knowledge.deliverables.forms import FORMS
from knowledge.rules.statuses import Status, rows_at_once


class PromptKind(StrEnum):
    NOTE = "note"  # the note or reason a status needs
    OFFER = "offer"  # a status read from free text, waiting for its confirmation button
    PROPOSAL = "proposal"  # the next field of a BIỂU 02 proposal (/dexuat)
    SUBMIT = "submit"  # the next line of a form filled in the chat (/nop)
    LETTER = "letter"  # a correction to a letter's draft: a task's deadline, units or forms
    HANDIN = "handin"  # the file of a form the bot has no layout of (/nop <task>)
    UNIT = "unit"  # an admin's status for a row several units own: which unit, by its button
    FILE = "file"  # a file sent with no task named, offered for the one the unit owes: its press
    STATUS = "status"  # a row chosen for /capnhat, its status by a button or typed ("vướng")
    BLANK = "blank"  # a form sent back with nothing filled in, sent only on a press


@dataclass(frozen=True)
class NotePrompt:
    kind: ClassVar[PromptKind] = PromptKind.NOTE
    key: str
    agency: str
    status: Status


@dataclass(frozen=True)
class OfferPrompt:
    kind: ClassVar[PromptKind] = PromptKind.OFFER
    key: str
    status: Status
    note: str = ""
    unit: str = ""  # the unit an admin's statement named ("ghi thay Sở Y tế đã nộp …")
    # the other items one may press for: "xong rồi" in reply to a reminder of several
    # (usecases/reminder_replies.py), each its own button
    others: tuple[str, ...] = ()
    # the day the unit said it sent the document, for whichever item is pressed: the words
    # said it of one of them (usecases/sent_days.py)
    sent_on: date | None = None
    # the items were the officer's own words ("mục 23-27 xong"), not a reminder's: what
    # `rows_at_once` needs to decide "Ghi cả n" (knowledge/rules/statuses.py)
    named: bool = False
    # the note only ("ghi chú: …" naming no item, ux34 #5): each item pressed keeps the status
    # it stands at, `status` unused
    kept: bool = False
    # the one item `sent_on` was said of, when the words said two things ("406-11 xong, còn
    # biểu 02 đã gửi hôm 19/4", ux38 #1): the other items count from the day written
    dated: str = ""

    def sent_on_for(self, key: str) -> date | None:
        return self.sent_on if not self.dated or key == self.dated else None

    @property
    def keys(self) -> tuple[str, ...]:
        return (self.key, *self.others)

    @property
    def at_once(self) -> tuple[str, ...]:
        """The rows one "Ghi cả n" press writes, by the one rule the offer is shown by."""
        return rows_at_once(self.keys, self.status, self.note, self.named)

    def without(self, key: str) -> OfferPrompt | None:
        """The offer still waiting once `key` is written: the reminder's other items."""
        rest = [k for k in self.keys if k != key]
        if not rest:
            return None
        return OfferPrompt(
            rest[0],
            self.status,
            self.note,
            self.unit,
            tuple(rest[1:]),
            sent_on=self.sent_on,
            named=self.named,
            kept=self.kept,
            dated=self.dated,
        )


@dataclass(frozen=True)
class StatusPrompt:
    """/capnhat's statuses shown for one row: its buttons carry everything, but an officer may
    type the status instead ("vướng", "xong rồi"), which is about this row. `unit`: the unit an
    admin named, written for it."""

    kind: ClassVar[PromptKind] = PromptKind.STATUS
    key: str
    unit: str = ""


@dataclass(frozen=True)
class UnitPrompt:
    """An admin's /capnhat on a row several units own, waiting for the unit's button; the
    status and note typed wait here (a note does not fit in a button)."""

    kind: ClassVar[PromptKind] = PromptKind.UNIT
    key: str
    status: Status
    note: str = ""
    # the day typed as sent ("ghi thay STNMT đã nộp mẫu 02 ngày 25/6"): it waits with the
    # status for the unit's button, and is written with it (it was lost on the press)
    sent_on: date | None = None


LISTED = "_listed"  # in a proposal prompt's data: left by /dexuat's list, nothing typed yet


@dataclass(frozen=True)
class ProposalPrompt:
    """`data` holds the answers so far (knowledge/rules/proposals.py reads and fills it)."""

    kind: ClassVar[PromptKind] = PromptKind.PROPOSAL
    agency: str
    step: str
    data: dict[str, Any] = field(default_factory=dict)
    id: int | None = None  # the proposal being edited; None for a new one

    @property
    def listed(self) -> bool:
        """Left by /dexuat's list: the next text that reads as a service's name starts a new
        proposal; nothing was typed, so it ends without a word."""
        return bool(self.data.get(LISTED))

    def state(self) -> dict[str, Any]:
        """A copy in the shape the proposal rules take (and may change)."""
        return {
            "agency": self.agency,
            "data": copy.deepcopy(self.data),
            "id": self.id,
            "step": self.step,
        }

    @classmethod
    def of(cls, state: dict[str, Any]) -> ProposalPrompt:
        return cls(state["agency"], state["step"], dict(state.get("data") or {}), state.get("id"))


@dataclass(frozen=True)
class SubmitPrompt:
    kind: ClassVar[PromptKind] = PromptKind.SUBMIT
    form: str
    agency: str
    lines: list[dict[str, Any]] = field(default_factory=list)
    counts: dict[str, Any] = field(default_factory=dict)

    @property
    def form_name(self) -> str:
        """The form's name as printed ("Phụ lục III"), for the line that says it ended."""
        form = FORMS.get(self.form)
        return form.name if form is not None else self.form


@dataclass(frozen=True)
class LetterPrompt:
    """`field`: one of usecases/letter_edits.py's EditField values; `revision`: the draft's when
    asked (another edit since makes the answer stale)."""

    kind: ClassVar[PromptKind] = PromptKind.LETTER
    letter: int
    revision: int
    index: int
    field: str


@dataclass(frozen=True)
class HandinPrompt:
    """`key`: the task's id, or the occurrence's key of a recurring task."""

    kind: ClassVar[PromptKind] = PromptKind.HANDIN
    key: str
    agency: str
    # waited for as one way among others (`/nop bieu02` with no proposal: usecases/
    # no_proposals.py), not asked for: another message ends it without a word
    aside: bool = False
    # the /nop just refused (its refusal, as said): the file sent next is a hand-in attempt
    # answered with it, never read as a letter or a table (ux29 #8); `key`: the words typed
    refused: str = ""
    # an admin's "ghi thay": the day the unit's file was received ("… ngày 3/9", ux37 #5)
    received: date | None = None


@dataclass(frozen=True)
class FilePrompt:
    """A file sent with no caption, waiting for the press that hands it in for `key` (the one
    file the unit owes): Telegram keeps the file, under `file_id`, until then."""

    kind: ClassVar[PromptKind] = PromptKind.FILE
    key: str
    agency: str
    file_id: str
    name: str
    # the other tasks it may be pressed for: a file in reply to a reminder of several tasks
    others: tuple[str, ...] = ()
    # the kind of paper it is titled by when it looks like no report or form ("GIẤY MỜI",
    # knowledge/deliverables/document_kinds.py): said again in the receipt of the press
    unlike: str = ""
    # the newest of the unit's stored files when it was offered: a file kept for the task
    # after it makes a press of this offer's old buttons stale (u51 #3); None on an offer
    # made before it was kept
    seen: int | None = None
    # a dated ghi thay asked about before it was kept: the day the unit's file came (ux37 #5)
    received: date | None = None

    @property
    def keys(self) -> tuple[str, ...]:
        return (self.key, *self.others)


@dataclass(frozen=True)
class BlankPrompt:
    """A form sent back with nothing filled in (`form`'s code, for `agency`, read from the file
    `name` as `data`), waiting for the press that sends it blank on purpose."""

    kind: ClassVar[PromptKind] = PromptKind.BLANK
    form: str
    agency: str
    name: str
    data: dict[str, Any] = field(default_factory=dict)


Prompt = (
    NotePrompt
    | OfferPrompt
    | UnitPrompt
    | ProposalPrompt
    | SubmitPrompt
    | LetterPrompt
    | HandinPrompt
    | FilePrompt
    | StatusPrompt
    | BlankPrompt
)
