"""Whether one unit has sent one task's document, or finished one row, asked in words: "Sở KH&ĐT
nộp mẫu 01 chưa", "406-20 bên TNMT xong chưa", "bên em gửi biểu 02 chưa ạ". The answer is that
unit's standing on that item by the standing rule (usecases/standing_asking.py), never the task's
card nor /nopbai's whole list.

The shape is read, not listed: a verb of sending (SEND_WORDS) or a status phrase that says done
(the done status's own phrases, knowledge/rules/statuses.py) before a closing "chưa" that only
particles follow; at most one unit named (an addressee the document goes to is not it); one item,
which the question reader found (a task or a row). A question about the item itself ("nộp khi
nào", "gửi ở đâu", "mẫu nào") or about many units ("ai chưa nộp", "các sở") is not this one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from knowledge.language.text import MarkedWords, Token
from knowledge.language.vocabulary import CHAT_WORDS, SEND_WORDS
from knowledge.reader.answer_types import Answer
from knowledge.reader.parse import Parsed
from knowledge.reader.status_words import ASKED_AFTER, SPAN_WORDS
from knowledge.rules.standing import DONE_STATUS

# the closing "not yet?" of a yes-no question about what is done
_YET = MarkedWords("chưa")
# asking what, when, where, which or who: a question about the item or about several units,
# not whether this unit is done ("nộp ở đâu", "hạn khi nào", "mẫu nào", "ai chưa nộp"). Only as
# typed with its marks or without: "đâu" is not "đầu" (đầu tư) when marked, and a unit's name is
# left out before this is looked for.
_OTHER_ASKED = MarkedWords("gì đâu nào ai sao hạn bao giờ")
# several units asked about at once: /nopbai's list, not one unit's standing
_MANY = MarkedWords("các những mọi")
_DONE_PHRASES = tuple(tuple(words) for words, code in SPAN_WORDS if code == DONE_STATUS)


@dataclass(frozen=True)
class SentAsked:
    """One unit's standing on one item, asked. `unit` None: the asker's own unit ("bên em", or
    no unit named); `due`: the occurrence the question named, for a recurring task."""

    key: str
    is_task: bool
    unit: str | None
    sure: bool
    due: date | None = None


# "chưa được": not yet possible ("nộp thuế online chưa được"), not "not yet done?"
_NOT_ASKED_AFTER = MarkedWords("được")


def _tail_particles(tokens: list[Token], after: int) -> bool:
    return all(
        (t in CHAT_WORDS or t.fold in ASKED_AFTER) and t not in _NOT_ASKED_AFTER
        for t in tokens[after:]
    )


def _yet_at(tokens: list[Token]) -> int | None:
    """Where the closing "chưa" stands (only particles after it), or None."""
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i] in _YET and _tail_particles(tokens, i + 1):
            return i
    return None


def _verb_before(tokens: list[Token], end: int, apart: set[int]) -> bool:
    folds = [t.fold for t in tokens[:end]]
    if any(t in SEND_WORDS for i, t in enumerate(tokens[:end]) if i not in apart):
        return True
    return any(
        tuple(folds[i : i + len(p)]) == p
        for p in _DONE_PHRASES
        for i in range(len(folds) - len(p) + 1)
    )


def sent_asked(parsed: Parsed, answer: Answer) -> SentAsked | None:
    """The reading, or None when the question is not whether one unit sent or did one item."""
    if parsed.periods:
        # "bc tháng 11 nộp chưa": the occurrence a period names is the hand-in tracking's to
        # read (usecases/handins.py `asked_handins`, which says that one first)
        return None
    tokens = list(parsed.tokens)
    yet = _yet_at(tokens)
    if yet is None:
        return None
    named = [m for m in parsed.agencies if m not in parsed.recipients]
    apart = {i for m in parsed.agencies for i in range(m.start, m.end)}
    apart |= {i for r in parsed.tasks for i in range(r.start, r.end)}
    apart |= {i for r in parsed.rows for i in range(r.start, r.end)}
    if not _verb_before(tokens, yet, apart):
        return None
    loose = [t for i, t in enumerate(tokens) if i not in apart]
    if any(t in _OTHER_ASKED or t in _MANY for t in loose):
        return None
    units = {m.name for m in named}
    if len(units) > 1:
        return None
    unit = next(iter(units), None)
    strong = all(m.strong for m in named)
    if unit is not None and unit == parsed.asker:
        unit = None  # "bên em (Sở Y tế) nộp chưa": the asker's own, said as theirs
    if answer.intent == "task" and answer.tasks:
        view = answer.tasks[0]
        one = len({v.task.id for v in answer.tasks}) == 1
        return SentAsked(view.task.id, True, unit, answer.sure and one and strong, view.due)
    # a row only by its key: a service's words with "nộp … chưa" are as often a citizen's
    # question ("nộp thuế môn bài online chưa được")
    if answer.intent in ("item", "service") and answer.items and parsed.rows:
        return SentAsked(answer.items[0].key, False, unit, answer.sure and strong)
    return None
