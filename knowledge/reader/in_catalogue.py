"""The catalogue named as itself: "… có trong danh mục không" asks whether a service is in the
decisions' annexes (each titled "DANH MỤC DỊCH VỤ CÔNG TRỰC TUYẾN"), not for rows or duties:
the "mục" of "danh mục" is no row."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.language.progress_words import DUE_WORDS
from knowledge.language.text import Token
from knowledge.reader.asking import LIST_NOUNS
from knowledge.reader.parse import Parsed

CATALOGUE = ("danh", "muc")  # the annexes' own name for the list, folded


def rows_named(parsed: Parsed) -> bool:
    """ "hạn", "mục", "việc": the question speaks of deadlines, rows or duties (as `names_rows`
    in asking.py), the "mục" of "danh mục" left out."""
    tokens = parsed.tokens
    domain = {i for s in parsed.others if s.kind == "domain" for i in range(s.start, s.end)}
    return any(
        (t in DUE_WORDS or t.fold in LIST_NOUNS) and not _of_catalogue(tokens, i)
        for i, t in enumerate(tokens)
        if i not in domain
    )


def _of_catalogue(tokens: Sequence[Token], i: int) -> bool:
    return i > 0 and (tokens[i - 1].fold, tokens[i].fold) == CATALOGUE
