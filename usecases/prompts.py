"""What a chat waits for: a prompt of one kind (usecases/prompt_kinds.py), its payload a dataclass.

Stored as before (db/models.PendingInput: the kind's name and a JSON payload of the same shape),
so a prompt asked before an upgrade is still answered after it. At most one per (chat, user): a
new prompt replaces the one before.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from db.models import PendingInput
from db.repo import Waiting as Stored
from knowledge.rules.statuses import Status
from usecases.desk import Desk
from usecases.prompt_kinds import (
    BlankPrompt,
    FilePrompt,
    HandinPrompt,
    LetterPrompt,
    NotePrompt,
    OfferPrompt,
    Prompt,
    PromptKind,
    ProposalPrompt,
    StatusPrompt,
    SubmitPrompt,
    UnitPrompt,
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
        if prompt.dated:
            payload["dated"] = prompt.dated
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
        if prompt.received is not None:
            payload["received"] = prompt.received.isoformat()
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
        if prompt.seen is not None:
            payload["seen"] = prompt.seen
        if prompt.received is not None:
            payload["received"] = prompt.received.isoformat()
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
                str(data.get("dated", "")),
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
                date.fromisoformat(data["received"]) if data.get("received") else None,
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
                int(data["seen"]) if data.get("seen") is not None else None,
                date.fromisoformat(data["received"]) if data.get("received") else None,
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
    # a stored occurrence key named by its task's cadence when said back ("quý I/2022")
    keyed = desk.province.keyed
    keyed_kinds = NotePrompt | OfferPrompt | UnitPrompt | HandinPrompt | FilePrompt | StatusPrompt
    if isinstance(prompt, keyed_kinds):
        prompt = replace(prompt, key=keyed(prompt.key))
    if isinstance(prompt, FilePrompt | OfferPrompt) and prompt.others:
        prompt = replace(prompt, others=tuple(keyed(k) for k in prompt.others))
    return Waiting(prompt, since)
