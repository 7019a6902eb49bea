"""A question that asks for a list ("những mục nào", "danh sách dịch vụ của sở em") rather than
for one service, and where a run of phrases stands in its words."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence

from knowledge.language.progress_words import (
    ASPECT_WORDS,
    DONE_WORDS,
    LATE_WORDS,
    LIST_REQUEST_PHRASES,
    OWED_AFTER_ASPECT,
    PENDING_WORDS,
)
from knowledge.language.vocabulary import DUTY_PHRASES, INTERROGATIVES
from knowledge.reader.parse import Parsed

LIST_NOUNS = {"muc", "viec", "vu"}
YEAR_WORD = "nam"  # "năm 2021"
PLURAL_WORDS = {"cac", "nhung"}


def phrase_spans(
    folds: Sequence[str], phrases: Sequence[tuple[str, ...]]
) -> list[tuple[int, int]]:
    """Where each of the phrases stands in the folded words: (start, end) of every match, phrase
    by phrase in their order, each from the left."""
    heads, empty = _heads(phrases)
    # (phrase's place, start, end): a question's word is looked up among the phrases' first
    # words, not compared with each phrase's (~7 calls an ask over a dozen phrases each)
    found = [(n, i, i) for n in empty for i in range(len(folds) + 1)] if empty else []
    size = len(folds)
    for i, fold in enumerate(folds):
        if fold not in heads:
            continue  # most words start no phrase
        for n, phrase in heads[fold]:
            end = i + len(phrase)
            if end <= size and tuple(folds[i:end]) == phrase:
                found.append((n, i, end))
    if not found:
        return []
    found.sort()
    return [(start, end) for _, start, end in found]


# each phrase list's `_by_head` by the list's identity, held with the list (its id stays its
# own): the lists are the vocabularies' constants, hashed whole at each of ~5 calls an ask
_HEADS: dict[int, tuple[Sequence[tuple[str, ...]], tuple[dict, list[int]]]] = {}


def _heads(
    phrases: Sequence[tuple[str, ...]],
) -> tuple[dict[str, list[tuple[int, tuple[str, ...]]]], list[int]]:
    held = _HEADS.get(id(phrases))
    if held is not None and held[0] is phrases:
        return held[1]
    found = _by_head(tuple(phrases))
    if len(_HEADS) >= 64:
        _HEADS.clear()
    _HEADS[id(phrases)] = (phrases, found)
    return found


@functools.lru_cache(maxsize=64)
def _by_head(
    phrases: tuple[tuple[str, ...], ...],
) -> tuple[dict[str, list[tuple[int, tuple[str, ...]]]], list[int]]:
    """The phrases by their first word, each with its place in the list; and the places of the
    empty ones (an empty phrase stands everywhere). The lists are the vocabularies' constants,
    so this is read once each."""
    heads: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for n, phrase in enumerate(phrases):
        if phrase:
            heads.setdefault(phrase[0], []).append((n, phrase))
    return heads, [n for n, phrase in enumerate(phrases) if not phrase]


def asks_for_a_list(parsed: Parsed) -> bool:
    """ "những mục nào", "dịch vụ gì", "những gì": the question wants a list, not one service."""
    tokens = parsed.tokens
    domain = {i for s in parsed.others if s.kind == "domain" for i in range(s.start, s.end)}
    for i, t in enumerate(tokens):
        if t not in INTERROGATIVES or i == 0:
            continue
        before = tokens[i - 1].fold
        if i - 1 in domain or before in LIST_NOUNS or before in ("nhung", "cac"):
            return True
        if before == "la" and _owned_list(parsed, i - 1):
            return True
    return (
        bool(list_request(parsed)) or _plural_list(parsed) or _duty_what(parsed) or counted(parsed)
    )


def _duty_what(parsed: Parsed) -> bool:
    """ "sở mình phụ trách gì", "được phân công gì", "có trách nhiệm gì": the verb of a unit's
    duty right before "gì"/"nào" asks what it is charged with, a list, whoever is the subject
    (the noun "nhiệm vụ" before "nào" names a task instead: "nhiệm vụ nào hạn 20/4")."""
    duties = DUTY_PHRASES.positions(parsed.tokens)
    return any(
        t in INTERROGATIVES and i - 1 in duties and parsed.tokens[i - 1].fold != "vu"
        for i, t in enumerate(parsed.tokens)
        if i
    )


def agency_list_asked(parsed: Parsed, strong: bool) -> bool:
    """Whether the question asks for the list of the agency it names: by a list's words
    after a name that is no other wording, or by a count of its rows after any of its names
    ("bên LĐTBXH nhận bao nhiêu mục": "LĐTBXH" is also 406-11's sector, but rows are counted
    of an agency)."""
    return (strong or counted(parsed)) and asks_for_a_list(parsed)


# a count asked before its noun: "bao nhiêu dịch vụ", "mấy mục"
_COUNT_WORDS = (("bao", "nhieu"), ("may",))


def counted(parsed: Parsed) -> bool:
    """Whether the question asks how many rows or services ("được giao bao nhiêu dịch vụ",
    "nhận mấy mục"): a count is of a list, never one service, whatever kind it names after."""
    folds = [t.fold for t in parsed.tokens]
    domain = {i for s in parsed.others if s.kind == "domain" for i in range(s.start, s.end)}
    for i in range(len(folds)):
        for words in _COUNT_WORDS:
            end = i + len(words)
            if (
                tuple(folds[i:end]) == words
                and end < len(folds)
                and (end in domain or folds[end] in LIST_NOUNS)
            ):
                return True
    return False


def _plural_list(parsed: Parsed) -> bool:
    """ "cần xử lý những việc nào về thuế": a list noun made plural, in a question, is the
    list asked for, what follows it the kind of its items."""
    folds = [t.fold for t in parsed.tokens]
    plural = any(a in PLURAL_WORDS and b in LIST_NOUNS for a, b in itertools.pairwise(folds))
    return plural and INTERROGATIVES.any_in(parsed.tokens)


def _owned_list(parsed: Parsed, end: int) -> bool:
    """ "nhiệm vụ của sở mình là gì": a list noun owned by someone, before "là gì"."""
    folds = [t.fold for t in parsed.tokens]

    def owner(at: int) -> bool:
        # the year of the list between ("việc | năm 2021 | của sở mình"): the list's own
        if at + 2 < end and folds[at] == YEAR_WORD and parsed.tokens[at + 1].is_number:
            at += 2
        return folds[at] in OWNER_WORDS or _names_someone(parsed, at)

    def standing_after(at: int) -> int:
        # "việc | còn dở | của sở mình": the list noun's own standing between it and its owner
        while at < end and any(parsed.tokens[at] in words for words in _STANDING):
            at += 1
        return at

    return any(
        folds[k] in LIST_NOUNS and standing_after(k + 1) < end and owner(standing_after(k + 1))
        for k in range(end - 1)
    )


def list_request(parsed: Parsed) -> set[int]:
    """ "danh sách dịch vụ của sở em", "ds các mục bên em", "liệt kê thủ tục": a list asked for
    by its noun, of the services or rows themselves (the domain's words, "mục", "việc" after
    it) — those words' positions, the question's frame; empty when it is not so asked."""
    tokens = parsed.tokens
    folds = [t.fold for t in tokens]
    domain = {i for s in parsed.others if s.kind == "domain" for i in range(s.start, s.end)}
    for i, end in phrase_spans(folds, LIST_REQUEST_PHRASES):
        if end >= len(folds):
            continue
        after = end + (folds[end] in ("cac", "nhung"))
        if after >= len(folds) or not (after in domain or folds[after] in LIST_NOUNS):
            continue
        # whose list, or nothing more: "… của sở em", "… bên em"; not a list that is a
        # deliverable of its own ("danh sách DVC đủ điều kiện … gửi khi nào")
        rest = after + 1
        while rest < len(folds) and rest in domain:
            rest += 1
        if rest == len(folds) or folds[rest] in OWNER_WORDS or _names_someone(parsed, rest):
            return set(range(i, end))
    return set()


# how far along a list's items are, said after its noun: "còn dở", "chưa xong", "đang trễ"
_STANDING = (ASPECT_WORDS, OWED_AFTER_ASPECT, PENDING_WORDS, LATE_WORDS, DONE_WORDS)
OWNER_WORDS = {"cua", "ben", "thuoc"}  # "danh sách dịch vụ của / bên / thuộc …"


def _names_someone(parsed: Parsed, at: int) -> bool:
    """An agency, or the asker ("sở em"), named from position `at`."""
    return any(m.start == at for m in parsed.agencies) or any(
        s.kind == "self" and s.start == at for s in parsed.others
    )
