"""The coordinator's digest asked for in words ("tổng hợp tuần này"): the digest the Monday job
sends (knowledge/deliverables/digest.py), built now from the current statuses, for an admin;
anyone else's text is read as a question."""

from __future__ import annotations

from knowledge.deliverables.digest import build_digest
from knowledge.reader.digest_words import asks_digest
from knowledge.render.digest_text import digest_message
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.runner import use_case


@use_case(database=False)
def digest_asked(desk: Desk, caller: Caller, text: str) -> bool:
    """Whether an admin's text asks for the digest (read once per text and day)."""
    if not caller.is_admin or text.lstrip().startswith("/"):
        return False
    today = desk.clock.today()

    def read() -> bool:
        return asks_digest(desk.assistant.parse(text, today, desk.province))

    return desk.remembered("digest", (text, today), read)


@use_case(writes=False)
def asked_digest(desk: Desk, caller: Caller) -> str:
    """The digest as of today, from the statuses in force."""
    catalogue, province = desk.assistant.catalogue, desk.province
    found = build_digest(catalogue, province, desk.statuses().marks, desk.clock.today())
    return digest_message(catalogue, province, found)
