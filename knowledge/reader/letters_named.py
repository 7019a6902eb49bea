"""Letters asked about by what they are rather than by their number: "văn bản tháng 4 của sở
tttt", "công văn mới nhất", "cv tuần trước", "công văn gửi Sở Y tế tháng 6". A question names
letters when it says it asks of a letter (a letter's genre word, LETTER_WORDS: "công văn", "văn
bản", "cv", "vb") and says which by what the letters in force print of themselves: when they
are dated (a period, or the newest), who sent them (an agency that is a letter's sender), or to
whom they are addressed (another agency, owing or supporting one of the letter's tasks).

A letter's date and sender are read off its title as answers cite it ("Công văn số 777/…
ngày 10/5/2021 của Sở Thông tin và Truyền thông", a seed's "(tháng 4/2021) của Sở …"): a
letter printed with its month only is dated anywhere in that month. A row, a task or a letter's
number named beside is the reader's own question (letter_refs.py, task_refs.py), not this one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from knowledge.catalogue.model import Province
from knowledge.language.progress_words import DONE_WORDS, LATE_WORDS, PENDING_WORDS
from knowledge.language.text import MarkedWords, fold
from knowledge.language.vocabulary import (
    CHAT_WORDS,
    DOCUMENT_BEFORE,
    LETTER_WORDS,
    QUESTION_MARKED,
)
from knowledge.letters.sources import TrackedLetter
from knowledge.reader.parse import Parsed

_DAY = re.compile(r"\bngày (\d{1,2})/(\d{1,2})/(\d{4})")
_MONTH = re.compile(r"\btháng (\d{1,2})/(\d{4})")
_SENDER = re.compile(r"\bcủa (.+?)(?: \(|$)")
# the newest letter: "mới nhất", "gần nhất", "gần đây", "mới đây" (folded pairs)
_LATEST = (("moi", "nhat"), ("gan", "nhat"), ("gan", "day"), ("moi", "day"))
# "có cv mới không", "có công văn nào mới ạ": "mới" after the letter's word (or its "nào"), with
# only asking talk after it, asks for the newest too; "cv mời họp" (a letter inviting) is not it
_NEW = MarkedWords("mới")
_WHICH = MarkedWords("nào")


@dataclass(frozen=True)
class LettersNamed:
    """What the question said of the letters, and those in force that fit it, newest first."""

    letters: tuple[TrackedLetter, ...]
    period: str  # the period named, as the reader labels it ("Tháng 4/2021"); "" when none
    sender: str | None  # an agency named as the letters' sender
    unit: str | None  # an agency named that sent none: the letters addressed to it
    latest: bool  # "mới nhất"


def dated(letter: TrackedLetter) -> tuple[date, date] | None:
    """The days a letter may be dated, read off its title: its day, else its month; None when
    its title prints neither."""
    day = _DAY.search(letter.title)
    if day is not None:
        try:
            when = date(int(day[3]), int(day[2]), int(day[1]))
        except ValueError:
            return None
        return when, when
    month = _MONTH.search(letter.title)
    if month is None or not 1 <= int(month[1]) <= 12:
        return None
    first = date(int(month[2]), int(month[1]), 1)
    following = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return first, following - timedelta(days=1)


def sender_of(letter: TrackedLetter) -> str:
    """The sender as its title prints it, folded ("" when it prints none)."""
    found = _SENDER.search(letter.title)
    return fold(found[1]) if found else ""


def _latest_said(parsed: Parsed, taken: set[int], said: set[int]) -> bool:
    folds = [t.fold for t in parsed.tokens]
    if any(
        (folds[i], folds[i + 1]) in _LATEST and i not in taken and i + 1 not in taken
        for i in range(len(folds) - 1)
    ):
        return True
    return _new_asked(parsed, said)


def _new_asked(parsed: Parsed, said: set[int]) -> bool:
    return _new_at(parsed, said) is not None


def _new_at(parsed: Parsed, said: set[int]) -> int | None:
    """ "có cv mới không", "có cv mới chưa": where "mới" stands right after the letter's word,
    or after its "nào", with only asking talk ("ạ", "không", "chưa") after it; else None."""
    tokens = parsed.tokens
    at = max(said) + 1
    if at < len(tokens) and tokens[at] in _WHICH:
        at += 1
    if at >= len(tokens) or tokens[at] not in _NEW:
        return None
    if all(t in QUESTION_MARKED or t in CHAT_WORDS for t in tokens[at + 1 :]):
        return at
    return None


def letters_named(
    parsed: Parsed, letters: Sequence[TrackedLetter], province: Province
) -> LettersNamed | None:
    """The letters the question names by date, sender or addressee, or None when it names
    none that way (then it is read as any question)."""
    said = LETTER_WORDS.positions(parsed.tokens)
    if not said or parsed.rows or parsed.tasks or parsed.letters or _about_else(parsed, said):
        return None
    periods = [
        p for p in parsed.periods if not (p.period.late or p.period.nearest or p.period.reported)
    ]
    taken = {i for p in parsed.periods for i in range(p.start, p.end)}
    latest = _latest_said(parsed, taken, said)
    named = [m for m in parsed.agencies if m.name != parsed.asker]
    if not (periods or latest or named):
        return None
    senders = {letter.key: sender_of(letter) for letter in letters}
    sender = next(
        (m.name for m in named if any(fold(m.name) in s for s in senders.values() if s)), None
    )
    unit = next((m.name for m in named if m.name != sender), None)
    if sender is None and unit is None and named:
        return None
    pool = list(letters)
    if sender is not None:
        pool = [x for x in pool if fold(sender) in senders[x.key]]
    if unit is not None:
        pool = [x for x in pool if _addressed(x, unit, province)]
    for span in periods:
        pool = [x for x in pool if _within(x, span.period.start, span.period.end)]
    # newest first: by the first day a letter may be dated (a seed dated by its month alone is
    # no newer than a letter of a day in it), then as published, the later one after
    order = {x.key: n for n, x in enumerate(letters)}
    pool.sort(key=lambda x: ((dated(x) or (date.min,))[0], order[x.key]), reverse=True)
    if latest:
        pool = [x for x in pool if dated(x) is not None][:1]
    label = periods[0].period.label if periods else ""
    return LettersNamed(tuple(pool), label, sender, unit, latest)


def _about_else(parsed: Parsed, said: set[int]) -> bool:
    """The letters are where the question reads ("theo các văn bản của Sở TT&TT, Sở Y tế chủ
    trì gì": a letter word after "theo", "trong"), or how far the work is what it asks ("có trễ
    văn bản nào", "còn văn bản nào chưa nộp", "quá hạn"): another question."""
    tokens = parsed.tokens
    first = min(said)
    # "có cv mới chưa": a pending word after a new letter asked for closes the yes-no question
    # as "không" does; it says nothing of the work's standing
    new = _new_at(parsed, said)
    if new is not None:
        tokens = tokens[: new + 1]
    if any(tokens[i] in DOCUMENT_BEFORE for i in range(max(0, first - 2), first)):
        return True
    if any(p.period.late or p.period.nearest for p in parsed.periods):
        return True
    return any(t in LATE_WORDS or t in PENDING_WORDS or t in DONE_WORDS for t in tokens)


def _within(letter: TrackedLetter, start: date, end: date) -> bool:
    span = dated(letter)
    return span is not None and span[0] <= end and start <= span[1]


def _addressed(letter: TrackedLetter, unit: str, province: Province) -> bool:
    return any(
        unit in province.expand(t.addressees) or unit in province.expand(t.supporting)
        for t in letter.tasks
    )
