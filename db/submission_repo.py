"""Submissions of the forms: every version a unit sent, kept; the latest one per (form, unit) is
its accepted submission. `submissions()` is what the tracking views read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import sessionmaker

from db.models import Submission

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")
RETRIES = 5


@dataclass(frozen=True)
class SubmissionView:
    id: int
    task: str
    form: str
    agency: str  # the unit
    version: int
    submitted_at: datetime
    by: int
    source: str  # file | chat
    file_name: str
    summary: str
    behalf: str | None = None  # "ghi thay": who sent it for the unit (an admin)

    @property
    def unit(self) -> str:
        return self.agency


def _view(row: Submission) -> SubmissionView:
    at = row.at.astimezone(LOCAL) if row.at.tzinfo else row.at.replace(tzinfo=LOCAL)
    return SubmissionView(
        row.id,
        row.task,
        row.form,
        row.agency,
        row.version,
        at,
        row.by,
        row.source,
        row.file_name,
        row.summary,
        row.behalf,
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
    ) -> SubmissionView:
        """A new version of the unit's form for the task (1 for the first); the unique version
        number makes two writers at once take turns. `behalf`: who sent it for the unit ("ghi
        thay").
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
                    )
                    s.add(row)
                    s.flush()
                    return _view(row)
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
        """(task, form, unit, version, submitted_at, by, summary) in the order sent; with
        latest_only, each unit's accepted (latest) version of each form for each task.
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
        if latest_only:
            latest: dict[tuple[str, str, str], Submission] = {}
            for row in rows:
                latest[(row.task, row.form, row.agency)] = row
            rows = sorted(latest.values(), key=lambda r: r.id)
        return [_view(r) for r in rows]

    def data(self, submission_id: int) -> dict:
        with self.sessions() as s:
            row = s.get(Submission, submission_id)
            return json.loads(row.data) if row and row.province == self.province else {}

    def content(self, submission_id: int) -> bytes | None:
        """The file as the unit sent it (or as the bot wrote it from the chat)."""
        with self.sessions() as s:
            row = s.get(Submission, submission_id)
            return row.content if row and row.province == self.province else None
