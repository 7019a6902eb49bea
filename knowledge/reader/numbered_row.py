"""A row named by its number beside another row's title words ("mục 22 cấp giấy phép xây
dựng …": row 22 is the driving licence): the officer misremembered one of the two, so both
are offered, the row the words fit first (issue 20: never sure and wrong)."""

from __future__ import annotations

import numpy as np

from knowledge.catalogue.model import Province
from knowledge.reader.evidence import telling
from knowledge.reader.explaining import MIN_COVERAGE
from knowledge.reader.parse import Parsed
from knowledge.reader.question_words import Hit
from knowledge.reader.reading import Reading
from knowledge.reader.residue import Residue

RANKED = 8  # rows ranked for the words, to find the numbered row's share among them
WORDS_OVER_NUMBER = 2  # the words fit another row this many times better than the number's


def numbered_row(
    reader: Residue,
    parsed: Parsed,
    province: Province,
    prior: np.ndarray,
    rows: np.ndarray,
    officer: str | None,
) -> Reading:
    """The row the question names by number; or, where its words are a title of another row
    and say little of the numbered one's, both offered, the titled row first. A row of
    sectors named with its sector ("mục 11 y tế") is the sector's sub-row, never weighed."""
    ref = parsed.rows[0]
    named = Reading("item", row=ref)
    key = f"{ref.decision or province.decision}-{ref.number}"
    if not reader.matcher.doc_words_of(key):
        return named
    words = reader.words(parsed)
    if not telling(reader.matcher, words):
        return named
    hits = reader.matcher.rank(words, limit=RANKED, prior=prior, allowed=rows)
    if not hits or hits[0].key == key or hits[0].coverage < MIN_COVERAGE:
        return named
    own = next((h.coverage for h in hits if h.key == key), 0.0)
    if own * WORDS_OVER_NUMBER > hits[0].coverage or any(
        h.key.startswith(key + "/") for h in hits
    ):
        return named
    agency = parsed.asker or officer
    return Reading("service", agency=agency, hits=(hits[0], Hit(key, 0.0, own)), sure=False)
