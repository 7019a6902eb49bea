"""An officer asking the bot why it reminds them ("tại sao bot nhắc em", "đã nộp rồi mà sao vẫn
nhắc"): words said to the bot about its own reminders (knowledge/language/bot_talk.py: a why and
the bot's act), naming no row nor task. Answered with what the unit still has recorded as
unsent, never read as a status of one guessed item (ux36 #6), nor left "not understood"."""

from __future__ import annotations

from knowledge.language.bot_talk import BOT_ACTS, WHY_PHRASES
from knowledge.language.text import MarkedPhrases, MarkedWords
from knowledge.reader.short_remarks import remark_tokens
from knowledge.reader.status_alone import bare_status

MAX_WORDS = 16  # a complaint, not a paragraph that happens to hold these words


def asks_why_reminded(text: str) -> bool:
    """Whether `text` asks why the bot reminds: a why and "nhắc", no key typed, no command."""
    tokens = remark_tokens(text, MAX_WORDS)
    if tokens is None:
        return False
    return any(t in BOT_ACTS for t in tokens) and bool(WHY_PHRASES.positions(tokens))


# A unit objecting to being reminded of what it only supports ("bên em chỉ phối hợp thôi mà",
# "đâu phải chủ trì"): the supporting role's words, with what says "only" or "not the lead".
_SUPPORT = MarkedPhrases(("phối hợp",))
_LEAD = MarkedPhrases(("chủ trì",))
_ONLY = MarkedWords("chỉ thôi")
_NOT = MarkedWords("không ko k đâu chẳng")
_BE = frozenset({"phai", "co", "la"})  # folded: between the denial and "chủ trì"


def objects_to_role(text: str) -> bool:
    """Whether `text` objects that the unit only supports (ux38 #4): "phối hợp" with "chỉ" or
    "thôi", or "chủ trì" denied; no key, no command, no status said (a statement's "đã phối hợp
    xong" is a status of the row, read elsewhere)."""
    tokens = remark_tokens(text, MAX_WORDS)
    if tokens is None:
        return False
    support = _SUPPORT.positions(tokens)
    if support and _ONLY.any_in(tokens):
        return bare_status(text) is None
    lead = sorted(_LEAD.positions(tokens))
    if not lead:
        return False
    at = lead[0] - 1  # "không chủ trì", "đâu phải chủ trì", "ko có chủ trì"
    if at > 0 and tokens[at].fold in _BE:
        at -= 1
    return at >= 0 and tokens[at] in _NOT
