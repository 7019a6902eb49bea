"""The note a free-text statement carries: the words after its status, as typed, less keys and
filler, and less what is said to the bot rather than of the item (`kept_note`, `sent_to_only`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.language.bot_talk import BOT_ACTS, BUT_WORDS, SENT_TO_WORDS, WHY_PHRASES
from knowledge.language.text import MarkedPhrases, Token, tokenize
from knowledge.reader.capnhat_line import FILLER, only_filler, trim_filler, whole_key_shape
from knowledge.reader.question_shape import reads_as_question


def token_words(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Each word of `text` as typed, with the tokens it makes (start, end)."""
    out, seen = [], 0
    for word in text.split():
        n = len(tokenize(word))
        out.append((word, (seen, seen + n)))
        seen += n
    return out


def note_after(text: str, end: int, dates: frozenset[str] = frozenset()) -> str:
    """The words of `text` from its `end`-th token on, as typed, less keys and filler; `dates`:
    words shaped like a key that are dates of the note ("đã gửi ngày 12/4"), kept."""
    return note_between(text, end, len(tokenize(text)), dates)


def note_between(text: str, end: int, stop: int, dates: frozenset[str] = frozenset()) -> str:
    """The words of `text` from its `end`-th token to its `stop`-th, as typed, less keys and
    filler (`dates` kept: see `note_after`)."""
    kept = [
        word
        for word, (start, _) in token_words(text)
        if end <= start < stop and (not whole_key_shape(word) or word.strip(".,;:!") in dates)
    ]
    return "" if only_filler(kept) else trim_filler(" ".join(kept))


def talk_to_bot(tokens: list[Token]) -> bool:
    """Words asking the bot why or speaking of its reminders ("mà sao vẫn nhắc", "sao chưa thấy
    cập nhật?"): said to the bot, not of the row or task."""
    if not tokens:
        return False
    typed = " ".join(t.raw for t in tokens)
    return (
        bool(WHY_PHRASES.positions(tokens))
        or any(t in BOT_ACTS for t in tokens)
        or reads_as_question(typed)
    )


def kept_note(note: str) -> tuple[str, str]:
    """The note a statement keeps, and what it leaves out, as typed: a note made only of talk to
    the bot (`talk_to_bot`) is no note, nor a clause of it opened by "mà" ("đã nộp rồi mà sao vẫn
    nhắc", "xong rồi, chờ ký mà sao vẫn nhắc": "chờ ký" kept). The officer is told what was left
    out (the offer says it); nothing of it is written."""
    tokens = tokenize(note)
    places = [m.start() for m in re.finditer(r"\S+", note)]
    for at, (_, (start, _)) in zip(places, token_words(note), strict=True):
        if start < len(tokens) and tokens[start] in BUT_WORDS and talk_to_bot(tokens[start + 1 :]):
            head = note[:at].rstrip(" ,;.")
            kept = "" if only_filler(head.split()) else trim_filler(head)
            if kept:
                return kept, note[at:].strip(" ,;.")
            break
    return ("", note.strip()) if talk_to_bot(tokens) else (note, "")


def sent_to_only(note: str) -> str:
    """The words of a note that only say where a document went ("cho so tttt", "về Sở TT&TT"):
    the unit's name after them, for the caller to check against the register; "" otherwise."""
    tokens = tokenize(note)
    n = 0
    while n < len(tokens) and tokens[n] in SENT_TO_WORDS:
        n += 1
    if n == 0 or n == len(tokens):
        return ""
    return " ".join(t.raw for t in tokens[n:])


# How a document went outside the bot, in the words of the bot's own offer ("ngoài bot (văn
# bản, e-mail)"): said of the sending, which the offer already records, not of the task
SENT_BY = MarkedPhrases(
    (
        "qua mail",
        "qua email",
        "qua e mail",
        "qua thư điện tử",
        "bằng mail",
        "bằng email",
        "bằng văn bản",
        "bằng giấy",
        "qua bưu điện",
    )
)


def sending_left_out(note: str, is_recipient: Callable[[str], bool]) -> tuple[str, str]:
    """The note of a task said sent, less the words that only say how it went ("qua mail") and
    to whom ("cho so tttt": a unit `is_recipient` reads as the task's recipient), and those
    words, as typed: ("", "qua mail cho so tttt"), ("thiếu chữ ký số", "qua mail"). The offer
    says what it leaves out; anything else typed is kept as typed."""
    tokens = tokenize(note)
    drop = SENT_BY.positions(tokens)
    for i, token in enumerate(tokens):
        if token not in SENT_TO_WORDS:
            continue
        # the longest run of words after "cho" that names the recipient whole
        for j in range(len(tokens), i + 1, -1):
            if is_recipient(" ".join(t.raw for t in tokens[i + 1 : j])):
                drop.update(range(i, j))
                break
    # only where they open or close the note, as the sending's own words do ("qua mail, còn
    # thiếu chữ ký số"); inside a clause of its own they are that clause's ("file gốc sẽ gửi
    # qua mail sau")
    left, right = 0, len(tokens)
    while left < right and (left in drop or tokens[left].fold in FILLER):
        left += 1
    while right > left and (right - 1 in drop or tokens[right - 1].fold in FILLER):
        right -= 1
    drop = {i for i in drop if i < left or i >= right}
    if not drop:
        return note, ""
    kept: list[str] = []
    dropped: list[str] = []
    for word, (start, end) in token_words(note):
        gone = start < end and all(k in drop for k in range(start, end))
        (dropped if gone else kept).append(word)
    rest = "" if only_filler(kept) else trim_filler(" ".join(kept))
    return rest, " ".join(dropped).strip(" ,;.")
