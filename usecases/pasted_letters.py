"""A letter forwarded or pasted as text (knowledge/reader/letter_shape.py), read before any
reading of its words: the coordinator is told to send the letter's file, which the letter path
reads into a draft; an officer, that it is no question, with the tasks in force it names (those
their unit owes first looked for). It got an unrelated answer (ux37 #9)."""

from __future__ import annotations

from knowledge.reader.letter_shape import letter_shaped
from knowledge.render import pasted_letter_text as said
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.runner import use_case


@use_case(database=False)
def letter_pasted(desk: Desk, caller: Caller, text: str) -> str | None:
    """The line answering a letter's text; None for any other message."""
    if not letter_shaped(text):
        return None
    if caller.is_admin:
        return said.TO_ADMIN
    province, today, agency = desk.province, desk.clock.today(), caller.agency
    pools = ([*province.tasks_of(agency)] if agency else [], list(province.tasks))
    for pool in pools:
        named = desk.assistant.tasks_in_file(text, today, province, agency, pool) if pool else None
        if named is not None and named.tasks:
            return said.to_officer(named.tasks)
    return said.to_officer(())
