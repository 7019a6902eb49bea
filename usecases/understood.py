"""A message as the question reader reads it, once per text, day, asker's unit and table in
force.

A free text's turn (usecases/chat_turn.py) tries several readings that each asked the reader
again about the same words: a unit's standing, a done said of a supported task, a note after
one's own write, and the question itself; a note after a write read them all again in its
second trip (note_after_write). The reading depends only on those four (the statuses are read
when it is answered), so it is kept in the table's cache (`Desk.remembered`) and dropped with
the table or the letters in force.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.reader.answer_types import Asked

if TYPE_CHECKING:
    from usecases.desk import Desk


def understood(desk: Desk, text: str, agency: str | None) -> Asked:
    """`desk.assistant.understand(text, today, province, agency)`, read once (see the module)."""
    today, slug = desk.clock.today(), desk.config.province
    return desk.remembered(
        "understood",
        (text, today, agency),
        lambda: desk.assistant.understand(text, today, slug, agency),
    )
