"""The subjects of a message that names several things of one kind (several_subjects.py), each
read with the message's frame. Apart from the Assistant (ask.py), which calls it once a message.

Each subject that reads sure is answered, in the message's order; one that does not is named
back as not answered, never dropped without a word. Subjects that read as the same answer (a
row asked "hạn tháng 5 hay tháng 6": the row, whichever month) are one question: the message's
own reading stands.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from knowledge.reader.answer_types import Asked
from knowledge.reader.clause_reading import read_parsed
from knowledge.reader.several_subjects import (
    agency_after,
    compared,
    joined_names,
    later_things,
    several,
)
from knowledge.reader.two_questions import answered, what

if TYPE_CHECKING:
    from knowledge.reader.ask import Assistant

# the readings that answer for one agency, which a name joined to it shares
_AGENCY_READINGS = frozenset({"agency", "deadline", "progress"})


def read_several(assistant: Assistant, whole: Asked, agency: str | None) -> Asked | None:
    """The message read subject by subject; None when it names at most one thing of a kind or
    its subjects read as one answer. agency: the asking officer's."""
    if whole.reading is None or whole.parts:
        return None
    # an agency the whole was read as: a weak name joined to it is asked about too
    chosen = whole.reading.agency if whole.reading.intent in _AGENCY_READINGS else None
    found = several(whole.parsed, chosen)
    if found is None:
        return None
    prov, today = whole.province, whole.today
    read = [read_parsed(assistant, p, today, prov, agency) for p in found.parses]
    sure = [a for a in read if answered(a.reading)]
    # two periods' lists are told apart by their periods, which `what` does not hold
    if len({(what(a.reading), a.reading.period) for a in sure if a.reading}) < 2:
        return None
    left = tuple(
        found.named(whole.parsed, i) for i, a in enumerate(read) if not answered(a.reading)
    )
    return replace(
        sure[0],
        parts=tuple(sure),
        several=found.kind,
        compared=found.compared,
        unanswered=left,
    )


def read_later_things(assistant: Assistant, whole: Asked, agency: str | None) -> Asked | None:
    """A first clause that asks, rows or tasks named in the clauses after it
    (several_subjects.py `later_things`): the first clause is the head, the later things'
    answers follow it; a later clause read as nothing sure is named back. None when the
    message is not so, or its first clause alone reads as nothing sure."""
    if whole.reading is None or whole.parts:
        return None
    split = later_things(whole.parsed)
    if split is None:
        return None
    head_text, rest_text = split
    prov, today = whole.province.slug, whole.today
    head = assistant.understand(head_text, today, prov, agency)
    if not answered(head.reading) or head.parts:
        return None
    rest = assistant.understand(rest_text, today, prov, agency)
    if rest.parts:
        return replace(head, parts=(head, *rest.parts), unanswered=rest.unanswered)
    if not answered(rest.reading):
        return replace(head, unanswered=(rest_text,))
    return replace(head, parts=(head, rest))


def read_checked_service(assistant: Assistant, whole: Asked) -> Asked | None:
    """A service asked in the first clause, an agency named after it only to check who does
    it (several_subjects.py `agency_after`): read as an agency's list, the service asked was
    dropped, and one the catalogue does not have was answered as if known. The first clause
    is the question, read for the agency named (its role in the row); None unless it reads as
    a service, rows to choose from or one in neither catalogue."""
    if whole.reading is None or whole.reading.intent != "agency" or whole.parts:
        return None
    split = agency_after(whole.parsed)
    if split is None:
        return None
    head_text, named = split
    head = assistant.understand(head_text, whole.today, whole.province.slug, named)
    if (
        head.reading is None
        or head.reading.intent not in ("service", "absent", "suggest")
        or head.parts
    ):
        return None
    return head


def read_joined_names(assistant: Assistant, whole: Asked, agency: str | None) -> Asked | None:
    """Two services named by their words and joined ("cấp hộ chiếu phổ thông hay hộ chiếu
    ngoại giao …"), which read whole as one in neither catalogue: each side
    read alone, and answered as two when each reads as a service for sure, a different one
    each. A service read whole for sure stays itself (a title may print "và" itself)."""
    reading = whole.reading
    # read whole as rows to choose from, the wording may be one service said twice
    # ("đăng ký kinh doanh và đăng ký thành lập doanh nghiệp"): offered, as it was
    if reading is None or reading.intent != "absent" or whole.parts:
        return None
    split = joined_names(whole.parsed)
    if split is None:
        return None
    prov, today = whole.province.slug, whole.today
    read = [assistant.understand(text, today, prov, agency) for text in split]
    services = [a for a in read if a.reading is not None and a.reading.intent == "service"]
    if len(services) != 2 or not all(answered(a.reading) for a in services):
        return None
    if len({what(a.reading) for a in services if a.reading}) < 2:
        return None
    first = services[0]
    return replace(
        first, parts=tuple(services), several="thing", compared=compared(whole.parsed.tokens)
    )
