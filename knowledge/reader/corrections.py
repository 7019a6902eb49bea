"""A write taken back in words right after it ("à nhầm, chưa bắt đầu", "ah khoan, chưa xong,
đang kiểm thử thôi", "nhầm, chưa xong"): a word of error or of holding on, perhaps the status
meant instead or the one said not to hold, and nothing else (no row, no question). The chat then
offers the undo of that write and the status said for the same row, by buttons
(usecases/corrections.py); read here, nothing is decided about any write."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.language.taking_back import CORRECTION_TALK, CORRECTION_WORDS, STOP_WORDS
from knowledge.language.text import tokenize
from knowledge.language.vocabulary import CHAT_WORDS
from knowledge.reader.capnhat_line import FILLER
from knowledge.reader.question_shape import reads_as_question
from knowledge.reader.row_refs import find_rows
from knowledge.reader.status_words import NEGATIONS, status_span, status_spans
from knowledge.rules.statuses import Status

MAX_WORDS = 12  # "à nhầm em ơi, chưa xong đâu, mới đang kiểm thử thôi ạ"
MAX_STATUS_WORDS = 4  # the longest status phrase after a negation ("đang kiểm thử")


@dataclass(frozen=True)
class Correction:
    """`status`: the status said instead ("chưa bắt đầu"), None when the write is only taken
    back; `denied`: the status said not to hold ("chưa xong": Hoàn thành); `rows`: the rows the
    words name (decision or None, number: "mục 27 chưa xong đâu"), which must be the row just
    written for the words to take it back (usecases/corrections.py)."""

    status: Status | None
    denied: Status | None
    rows: tuple[tuple[str | None, str], ...] = ()

    def names(self, key: str) -> bool:
        """Whether the rows named are all `key`'s ("mục 27", "406-27" for 406-27), or none is."""
        decision, _, rest = key.partition("-")
        number = rest.split("/")[0]
        return all(n == number and d in (None, decision) for d, n in self.rows)


def correction(text: str) -> Correction | None:
    """The text takes back the write just made (see the module), or None."""
    if text.lstrip().startswith("/") or reads_as_question(text):
        return None
    tokens = tokenize(text)
    if not tokens or len(tokens) > MAX_WORDS:
        return None
    if not any(t in CORRECTION_WORDS for t in tokens):
        return None
    folds = [t.fold for t in tokens]
    said = status_spans(folds)
    covered = {i for _, start, end in said for i in range(start, end)}
    # "ui nhầm, mục 27 chưa xong đâu": the row just written, named (checked by the use case)
    refs = find_rows(tokens)
    covered |= {i for r in refs for i in range(r.start, r.end)}
    denied: Status | None = None
    for i, word in enumerate(folds):
        if word not in NEGATIONS or i in covered:
            continue
        found = _opening_status(folds[i + 1 : i + 1 + MAX_STATUS_WORDS])
        if found is not None:
            denied = denied or found[0]
            covered |= set(range(i, i + 1 + found[1]))
    talk = (CORRECTION_WORDS, CORRECTION_TALK, CHAT_WORDS, STOP_WORDS)
    for i, token in enumerate(tokens):
        if i in covered or token.fold in FILLER or any(token in words for words in talk):
            continue
        return None  # a row, a service, a question of its own: not only the write taken back
    statuses = [s for s, _, _ in said if s != denied]
    rows = tuple((r.decision, r.number) for r in refs)
    return Correction(statuses[-1] if statuses else None, denied, rows)


def _opening_status(folds: list[str]) -> tuple[Status, int] | None:
    """The longest status phrase the words open with, and its length ("xong" of "xong, đang
    kiểm thử")."""
    for n in range(len(folds), 0, -1):
        found = status_span(folds[:n])
        if found is not None and found[1:] == (0, n):
            return found[0], n
    return None
