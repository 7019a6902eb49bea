"""Whether a unit has a part in the plan, and whom it turns to: "huyện em có liên quan 406
không", "việc của huyện em thì liên hệ ai", "Sở Y tế liên hệ ai".

Such a question names no service, no period, no duty: its only words of content are the asking
ones (knowledge/language/concern_words.py), a list noun ("việc", "mục") or a decision's number.
It is answered with the unit's list (the rows it leads or coordinates, its tasks, what it
supports), and, asked whom to contact, with the province's coordinator and whoever the unit's
tasks are sent to (knowledge/render/contact_text.py) — for any unit, a district's too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from knowledge.language.concern_words import CONCERN_PHRASES, CONTACT_PHRASES
from knowledge.reader.asking import first_person
from knowledge.reader.list_asked import LIST_NOUNS
from knowledge.reader.parse import Parsed
from knowledge.reader.question_words import Word
from knowledge.reader.reading import Reading
from knowledge.reader.row_refs import DECISIONS

Concern = Literal["concern", "contact"]


def concern_asked(parsed: Parsed, foreign: Sequence[Word], tell: bool) -> Concern | None:
    """ "contact" when the question asks whom to turn to, "concern" when it asks whether the unit
    has a part, None when it asks something else too: a service's wording (`tell`), or a word
    of content no title holds (`foreign`) beside the asking ones."""
    if tell:
        return None
    tokens = parsed.tokens
    contact = CONTACT_PHRASES.positions(tokens)
    concern = CONCERN_PHRASES.positions(tokens)
    if not (contact or concern):
        return None
    asking = {tokens[i].fold for i in contact | concern}
    spare = [
        w
        for w in foreign
        if w.token.fold not in asking
        and w.token.fold not in LIST_NOUNS
        and w.token.fold not in DECISIONS
    ]
    if spare:
        return None  # "liên hệ <a thing of its own>": talk of something else
    return "contact" if contact else "concern"


def concern_reading(
    parsed: Parsed, foreign: Sequence[Word], tell: bool, own: str | None
) -> Reading | None:
    """The unit's list, said to ask whom it turns to where it does (`own`: the unit the
    question names, else the asker's); "which unit are you" from someone not registered."""
    concern = concern_asked(parsed, foreign, tell)
    if concern is None or not (own or first_person(parsed)):
        return None
    if own is None:
        return Reading("whose", sure=False)
    return Reading("agency", agency=own, contact=concern == "contact")
