"""An officer asking the bot why it reminds them ("tại sao bot nhắc em", "đã nộp rồi mà sao vẫn
nhắc"): words said to the bot about its own reminders (knowledge/language/bot_talk.py: a why and
the bot's act), naming no row nor task. Answered with what the unit still has recorded as
unsent, never read as a status of one guessed item (ux36 #6), nor left "not understood"."""

from __future__ import annotations

from knowledge.language.bot_talk import BOT_ACTS, WHY_PHRASES
from knowledge.language.text import tokenize
from knowledge.reader.capnhat_line import whole_key_shape

MAX_WORDS = 16  # a complaint, not a paragraph that happens to hold these words


def asks_why_reminded(text: str) -> bool:
    """Whether `text` asks why the bot reminds: a why and "nhắc", no key typed, no command."""
    if text.lstrip().startswith("/"):
        return False
    tokens = tokenize(text)
    if not tokens or len(tokens) > MAX_WORDS or any(whole_key_shape(w) for w in text.split()):
        return False
    return any(t in BOT_ACTS for t in tokens) and bool(WHY_PHRASES.positions(tokens))
