"""Queries: officers (officer_repo.py), the append-only status history (status_repo.py), and
here chats and their pending inputs, with the read every update makes of both."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from sqlalchemy import and_, bindparam, literal_column, select
from sqlalchemy.orm import sessionmaker

from db.draft_repo import DraftRepo
from db.models import Officer, PendingInput
from db.officer_repo import REGISTRATION, OfficerRepo, registration
from db.prepared import Prepared
from db.status_repo import StatusRepo
from db.unit import core
from knowledge.rules.officers import Registration
from knowledge.rules.statuses import Change

__all__ = ["Change", "Repo"]


class Waiting(NamedTuple):
    """A pending input as stored (usecases/prompts.py reads the payload)."""

    kind: str
    payload: str
    since: datetime | None


_OFFICERS = Officer.__table__.c
_PENDINGS = PendingInput.__table__.c
# The caller of an update in one statement: the registration and the chat's waiting prompt, each
# joined by primary key to a one-row anchor, so either may be missing (a stranger, no prompt;
# an inline query has no chat: chat_id NULL matches no prompt).
_ANCHOR = select(literal_column("1").label("one")).subquery("anchor")
_CALLER = Prepared(
    select(
        *REGISTRATION,
        _PENDINGS.kind,
        _PENDINGS.payload,
        _PENDINGS.since,
    ).select_from(
        _ANCHOR.outerjoin(Officer.__table__, _OFFICERS.user_id == bindparam("user_id")).outerjoin(
            PendingInput.__table__,
            and_(
                _PENDINGS.chat_id == bindparam("chat_id"),
                _PENDINGS.user_id == bindparam("user_id"),
            ),
        )
    )
)


class Repo(OfficerRepo, StatusRepo, DraftRepo):
    def __init__(self, sessions: sessionmaker, province: str):
        self.sessions = sessions
        self.province = province

    # -- chats and pending inputs ---------------------------------------------------------------
    def set_pending(
        self, chat_id: int, user_id: int, kind: str, payload: str, since: datetime | None = None
    ) -> None:
        """What the chat now waits for (replacing what it waited for), and since when."""
        with self.sessions.begin() as s:
            s.merge(
                PendingInput(
                    chat_id=chat_id, user_id=user_id, kind=kind, payload=payload, since=since
                )
            )

    def pop_pending(self, chat_id: int, user_id: int) -> PendingInput | None:
        with self.sessions.begin() as s:
            pending = s.get(PendingInput, (chat_id, user_id))
            if pending is not None:
                s.delete(pending)
                s.flush()
                s.expunge(pending)
            return pending

    def peek_pending(self, chat_id: int, user_id: int) -> PendingInput | None:
        with self.sessions() as s:
            return s.get(PendingInput, (chat_id, user_id))

    def caller(
        self, user_id: int, chat_id: int | None
    ) -> tuple[Registration | None, Waiting | None]:
        """The person's registration and what their chat waits for, read together for every
        update: one statement of two primary-key reads, straight on the driver's cursor (the
        cost of a message that needs nothing else from the database: db/prepared.py)."""
        with core(self.sessions) as connection:
            row = _CALLER.first(connection, {"user_id": user_id, "chat_id": chat_id})
        assert row is not None  # the anchor gives one row, whoever asks
        waiting = Waiting(row.kind, row.payload, row.since) if row.kind is not None else None
        return (registration(row) if row.user_id is not None else None), waiting
