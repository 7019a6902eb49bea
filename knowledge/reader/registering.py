"""A registration typed as a sentence ("dang ky so y te", "em xin đăng ký cán bộ Sở Tư pháp"):
the agency it names, offered as /dangky's button is (nothing is requested before the press).
Read as a question it found services titled "Đăng ký …" instead."""

from __future__ import annotations

from collections.abc import Callable

from knowledge.language.text import Token, tokenize
from knowledge.language.vocabulary import CHAT_WORDS, MarkedWords

# the verb, as typed: "đăng ký", "dang ki", "đk", "dk"
_REGISTER = (("dang", "ky"), ("dang", "ki"))
_REGISTER_SHORT = frozenset({"dk", "đk"})
# what may stand around the verb and the agency: "muốn", "xin", "làm cán bộ của", "cho", "vào"
_AROUND = MarkedWords("muốn xin làm cán bộ của cho vào là thuộc tại tài khoản")


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
    tokens = tokenize(text)
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
