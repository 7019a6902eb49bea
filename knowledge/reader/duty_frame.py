"""The frame of a question asking for a unit's own list: "nhiệm vụ của sở mình là gì", "bên em
phụ trách mấy mục trong danh mục". The words of a unit's duties and the catalogue named as itself
("trong danh mục") are no service's wording there, so they leave nothing unexplained."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.language.vocabulary import DUTY_PHRASES, PREPOSITIONS
from knowledge.reader.evidence import telling
from knowledge.reader.in_catalogue import catalogue_named
from knowledge.reader.matching import Matcher
from knowledge.reader.parse import Parsed
from knowledge.reader.question_words import Word


def duty_frame(parsed: Parsed, asks_list: bool) -> set[int]:
    """The ids of the frame's tokens, where a list is asked or a unit's duties are named ("phụ
    trách", "trách nhiệm"); none otherwise: "có trong danh mục không" alone asks of no list."""
    duties = DUTY_PHRASES.positions(parsed.tokens)
    if not (asks_list or duties):
        return set()
    return {id(parsed.tokens[i]) for i in duties | catalogue_named(parsed) | _table(parsed)}


def _table(parsed: Parsed) -> set[int]:
    """The assignment table named by its form, with the preposition before it ("theo biểu 01",
    "trong biểu 01"): where the duties are listed, as "trong danh mục" is."""
    found: set[int] = set()
    for span in parsed.others:
        if span.kind == "table":
            before = span.start - 1
            lead = before >= 0 and parsed.tokens[before] in PREPOSITIONS
            found.update(range(before if lead else span.start, span.end))
    return found


def duty_words_only(matcher: Matcher, parsed: Parsed, words: Sequence[Word]) -> bool:
    """Whether the question's only service evidence is the duty frame's own words: "phan cong"
    typed without marks pairs like a title's syllables, yet beside an agency asking for its
    list it is the verb of handing out the work, no service."""
    duties = {id(parsed.tokens[i]) for i in DUTY_PHRASES.positions(parsed.tokens)}
    return bool(duties) and not telling(matcher, [w for w in words if id(w.token) not in duties])
