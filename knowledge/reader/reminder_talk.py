"""Reminders switched on or off in words ("tắt nhắc nhở", "nhac nho bat lai", "đừng nhắc nữa"):
answered with /nhacnho's exact command, since the setting changes only on the command. Read
only when the whole message is this talk, so a question about a deadline never is."""

from __future__ import annotations

from knowledge.language.text import MarkedWords, tokenize
from knowledge.language.vocabulary import CHAT_WORDS

_REMIND = MarkedWords("nhắc nhở thông báo tin")
_ON = MarkedWords("bật mở on")
_OFF = MarkedWords("tắt dừng ngừng off đừng thôi")
# what may stand around: "lại", "giúp", "cho em", "hạn", "hằng ngày", "nữa"
_AROUND = MarkedWords("lại giúp hạn hằng ngày nữa việc tự động không")
MAX_WORDS = 10


def reminders_asked(text: str) -> str | None:
    """ "on" or "off" when the text only asks to switch the reminders; None for anything else."""
    if text.lstrip().startswith("/"):
        return None
    tokens = tokenize(text)
    if not tokens or len(tokens) > MAX_WORDS or not any(t.fold == "nhac" for t in tokens):
        return None
    on, off = any(t in _ON for t in tokens), any(t in _OFF for t in tokens)
    if on == off:
        return None
    talk = all(
        t in _REMIND or t in _ON or t in _OFF or t in _AROUND or t in CHAT_WORDS for t in tokens
    )
    return ("on" if on else "off") if talk else None
