"""Submissions of the forms: every version a unit sent, kept; the latest one per (form, unit)
not undone is its accepted submission. `submissions()` is what the tracking views read.

An undo ("Hoàn tác") is appended to `submission_undos`, never a row changed or removed: the version
before it (or none) is accepted again.

Two numbers per version: the stored `version` column numbers every row the unit sent for the form
(1, 2, 3…, unique, never reused: the append-only log's order), and the number the unit is shown,
"lần nộp n" (`SubmissionView.version`), counts only the versions not undone up to it. A version
sent by mistake and undone is not a sending: the one after it is "lần nộp 1" again.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from db.models import Submission, SubmissionUndo

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")
RETRIES = 5


@dataclass(frozen=True)
class SubmissionView:
    id: int
    task: str
    form: str
    agency: str  # the unit
    version: int  # "lần nộp n": the versions not undone up to this one (the stored one aside)
    submitted_at: datetime
    by: int
    source: str  # file | chat
    file_name: str
    summary: str
    behalf: str | None = None  # "ghi thay": who sent it for the unit (an admin)
    marked: int | None = None  # the status change it appended when it completed its task
    undone: bool = False  # undone by its "Hoàn tác": no longer the unit's accepted version

    @property
    def unit(self) -> str:
        return self.agency


def _view(row: Submission, number: int, undone: bool = False) -> SubmissionView:
    at = row.at.astimezone(LOCAL) if row.at.tzinfo else row.at.replace(tzinfo=LOCAL)
    return SubmissionView(
        row.id,
        row.task,
        row.form,
        row.agency,
        number,
        at,
        row.by,
        row.source,
        row.file_name,
        row.summary,
        row.behalf,
        row.marked,
        undone,
    )


class SubmissionRepo:
    def __init__(self, sessions: sessionmaker, province: str):
        self.sessions = sessions
        self.province = province

    def add(
        self,
        task: str,
        form: str,
        agency: str,
        by: int,
        at: datetime,
        source: str,
        file_name: str,
        content: bytes,
        data: dict,
        summary: str,
        behalf: str | None = None,
        marked: int | None = None,
    ) -> SubmissionView:
        """A new version of the unit's form for the task: stored past every version before it,
        undone ones too (the unique stored number makes two writers at once take turns), shown
        as the count of those not undone plus one. `behalf`: who sent it for the unit ("ghi
        thay"); `marked`: the status change it made.
        """
        for attempt in range(RETRIES):
            try:
                with self.sessions.begin() as s:
                    last = s.scalar(
                        select(func.max(Submission.version)).where(
                            Submission.province == self.province,
                            Submission.task == task,
                            Submission.form == form,
                            Submission.agency == agency,
                        )
                    )
                    row = Submission(
                        province=self.province,
                        task=task,
                        form=form,
                        agency=agency,
                        version=(last or 0) + 1,
                        by=by,
                        at=at,
                        source=source,
                        file_name=file_name,
                        content=content,
                        data=json.dumps(data, ensure_ascii=False),
                        summary=summary,
                        behalf=behalf,
                        marked=marked,
                    )
                    s.add(row)
                    s.flush()
                    return _view(row, self._number(s, row))
            except IntegrityError:
                # inside a unit of work its session is spent: the whole unit runs again
                if attempt == RETRIES - 1 or getattr(self.sessions, "in_unit", False):
                    raise
        raise AssertionError("unreachable")

    def submissions(
        self,
        task: str | None = None,
        agency: str | None = None,
        form: str | None = None,
        latest_only: bool = True,
    ) -> list[SubmissionView]:
        """(task, form, unit, version, submitted_at, by, summary) in the order sent, the undone
        ones marked; with latest_only, each unit's accepted version of each form for each task:
        the latest not undone.
        """
        with self.sessions() as s:
            query = select(Submission).where(Submission.province == self.province)
            if task:
                query = query.where(Submission.task == task)
            if agency:
                query = query.where(Submission.agency == agency)
            if form:
                query = query.where(Submission.form == form)
            rows = list(s.scalars(query.order_by(Submission.id)))
            undone = self._undone(s, [r.id for r in rows])
        # every version of a (task, form, unit) is here (the query filters on those only): each
        # one's number counts the versions not undone before it
        numbers: dict[int, int] = {}
        live: Counter[tuple[str, str, str]] = Counter()
        for row in rows:
            group = (row.task, row.form, row.agency)
            numbers[row.id] = live[group] + 1
            if row.id not in undone:
                live[group] += 1
        if latest_only:
            latest: dict[tuple[str, str, str], Submission] = {}
            for row in rows:
                if row.id not in undone:
                    latest[(row.task, row.form, row.agency)] = row
            rows = sorted(latest.values(), key=lambda r: r.id)
        return [_view(r, numbers[r.id], r.id in undone) for r in rows]

    def _number(self, s: Session, row: Submission) -> int:
        """ "lần nộp n" of a version: 1 + the unit's versions of the form for the task sent
        before it and not undone."""
        before = list(
            s.scalars(
                select(Submission.id).where(
                    Submission.province == self.province,
                    Submission.task == row.task,
                    Submission.form == row.form,
                    Submission.agency == row.agency,
                    Submission.id < row.id,
                )
            )
        )
        return len(before) - len(self._undone(s, before)) + 1

    def _undone(self, s: Session, ids: list[int]) -> set[int]:
        if not ids:
            return set()
        query = select(SubmissionUndo.submission_id).where(
            SubmissionUndo.province == self.province
        )
        if len(ids) <= 500:  # a unit's versions; the whole province's are read whole
            query = query.where(SubmissionUndo.submission_id.in_(ids))
        return set(s.scalars(query))

    def get(self, submission_id: int) -> SubmissionView | None:
        """One version, whether it was undone."""
        with self.sessions() as s:
            row = s.get(Submission, submission_id)
            if row is None or row.province != self.province:
                return None
            return _view(row, self._number(s, row), bool(self._undone(s, [row.id])))

    def marking(self, change_id: int) -> SubmissionView | None:
        """The submission, not undone, that appended this status change (the task marked sent
        when it completed it)."""
        with self.sessions() as s:
            row = s.scalar(
                select(Submission).where(
                    Submission.province == self.province, Submission.marked == change_id
                )
            )
            if row is None or self._undone(s, [row.id]):
                return None
            return _view(row, self._number(s, row))

    def latest_by(self, user_id: int) -> SubmissionView | None:
        """The last submission `user_id` sent, for any task and unit, whether undone (/hoantac)."""
        with self.sessions() as s:
            row = s.scalars(
                select(Submission)
                .where(Submission.province == self.province, Submission.by == user_id)
                .order_by(Submission.id.desc())
                .limit(1)
            ).first()
            if row is None:
                return None
            return _view(row, self._number(s, row), bool(self._undone(s, [row.id])))

    def undone_at(self, submission_id: int) -> datetime | None:
        """When the version was undone (None: it was not)."""
        with self.sessions() as s:
            at = s.scalar(
                select(SubmissionUndo.at).where(
                    SubmissionUndo.province == self.province,
                    SubmissionUndo.submission_id == submission_id,
                )
            )
            if at is None:
                return None
            return at.astimezone(LOCAL) if at.tzinfo else at.replace(tzinfo=LOCAL)

    def restoring(self, change_id: int) -> SubmissionView | None:
        """The submission whose undo appended this status change (the task's status before it
        put back)."""
        with self.sessions() as s:
            row = s.scalar(
                select(Submission)
                .join(SubmissionUndo, SubmissionUndo.submission_id == Submission.id)
                .where(Submission.province == self.province, SubmissionUndo.restored == change_id)
            )
            return _view(row, self._number(s, row), True) if row is not None else None

    def undo(
        self,
        submission_id: int,
        by: int,
        at: datetime,
        behalf: str | None = None,
        restored: int | None = None,
    ) -> None:
        """Append the undo of a version (its unique key: a second undo of it fails, and the
        unit of work runs again, finding it undone). `restored`: the status change the undo
        appended to put the task's status back."""
        with self.sessions.begin() as s:
            s.add(
                SubmissionUndo(
                    province=self.province,
                    submission_id=submission_id,
                    by=by,
                    at=at,
                    behalf=behalf,
                    restored=restored,
                )
            )
            s.flush()

    def data(self, submission_id: int) -> dict:
        with self.sessions() as s:
            row = s.get(Submission, submission_id)
            return json.loads(row.data) if row and row.province == self.province else {}

    def content(self, submission_id: int) -> bytes | None:
        """The file as the unit sent it (or as the bot wrote it from the chat)."""
        with self.sessions() as s:
            row = s.get(Submission, submission_id)
            return row.content if row and row.province == self.province else None
