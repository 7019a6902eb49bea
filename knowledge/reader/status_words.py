"""The status words of free text: where a status phrase stands among a message's words
(`status_span`, `status_spans`), and a share of the work said done ("bên em đã xong 50%"), which
no row's status says. Read off the status phrases (knowledge/rules/statuses.py), not listed."""

from __future__ import annotations

import re

from knowledge.language.text import tokenize
from knowledge.reader.capnhat_line import PHRASE_WORDS, whole_key_shape
from knowledge.reader.question_shape import reads_as_question
from knowledge.rules.statuses import STATUS_PHRASES, Status

# Status words too common in questions and notes to offer a write on ("đang", "ok", "chưa").
_WEAK = frozenset({"dang", "ok", "chua", "thuc hien", "test", "done", "ht"})
NEGATIONS = frozenset({"chua", "khong", "ko", "k", "chang", "cha", "kg"})
# what may follow "xong chưa" that still asks it: particles and forms of address ("xong chưa ạ",
# "xong chưa em ơi"); any other word makes the negation the start of a note
ASKED_AFTER = frozenset({"a", "ak", "ah", "nhi", "nhe", "vay", "the", "ne", "z", "day", "oi"})
ASKED_AFTER |= frozenset({"em", "anh", "chi", "ban", "ha", "ho", "nha"})

SPAN_WORDS = tuple(
    (words, code)
    for (phrase, code), (words, _) in zip(STATUS_PHRASES, PHRASE_WORDS, strict=True)
    if phrase not in _WEAK
)


def status_span(folds: list[str]) -> tuple[Status, int, int] | None:
    """The longest status phrase among the words (whole words only), with where it stands."""
    best: tuple[Status, int, int] | None = None
    present = set(folds)
    for words, code in SPAN_WORDS:
        if words and words[0] not in present:
            continue  # cannot stand anywhere: none of the text's words opens it
        for i in range(len(folds) - len(words) + 1):
            if folds[i : i + len(words)] == words and (
                best is None or len(words) > best[2] - best[1]
            ):
                best = (Status(code), i, i + len(words))
    if best is not None and best[1] > 0 and folds[best[1] - 1] in NEGATIONS:
        return None  # "gplx chưa xong": not done, and no other status either
    return best


_PERCENT = re.compile(r"\d+(?:[.,]\d+)?\s*%")


def share_reported(text: str) -> bool:
    """ "bên em đã xong 50% rồi": a share of the work said done. No status says it (a status
    is a row's), so it is neither offered nor read as a question of what is done."""
    if reads_as_question(text) or text.lstrip().startswith("/"):
        return False
    if any(whole_key_shape(w) for w in text.split()):
        return False  # "406-14 xong 100%": that row's status, offered as any
    folds = [t.fold for t in tokenize(text)]
    spelled = any(
        a.isdecimal() and (b, c) == ("phan", "tram")
        for a, b, c in zip(folds, folds[1:], folds[2:], strict=False)
    )
    # said done ("xong 50%") or reached ("đạt 80 phần trăm", "được 50%")
    said = status_span(folds) is not None or bool({"dat", "duoc"} & set(folds))
    return (spelled or bool(_PERCENT.search(text))) and said


def status_spans(folds: list[str]) -> list[tuple[Status, int, int]]:
    """Every status phrase among the words, left to right, the longest at each place, none
    overlapping another, none after a negation ("chưa xong") nor asked ("xong chưa")."""
    found, i = [], 0
    while i < len(folds):
        at = [
            (len(words), code) for words, code in SPAN_WORDS if folds[i : i + len(words)] == words
        ]
        if not at:
            i += 1
            continue
        length, code = max(at, key=lambda a: a[0])
        # "xong chưa", "xong không ạ": asked, not said; "vướng mắc, chưa có kinh phí": the
        # negation opens the note
        after = folds[i + length + 1 :]
        asked = (
            i + length < len(folds)
            and folds[i + length] in NEGATIONS
            and all(f in ASKED_AFTER for f in after)
        )
        if not (i > 0 and folds[i - 1] in NEGATIONS) and not asked:
            found.append((Status(code), i, i + length))
        i += length
    return found
