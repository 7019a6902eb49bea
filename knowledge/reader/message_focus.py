"""A long polite message read for what it asks: "Kính gửi anh chị quản trị, tôi là chuyên viên
… Cho tôi được hỏi tháng 11 có những dịch vụ nào phải hoàn thành ạ? Xin cảm ơn."

Such a message has parts, read off its punctuation: courtesy (an opening address, thanks, a
closing; courtesy.py), which carries nothing; the background (who the asker is, what their unit
does, what happened), which asks nothing; and the part that asks (a question mark, a question
word, a closing "không"/"chưa"). The question is read from the part that asks: a period, an
agency or a word of standing the background names is its context, not what is asked. The
background still tells the subject when the asking part points back at it ("Dịch vụ này …",
"văn bản đó") or reads as nothing answerable alone ("Có trong danh mục không ạ?"): then the
message is read whole, its courtesy aside. A closing clause of why the asker asks ("…, để tôi
báo cáo lãnh đạo") is no part of the question either.

The parts are spans of the one parse's tokens (`sliced`): no word is read twice.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from knowledge.language.courtesy import (
    ABOUT,
    COURTESY,
    INCLUDING,
    ON_BEHALF,
    OPENING,
    POINTING_BACK,
    PURPOSE,
)
from knowledge.language.text import MarkedWords, Token, Tokens, tokenize, words
from knowledge.language.vocabulary import FIRST_PERSON, INTERROGATIVES
from knowledge.reader.asking import standing_word
from knowledge.reader.parse import ASKING_WORDS, Parsed
from knowledge.reader.row_refs import Pairs
from knowledge.reader.two_questions import HOW_MUCH, asks

# A sentence ends at ".", "?", "!" or "…" before a space, or at a line break; "30.9" and "4/2021"
# hold no break.
_SENTENCE = re.compile(r"(?<=[.?!…])\s+|\n+")
# "(hỏi hộ đồng chí …) …": a parenthesis opening a sentence, and the rest
# "hỏi hộ đồng chí …: …" too, where the words before the colon say who relays it
_OPENING_ASIDE = re.compile(r"^(\s*\([^()]*\)|[^:()?]{1,60}:)(.*)$", re.S)
# "hạn tỉnh giao là tháng mấy ạ", "ngày mấy": a part asking a number of the calendar asks, as a
# question word does, though the background never holds it (it tells, it does not ask)
_ASKS_A_NUMBER = MarkedWords("mấy")
# a comma splits a sentence's courtesy from the rest, but not one between two numbers ("mức 2, 3")
_COMMA = re.compile(r"(?<!\d),|,(?!\s*\d)")


@dataclass(frozen=True)
class Part:
    start: int  # the span of the parse's tokens
    end: int
    text: str
    kind: str  # courtesy | asking | told


@dataclass(frozen=True)
class Focus:
    """asking: the part that asks, its background aside (None when the message has no
    background beside one part that asks, or that part points back at it); whole: what the
    question leans on, from the background told right before it (the message without its
    courtesy, the parse itself when it has none, where no part asks alone)."""

    asking: Parsed | None
    whole: Parsed
    # a yes/no part after the background: its agency's list is no answer, the message read
    # whole, courtesy aside, is
    yes_no: Parsed | None = None


def focused(parsed: Parsed, compounds: Pairs = frozenset()) -> Focus:
    """compounds: the word pairs the documents print (a relay's "hộ" is no "hộ chiếu")."""
    if parsed.is_help:
        return Focus(None, parsed)  # "chào anh chị, tôi là chuyên viên mới": the greeting is it
    parts = message_parts(parsed, compounds)
    if parts is None:
        return Focus(None, parsed)
    core = [p for p in parts if p.kind != "courtesy"]
    if not core:
        return Focus(None, parsed)
    asking = [p for p in core if p.kind == "asking"]
    end = core[-1].end
    if asking and asking[-1] is core[-1]:
        end = _without_purpose(parsed.tokens, asking[-1])
    if len(asking) != 1 or len(core) == 1:
        return Focus(None, _whole(parsed, parts, core[0].start, end))
    part = asking[0]
    # what the question leans on: the background told right before it, from what someone
    # asked about ("người dân hỏi tôi về <…>. Dịch vụ này …")
    at = parts.index(part)
    told = parts[at - 1] if at and parts[at - 1].kind == "told" else None
    start = _relayed(parsed.tokens, told) if told else part.start
    whole = _whole(parsed, parts, start, end)
    if _points_back(parsed, part):
        return Focus(None, whole)
    ends = _without_purpose(parsed.tokens, part)
    alone = sliced(parsed, part.start, ends, _span_text(parts, part.start, ends))
    # "Sở GTVT có phải triển khai không ạ?" after what the background told: whether the agency
    # must do that, not its list; the message is read whole for it
    yes_no = told is not None and _yes_no(parsed.tokens, part)
    full = _whole(parsed, parts, core[0].start, end) if yes_no else None
    return Focus(alone, whole, full)


def message_parts(parsed: Parsed, compounds: Pairs = frozenset()) -> list[Part] | None:
    """The message's parts in order, each courtesy, asking or told; None when the parse's words
    are not the text's (a word the parse repaired into two)."""
    tokens = parsed.tokens
    parts: list[Part] = []
    at = 0
    for sentence in _sentences(parsed.text, compounds):
        pieces = []  # (text, start, end) of each piece between commas
        for piece in _COMMA.split(sentence):
            n = len(words(piece))
            if n:
                pieces.append((piece, at, at + n))
                at += n
        if at > len(tokens):
            return None
        kinds = [_courtesy(tokens[a:b]) or _relay(t, tokens[a:b], compounds) for t, a, b in pieces]
        head = 0
        while head < len(pieces) - 1 and kinds[head]:
            head += 1
        tail = len(pieces)
        while tail > head + 1 and kinds[tail - 1]:
            tail -= 1
        parts += [Part(a, b, t, "courtesy") for t, a, b in pieces[:head]]
        if head < tail:
            a, b = pieces[head][1], pieces[tail - 1][2]
            text = ",".join(t for t, _, _ in pieces[head:tail])
            parts.append(Part(a, b, text, _kind(text, tokens[a:b], compounds)))
        parts += [Part(a, b, t, "courtesy") for t, a, b in pieces[tail:]]
    return parts if at == len(tokens) else None


def _sentences(text: str, compounds: Pairs) -> list[str]:
    """The message's sentences; a parenthesis that opens one is a sentence of its own ("(hỏi
    hộ đồng chí …) <the question>")."""
    found = []
    for sentence in _SENTENCE.split(text):
        aside = _OPENING_ASIDE.match(sentence)
        split = (
            aside
            and aside[2].strip()
            and (aside[1].lstrip()[:1] == "(" or _relays(aside[1], compounds))
        )
        found += [aside[1], aside[2]] if aside and split else [sentence]
    return found


def _relays(text: str, compounds: Pairs) -> bool:
    return _relay(text, tokenize(text), compounds)


def _relay(text: str, said: Sequence[Token], compounds: Pairs) -> bool:
    """A parenthesis, or the words before a colon, that say the asker asks for someone ("(hỏi
    hộ đồng chí …)", "em hỏi giúp sếp: …"): who relays the question, nothing of what it asks
    ("hỏi về thuế môn bài: …" names the subject, and is no relay)."""
    if not said or not (text.lstrip().startswith("(") or text.rstrip().endswith(":")):
        return False
    lead = 0
    while lead < len(said) - 1 and said[lead] in FIRST_PERSON:
        lead += 1
    if said[lead].fold not in ASKING_WORDS or lead + 1 >= len(said):
        return False
    behalf = said[lead + 1]
    after = said[lead + 2].fold if lead + 2 < len(said) else ""
    # "hỏi hộ chiếu …": a pair the documents print is the subject's wording, no relay
    printed = (behalf.fold, after) in compounds
    return behalf in ON_BEHALF and not printed and not asks(said) and "?" not in text


def _kind(text: str, said: Sequence[Token], compounds: Pairs) -> str:
    if _courtesy(said) or _relay(text, said, compounds):
        return "courtesy"
    asking = "?" in text or asks(said) or _ASKS_A_NUMBER.any_in(said)
    return "asking" if asking else "told"


def _courtesy(tokens: Sequence[Token]) -> bool:
    """Words of courtesy only, opening with a greeting, an address or thanks (perhaps after
    the asker's own word)."""
    if not tokens:
        return False
    opening = OPENING.positions(tokens)
    # "em cảm ơn", "tôi xin chào": the asker's own word before the thanks or the greeting
    lead = 0
    while lead < len(tokens) - 1 and tokens[lead] in FIRST_PERSON:
        lead += 1
    if lead not in opening:
        return False
    around = opening | COURTESY.positions(tokens) | set(range(lead))
    return len(around) == len(tokens)


def _points_back(parsed: Parsed, part: Part) -> bool:
    """ "Dịch vụ này …", "văn bản đó …", "trước đó": the part names what the background told;
    not the "này" of a period ("tháng này", "quý 3 này")."""
    # the period's span and the word right after it ("tháng 9 này")
    dated = {i for p in parsed.periods for i in range(p.start, p.end + 1)}
    return any(
        parsed.tokens[i] in POINTING_BACK for i in range(part.start, part.end) if i not in dated
    )


def _relayed(tokens: Sequence[Token], told: Part) -> int:
    """Where the subject of a told part starts: after "<who> hỏi (tôi) (về)", the words of
    what was asked; else the part's start."""
    asked = [i for i in range(told.start, told.end - 1) if tokens[i].fold in ASKING_WORDS]
    if not asked:
        return told.start
    k = asked[-1] + 1
    while k < told.end - 1 and (tokens[k] in FIRST_PERSON or tokens[k] in ABOUT):
        k += 1
    return k


def _yes_no(tokens: Sequence[Token], part: Part) -> bool:
    """A part that asks only by its closing "không"/"chưa": no question word of its own."""
    said = tokens[part.start : part.end]
    return not INTERROGATIVES.any_in(said) and not any(
        a.fold == "bao" and b in HOW_MUCH for a, b in itertools.pairwise(said)
    )


def _without_purpose(tokens: Sequence[Token], part: Part) -> int:
    """Where the part's question ends: before a closing "để tôi …" (why the asker asks) or "kể
    cả …" (what the list holds anyway), when the words before it ask; else at the part's end."""
    for i in range(part.start + 1, part.end - 1):
        if tokens[i] in PURPOSE and tokens[i + 1] in FIRST_PERSON:
            return i if asks(tokens[part.start : i]) else part.end
        if tokens[i] in INCLUDING[0] and tokens[i + 1] in INCLUDING[1]:
            # "những việc nào phải xong …, kể cả hồ sơ gửi Sở": what the list holds anyway;
            # not "kể cả việc đã quá hạn", which says which standing is asked
            rest = tokens[i + 2 : part.end]
            if asks(tokens[part.start : i]) and not any(standing_word(t) for t in rest):
                return i
            return part.end
    return part.end


def _whole(parsed: Parsed, parts: Sequence[Part], start: int, end: int) -> Parsed:
    if (start, end) == (0, len(parsed.tokens)):
        return parsed
    return sliced(parsed, start, end, _span_text(parts, start, end))


def _span_text(parts: Sequence[Part], start: int, end: int) -> str:
    """The text of the words start..end, as typed (punctuation kept inside a part)."""
    return " ".join(
        _words_of(p, max(start, p.start) - p.start, min(end, p.end) - p.start)
        for p in parts
        if p.start < end and start < p.end
    )


def _words_of(part: Part, first: int, last: int) -> str:
    """The part's text from its word `first` up to its word `last`: its chunks between spaces,
    or its bare words where a chunk holds two words across the cut."""
    if (first, last) == (0, part.end - part.start):
        return part.text.strip()
    kept, at = [], 0
    for chunk in part.text.split():
        n = len(words(chunk))
        if first <= at and at + n <= last:
            kept.append(chunk)
        elif at < last and first < at + n:
            return " ".join(words(part.text)[first:last])
        at += n
    return " ".join(kept)


def sliced(parsed: Parsed, start: int, end: int, text: str) -> Parsed:
    """The parse of the words start..end alone: its spans within them, shifted; the asker the
    whole message names is still the asker."""

    def within(spans: Sequence[Any]) -> tuple[Any, ...]:
        return tuple(
            replace(s, start=s.start - start, end=s.end - start)
            for s in spans
            if start <= s.start and s.end <= end
        )

    return replace(
        parsed,
        text=text,
        tokens=Tokens(parsed.tokens[start:end]),
        rows=within(parsed.rows),
        tasks=within(parsed.tasks),
        letters=within(parsed.letters),
        periods=within(parsed.periods),
        years=within(parsed.years),
        agencies=within(parsed.agencies),
        others=within(parsed.others),
        residue=tuple(i - start for i in parsed.residue if start <= i < end),
    )
