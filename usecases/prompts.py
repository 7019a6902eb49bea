"""What a chat waits for: a prompt of one kind, with its payload as a dataclass.

Stored as before (db/models.PendingInput: the kind's name and a JSON payload of the same shape),
so a prompt asked before an upgrade is still answered after it. At most one per (chat, user): a
new prompt replaces the one before.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any, ClassVar

from db.models import PendingInput
from db.repo import Waiting as Stored
from knowledge.rules.statuses import Status, rows_at_once
from usecases.desk import Desk


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
    # the day the unit said it sent the document, for `key` (usecases/sent_days.py)
    sent_on: date | None = None
    # the items were the officer's own words ("mục 23-27 xong"), not a reminder's: what
    # `rows_at_once` needs to decide "Ghi cả n" (knowledge/rules/statuses.py)
    named: bool = False
    # the note only ("ghi chú: …" naming no item, ux34 #5): each item pressed keeps the status
    # it stands at, `status` unused
    kept: bool = False

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
            named=self.named,
            kept=self.kept,
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


@dataclass(frozen=True)
class Waiting:
    prompt: Prompt
    since: datetime | None  # None: asked before the time was kept (migration 0005)


def dump(prompt: Prompt) -> tuple[str, str]:
    """(kind, payload) as stored."""
    payload: dict[str, Any]
    if isinstance(prompt, NotePrompt):
        payload = {"key": prompt.key, "agency": prompt.agency, "status": prompt.status}
    elif isinstance(prompt, OfferPrompt):
        payload = {"key": prompt.key, "status": prompt.status, "note": prompt.note}
        if prompt.unit:  # an admin's, for the unit named; stored as before otherwise
            payload["unit"] = prompt.unit
        if prompt.others:
            payload["others"] = list(prompt.others)
        if prompt.sent_on is not None:
            payload["sent_on"] = prompt.sent_on.isoformat()
        if prompt.named:
            payload["named"] = True
        if prompt.kept:
            payload["kept"] = True
    elif isinstance(prompt, UnitPrompt):
        payload = {"key": prompt.key, "status": prompt.status, "note": prompt.note}
        if prompt.sent_on is not None:
            payload["sent_on"] = prompt.sent_on.isoformat()
    elif isinstance(prompt, ProposalPrompt):
        payload = prompt.state()
    elif isinstance(prompt, LetterPrompt):
        payload = {
            "letter": prompt.letter,
            "revision": prompt.revision,
            "index": prompt.index,
            "field": prompt.field,
        }
    elif isinstance(prompt, HandinPrompt):
        payload = {"key": prompt.key, "agency": prompt.agency}
        if prompt.aside:
            payload["aside"] = True
        if prompt.refused:
            payload["refused"] = prompt.refused
    elif isinstance(prompt, StatusPrompt):
        payload = {"key": prompt.key, "unit": prompt.unit}
    elif isinstance(prompt, BlankPrompt):
        payload = {
            "form": prompt.form,
            "agency": prompt.agency,
            "name": prompt.name,
            "data": prompt.data,
        }
    elif isinstance(prompt, FilePrompt):
        payload = {
            "key": prompt.key,
            "agency": prompt.agency,
            "file_id": prompt.file_id,
            "name": prompt.name,
        }
        if prompt.others:
            payload["others"] = list(prompt.others)
        if prompt.unlike:
            payload["unlike"] = prompt.unlike
        if prompt.unlike:
            payload["unlike"] = prompt.unlike
    else:
        payload = {
            "form": prompt.form,
            "agency": prompt.agency,
            "lines": prompt.lines,
            "counts": prompt.counts,
        }
    return prompt.kind.value, json.dumps(payload, ensure_ascii=False)


def load(kind: str, payload: str) -> Prompt | None:
    """The prompt a stored row holds; None for a kind or payload this version cannot read."""
    try:
        data = json.loads(payload)
        if kind == PromptKind.NOTE:
            return NotePrompt(data["key"], data["agency"], Status(data["status"]))
        if kind == PromptKind.OFFER:
            return OfferPrompt(
                data["key"],
                Status(data["status"]),
                data.get("note", ""),
                data.get("unit", ""),
                tuple(str(k) for k in data.get("others", ())),
                date.fromisoformat(data["sent_on"]) if data.get("sent_on") else None,
                bool(data.get("named", False)),
                bool(data.get("kept", False)),
            )
        if kind == PromptKind.UNIT:
            return UnitPrompt(
                data["key"],
                Status(data["status"]),
                data.get("note", ""),
                date.fromisoformat(data["sent_on"]) if data.get("sent_on") else None,
            )
        if kind == PromptKind.PROPOSAL:
            return ProposalPrompt.of(data)
        if kind == PromptKind.SUBMIT:
            return SubmitPrompt(
                data["form"], data["agency"], list(data["lines"]), dict(data["counts"])
            )
        if kind == PromptKind.LETTER:
            return LetterPrompt(
                int(data["letter"]), int(data["revision"]), int(data["index"]), str(data["field"])
            )
        if kind == PromptKind.HANDIN:
            return HandinPrompt(
                str(data["key"]),
                str(data["agency"]),
                bool(data.get("aside")),
                str(data.get("refused") or ""),
            )
        if kind == PromptKind.STATUS:
            return StatusPrompt(str(data["key"]), str(data.get("unit") or ""))
        if kind == PromptKind.BLANK:
            return BlankPrompt(
                str(data["form"]), str(data["agency"]), str(data["name"]), dict(data["data"])
            )
        if kind == PromptKind.FILE:
            return FilePrompt(
                str(data["key"]),
                str(data["agency"]),
                str(data["file_id"]),
                str(data["name"]),
                tuple(str(k) for k in data.get("others", ())),
                str(data.get("unlike", "")),
            )
    except (ValueError, KeyError, TypeError):
        return None
    return None


# -- inside a use case ---------------------------------------------------------------------------
def wait_for(desk: Desk, chat_id: int, user_id: int, prompt: Prompt) -> None:
    """The chat now waits for this (replacing what it waited for), from now on. A form being
    filled that another prompt replaces without an update ending it first (a file sent while it
    is open) keeps what was typed as its draft (usecases/drafts.py)."""
    if not isinstance(prompt, SubmitPrompt):
        from usecases.drafts import keep_replaced, note_superseded  # drafts reads prompts

        keep_replaced(desk, chat_id, user_id)
        note_superseded(desk, chat_id, user_id)
    kind, payload = dump(prompt)
    desk.repo.set_pending(chat_id, user_id, kind, payload, desk.clock.now())


def peek(desk: Desk, chat_id: int, user_id: int) -> Waiting | None:
    return _waiting(desk, _stored(desk.repo.peek_pending(chat_id, user_id)))


def take(desk: Desk, chat_id: int, user_id: int) -> Waiting | None:
    """What the chat waited for, no longer waited for."""
    return _waiting(desk, _stored(desk.repo.pop_pending(chat_id, user_id)))


def _stored(row: PendingInput | None) -> Stored | None:
    return Stored(row.kind, row.payload, row.since) if row is not None else None


def waiting_of(desk: Desk, row: Stored | None) -> Waiting | None:
    """The prompt a stored row holds (None: nothing, or nothing this version reads)."""
    return _waiting(desk, row)


def _waiting(desk: Desk, row: Stored | None) -> Waiting | None:
    prompt = load(row.kind, row.payload) if row is not None else None
    if row is None or prompt is None:
        return None
    since = row.since
    if since is not None and since.tzinfo is None:  # SQLite drops the offset; we store local
        since = since.replace(tzinfo=desk.clock.now().tzinfo)
    return Waiting(prompt, since)
