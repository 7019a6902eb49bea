"""Asking how to register with the bot: "đăng ký thế nào ạ", "dang ky", "làm sao để đăng ký",
perhaps after clauses that only greet or say who writes ("chào bạn, mình là cán bộ VP UBND
huyện …, đăng ký thế nào"). From someone not yet registered it asks about /dangky, not about
the services whose titles open with "Đăng ký" (ux37 #8). The verb with anything else ("đăng ký
khai sinh", "đăng ký kinh doanh hạn khi nào") names a service: not this.

An agency named in the introduction is read too, tolerating a few words before its name ("VP
UBND huyện …": the office of that unit), so that its /dangky can be offered; it is only offered.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from knowledge.language.text import MarkedWords, Token, fold, tokenize
from knowledge.language.vocabulary import CHAT_WORDS
from knowledge.reader.greetings import GREETINGS, JOINING, NEWCOMER

# the verb, as typed: "đăng ký", "dang ki"; "đk" alone is too often "điều kiện"
_VERB = (("dang", "ky"), ("dang", "ki"))
_VERB_MARKED = MarkedWords("đăng ký kí")
# how, where, and what may stand around asking it: "thế nào", "làm sao", "như nào", "ntn", "ở
# đâu", "cách", "để", "muốn", "cần", "phải", "gì", "tài khoản", "sử dụng", "dùng" (the bot)
_HOW = MarkedWords(
    "thế nào sao ra như ntn làm đâu ở cách thì phải cần gì để muốn tài khoản sử dụng dùng"
)
# the writer, opening a clause that says who they are: "mình", "em", "tôi"
_SELF = MarkedWords("mình em tôi tui tớ")
# a clause ends at punctuation (not between two numbers: "mẫu 01.2")
_CLAUSE_END = re.compile(r"(?<!\d)[,;:.!?]+|[,;:.!?]+(?!\d)")
_LEADING = 3  # words that may stand before an agency's name in an introduction ("VP", "phòng …")


@dataclass(frozen=True)
class RegisterAsked:
    """How to register asked; the agency the writer says they work at, when one is named."""

    agency: str | None


def _verb_positions(tokens: Sequence[Token]) -> set[int]:
    found: set[int] = set()
    for i in range(len(tokens) - 1):
        pair = (tokens[i].fold, tokens[i + 1].fold)
        if pair in _VERB and tokens[i] in _VERB_MARKED and tokens[i + 1] in _VERB_MARKED:
            found.update((i, i + 1))
    return found


def _asks_how(tokens: Sequence[Token], verb: set[int]) -> bool:
    """The verb, with nothing beside it but how or where it is done and talk."""
    return all(i in verb or t in _HOW or t in CHAT_WORDS for i, t in enumerate(tokens))


def _introduces(tokens: Sequence[Token]) -> bool:
    """A clause that greets ("chào bạn") or opens with the writer ("mình là cán bộ …")."""
    greeting = GREETINGS.positions(tokens)
    if greeting and all(i in greeting or t in CHAT_WORDS for i, t in enumerate(tokens)):
        return True
    first = next((i for i, t in enumerate(tokens) if i not in greeting), None)
    return first is not None and tokens[first] in _SELF


def _workplace(tokens: Sequence[Token], whole_agency: Callable[[str], str | None]) -> str | None:
    """The agency an introduction names after the writer and their post ("mình là cán bộ VP
    UBND huyện Lâm Bình"), a few leading words ("VP") aside."""
    post = NEWCOMER.positions(tokens)
    at = 0
    while at < len(tokens) and (
        at in post or tokens[at] in _SELF or tokens[at] in JOINING or tokens[at] in CHAT_WORDS
    ):
        at += 1
    typed = {t.fold for t in tokens}
    for start in range(at, min(at + _LEADING, len(tokens))):
        for end in range(len(tokens), start, -1):
            agency = whole_agency(" ".join(t.raw for t in tokens[start:end]))
            # its name as typed, every word: "vp ubnd huyện lâm bình" is not "Văn phòng UBND
            # tỉnh", which the words from "vp" on are close to, but the unit named after "vp"
            if agency is not None and set(fold(agency).split()) <= typed:
                return agency
    return None


def register_asked(text: str, whole_agency: Callable[[str], str | None]) -> RegisterAsked | None:
    """How to register, asked in one clause of the verb and how, the others only greeting or
    introducing the writer; None for anything else. `whole_agency`: the agency a whole text
    names (Agencies.whole)."""
    if text.lstrip().startswith("/"):
        return None
    clauses = [tokens for piece in _CLAUSE_END.split(text) if (tokens := tokenize(piece))]
    asking = [(n, verb) for n, tokens in enumerate(clauses) if (verb := _verb_positions(tokens))]
    if len(asking) != 1:
        return None
    at, verb = asking[0]
    if not _asks_how(clauses[at], verb):
        return None
    others = [tokens for n, tokens in enumerate(clauses) if n != at]
    if not all(_introduces(tokens) for tokens in others):
        return None
    named = (
        _workplace(tokens, whole_agency) for tokens in others if not GREETINGS.positions(tokens)
    )
    return RegisterAsked(next((a for a in named if a is not None), None))
