"""Saved drafts (db/models.SavedDraft): at most one per chat, person and slot, replaced when saved
again, taken (deleted) when taken up, dropped once expired. usecases/drafts.py reads the
payload and knowledge/rules/drafts.py says how long each lives."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import sessionmaker

from db.models import SavedDraft


class DraftRepo:
    sessions: sessionmaker

    def save_draft(
        self, chat_id: int, user_id: int, slot: str, kind: str, payload: str, at: datetime
    ) -> None:
        with self.sessions.begin() as s:
            s.merge(
                SavedDraft(
                    chat_id=chat_id,
                    user_id=user_id,
                    slot=slot,
                    kind=kind,
                    payload=payload,
                    saved_at=at,
                )
            )

    def take_draft(self, chat_id: int, user_id: int, slot: str) -> SavedDraft | None:
        """The draft in that slot, no longer kept."""
        with self.sessions.begin() as s:
            draft = s.get(SavedDraft, (chat_id, user_id, slot))
            if draft is not None:
                s.delete(draft)
                s.flush()
                s.expunge(draft)
            return draft

    def peek_draft(self, chat_id: int, user_id: int, slot: str) -> SavedDraft | None:
        with self.sessions() as s:
            return s.get(SavedDraft, (chat_id, user_id, slot))

    def drafts_of(self, chat_id: int, user_id: int) -> list[SavedDraft]:
        """Every draft kept for the person in that chat, by slot."""
        with self.sessions() as s:
            query = (
                select(SavedDraft)
                .where(SavedDraft.chat_id == chat_id, SavedDraft.user_id == user_id)
                .order_by(SavedDraft.slot)
            )
            return list(s.scalars(query))

    def drop_drafts(self, chat_id: int, user_id: int, slots: list[str]) -> None:
        """The person's drafts in those slots, no longer kept (expired)."""
        with self.sessions.begin() as s:
            s.execute(
                delete(SavedDraft).where(
                    SavedDraft.chat_id == chat_id,
                    SavedDraft.user_id == user_id,
                    SavedDraft.slot.in_(slots),
                )
            )

    def drop_drafts_before(self, before: datetime) -> None:
        """Everyone's drafts saved before `before`, no longer kept (a draft nobody came back
        to is not kept for ever)."""
        with self.sessions.begin() as s:
            s.execute(delete(SavedDraft).where(SavedDraft.saved_at < before))
