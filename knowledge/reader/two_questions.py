"""A message that asks two things: "gplx hạn khi nào, mà biểu 02 bên em nộp chưa".

The one reading of the whole answers one of them (a form named decides at once), and the other
was lost without a word. The message's clauses (split as retelling.py splits them) that each
ask something of their own — a question word ("gì", "nào", "đâu", "bao giờ") or a closing
"chưa", "không" — are read alone: two or more that each read sure, about different things, are
all answered, in the message's order; a clause that asks and reads as nothing sure, beside one
the whole's reading answers, is named back as not answered.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from knowledge.language.text import MarkedWords, Token, tokenize
from knowledge.language.vocabulary import INTERROGATIVES
from knowledge.reader.reading import Reading
from knowledge.reader.retelling import clauses

CLOSING = MarkedWords("chưa không ko hông")  # "… nộp chưa", "… có không": a yes-no question
HOW_MUCH = MarkedWords("giờ lâu nhiêu")  # after "bao": "bao giờ", "bao lâu", "bao nhiêu"
ANSWERED = ("service", "item", "task", "agency", "deadline", "progress", "letter")


def asks(tokens: Sequence[Token]) -> bool:
    """Whether a clause asks something of its own."""
    if not tokens:
        return False
    if any(t in INTERROGATIVES for t in tokens) or tokens[-1] in CLOSING:
        return True
    return any(a.fold == "bao" and b in HOW_MUCH for a, b in itertools.pairwise(tokens))


def asking_clauses(question: str) -> list[str]:
    """The clauses of the message that ask, when there are two or more; else none."""
    found = [c.text for c in clauses(question) if not c.aside and asks(tokenize(c.text))]
    return found if len(found) > 1 else []


def answered(reading: Reading | None) -> bool:
    return reading is not None and reading.sure and reading.intent in ANSWERED


def left_out(reading: Reading | None) -> bool:
    """A clause read alone as something of its own, not sure (rows or tasks to choose from) or
    not in the catalogue: not the frame of another clause ("…, hạn khi nào" reads as nothing)."""
    return (
        reading is not None
        and reading.intent in (*ANSWERED, "suggest", "absent")
        and not (reading.sure and reading.intent != "absent")
    )


def what(reading: Reading) -> tuple:
    """What a reading answers about, to tell two clauses' readings apart."""
    hits = tuple(h.key for h in reading.hits[:1])
    tasks = tuple(t.id for t in reading.tasks) + ((reading.task.id,) if reading.task else ())
    row = (reading.row.decision, reading.row.number) if reading.row else ()
    return (reading.intent, reading.agency, hits, tasks, row)
