"""Officers' registrations: a request, an admin's decision, the list, names, the reminders
switch. Apart from the status history (status_repo.py) and the chats' pending inputs (repo.py,
whose Repo builds on both): each table's queries read on their own."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import Row, select
from sqlalchemy.orm import sessionmaker

from db.models import Officer
from knowledge.rules.officers import OfficerState, Registration

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")

_OFFICERS = Officer.__table__.c
REGISTRATION = (
    _OFFICERS.user_id,
    _OFFICERS.name,
    _OFFICERS.agency,
    _OFFICERS.state,
    _OFFICERS.reminders,
    _OFFICERS.requested_at,
)


def registration(row: Officer | Row) -> Registration:
    """From the model, or from a row of the same columns."""
    at = row.requested_at
    at = at.astimezone(LOCAL) if at.tzinfo else at.replace(tzinfo=LOCAL)
    return Registration(row.user_id, row.name, row.agency, row.state, row.reminders, at)


class OfficerRepo:
    """The officers' operations (db/repo.Repo builds on them)."""

    sessions: sessionmaker
    province: str

    def officer(self, user_id: int) -> Registration | None:
        with self.sessions() as s:
            row = s.get(Officer, user_id)
            return registration(row) if row else None

    def request_registration(
        self, user_id: int, name: str, agency: str, at: datetime
    ) -> Registration:
        """A new request (pending): whatever the person asked or was granted before is replaced."""
        with self.sessions.begin() as s:
            officer = s.get(Officer, user_id)
            if officer is None:
                officer = Officer(
                    user_id=user_id,
                    name=name,
                    agency=agency,
                    province=self.province,
                    state=OfficerState.PENDING,
                    reminders=True,
                    requested_at=at,
                )
                s.add(officer)
            else:
                officer.name, officer.agency, officer.state, officer.requested_at = (
                    name,
                    agency,
                    OfficerState.PENDING,
                    at,
                )
                officer.decided_by = officer.decided_at = None
            s.flush()
            return registration(officer)

    def withdraw_request(self, user_id: int, agency: str) -> Registration | None:
        """The person's own request, still waiting, taken back: removed as if never made (it
        replaced nothing: usecases/officers.py offers the undo only then). None when it is no
        longer that request (approved, refused or replaced meanwhile)."""
        with self.sessions.begin() as s:
            officer = s.get(Officer, user_id, with_for_update=True)
            if officer is None or (officer.agency, officer.state) != (
                agency,
                OfficerState.PENDING,
            ):
                return None
            taken = registration(officer)
            s.delete(officer)
            return taken

    def decide(
        self,
        user_id: int,
        state: OfficerState,
        by: int,
        at: datetime,
        expect: Registration | None = None,
    ) -> Registration | None:
        """Set the state an admin decided. With `expect`, only if the registration is still the
        one the decision was taken on (same agency and state): None when it changed meanwhile.
        """
        state = OfficerState(state)
        with self.sessions.begin() as s:
            officer = s.get(Officer, user_id, with_for_update=True)
            if officer is None:
                return None
            if expect is not None and (officer.agency, officer.state) != (
                expect.agency,
                expect.state,
            ):
                return None
            officer.state, officer.decided_by, officer.decided_at = state, by, at
            s.flush()
            return registration(officer)

    def officers(
        self, state: OfficerState | None = None, agency: str | None = None
    ) -> list[Registration]:
        with self.sessions() as s:
            query = select(Officer).order_by(Officer.agency, Officer.user_id)
            if state:
                query = query.where(Officer.state == state)
            if agency:
                query = query.where(Officer.agency == agency)
            return [registration(o) for o in s.scalars(query)]

    def set_reminders(self, user_id: int, on: bool) -> bool:
        with self.sessions.begin() as s:
            officer = s.get(Officer, user_id)
            if officer is None:
                return False
            officer.reminders = on
            return True
