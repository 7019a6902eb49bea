"""The tasks' blank forms the coordinator attached (db/models.BlankForm): every attach and every
undo is a row of its own; a task's form is its newest attach not undone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from db.blank_form_model import BlankForm

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")


@dataclass(frozen=True)
class BlankFormView:
    id: int
    task: str
    file_name: str
    size: int
    by: int
    at: datetime


def _view(r: BlankForm) -> BlankFormView:
    at = r.at if r.at.tzinfo is not None else r.at.replace(tzinfo=LOCAL)  # SQLite drops it
    return BlankFormView(r.id, r.task, r.file_name, len(r.content), r.by, at.astimezone(LOCAL))


class BlankFormRepo:
    def __init__(self, sessions: sessionmaker, province: str):
        self.sessions = sessions
        self.province = province

    def add(
        self, task: str, file_name: str, content: bytes, by: int, at: datetime
    ) -> BlankFormView:
        with self.sessions.begin() as s:
            row = BlankForm(
                province=self.province,
                task=task,
                file_name=file_name,
                content=content,
                by=by,
                at=at,
            )
            s.add(row)
            s.flush()
            return _view(row)

    def undo(self, form: BlankFormView, by: int, at: datetime) -> None:
        with self.sessions.begin() as s:
            s.add(
                BlankForm(
                    province=self.province,
                    task=form.task,
                    file_name=form.file_name,
                    content=b"",
                    by=by,
                    at=at,
                    undoes=form.id,
                )
            )

    def undo_of(self, form_id: int) -> BlankFormView | None:
        """The undo that took this attach back (who, when), None while it stands."""
        with self.sessions() as s:
            r = s.scalars(
                select(BlankForm).where(
                    BlankForm.province == self.province, BlankForm.undoes == form_id
                )
            ).first()
            return _view(r) if r is not None else None

    def current(self) -> dict[str, BlankFormView]:
        """task -> its blank form in force (the newest attach not undone)."""
        with self.sessions() as s:
            rows = list(
                s.scalars(
                    select(BlankForm)
                    .where(BlankForm.province == self.province)
                    .order_by(BlankForm.id)
                )
            )
        undone = {r.undoes for r in rows if r.undoes is not None}
        found: dict[str, BlankFormView] = {}
        for r in rows:
            if r.undoes is None and r.id not in undone:
                found[r.task] = _view(r)
        return found

    def latest_by(self, user_id: int) -> tuple[BlankFormView, bool] | None:
        """The newest attach or undo `user_id` made: the form, and whether the row is an undo."""
        with self.sessions() as s:
            r = s.scalars(
                select(BlankForm)
                .where(BlankForm.province == self.province, BlankForm.by == user_id)
                .order_by(BlankForm.id.desc())
                .limit(1)
            ).first()
            if r is None:
                return None
            view = _view(r)
            return view, r.undoes is not None

    def get(self, form_id: int) -> BlankFormView | None:
        with self.sessions() as s:
            r = s.get(BlankForm, form_id)
            ok = r is not None and r.province == self.province and r.undoes is None
            return _view(r) if ok and r is not None else None

    def content(self, form_id: int) -> bytes:
        with self.sessions() as s:
            r = s.get(BlankForm, form_id)
            return bytes(r.content) if r is not None and r.province == self.province else b""
