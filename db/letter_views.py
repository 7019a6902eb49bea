"""Letters' rows as the repository hands them out: a stored letter (its draft decoded), a
version (its letters, ended tasks and moved deadlines decoded), a draft's edit, and the local
time SQLite drops."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from db.models import LetterRecord, LetterVersion
from knowledge.letters.model import Draft
from knowledge.letters.moves import Move
from knowledge.letters.publish import LetterVersion as VersionView

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")


@dataclass(frozen=True)
class DraftEdit:
    """Who corrected a draft, when, and what the correction changed (as quoted back)."""

    by: int
    at: datetime
    said: str


def local_time(at: datetime) -> datetime:
    # SQLite keeps the wall time and drops the offset; every time we store is local.
    return at.astimezone(LOCAL) if at.tzinfo else at.replace(tzinfo=LOCAL)


@dataclass(frozen=True)
class StoredLetter:
    id: int
    province: str
    state: str  # draft | published | dropped
    file_name: str
    draft: Draft
    revision: int  # edits so far
    by: int
    updated_at: datetime
    published_at: datetime | None


def ids_of(text: str) -> tuple[int, ...]:
    return tuple(int(x) for x in text.split(",") if x)


def ended_of(text: str | None) -> dict[str, date]:
    return {k: date.fromisoformat(d) for k, d in json.loads(text).items()} if text else {}


def ended_text(ended: Mapping[str, date]) -> str | None:
    return json.dumps({k: d.isoformat() for k, d in sorted(ended.items())}) if ended else None


def moved_of(text: str | None) -> dict[str, Move]:
    return {k: Move.from_json(m) for k, m in json.loads(text).items()} if text else {}


def moved_text(moved: Mapping[str, Move]) -> str | None:
    return (
        json.dumps({k: m.to_json() for k, m in sorted(moved.items())}, ensure_ascii=False)
        if moved
        else None
    )


def renamed_of(text: str | None) -> dict[str, tuple[str, str]]:
    """task id -> (its title now, the one before), for every published task renamed."""
    found = json.loads(text) if text else {}
    return {k: (str(v["title"]), str(v["was"])) for k, v in found.items()}


def renamed_text(renamed: Mapping[str, tuple[str, str]]) -> str | None:
    if not renamed:
        return None
    data = {k: {"title": t, "was": w} for k, (t, w) in sorted(renamed.items())}
    return json.dumps(data, ensure_ascii=False)


def version_view(v: LetterVersion) -> VersionView:
    return VersionView(
        v.number,
        v.action,
        v.letter_id,
        ids_of(v.letters),
        v.restores,
        v.by,
        local_time(v.at),
        ended_of(v.ended),
        moved_of(v.moved),
        renamed_of(v.renamed),
    )


def stored_letter(r: LetterRecord) -> StoredLetter:
    return StoredLetter(
        r.id,
        r.province,
        r.state,
        r.file_name,
        Draft.from_json(json.loads(r.draft)),
        r.revision,
        r.by,
        local_time(r.updated_at),
        local_time(r.published_at) if r.published_at else None,
    )
