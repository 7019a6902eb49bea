"""Questions: a question read and answered (/hoi, free text, inline mode), a row by its key
(/muc), a row chosen from "Có phải bạn hỏi…".

No database: the caller, read once for the update, says which agency "bên em" is; the answer
comes from the catalogue and the table in force.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from knowledge.catalogue.model import Province
from knowledge.catalogue.views import RowView, row_view
from knowledge.reader.ask import Answer
from usecases import refs
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.results import Refusal
from usecases.runner import use_case

__all__ = ["Answer", "RowView"]


@dataclass(frozen=True)
class Answered:
    answer: Answer
    province: Province
    today: date
    agency: str | None


@dataclass(frozen=True)
class RowShown:
    view: RowView
    province: Province
    today: date
    agency: str | None


@use_case(database=False)
def ask(desk: Desk, caller: Caller | None, question: str) -> Answered:
    today = desk.clock.today()
    agency = caller.agency if caller else None
    answer = desk.assistant.ask(question, today, desk.config.province, agency)
    return Answered(answer, desk.province, today, agency)


@use_case(database=False)
def lookup(desk: Desk, caller: Caller | None, key: str) -> Answered:
    """/muc <key>."""
    today = desk.clock.today()
    answer = desk.assistant.lookup(key, desk.province, today)
    return Answered(answer, desk.province, today, caller.agency if caller else None)


@use_case(database=False)
def show_row(desk: Desk, caller: Caller | None, row: str) -> RowShown | Refusal:
    """A row chosen by its button (by its reference)."""
    key = refs.item_key(desk, row)
    found = desk.assistant.catalogue.rows.get(key) if key else None
    if found is None:
        return Refusal("Nút này không còn hợp lệ. Hãy hỏi lại.")
    today, province = desk.clock.today(), desk.province
    agency = caller.agency if caller else None
    return RowShown(row_view(found, province, today, agency), province, today, agency)
