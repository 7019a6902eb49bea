"""A row said not done, by its key: "406-20 chưa xong", "nhầm rồi, 406-20 chưa xong đâu", "406-20
vẫn chưa hoàn thành nhé". Said by the row's unit after it was recorded done, it takes that record
back: offered as the status of work still going on (Đang thực hiện), by a button, quoted back and
undoable as /capnhat is — never written from the words alone, never the row's card as if nothing
was said (the status reader leaves a negated status out: "chưa xong" is no status of its own).

The shape is read, not listed: one row key typed whole; a negation right before one of the done
status's own phrases (knowledge/rules/statuses.py); no other status phrase (a note such as
"chưa xong, vướng …" is the status reader's); not a question ("406-20 chưa xong à?", "sao 406-20
chưa xong").
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.language.text import tokenize
from knowledge.reader.capnhat_line import whole_key_shape
from knowledge.reader.question_shape import reads_as_question
from knowledge.reader.status_words import NEGATIONS, SPAN_WORDS, status_spans
from knowledge.rules.standing import DONE_STATUS
from knowledge.rules.statuses import Status

_DONE_PHRASES = tuple(tuple(words) for words, code in SPAN_WORDS if code == DONE_STATUS)
# Not done, of a row recorded done: the work goes on. "Chưa bắt đầu" would say it never started,
# which a row once reported done is not; the officer can still press another status after.
STILL_GOING = Status("dang_thuc_hien")


@dataclass(frozen=True)
class UndoneSaid:
    key: str  # the row key as typed ("406-20")
    sure: bool  # one key, the negated done phrase beside it and nothing else asked


def undone_said(text: str) -> UndoneSaid | None:
    if text.lstrip().startswith("/") or reads_as_question(text) or "?" in text:
        return None
    keys = [w.strip(",.;:!") for w in text.split() if whole_key_shape(w.strip(",.;:!"))]
    if len(set(keys)) != 1:
        return None
    folds = [t.fold for t in tokenize(text)]
    if status_spans(folds):
        return None  # a status said as well: the status reader's statement
    negated = any(
        tuple(folds[i : i + len(p)]) == p and i > 0 and folds[i - 1] in NEGATIONS
        for p in _DONE_PHRASES
        for i in range(len(folds) - len(p) + 1)
    )
    if not negated:
        return None
    return UndoneSaid(keys[0], True)
