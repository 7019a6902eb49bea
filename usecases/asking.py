"""Questions: a question read and answered (/hoi, free text, inline mode), a row by its key
(/muc), a row chosen from "Có phải bạn hỏi…".

No database: the caller, read once for the update, says which agency "bên em" is; the answer
comes from the catalogue and the table in force.
"""

from __future__ import annotations

from collections.abc import Callable
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


ANSWERS_KEPT = 4096  # answers remembered per table version (a question is a few hundred bytes)


def _remembered(desk: Desk, key: tuple, build: Callable[[], Answer]) -> Answer:
    """An answer depends only on the question, the day, the asker's agency and the table in
    force (not on statuses): officers ask the same few things, so each is read once per day and
    version. Answers are never changed after they are built."""
    answers: dict[tuple, Answer] = desk.per_table("answers", lambda _: {})
    found = answers.get(key)
    if found is None:
        if len(answers) >= ANSWERS_KEPT:
            answers.clear()
        found = answers[key] = build()
    return found


@use_case(database=False)
def ask(desk: Desk, caller: Caller | None, question: str) -> Answered:
    today = desk.clock.today()
    agency = caller.agency if caller else None
    slug = desk.config.province
    answer = _remembered(
        desk,
        ("ask", question, today, agency),
        lambda: desk.assistant.ask(question, today, slug, agency),
    )
    return Answered(answer, desk.province, today, agency)


@use_case(database=False)
def lookup(desk: Desk, caller: Caller | None, key: str) -> Answered:
    """/muc <key>."""
    today = desk.clock.today()
    province = desk.province
    answer = _remembered(
        desk, ("muc", key, today), lambda: desk.assistant.lookup(key, province, today)
    )
    return Answered(answer, province, today, caller.agency if caller else None)


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
