"""A question read again without what surrounds the asking: a period asked amid the asker's
circumstances (asking_clause.py), a service told as a citizen's story (retelling.py). Split from
ask.py; the Assistant reads each clause as it reads a question.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from knowledge.catalogue.model import Province
from knowledge.language.text import tokenize
from knowledge.reader.asking_clause import asking_clause
from knowledge.reader.evidence import telling
from knowledge.reader.interpret import SUGGESTIONS
from knowledge.reader.reading import Reading
from knowledge.reader.retelling import clauses, retold

if TYPE_CHECKING:
    from knowledge.reader.ask import Assistant


def period_reread(
    assistant: Assistant, question: str, today: date, prov: Province, agency: str | None
) -> Reading | None:
    """A question about deadlines told with the asker's circumstances around it
    (asking_clause.py): the clause that asks, read alone, when it asks for a period."""

    def names_period(text: str) -> bool:
        return bool(assistant.parse(text, today, prov).periods)

    clause = asking_clause(question, names_period)
    if clause is None:
        return None
    parsed = assistant.parse(clause, today, prov)
    prior = assistant.prior(prov, parsed.subject.name if parsed.subject else None)
    again = assistant.interpreter.read(parsed, prov, prior, assistant._rows_mask, agency)
    return again if again.intent == "deadline" else None


def story_reread(
    assistant: Assistant, question: str, today: date, prov: Province, agency: str | None
) -> Reading | None:
    """A service told as a citizen's story, read again without the story (retelling.py):
    the rows it finds, offered to choose from; None when it finds none."""
    read = assistant.interpreter

    def says(text: str) -> bool:
        return bool(telling(assistant.matcher, read.words(assistant.parse(text, today, prov))))

    text = retold(clauses(question), says)
    if text is None:
        return None
    parsed = assistant.parse(text, today, prov)
    prior = assistant.prior(prov, parsed.subject.name if parsed.subject else None)
    again = read.read(parsed, prov, prior, assistant._rows_mask, agency)
    if again.intent not in ("service", "suggest") or not again.hits:
        return None
    if read.acts_done.undone(again.hits[0].key, tokenize(question)):
        return None  # the story asks an act the row does not do (acts_asked.py)
    key = again.hits[0].key
    row = assistant.matcher.doc_words_of(key)
    if not any(
        w.exact and w.known in row and assistant.matcher.row_spells(key, w)
        for w in read.words(parsed)
    ):
        # no word the row prints as typed: "hồ sơ" left of the story is not the "hộ sở" of
        # "văn bằng bảo hộ sở hữu"
        return None
    return Reading("suggest", agency=again.agency, hits=again.hits[:SUGGESTIONS], sure=False)
