"""A service the asker's words come near, in the asker's own agency's rows: offered, not refused.

"em ở sở nông nghiệp, ngư dân xin giấy phép ra khơi lại …": the words alone leave the question
"not in the catalogue" (a situation says little of a title's wording), but two pieces of evidence
point at one row: the row nearest the words, holding a word pair its title prints as the
question types it, and the asker's own agency, which the province's table makes that row's lead
(chủ trì). A citizen's situation told by the officer who handles it: the row is offered ("Có
phải bạn hỏi…"), never said as sure. Never where the question says it means another act on the
row's thing ("gia hạn", "điều chỉnh" of a row that prints "Cấp"), puts a word of its own where
the row prints a rare one ("khai thác | khoáng sản"), or says it does not mean the row's own
wording.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from knowledge.catalogue.model import Province
from knowledge.reader.acts import act_before, listed_act_before
from knowledge.reader.denials import ruled_out
from knowledge.reader.evidence import strays, telling, unexplained
from knowledge.reader.matching import Matcher
from knowledge.reader.parse import Parsed
from knowledge.reader.question_words import Word
from knowledge.reader.reading import Reading
from knowledge.reader.row_reading import RowReading
from knowledge.reader.side_clauses import typed
from knowledge.reader.substitution import substituted


def own_row_offer(
    reader: RowReading, reading: Reading, parsed: Parsed, province: Province, asker: str | None
) -> Reading | None:
    """The absent reading's nearest row offered, when it is a row of the asker's agency and the
    question types wording the row prints; None otherwise."""
    if reading.intent != "absent" or not reading.hits or asker is None:
        return None
    best = reading.hits[0]
    assignment = province.assignments.get(best.key)
    if assignment is None or province.role_in(assignment, asker) != "lead":
        return None
    words = reader.words(parsed)
    if not prints_a_pair(reader.matcher, best.key, words):
        return None
    if said_otherwise(reader, best.key, parsed, words):
        return None
    return Reading("suggest", agency=asker, hits=reading.hits, sure=False)


def said_otherwise(
    reader: RowReading, key: str, parsed: Parsed, words: Sequence[Word], rare: bool = True
) -> bool:
    """Whether the question says it means another service than the row: another act on its
    thing, the row's wording denied, or (rare) a word of its own where the row prints a rare
    one. A story in everyday words puts its own words everywhere: it is read without `rare`."""
    matcher = reader.matcher
    if (
        act_before(matcher, reader.acts, key, words, reader.opening)
        or listed_act_before(reader.listed, matcher, key, words)
        or ruled_out(matcher, key, parsed)
    ):
        return True
    if not rare:
        return False
    left = unexplained(matcher, key, strays(matcher, words, telling(matcher, words)))
    return substituted(matcher, key, words, left, *typed(parsed)) == "another"


def prints_a_pair(
    matcher: Matcher, key: str, words: Sequence[Word], rare: float | None = None
) -> bool:
    """Whether two neighbouring words of the question are a pair the row prints, as typed.
    rare: only a pair printed by fewer than this share of the titles."""
    return any(
        b.at == a.at + 1
        and a.exact
        and b.exact
        and a.known is not None
        and b.known is not None
        and not (a.chat and b.chat)
        and matcher.row_prints(key, a.token, b.token, (a.known, b.known))
        and (rare is None or len(matcher.pairs.get((a.known, b.known), ())) < rare * matcher.n)
        for a, b in itertools.pairwise(words)
    )
