"""Versions of a province's assignment table. Nothing is overwritten: an import or a rollback
adds a version (its rows with it, in one transaction, so a province never runs on half a table)
and the latest applied version is in force. A table sent in chat waits as a draft until an admin
presses "Áp dụng".
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session, sessionmaker

from db.models import ImportedAssignment, ImportVersion
from knowledge.catalogue.importer import ImportedRow, with_imported
from knowledge.catalogue.model import Catalogue
from knowledge.catalogue.table_versions import Entry, TableVersion

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")
APPLIED, DRAFT = "applied", "draft"
# the number of the last table version, built once: every heartbeat and most messages read it
# (usecases/desk.py, to notice a table applied by another instance)
_LAST = select(func.max(ImportVersion.number)).where(
    ImportVersion.province == bindparam("province")
)


class StaleDraft(Exception):
    """The table in force changed after the draft was reviewed: its difference no longer holds."""


def _local(at: datetime | None) -> datetime | None:
    # SQLite keeps the wall time and drops the offset; every time we store is local.
    if at is None:
        return None
    return at.astimezone(LOCAL) if at.tzinfo else at.replace(tzinfo=LOCAL)


def _version(v: ImportVersion) -> TableVersion:
    return TableVersion(
        v.number or 0, _local(v.applied_at), v.by, v.source, v.rows, v.restores, v.embedded
    )


class ImportRepo:
    def __init__(self, sessions: sessionmaker):
        self.sessions = sessions

    # -- reading ------------------------------------------------------------------------------
    def in_force_number(self, province: str) -> int:
        """The number of the version in force; 0 for the data files' table. One small query:
        the bot asks it on every update to notice a table applied elsewhere."""
        with self.sessions() as s:
            return self._last(s, province)

    def history(self, province: str) -> list[TableVersion]:
        with self.sessions() as s:
            found = s.scalars(
                select(ImportVersion)
                .where(ImportVersion.province == province, ImportVersion.state == APPLIED)
                .order_by(ImportVersion.number)
            )
            return [_version(v) for v in found]

    def load(self, province: str) -> tuple[str, str, str, list[ImportedRow]] | None:
        """(name, decision, source, rows) of the version in force, or None when the data files'
        table is in force.
        """
        with self.sessions() as s:
            return self._load(s, province, self._last(s, province))

    def _load(
        self, s: Session, province: str, number: int
    ) -> tuple[str, str, str, list[ImportedRow]] | None:
        version = self._applied(s, province, number)
        if version is None or version.embedded:
            return None
        rows = self._rows(s, version.id)
        return version.province_name, version.decision, version.source, rows

    def in_force(self, catalogue: Catalogue, province: str) -> tuple[int, Catalogue]:
        """(number, catalogue) with the province's version in force applied to `catalogue` (the
        data files'): unchanged when version 0, or a rollback to it, is in force. The number
        is read once and the version loaded at it (one session)."""
        with self.sessions() as s:
            number = self._last(s, province)
            imported = self._load(s, province, number)
        if imported is None:
            return number, catalogue
        name, decision, source, rows = imported
        return number, with_imported(catalogue, province, name, decision, rows, source)

    def row_versions(self, province: str, key: str) -> list[tuple[TableVersion, Entry | None]]:
        """Each applied version, oldest first, with one row as it stood in it (None: the row was
        not in it, or the version is the data files' table, which the caller has)."""
        with self.sessions() as s:
            versions = list(
                s.scalars(
                    select(ImportVersion)
                    .where(ImportVersion.province == province, ImportVersion.state == APPLIED)
                    .order_by(ImportVersion.number)
                )
            )
            found = s.scalars(
                select(ImportedAssignment).where(
                    ImportedAssignment.version_id.in_([v.id for v in versions]),
                    ImportedAssignment.key == key,
                )
            )
            rows = {
                r.version_id: Entry(
                    tuple(x for x in r.lead.split("|") if x),
                    tuple(x for x in r.coordinate.split("|") if x),
                    r.deadline_text,
                )
                for r in found
            }
            return [(_version(v), rows.get(v.id)) for v in versions]

    def draft_of(self, draft_id: int) -> tuple[str, int | None, str] | None:
        """(province, base, source) of a draft still awaiting its "Áp dụng", else None."""
        with self.sessions() as s:
            v = s.get(ImportVersion, draft_id)
            return (v.province, v.base, v.source) if v and v.state == DRAFT else None

    def draft_keys(self, draft_id: int) -> set[str]:
        """The row keys of a stored draft (or version)."""
        with self.sessions() as s:
            return set(
                s.scalars(
                    select(ImportedAssignment.key).where(ImportedAssignment.version_id == draft_id)
                )
            )

    def version(self, province: str, number: int) -> TableVersion | None:
        with self.sessions() as s:
            v = self._applied(s, province, number)
            return _version(v) if v else None

    # -- writing ------------------------------------------------------------------------------
    def add(
        self,
        province: str,
        name: str,
        decision: str,
        rows: list[ImportedRow],
        source: str,
        at: datetime,
        by: int | None = None,
    ) -> TableVersion:
        """A new version in force at once (the command line's `--apply`)."""
        with self.sessions.begin() as s:
            v = self._new(s, province, name, decision, source, at, by, rows)
            self._apply(s, v, at, by)
            return _version(v)

    def draft(
        self,
        province: str,
        name: str,
        decision: str,
        rows: list[ImportedRow],
        source: str,
        at: datetime,
        by: int,
    ) -> int:
        """A reviewed table kept until an admin applies it; returns its id (for the button)."""
        with self.sessions.begin() as s:
            v = self._new(s, province, name, decision, source, at, by, rows)
            v.state, v.base = DRAFT, self._last(s, province)
            s.flush()
            return v.id

    def apply_draft(self, draft_id: int, at: datetime, by: int) -> TableVersion | None:
        """The draft in force; None when it is no draft (applied already, or unknown). Raises
        StaleDraft when another version came into force after the review."""
        with self.sessions.begin() as s:
            v = s.get(ImportVersion, draft_id, with_for_update=True)
            if v is None or v.state != DRAFT:
                return None
            if v.base != self._last(s, v.province):
                raise StaleDraft()
            self._apply(s, v, at, by)
            return _version(v)

    def rollback(
        self,
        province: str,
        number: int,
        at: datetime,
        by: int | None,
        embedded: tuple[str, str, int] | None = None,
    ) -> TableVersion | None:
        """Version `number` in force again, as a new version (history kept). Number 0 is the
        data files' table: `embedded` gives its (province name, decision, row count). None when
        there is no such version.
        """
        with self.sessions.begin() as s:
            if number == 0:
                if embedded is None:
                    return None
                name, decision, count = embedded
                v = self._new(s, province, name, decision, "dữ liệu gốc", at, by, [])
                v.embedded, v.rows = True, count
            else:
                old = self._applied(s, province, number)
                if old is None:
                    return None
                rows = self._rows(s, old.id)
                v = self._new(
                    s, province, old.province_name, old.decision, old.source, at, by, rows
                )
                v.embedded, v.rows = old.embedded, old.rows
            v.restores = number
            self._apply(s, v, at, by)
            return _version(v)

    # -- inside a transaction -----------------------------------------------------------------
    @staticmethod
    def _last(s: Session, province: str) -> int:
        found = s.scalar(_LAST, {"province": province})
        return found or 0

    @staticmethod
    def _applied(s: Session, province: str, number: int) -> ImportVersion | None:
        return s.scalar(
            select(ImportVersion).where(
                ImportVersion.province == province,
                ImportVersion.number == number,
                ImportVersion.state == APPLIED,
            )
        )

    @staticmethod
    def _rows(s: Session, version_id: int) -> list[ImportedRow]:
        version_source = s.scalar(
            select(ImportVersion.source).where(ImportVersion.id == version_id)
        )
        found = s.scalars(
            select(ImportedAssignment)
            .where(ImportedAssignment.version_id == version_id)
            .order_by(ImportedAssignment.line, ImportedAssignment.id)
        )
        return [
            ImportedRow(
                r.line,
                r.key,
                tuple(x for x in r.lead.split("|") if x),
                tuple(x for x in r.coordinate.split("|") if x),
                r.deadline_text,
                r.role_text,
                # a row of the version's own file keeps the version's source (and its line);
                # a row a merge kept carries where it came from
                r.source if r.source != version_source else "",
            )
            for r in found
        ]

    @staticmethod
    def _new(
        s: Session,
        province: str,
        name: str,
        decision: str,
        source: str,
        at: datetime,
        by: int | None,
        rows: list[ImportedRow],
    ) -> ImportVersion:
        v = ImportVersion(
            province=province,
            state=DRAFT,
            province_name=name,
            decision=decision,
            source=source,
            by=by,
            embedded=False,
            rows=len(rows),
            created_at=at,
        )
        s.add(v)
        s.flush()
        s.add_all(
            ImportedAssignment(
                province=province,
                province_name=name,
                decision=decision,
                line=r.line,
                key=r.key,
                lead="|".join(r.lead),
                coordinate="|".join(r.coordinate),
                deadline_text=r.deadline_text,
                role_text=r.role_text,
                source=r.source or source,
                imported_at=at,
                version_id=v.id,
            )
            for r in rows
        )
        return v

    def _apply(self, s: Session, v: ImportVersion, at: datetime, by: int | None) -> None:
        v.number = self._last(s, v.province) + 1
        v.state, v.applied_at, v.by = APPLIED, at, by if by is not None else v.by
        s.flush()
