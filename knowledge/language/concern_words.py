"""Reviewed lexicon: the words of asking whether a unit has a part in the plan, and whom to turn
to about it. They name no service and no duty, so without them such a question reads as nothing
the bot knows."""

from __future__ import annotations

from knowledge.language.text import MarkedPhrases

# "<unit> có liên quan 406 không": whether the unit has any part in the plan. Only as a pair:
# "liên" alone is the "liên" of "liên thông", which many titles print.
CONCERN_PHRASES = MarkedPhrases(("liên quan",))
# "… thì liên hệ ai", "đầu mối là ai": whom the unit turns to. Any domain says it so; no title
# of the catalogues prints these pairs.
CONTACT_PHRASES = MarkedPhrases(("liên hệ", "liên lạc", "đầu mối"))
# "đơn vị nào trễ hạn nhiều nhất", "sở nào chậm nhất": a superlative asked of which unit ranks
# the units, whatever the domain (unmarked "nhat" of "cap nhat" is the work's verb: the reader
# leaves it out)
RANK_WORDS = MarkedPhrases(("nhất",))
# which one: "đơn vị nào", "bên nào", "ai"
WHICH_WORDS = MarkedPhrases(("nào", "ai"))
