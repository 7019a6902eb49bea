"""Imported assignment tables: replaced whole, in one transaction, so a province never runs on half
a table.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import sessionmaker

from db.models import ImportedAssignment
from knowledge.importer import ImportedRow


class ImportRepo:
    def __init__(self, sessions: sessionmaker):
        self.sessions = sessions

    def replace(
        self,
        province: str,
        name: str,
        decision: str,
        rows: list[ImportedRow],
        source: str,
        at: datetime,
    ) -> None:
        with self.sessions.begin() as s:
            s.execute(delete(ImportedAssignment).where(ImportedAssignment.province == province))
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
                    source=source,
                    imported_at=at,
                )
                for r in rows
            )

    def load(self, province: str) -> tuple[str, str, str, list[ImportedRow]] | None:
        """(name, decision, source, rows) of the province's imported table, or None."""
        with self.sessions() as s:
            found = list(
                s.scalars(
                    select(ImportedAssignment)
                    .where(ImportedAssignment.province == province)
                    .order_by(ImportedAssignment.line)
                )
            )
        if not found:
            return None
        rows = [
            ImportedRow(
                r.line,
                r.key,
                tuple(x for x in r.lead.split("|") if x),
                tuple(x for x in r.coordinate.split("|") if x),
                r.deadline_text,
            )
            for r in found
        ]
        return found[0].province_name, found[0].decision, found[0].source, rows
