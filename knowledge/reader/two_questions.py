"""A message that asks two things: "gplx hạn khi nào, mà biểu 02 bên em nộp chưa".

The one reading of the whole answers one of them (a form named decides at once), and the other
was lost without a word. The message's clauses (split as retelling.py splits them, and inside
one at a joining word — "mà", "còn", "với lại", "và" — when the words on both sides ask) that
each ask something of their own — a question word ("gì", "nào", "đâu", "bao giờ") or a closing
"chưa", "không" — are read alone: two or more that each read sure, about different things, are
all answered, in the message's order; a clause that asks and reads as nothing sure, beside one
the whole's reading answers, is named back as not answered. A clause that asks whether the
asker's unit has sent, naming nothing to send ("…, mà bên em nộp chưa"), asks it of the task
the other clause names: it is answered with where the unit stands on that task.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence

from knowledge.language.text import MarkedWords, Token, tokenize
from knowledge.language.vocabulary import INTERROGATIVES, SEND_WORDS
from knowledge.reader.parse import Parsed
from knowledge.reader.reading import Reading
from knowledge.reader.retelling import clauses

# "… nộp chưa", "… có không": a yes-no question; "k", "hk", "hok" are "không" as typed in chat
CLOSING = MarkedWords("chưa không ko hông k hk hok")
# words that join a second question to a first: "… không, mà bên em nộp chưa", "… khi nào còn
# phụ lục 3 gửi khi nào", "… chưa với lại …"; a split only where both sides ask
JOINING = tuple(
    tuple(MarkedWords(w) for w in joint.split())
    for joint in ("mà", "còn", "và", "với lại", "vs lại")
)
# the folded first words of JOINING: a clause with none of them has no joint to split at
_FIRST_FOLDS = frozenset(f for joint in JOINING for f in joint[0].folds)
HOW_MUCH = MarkedWords("giờ lâu nhiêu")  # after "bao": "bao giờ", "bao lâu", "bao nhiêu"
ANSWERED = ("service", "item", "task", "agency", "deadline", "progress", "letter")


def asks(tokens: Sequence[Token]) -> bool:
    """Whether a clause asks something of its own."""
    if not tokens:
        return False
    if INTERROGATIVES.any_in(tokens) or tokens[-1] in CLOSING:
        return True
    return any(a.fold == "bao" and b in HOW_MUCH for a, b in itertools.pairwise(tokens))


def ends_asking(tokens: Sequence[Token]) -> bool:
    """Whether a clause ends on what it asks ("… khi nào", "… không", "… bao giờ"): a question
    whole before a joining word. A question word inside it is the head a relative "mà" or a
    "còn" (still) goes on to qualify: "mục nào đến hạn tuần này | mà bên em chưa làm không",
    "những mục nào | còn chưa xong không" ask one thing."""
    if not tokens:
        return False
    if tokens[-1] in INTERROGATIVES or tokens[-1] in CLOSING:
        return True
    return len(tokens) > 1 and tokens[-2].fold == "bao" and tokens[-1] in HOW_MUCH


def joined(text: str) -> list[str]:
    """A clause split at a joining word where the words before it and the words from it on
    each ask ("sxd có phải nộp mẫu 01 không mà bên em nộp chưa"); else the clause whole."""
    words = text.split()
    tokens = [_word_tokens(w) for w in words]
    if _FIRST_FOLDS.isdisjoint([t.fold for group in tokens for t in group]):
        return [text]  # most messages: no joining word, and the loop below finds none
    for i in range(1, len(words)):
        for joint in JOINING:
            span = [t for k in range(len(joint)) if i + k < len(words) for t in tokens[i + k]]
            if len(span) != len(joint) or not all(
                t in w for t, w in zip(span, joint, strict=True)
            ):
                continue
            before = [t for group in tokens[:i] for t in group]
            after = [t for group in tokens[i + len(joint) :] for t in group]
            if ends_asking(before) and asks(after):
                return [" ".join(words[:i]), *joined(" ".join(words[i:]))]
    return [text]


@functools.lru_cache(maxsize=8192)
def _word_tokens(word: str) -> tuple[Token, ...]:
    """A typed word's tokens, read once: `joined` tries every word of every message, and the
    words officers type are a few thousand (the tokens are only read here, never handed on)."""
    return tuple(tokenize(word))


def _part_tokens(text: str) -> Sequence[Token]:
    """A clause's tokens from its typed words' (`_word_tokens`): the same tokens `tokenize`
    gives, words never running across a space, without building the message's tokens again
    (parse.py built them). An "&" may join the words around it ("TT & TT"): read whole."""
    if "&" in text:
        return tokenize(text)
    return [t for word in text.split() for t in _word_tokens(word)]


def asking_clauses(question: str) -> list[str]:
    """The clauses of the message that ask, when there are two or more; else none."""
    found = [
        part
        for c in clauses(question)
        if not c.aside
        for part in joined(c.text)
        if asks(_part_tokens(part))
    ]
    return found if len(found) > 1 else []


def answered(reading: Reading | None) -> bool:
    return reading is not None and reading.sure and reading.intent in ANSWERED


def left_out(reading: Reading | None) -> bool:
    """A clause read alone as something of its own, not sure (rows or tasks to choose from) or
    not in the catalogue: not the frame of another clause ("…, hạn khi nào" reads as nothing)."""
    return (
        reading is not None
        and reading.intent in (*ANSWERED, "suggest", "absent")
        and not (reading.sure and reading.intent != "absent")
    )


def what(reading: Reading) -> tuple:
    """What a reading answers about, to tell two clauses' readings apart."""
    hits = tuple(h.key for h in reading.hits[:1])
    tasks = tuple(t.id for t in reading.tasks) + ((reading.task.id,) if reading.task else ())
    row = (reading.row.decision, reading.row.number) if reading.row else ()
    return (reading.intent, reading.agency, hits, tasks, row)


def elliptic(parsed: Parsed, reading: Reading | None) -> bool:
    """A clause asking how far a unit is with sending, that names nothing sent: no task, row,
    letter or period of its own ("mà bên em nộp chưa", "còn sở mình gửi chưa")."""
    return (
        reading is not None
        and reading.intent == "progress"
        and reading.agency is not None
        and reading.period is None
        and not (parsed.tasks or parsed.rows or parsed.letters or parsed.periods)
        and SEND_WORDS.any_in(parsed.tokens)
    )


def carried(parts: Sequence[tuple[Parsed, Reading | None]]) -> list[Reading | None]:
    """The clauses' readings, an elliptic clause's (`elliptic`) made the question of where its
    unit stands on the one task another clause is read as, when exactly one task is."""
    named = {r.task for _, r in parts if r is not None and r.sure and r.task is not None}
    if len(named) != 1:
        return [r for _, r in parts]
    task = named.pop()
    return [
        Reading("task", agency=r.agency, task=task, standing=r.standing or "open")
        if r is not None and elliptic(p, r)
        else r
        for p, r in parts
    ]
