"""Letters read into drafts, published, withdrawn, rolled back, tasks whose tracking was
ended or reopened, deadlines moved, tasks renamed. Nothing is overwritten but a draft under
review: a publish, a withdrawal, a rollback, an end, a reopening, a move or a rename adds a
version giving the whole set of letters in force, of ended tasks, of moved deadlines and of
titles given, and the latest version is the one everything reads (version 0: none)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session, sessionmaker

from db.act_order import before_letters_act, note_letters_act
from db.letter_drafts import DRAFT, PUBLISHED, DraftStore
from db.letter_views import (
    StoredLetter,
    ended_of,
    ended_text,
    ids_of,
    moved_of,
    moved_text,
    renamed_of,
    renamed_text,
    stored_letter,
    version_view,
)
from db.models import LetterRecord, LetterTask, LetterVersion
from knowledge.letters.model import Draft, Task
from knowledge.letters.moves import Move
from knowledge.letters.publish import LetterVersion as VersionView
from knowledge.letters.publish import Published

PUBLISH, WITHDRAW, ROLLBACK = "publish", "withdraw", "rollback"
END, REOPEN = "end", "reopen"  # the coordinator ended or reopened the tracking of tasks
MOVE = "move"  # the coordinator moved a deadline ("Đổi hạn")
RENAME = "rename"  # the coordinator renamed a published task ("sửa tên nv 1 thành …")

# The number in force and a version's row, built once: every heartbeat and most messages read
# the number (usecases/desk.py, to notice a letter published by another instance)
_LAST = select(func.max(LetterVersion.number)).where(
    LetterVersion.province == bindparam("province")
)
_VERSION = select(LetterVersion).where(
    LetterVersion.province == bindparam("province"), LetterVersion.number == bindparam("number")
)


class InForce(NamedTuple):
    """The letters' version in force (0: none) and what the catalogue takes from it."""

    number: int
    published: list[Published]
    ended: dict[str, date]
    moved: dict[str, Move]
    renamed: dict[str, tuple[str, str]]  # task id -> (its title now, the one before)


class LetterRepo(DraftStore):
    def __init__(self, sessions: sessionmaker, province: str):
        self.sessions = sessions
        self.province = province

    # -- reading ------------------------------------------------------------------------------
    def in_force_number(self) -> int:
        """The number of the version in force (0: no letter published yet). One small query:
        the bot asks it with the table's, to notice a letter published elsewhere."""
        with self.sessions() as s:
            return self._last(s)

    def in_force(self) -> list[Published]:
        """The letters in force, in the order they were published, with their tasks."""
        with self.sessions() as s:
            return self._published(s, self._letters_of(s, self._last(s)))

    def state(self) -> InForce:
        """The version in force and everything the catalogue takes from it, read together: one
        look at the number and one at its row (the bot's start and a rebuild read all of it;
        asked piece by piece, each piece read the number and the row again)."""
        with self.sessions() as s:
            number = self._last(s)
            v = self._get(s, number) if number else None
            if v is None:
                return InForce(number, [], {}, {}, {})
            published = self._published(s, ids_of(v.letters))
            ended, moved = ended_of(v.ended), moved_of(v.moved)
            return InForce(number, published, ended, moved, renamed_of(v.renamed))

    def _published(self, s: Session, ids: tuple[int, ...]) -> list[Published]:
        if not ids:
            return []
        letters = {
            r.id: r for r in s.scalars(select(LetterRecord).where(LetterRecord.id.in_(ids)))
        }
        tasks: dict[int, list[LetterTask]] = {}
        for t in s.scalars(
            select(LetterTask)
            .where(LetterTask.letter_id.in_(ids))
            .order_by(LetterTask.letter_id, LetterTask.position)
        ):
            tasks.setdefault(t.letter_id, []).append(t)
        result = []
        for letter_id in ids:
            record = letters.get(letter_id)
            if record is None:
                continue
            draft = Draft.from_json(json.loads(record.draft))
            result.append(
                Published(
                    record.id,
                    record.file_name,
                    draft.letter,
                    tuple(
                        (t.task_id, Task.from_json(json.loads(t.data)))
                        for t in tasks.get(letter_id, [])
                    ),
                )
            )
        return result

    def ended(self) -> dict[str, date]:
        """task id -> the day its tracking was ended, for every task ended in the version in
        force (the seeds' tasks too)."""
        with self.sessions() as s:
            return self._ended_of(s, self._last(s))

    def moved(self) -> dict[str, Move]:
        """task id or occurrence key -> its move, for every deadline moved in the version in
        force (the seeds' tasks too)."""
        with self.sessions() as s:
            v = self._get(s, self._last(s))
            return moved_of(v.moved) if v is not None else {}

    def letter(self, letter_id: int) -> StoredLetter | None:
        with self.sessions() as s:
            r = s.get(LetterRecord, letter_id)
            return stored_letter(r) if r is not None and r.province == self.province else None

    def task_ids(self, letter_id: int) -> list[str]:
        with self.sessions() as s:
            return list(
                s.scalars(
                    select(LetterTask.task_id)
                    .where(LetterTask.letter_id == letter_id)
                    .order_by(LetterTask.position)
                )
            )

    def taken_ids(self) -> set[str]:
        """Every task id a letter of the province was ever published with (never reused)."""
        with self.sessions() as s:
            return set(
                s.scalars(select(LetterTask.task_id).where(LetterTask.province == self.province))
            )

    def history(self) -> list[VersionView]:
        with self.sessions() as s:
            found = s.scalars(
                select(LetterVersion)
                .where(LetterVersion.province == self.province)
                .order_by(LetterVersion.number)
            )
            return [version_view(v) for v in found]

    def version(self, number: int) -> VersionView | None:
        with self.sessions() as s:
            v = self._get(s, number)
            return version_view(v) if v is not None else None

    def published(self) -> list[StoredLetter]:
        """Every letter ever published, newest first (the command line's list)."""
        with self.sessions() as s:
            found = s.scalars(
                select(LetterRecord)
                .where(LetterRecord.province == self.province, LetterRecord.state == PUBLISHED)
                .order_by(LetterRecord.id.desc())
            )
            return [stored_letter(r) for r in found]

    # -- versions -----------------------------------------------------------------------------
    def publish(
        self, letter_id: int, draft: Draft, ids: list[str], at: datetime, by: int
    ) -> VersionView | None:
        """The draft's tasks under `ids`, and a new version with the letter in force; None when
        it is no draft any more (published or dropped meanwhile)."""
        with self.sessions.begin() as s:
            r = s.get(LetterRecord, letter_id, with_for_update=True)
            if r is None or r.province != self.province or r.state != DRAFT:
                return None
            r.state, r.published_at, r.updated_at = PUBLISHED, at, at
            r.draft = json.dumps(draft.to_json(), ensure_ascii=False)
            s.add_all(
                LetterTask(
                    province=self.province,
                    letter_id=letter_id,
                    position=i,
                    task_id=task_id,
                    data=json.dumps(task.to_json(), ensure_ascii=False),
                )
                for i, (task_id, task) in enumerate(zip(ids, draft.tasks, strict=True))
            )
            current = self._letters_of(s, self._last(s))
            ended = self._ended_of(s, self._last(s))
            moved = self._unmoved(s, draft.tasks)
            return self._add(
                s, PUBLISH, letter_id, (*current, letter_id), None, by, at, ended, moved
            )

    def republish(self, letter_id: int, at: datetime, by: int | None) -> VersionView | None:
        """A published letter out of force (its publish undone, or withdrawn) in force again
        with the tasks and ids it was published with, as a new version; None when it is in
        force or was never published."""
        with self.sessions.begin() as s:
            r = s.get(LetterRecord, letter_id, with_for_update=True)
            if r is None or r.province != self.province or r.state != PUBLISHED:
                return None
            last = self._last(s)
            current = self._letters_of(s, last)
            if letter_id in current:
                return None
            ended = self._ended_of(s, last)
            moved = self._unmoved(s, Draft.from_json(json.loads(r.draft)).tasks)
            return self._add(
                s, PUBLISH, letter_id, (*current, letter_id), None, by, at, ended, moved
            )

    def withdraw(self, letter_id: int, at: datetime, by: int | None) -> VersionView | None:
        """A new version without the letter; None when it is not in force."""
        with self.sessions.begin() as s:
            current = self._letters_of(s, self._last(s))
            if letter_id not in current:
                return None
            kept = tuple(x for x in current if x != letter_id)
            ended = self._ended_of(s, self._last(s))
            moved = self._moved_of(s, self._last(s))
            return self._add(s, WITHDRAW, letter_id, kept, None, by, at, ended, moved)

    def end(
        self, task_ids: Iterable[str], day: date, at: datetime, by: int | None
    ) -> VersionView | None:
        """A new version in which these tasks' tracking is ended on `day` (those already ended
        keep their day); None when every one of them already was."""
        with self.sessions.begin() as s:
            last = self._last(s)
            ended = self._ended_of(s, last)
            new = [t for t in task_ids if t not in ended]
            if not new:
                return None
            ended.update(dict.fromkeys(new, day))
            moved = self._moved_of(s, last)
            return self._add(s, END, None, self._letters_of(s, last), None, by, at, ended, moved)

    def reopen(self, task_ids: Iterable[str], at: datetime, by: int | None) -> VersionView | None:
        """A new version in which these tasks are tracked again; None when none was ended."""
        with self.sessions.begin() as s:
            last = self._last(s)
            ended = self._ended_of(s, last)
            wanted = [t for t in task_ids if t in ended]
            if not wanted:
                return None
            kept = {k: d for k, d in ended.items() if k not in wanted}
            moved = self._moved_of(s, last)
            return self._add(s, REOPEN, None, self._letters_of(s, last), None, by, at, kept, moved)

    def move(self, key: str, move: Move, at: datetime, by: int | None) -> VersionView:
        """A new version in which the task or occurrence `key` is due as `move` says (a move
        of it before is replaced: `move.was` is the date it had until now)."""
        with self.sessions.begin() as s:
            last = self._last(s)
            moved = self._moved_of(s, last)
            moved[key] = move
            letters, ended = self._letters_of(s, last), self._ended_of(s, last)
            return self._add(s, MOVE, None, letters, None, by, at, ended, moved)

    def renamed(self) -> dict[str, tuple[str, str]]:
        """task id -> (its title now, the one before), for every published task renamed in the
        version in force."""
        with self.sessions.begin() as s:
            v = self._get(s, self._last(s))
            return renamed_of(v.renamed) if v is not None else {}

    def rename(
        self, task_id: str, title: str, was: str, at: datetime, by: int | None
    ) -> VersionView:
        """A new version in which the task `task_id` is titled `title` (`was`: its title until
        now, kept beside it)."""
        with self.sessions.begin() as s:
            last = self._last(s)
            v = self._get(s, last) if last else None
            renamed = renamed_of(v.renamed) if v is not None else {}
            renamed[task_id] = (title, was)
            letters, ended = self._letters_of(s, last), self._ended_of(s, last)
            moved = self._moved_of(s, last)
            return self._add(s, RENAME, None, letters, None, by, at, ended, moved, renamed)

    def rollback(self, number: int, at: datetime, by: int | None) -> VersionView | None:
        """The letters of version `number` (0: none) in force again, as a new version; None when
        there is no such version."""
        with self.sessions.begin() as s:
            if number == 0:
                letters: tuple[int, ...] = ()
                ended: dict[str, date] = {}
                moved: dict[str, Move] = {}
                renamed: dict[str, tuple[str, str]] = {}
            else:
                old = self._get(s, number)
                if old is None:
                    return None
                letters, ended = ids_of(old.letters), ended_of(old.ended)
                moved, renamed = moved_of(old.moved), renamed_of(old.renamed)
            return self._add(s, ROLLBACK, None, letters, number, by, at, ended, moved, renamed)

    # -- inside a transaction -----------------------------------------------------------------
    def _last(self, s: Session) -> int:
        found = s.scalar(_LAST, {"province": self.province})
        return found or 0

    def _get(self, s: Session, number: int) -> LetterVersion | None:
        return s.scalar(_VERSION, {"province": self.province, "number": number})

    def _letters_of(self, s: Session, number: int) -> tuple[int, ...]:
        v = self._get(s, number) if number else None
        return ids_of(v.letters) if v is not None else ()

    def _ended_of(self, s: Session, number: int) -> dict[str, date]:
        v = self._get(s, number) if number else None
        return ended_of(v.ended) if v is not None else {}

    def _moved_of(self, s: Session, number: int) -> dict[str, Move]:
        v = self._get(s, number) if number else None
        return moved_of(v.moved) if v is not None else {}

    def _unmoved(self, s: Session, tasks: Iterable[Task]) -> dict[str, Move]:
        """The moves in force less those of the keys these tasks extend: a letter published
        after a move sets the date again (knowledge/letters/extension.py)."""
        again = {t.extends for t in tasks if t.extends}
        return {k: m for k, m in self._moved_of(s, self._last(s)).items() if k not in again}

    def _add(
        self,
        s: Session,
        action: str,
        letter_id: int | None,
        letters: tuple[int, ...],
        restores: int | None,
        by: int | None,
        at: datetime,
        ended: Mapping[str, date] | None = None,
        moved: Mapping[str, Move] | None = None,
        renamed: Mapping[str, tuple[str, str]] | None = None,
    ) -> VersionView:
        if renamed is None:  # every other change keeps the titles given
            before = self._get(s, self._last(s))
            renamed = renamed_of(before.renamed) if before is not None else {}
        v = LetterVersion(
            province=self.province,
            number=self._last(s) + 1,
            action=action,
            letter_id=letter_id,
            letters=",".join(str(x) for x in letters),
            ended=ended_text(ended or {}),
            moved=moved_text(moved or {}),
            renamed=renamed_text(renamed),
            restores=restores,
            by=by,
            at=at,
        )
        s.add(v)
        s.flush()
        if by is not None:  # the order of writing of the person's acts (/hoantac)
            note_letters_act(s, self.province, by, v.number, at)
        return version_view(v)

    def acts_before(self, by: int, number: int) -> dict[str, int] | None:
        """The ids of `by`'s newest status change, submission and blank form when they wrote
        version `number` (db/act_order.py); None when not kept."""
        return before_letters_act(self.sessions, self.province, by, number)
