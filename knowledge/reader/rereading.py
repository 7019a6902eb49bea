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
from knowledge.reader.side_clauses import clause_numbers
from knowledge.reader.two_questions import CLOSING, asks

if TYPE_CHECKING:
    from knowledge.reader.answer_types import Asked
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


def agency_clause(
    assistant: Assistant, question: str, whole: Asked, agency: str | None
) -> Asked | None:
    """ "Sở Y tế có việc gì phải làm trong danh mục không, nghe bảo có vụ khám sức khỏe lái xe",
    "Sở LĐTBXH đang ôm bao nhiêu dịch vụ công, toàn trợ cấp bảo trợ xã hội phải không": one
    clause asks an agency's list, read alone it is that list; the other only tells what the
    asker heard or guesses (no question word of its own: at most a closing "không") of rows
    the list holds. The whole read as a row answers the aside: the list is what was asked."""
    reading, parsed = whole.reading, whole.parsed
    if reading is None or reading.intent not in ("service", "suggest"):
        return None
    named = [m for m in parsed.agencies if m.strong]
    said = [(n, c.text) for n, c in enumerate(clauses(question)) if not c.aside]
    if not named or len(said) < 2:
        return None
    # the clauses that ask with a question word ("gì", "bao nhiêu"), not only by a closing
    # "không" of a guess ("toàn trợ cấp bảo trợ xã hội phải không")
    lists = [(n, t) for n, t in said if asks([w for w in tokenize(t) if w not in CLOSING])]
    numbers = clause_numbers(parsed.text, len(parsed.tokens))
    if len(lists) != 1 or numbers is None:
        return None
    if not any(numbers[m.start] == lists[0][0] for m in named):
        return None  # no agency named where it asks: read once more only where one is
    read = assistant._understand(lists[0][1], whole.today, whole.province.slug, agency)
    again = read.reading
    if again is None or again.intent != "agency" or not again.sure or again.agency is None:
        return None
    if not any(m.strong and m.name == again.agency for m in read.parsed.agencies):
        return None  # "…, hạn bao giờ": the asker's own list only because it names nothing
    owned = {a.key for a in whole.province.rows_of(again.agency)}
    if not any(h.key in owned for h in reading.hits):
        return None  # the aside tells of a row that is not the agency's: asked of it apart
    return read
