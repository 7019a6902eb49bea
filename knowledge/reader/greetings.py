"""A greeting with the asker introducing themself ("xin chào bot, em là cán bộ mới", "chào ad,
mình là chuyên viên mới ở sở y tế"): a newcomer, who wants the help (ux26), not "Tôi chưa
hiểu". General Vietnamese: greetings, the nouns a civil servant names their post by, and the
words that join them to a unit; nothing else may stand in the message."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from knowledge.language.text import MarkedPhrases, MarkedWords, Token
from knowledge.language.vocabulary import CHAT_WORDS

GREETINGS = MarkedPhrases(("xin chào", "chào", "hello", "hi"))
# a post ("cán bộ", "chuyên viên") or being new ("mới")
NEWCOMER = MarkedPhrases(("cán bộ", "chuyên viên", "nhân viên", "công chức", "viên chức", "mới"))
# what joins the asker to the post or the unit: "em là …", "… ở / tại / thuộc / của sở …"
JOINING = MarkedWords("là ở tại thuộc của làm vào về bên phía")


def introduced(tokens: Sequence[Token], named: Collection[int]) -> bool:
    """A greeting and an introduction, and nothing else: the units named (`named`, their
    positions) and the talk around them aside."""
    greeting = GREETINGS.positions(tokens)
    post = NEWCOMER.positions(tokens)
    if not greeting or not post:
        return False
    return all(
        i in greeting or i in post or i in named or t in CHAT_WORDS or t in JOINING
        for i, t in enumerate(tokens)
    )
