"""A registration typed as a sentence ("dang ky so y te", "em xin đăng ký cán bộ Sở Tư pháp"),
perhaps after opening clauses that only greet or say who writes ("chào bot, …", "em là cán bộ
<unit>, …": ux31 #3), or where the writer works said beside asking how to register or use the
bot ("mình ở sở tư pháp, đăng ký thế nào"): the agency it names, offered as /dangky's button is
(nothing is requested before the press). Read as a question, it found "Đăng ký …" services."""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.language.text import Token, tokenize
from knowledge.language.vocabulary import CHAT_WORDS, MarkedWords
from knowledge.reader.greetings import GREETINGS, JOINING, NEWCOMER

# the verb, as typed: "đăng ký", "dang ki", "đk", "dk"
_REGISTER = (("dang", "ky"), ("dang", "ki"))
_REGISTER_SHORT = frozenset({"dk", "đk"})
# what may stand around the verb and the agency: "muốn", "xin", "làm cán bộ của", "cho", "vào"
_AROUND = MarkedWords("muốn xin làm cán bộ của cho vào là thuộc tại tài khoản")
# the writer, saying where they work: "mình", "em", "tôi" ...
_SELF = MarkedWords("mình em tôi tui tớ")
# ... and how they belong there: "ở", "bên", "thuộc", "làm ở", "công tác tại", "là cán bộ của"
_AT = MarkedWords("ở tại thuộc bên của")
# the writer's side before them: "bên em là <unit>", "phía mình là <unit>" say the unit is theirs
_SIDE = MarkedWords("bên phía")
_WORKING = MarkedWords("ở tại thuộc bên của làm việc là cán bộ công tác đang")
# using the bot, beside registering with it: "dùng bot thế nào", "sử dụng như nào"
_USE = (("su", "dung"), ("dung",))
# how, and what may stand around such an asking: "thế nào", "sao", "ra sao", "như nào", "ntn",
# "ở đâu", "cách", "thì", "phải", "cần", "bot"
_HOW = MarkedWords("thế nào sao ra như ntn làm đâu ở cách thì phải cần gì bot vậy")
# a clause ends at punctuation (not between two numbers: "mẫu 01.2")
_CLAUSE_END = re.compile(r"(?<!\d)[,;:.!]+|[,;:.!]+(?!\d)")


def _verb_end(tokens: list[Token]) -> int | None:
    """Where the verb ends, when the text opens with it (after talk: "em xin đăng ký")."""
    for i, token in enumerate(tokens):
        if token.raw.lower() in _REGISTER_SHORT:
            return i + 1
        if tuple(t.fold for t in tokens[i : i + 2]) in _REGISTER:
            return i + 2
        if token not in CHAT_WORDS and token not in _AROUND:
            return None
    return None


def registration_named(text: str, whole_agency: Callable[[str], str | None]) -> str | None:
    """The agency a registration sentence names; None for anything else ("đăng ký kinh doanh"
    is a service). `whole_agency`: the agency a whole text names (Agencies.whole)."""
    if text.lstrip().startswith("/"):
        return None
    pieces = _CLAUSE_END.split(text)
    for cut in range(len(pieces)):
        agency = _named(tokenize(" ".join(pieces[cut:]) if cut else text), whole_agency)
        if agency is not None:
            # the clauses before the verb's only greet or say who writes: read only then (every
            # text typed passes here, and few open a clause with the verb)
            opening = all(_opening(tokenize(p), whole_agency) for p in pieces[:cut])
            return agency if opening else None
    return None


def _opening(tokens: list[Token], whole_agency: Callable[[str], str | None]) -> bool:
    """A clause that only greets ("chào bot", "xin chào") or says who writes and where ("em là
    cán bộ <unit>", "mình ở <unit>", "em là cán bộ mới"): nothing asked in it."""
    greeting = GREETINGS.positions(tokens)
    named: set[int] = set()
    for start, token in enumerate(tokens):
        if token not in _SELF or named:
            continue
        at = start + 1
        while at < len(tokens) and (tokens[at] in _WORKING or tokens[at] in JOINING):
            at += 1
        for end in range(len(tokens), at, -1):
            if whole_agency(" ".join(t.raw for t in tokens[at:end])) is not None:
                named = set(range(at, end))
                break
    post = NEWCOMER.positions(tokens)
    said = greeting or any(t in _SELF for t in tokens)
    return (
        bool(tokens)
        and bool(said)
        and all(
            i in greeting or i in named or i in post or t in CHAT_WORDS or t in _WORKING
            for i, t in enumerate(tokens)
        )
    )


def _named(tokens: list[Token], whole_agency: Callable[[str], str | None]) -> str | None:
    """The agency of a sentence opening with the verb (after talk) and naming it alone."""
    end = _verb_end(tokens)
    if end is None:
        return None
    while end < len(tokens) and tokens[end] in _AROUND:
        end += 1
    last = len(tokens)
    while last > end and tokens[last - 1] in CHAT_WORDS:  # "… ạ", "… nhé"
        last -= 1
    rest = " ".join(t.raw for t in tokens[end:last])
    return whole_agency(rest) if rest else None


def _phrase_at(tokens: list[Token], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """The length of the phrase of `phrases` that opens at `i`, or 0."""
    for phrase in phrases:
        if tuple(t.fold for t in tokens[i : i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _workplace(
    tokens: list[Token], whole_agency: Callable[[str], str | None]
) -> tuple[str, int, int] | None:
    """The agency a writer says they work at ("mình ở sở tư pháp", "bên em là UBND huyện …"),
    and the span saying it."""
    for start, token in enumerate(tokens):
        if token not in _SELF:
            continue
        at = start + 1
        while at < len(tokens) and tokens[at] in _WORKING:
            at += 1
        side = start > 0 and tokens[start - 1] in _SIDE
        if not side and not any(t in _AT for t in tokens[start + 1 : at]):
            continue
        if side:
            start -= 1
        for end in range(len(tokens), at, -1):
            agency = whole_agency(" ".join(t.raw for t in tokens[at:end]))
            if agency is not None:
                return agency, start, end
    return None


def workplace_registration(text: str, whole_agency: Callable[[str], str | None]) -> str | None:
    """The agency a writer says they work at, beside asking how to register or use the bot and
    nothing else ("mình ở sở tư pháp, đăng ký thế nào", "em làm ở STP, dùng bot sao"): from
    someone not registered, that agency's /dangky. None when anything else is asked beside
    ("em ở sở tư pháp, đăng ký kinh doanh hạn khi nào" asks of a service)."""
    if text.lstrip().startswith("/"):
        return None
    tokens = tokenize(text)
    found = _workplace(tokens, whole_agency)
    if found is None:
        return None
    agency, start, end = found
    rest = tokens[:start] + tokens[end:]
    verb = False
    i = 0
    while i < len(rest):
        size = _phrase_at(rest, i, (*_REGISTER, *_USE))
        if size or rest[i].raw.lower() in _REGISTER_SHORT:
            verb = True
            i += size or 1
            continue
        if rest[i] not in CHAT_WORDS and rest[i] not in _AROUND and rest[i] not in _HOW:
            return None
        i += 1
    return agency if verb else None
