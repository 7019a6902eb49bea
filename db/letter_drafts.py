"""The drafts of letters under review: read, edited (each edit kept beside the draft it replaced),
dropped. Split from letter_repo.py, whose LetterRepo adds the published versions to these."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.letter_views import DraftEdit, StoredLetter, local_time, stored_letter
from db.models import LetterDraftEdit, LetterRecord
from knowledge.letters.model import Draft

DRAFT, PUBLISHED, DROPPED = "draft", "published", "dropped"


class DraftStore:
    """A province's drafts (LetterRepo's first half: `sessions` and `province` are its own)."""

    sessions: sessionmaker
    province: str

    def drafts(self, limit: int = 10) -> list[StoredLetter]:
        """The drafts still under review, newest first (at most `limit`): /congvan offers them
        again after the review was left for another command."""
        with self.sessions() as s:
            found = s.scalars(
                select(LetterRecord)
                .where(LetterRecord.province == self.province, LetterRecord.state == DRAFT)
                .order_by(LetterRecord.id.desc())
                .limit(limit)
            )
            return [stored_letter(r) for r in found]

    # -- the draft under review ---------------------------------------------------------------
    def add_draft(self, file_name: str, draft: Draft, by: int, at: datetime) -> int:
        with self.sessions.begin() as s:
            record = LetterRecord(
                province=self.province,
                state=DRAFT,
                file_name=file_name[:300],
                draft=json.dumps(draft.to_json(), ensure_ascii=False),
                revision=0,
                by=by,
                created_at=at,
                updated_at=at,
            )
            s.add(record)
            s.flush()
            return record.id

    def save_draft(
        self, letter_id: int, revision: int, draft: Draft, edit: DraftEdit
    ) -> int | None:
        """The draft as edited from `revision`: its new revision, the draft it replaced kept
        beside what the edit said; None when it is no draft any more (published, dropped) or
        another edit came first."""
        with self.sessions.begin() as s:
            r = s.get(LetterRecord, letter_id, with_for_update=True)
            if r is None or r.province != self.province or r.state != DRAFT:
                return None
            if r.revision != revision:
                return None
            s.add(
                LetterDraftEdit(
                    letter_id=letter_id,
                    revision=revision + 1,
                    before=r.draft,
                    said=edit.said,
                    by=edit.by,
                    at=edit.at,
                )
            )
            r.draft = json.dumps(draft.to_json(), ensure_ascii=False)
            r.revision, r.updated_at = revision + 1, edit.at
            return r.revision

    def draft_edit(self, letter_id: int, revision: int) -> tuple[Draft, str] | None:
        """The draft an edit replaced and what the edit said, for the edit that made
        `revision` (None: the draft as read, or no such letter)."""
        with self.sessions() as s:
            found = _edit_of(s, letter_id, revision)
            if found is None:
                return None
            return Draft.from_json(json.loads(found.before)), found.said

    def edit_made(self, letter_id: int, revision: int) -> DraftEdit | None:
        """Who made `revision` of a draft, when, and what it said (None: the draft as read)."""
        with self.sessions() as s:
            found = _edit_of(s, letter_id, revision)
            return None if found is None else DraftEdit(found.by, local_time(found.at), found.said)

    def drop_draft(self, letter_id: int, at: datetime) -> bool:
        with self.sessions.begin() as s:
            r = s.get(LetterRecord, letter_id, with_for_update=True)
            if r is None or r.province != self.province or r.state != DRAFT:
                return False
            r.state, r.updated_at = DROPPED, at
            return True


def _edit_of(s: Session, letter_id: int, revision: int) -> LetterDraftEdit | None:
    """The stored edit that made `revision` of a letter's draft."""
    return s.scalars(
        select(LetterDraftEdit).where(
            LetterDraftEdit.letter_id == letter_id, LetterDraftEdit.revision == revision
        )
    ).first()
