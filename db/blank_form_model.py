"""The tasks' blank forms the coordinator attached (usecases/letter_forms.py): its table."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, Index, Integer, LargeBinary
from sqlalchemy.orm import Mapped, mapped_column

from db.column_types import CleanString
from db.models import Base


class BlankForm(Base):
    """A task's blank form as the coordinator attached it (a letter's "Mẫu số 01 kèm theo"), for
    the units to download (/baocao). Appended, never changed: a newer one is the task's form from
    then on; an undo is a row of its own (`undoes`: the id it takes back; no content)."""

    __tablename__ = "blank_forms"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    province: Mapped[str] = mapped_column(CleanString(50))
    task: Mapped[str] = mapped_column(CleanString(100))
    file_name: Mapped[str] = mapped_column(CleanString(300))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    by: Mapped[int] = mapped_column(BigInteger)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    undoes: Mapped[int | None] = mapped_column(Integer, nullable=True)

    __table_args__ = (Index("ix_blank_forms_task", "province", "task"),)
