"""Words said to the bot rather than of the work: asking it why ("tại sao", "sao vẫn …") and
speaking of its own reminders ("nhắc"). A status statement's note is the officer's note about the
row or task; a clause of such talk after the status ("đã nộp rồi mà …") is no note
(knowledge/reader/typed_notes.py). Reviewed lexicon data, as taking_back.py."""

from __future__ import annotations

from knowledge.language.text import MarkedPhrases, MarkedWords

# Asking why: the function word "sao" with what makes it ask ("tại", "vì", "mà" before it; "vẫn",
# "còn", "lại", "cứ" after it), never "sao" alone ("bản sao", a copy, is catalogue wording).
WHY_PHRASES = MarkedPhrases(
    ("tại sao", "vì sao", "mà sao", "sao vẫn", "sao còn", "sao lại", "sao cứ", "sao chưa")
)
# The bot's own act: what it does to the officer, not what the officer did to the item.
BOT_ACTS = MarkedWords("nhắc")
# "mà" opening a clause said against what came before ("đã nộp rồi mà …")
BUT_WORDS = MarkedWords("mà")
# Words that only say where a document went ("cho Sở TT&TT", "về Sở", "lên tỉnh"): before a
# unit's name, the task's recipient, which the task itself names.
SENT_TO_WORDS = MarkedWords("cho về tới lên đến sang")
