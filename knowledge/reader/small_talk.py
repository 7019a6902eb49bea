"""Messages that are no question and no statement: an acknowledgement ("ok em biết rồi", "cảm
ơn", "👍") and a message too long to be one question. Both got the "Tôi chưa hiểu" help block
with examples, which reads as the bot not having understood a plain "ok"."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.language.text import MarkedWords, Token, tokenize
from knowledge.reader.asking import asks_deadline
from knowledge.reader.parse import Parsed
from knowledge.reader.reading import Reading
from knowledge.reader.residue import Residue

# The words an acknowledgement is made of, and nothing else: agreeing ("ok", "vâng", "dạ", "ừ"),
# knowing or having received ("biết rồi", "rõ", "nhận được"), thanking, the pronouns and the
# particles around them. A word that asks ("hỏi", "không", "chưa", "sao") makes it a question.
ACK_WORDS = MarkedWords(
    "ok oke okie okay okela vâng dạ ừ ừm uh ừa rõ biết nhận được rồi đã cảm cám ơn thanks thank"
    " tks thks em e anh chị mình tôi tớ bot ad ạ nhé nha nhá nhiều lắm"
)
# A promise after it ("ok e biết rồi, mai gửi", "dạ em sẽ nộp"): an act to come, said with a
# word of the future; an act said alone or with "rồi" ("ok em gửi rồi") is a status, not this.
PROMISE_ACTS = MarkedWords("gửi nộp làm báo cáo")
PROMISE_WHEN = MarkedWords("mai sẽ để chiều sáng tối nay lát nữa tuần sau ngay liền")
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
    acts = [i for i, t in enumerate(tokens) if t in PROMISE_ACTS]
    # "rồi" after the act says it done: a status to write (ux22 #10 kept it apart)
    done = bool(acts) and any(t.fold == "roi" for t in tokens[acts[0] :])
    promise = bool(acts) and not done and any(t in PROMISE_WHEN for t in tokens)
    return (
        bool(tokens)
        and all(
            t in ACK_WORDS or (promise and (t in PROMISE_ACTS or t in PROMISE_WHEN))
            for t in tokens
        )
        and any(t in ACK_HEADS for t in tokens)
        and "?" not in stripped
    )


# A new officer saying who they are ("chào bot, em là cán bộ Sở Tư pháp"): the words around
# their agency's name when nothing is asked.
INTRO_WORDS = MarkedWords(
    "chào xin kính chào bot bạn ad admin em e anh chị mình tôi tớ là cán bộ công chức viên chức"
    " của ở thuộc bên làm tại mới ạ nhé nha"
)


def introduces(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether the words outside an agency's mention (`start`:`end`) only introduce the one who
    writes: then they are a new officer naming their agency (a /dangky hint is due)."""
    rest = [t for i, t in enumerate(tokens) if not start <= i < end]
    return all(t in INTRO_WORDS for t in rest)


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
