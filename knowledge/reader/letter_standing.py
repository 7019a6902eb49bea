"""How a letter's tasks stand, asked of the letter by its number: "cv 618 tình hình thế nào",
"công văn 618 đã ai nộp chưa", "618/STTTT-CNTT tiến độ ra sao". The answer is, per task, how many
units have sent it, how many are late and who is missing (usecases/standing_asking.py), not the
letter's list of tasks, which "cv 618 gồm những gì" still asks.

The letter is one the question reader found by its number (letter_refs.py). How it stands is
asked by a word of progress ("tình hình", "tiến độ"), by "how" ("thế nào", "ra sao", "đến đâu")
or by whether or who has sent ("nộp chưa", "ai chưa nộp", "bao nhiêu đơn vị"); a question of what
the letter asks ("gì", "hạn", "khi nào") is not this one.
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.language.text import MarkedWords
from knowledge.language.vocabulary import SEND_WORDS
from knowledge.letters.sources import TrackedLetter
from knowledge.reader.parse import Parsed

# the words of progress and of how far it has gone
_STANDING = (
    ("tinh", "hinh"),
    ("tien", "do"),
    ("the", "nao"),
    ("ra", "sao"),
    ("den", "dau"),
    ("bao", "nhieu"),
)
# who has sent, or whether ("ai chưa nộp", "đã nộp chưa", "nộp đủ chưa")
_WHO_OR_YET = MarkedWords("ai chưa đủ")
# what the letter asks, or by when: its tasks' card, not their standing
_WHAT = MarkedWords("gì hạn")
_WHAT_PHRASES = (("khi", "nao"), ("bao", "gio"), ("ngay", "nao"))


@dataclass(frozen=True)
class LetterAsked:
    letter: TrackedLetter
    sure: bool  # the figure named one letter in force, and nothing else was asked beside


def _has(folds: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    return any(
        tuple(folds[i : i + len(p)]) == p for p in phrases for i in range(len(folds) - len(p) + 1)
    )


def letter_standing_asked(parsed: Parsed) -> LetterAsked | None:
    if len(parsed.letters) != 1:
        return None
    ref = parsed.letters[0]
    tokens = list(parsed.tokens)
    folds = [t.fold for t in tokens]
    rest = [t for i, t in enumerate(tokens) if not ref.start <= i < ref.end]
    if any(t in _WHAT for t in rest) or _has(folds, _WHAT_PHRASES):
        return None
    sent = any(t in SEND_WORDS for t in rest) and any(t in _WHO_OR_YET for t in rest)
    if not (_has(folds, _STANDING) or sent):
        return None
    # a row, a task or a unit named beside is another question, or a narrower one
    units = [m for m in parsed.agencies if not ref.start <= m.start < ref.end]
    beside = bool(parsed.rows or parsed.tasks or units)
    return LetterAsked(ref.letters[0], len(ref.letters) == 1 and not beside)
