"""Messages that are no question and no statement: an acknowledgement ("ok em biết rồi", "cảm
ơn", "👍") and a message too long to be one question. Both got the "Tôi chưa hiểu" help block
with examples, which reads as the bot not having understood a plain "ok"."""

from __future__ import annotations

from knowledge.language.text import MarkedWords, tokenize
from knowledge.reader.asking import asks_deadline
from knowledge.reader.parse import Parsed
from knowledge.reader.reading import Reading
from knowledge.reader.residue import Residue

# The words an acknowledgement is made of, and nothing else: agreeing ("ok", "vâng", "dạ", "ừ"),
# knowing or having received ("biết rồi", "rõ", "nhận được"), thanking, the pronouns and the
# particles around them. A word that asks ("hỏi", "không", "chưa", "sao") makes it a question.
ACK_WORDS = MarkedWords(
    "ok oke okie okay okela vâng dạ ừ ừm uh ừa rõ biết nhận được rồi đã cảm cám ơn thanks thank"
    " tks thks em anh chị mình tôi tớ bot ad ạ nhé nha nhá nhiều lắm"
)
# Where an acknowledgement's own word must stand: "em biết rồi" alone is one too.
ACK_HEADS = MarkedWords(
    "ok oke okie okay okela vâng dạ ừ ừm uh ừa rõ biết nhận cảm cám thanks thank tks thks"
)
# A question is a sentence or two: a message longer than this is a report or a pasted text,
# which the reader is not made to read as one question.
MAX_QUESTION_CHARS = 1000


def acknowledges(text: str) -> bool:
    """ "ok em biết rồi", "dạ vâng ạ", "cảm ơn bot", "👍", "🙏🙏": nothing asked, nothing said
    of the work."""
    stripped = text.strip()
    if not stripped:
        return False
    if not any(ch.isalnum() for ch in stripped):
        return True  # emoji and punctuation only
    tokens = tokenize(stripped)
    return (
        bool(tokens)
        and all(t in ACK_WORDS for t in tokens)
        and any(t in ACK_HEADS for t in tokens)
        and "?" not in stripped
    )


def too_long(text: str) -> bool:
    return len(text) > MAX_QUESTION_CHARS


def outing(reader: Residue, parsed: Parsed, reading: Reading | None) -> bool:
    """A question read as nothing the bot knows, with a period and words no title holds, that
    asks no deadline ("cuối tuần đi <a district> chơi có vui không"): the place named in it is
    where the asker goes, not the district's unit whose deadlines a period would list."""
    return bool(
        reading is not None
        and reading.intent == "unknown"
        and parsed.periods
        and reader.foreign(parsed)
        and not asks_deadline(parsed)
    )
