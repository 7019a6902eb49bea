"""The everyday-name lexicon is reviewed data: every entry must be one the reader can read and
one that points at rows the catalogue holds (a second reviewer found entries that could never
match)."""

from __future__ import annotations

import re

import pytest

from knowledge.catalogue.loader import default_catalogue
from knowledge.language.everyday import Everyday
from knowledge.language.everyday_406 import EVERYDAY_406
from knowledge.language.everyday_411 import EVERYDAY_411
from knowledge.language.text import fold

ENTRIES: tuple[Everyday, ...] = (*EVERYDAY_406, *EVERYDAY_411)
ROWS = default_catalogue().rows


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: f"{e.rows}:{e.phrases[:20]}")
def test_every_entry_names_rows_of_the_catalogue(entry: Everyday) -> None:
    assert entry.keys and all(key in ROWS for key in entry.keys)


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: f"{e.rows}:{e.phrases[:20]}")
def test_every_phrase_can_be_read(entry: Everyday) -> None:
    for phrase in (*entry.said, *entry.excluded):
        words = fold(phrase).split()
        assert words, phrase
        # a one-word phrase counts only typed with its marks: an unmarked one is never read
        assert len(words) > 1 or fold(phrase) != phrase.lower(), phrase
        # the question's words split letters from digits ("b2" is read "b 2")
        assert not any(re.search(r"[a-z]\d|\d[a-z]", w) for w in words), phrase
