"""A short message that asks on about what the chat's last answer was about ("thế còn hạn thì
sao", "còn cái kia", "cái đó nộp khi nào"): it names no row, task, letter, agency, period nor any
wording of its own, only function and question words, and it has the shape of a follow-up — it
opens on "còn", "thế" or "vậy", ends its question on "thì sao", or points at a thing already
said ("cái kia", "mục đó", "còn lại"). Read alone it was the unit's whole list (ux32 #6); the
use case reads it against the last answer (usecases/chat_subjects.py). Pure: words only."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from knowledge.language.progress_words import DONE_WORDS, PENDING_WORDS
from knowledge.language.text import MarkedWords, Token
from knowledge.language.vocabulary import QUESTION_MARKED
from knowledge.reader.parse import Parsed

MAX_WORDS = 8  # a follow-up is a few words; a longer message says what it is about

# What opens a follow-up: "còn …?" (and what about …), "thế còn …", "vậy …"
_OPENERS = MarkedWords("còn thế vậy")
# "… thì sao", "… thì thế nào": the question put back on what was said
_THEN = MarkedWords("thì")
_HOW = MarkedWords("sao nào")
# A thing already said, pointed at: "cái kia", "mục đó", "việc này", "nó"
_THINGS = MarkedWords("cái mục việc nhiệm vụ dịch thủ tục")
_POINTERS = MarkedWords("kia đó này ấy")
_IT = MarkedWords("nó")
# Another one than the one shown: "cái kia", "còn lại", "cái khác"
_OTHER = MarkedWords("kia khác")
_LEFT = MarkedWords("lại")
# What a follow-up may ask about the thing, beside the function words every question has: its
# date, what is sent, who does it, its level, the days left
_ASKING = MarkedWords(
    """hạn chót nộp gửi làm chủ trì phối hợp mức độ bao nhiêu lâu nữa khác lại kia ấy nó cái
    việc nhiệm vụ dịch thủ tục thì thế"""
)
# What makes "còn …" a question and not a closing word ("thế nhé", "vậy thôi")
_ASKS = MarkedWords("hạn nộp gửi gì sao nào bao giờ khi mấy ai đâu làm chủ trì phối hợp mức")
# Words of a unit's own progress: "còn gì chưa nộp" asks what is left, not about the last answer
_PROGRESS = (PENDING_WORDS, DONE_WORDS)


@dataclass(frozen=True)
class FollowUp:
    """`other`: another of the last answer's choices than the one shown ("cái kia"); `asked`:
    the words that ask (as typed, the pointing words left out), to be asked of the subject."""

    other: bool
    asked: str


def follow_up(parsed: Parsed) -> FollowUp | None:
    """The follow-up `parsed` is, or None when it says what it is about or has no follow-up
    shape ("hạn khi nào" alone is a question of its own)."""
    tokens = [t for t in parsed.tokens if t.fold.strip(".,;:!?…")]
    if not tokens or len(tokens) > MAX_WORDS or _names_something(parsed):
        return None
    if any(t not in QUESTION_MARKED and t not in _ASKING for t in tokens):
        return None  # a word of content: the message has a subject of its own
    if any(words.any_in(tokens) for words in _PROGRESS):
        return None
    pointed = _pointed(tokens)
    opened = tokens[0] in _OPENERS and any(t in _ASKS for t in tokens[1:])
    if not (opened or _then_how(tokens) or pointed):
        return None
    other = any(t in _OTHER for t in tokens) or _left_over(tokens)
    return FollowUp(other, " ".join(t.raw for t in tokens if not _pointing(t)))


def _names_something(parsed: Parsed) -> bool:
    return bool(
        parsed.rows
        or parsed.tasks
        or parsed.letters
        or parsed.periods
        or parsed.years
        or parsed.agencies
        or parsed.asker
        or any(not _pointer_span(parsed.tokens, span.start, span.end) for span in parsed.others)
    )


def _pointer_span(tokens: Sequence[Token], start: int, end: int) -> bool:
    """A span that is a thing pointed at: "mục đó" folds as "mức độ", a word of the domain, but
    says "that item" (ux33 #1: "thế còn mục đó" got the province's whole list)."""
    return end - start == 2 and tokens[start] in _THINGS and tokens[start + 1] in _POINTERS


def _then_how(tokens: list[Token]) -> bool:
    """ "… thì sao", "… thì thế nào"."""
    return any(a in _THEN and b in _HOW for a, b in itertools.pairwise(tokens)) or (
        len(tokens) > 2 and tokens[-3] in _THEN and tokens[-1] in _HOW
    )


def _pointed(tokens: list[Token]) -> bool:
    """ "cái kia", "mục đó", "nó": a thing already said, pointed at."""
    pairs = itertools.pairwise(tokens)
    return any(a in _THINGS and b in _POINTERS for a, b in pairs) or any(t in _IT for t in tokens)


def _left_over(tokens: list[Token]) -> bool:
    """ "còn lại": the one(s) left."""
    return any(
        a in _OPENERS and a.fold == "con" and b in _LEFT for a, b in itertools.pairwise(tokens)
    )


# the words that point or open, left out of what is asked of the subject
_POINTING = MarkedWords("còn thế vậy thì sao cái kia đó này ấy nó khác lại")


def _pointing(token: Token) -> bool:
    return token in _POINTING
