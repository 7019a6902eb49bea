"""Whether a line of free text asks or states: an officer's "406-14 xong chưa ạ" is a question,
"406-14 xong rồi" a statement the bot may offer to write. Apart from writes.py, which reads the
statements, because the questions' reader needs no status vocabulary."""

from __future__ import annotations

from knowledge.language.text import Token, tokenize

_ASKING_STARTS = (
    ("cho", "em", "hoi"),
    ("cho", "minh", "hoi"),
    ("cho", "toi", "hoi"),
    ("cho", "hoi"),
    ("xin", "hoi"),
    ("em", "hoi"),
    ("minh", "hoi"),
    ("toi", "hoi"),
    ("hoi",),
    ("lam", "sao"),
    ("sao",),
)
_ASKING_PHRASES = (
    ("bao", "gio"),
    ("bao", "nhieu"),
    ("khi", "nao"),
    ("the", "nao"),
    ("tai", "sao"),
    ("vi", "sao"),
    ("o", "dau"),
    ("lam", "gi"),
    ("la", "gi"),
    ("co", "gi"),
    ("gi",),
    ("nao",),
    ("ai",),
)
# the asking phrases under their first word: a text looks up only those its words open
_PHRASES_AT: dict[str, tuple[tuple[str, ...], ...]] = {}
for _phrase in _ASKING_PHRASES:
    _PHRASES_AT[_phrase[0]] = (*_PHRASES_AT.get(_phrase[0], ()), _phrase)
# "xong chưa ạ", "được không", "phải không nhỉ": the last word asks
_ASKING_ENDS = frozenset({"chua", "khong", "ko", "k", "kg", "hong", "chu", "ha"})
# "chủ" (máy chủ), "hạ" fold like "chứ", "hả": the word as typed must be the asking one
# (typed without marks they are "máy chủ", "Hà": only the marked word asks)
_ASKING_RAW = {"chu": ("chứ",), "ha": ("hả",)}
_TRAILING = frozenset({"a", "ak", "ah", "nhi", "nhe", "vay", "the", "ne", "z", "day"})
# "khi nào Bộ cấp thì làm được", "bao giờ có phần mềm thì triển khai": a time word opening a
# clause that "thì" closes is a condition ("when … then …"), said, not asked — an officer's note
# on what blocks the work reads so.
_CONDITION_OPENS = (("khi", "nao"), ("bao", "gio"), ("luc", "nao"))
_THEN = ("thì", "thi")


def reads_as_question(text: str) -> bool:
    """A question mark, an asking opening ("cho em hỏi"), a question word ("gì", "khi nào",
    "bao giờ") or an asking end ("xong chưa ạ"): the officer asks, they do not state."""
    if "?" in text:
        return True
    tokens: list[Token] = tokenize(text)
    folds = [t.fold for t in tokens]
    if not folds:
        return False
    if any(tuple(folds[: len(s)]) == s for s in _ASKING_STARTS):
        return True
    said: set[int] | None = None  # the conditions' time words, read once a phrase is found
    for i, first in enumerate(folds):
        for phrase in _PHRASES_AT.get(first, ()):
            if tuple(folds[i : i + len(phrase)]) != phrase:
                continue
            if said is None:
                said = _conditions(tokens)
            if i + len(phrase) - 1 in said:
                continue
            # "đầu" folds like "đâu"; "gì" may be typed bare: the raw word decides where it can
            raws = [t.raw.lower() for t in tokens[i : i + len(phrase)]]
            if phrase == ("o", "dau") and raws[1] not in ("dau", "đâu"):
                continue
            return True
    last = len(folds) - 1
    while last > 0 and folds[last] in _TRAILING:
        last -= 1
    raw = tokens[last].raw.lower()
    return folds[last] in _ASKING_ENDS and raw in _ASKING_RAW.get(folds[last], (raw,))


def _conditions(tokens: list[Token]) -> set[int]:
    """The positions of the time words that open a condition: a "thì" after them, with a word
    between and words after it."""
    folds = [t.fold for t in tokens]
    found: set[int] = set()
    for opening in _CONDITION_OPENS:
        for i in range(len(folds) - len(opening) + 1):
            end = i + len(opening)
            if tuple(folds[i:end]) == opening and any(
                t.raw.lower() in _THEN for t in tokens[end + 1 : -1]
            ):
                found |= set(range(i, end))
    return found
