"""The agency whose document a question names: "Biểu 01 của Sở TT&TT", "theo các văn bản (nào)
của Sở TT&TT". It wrote what the question is about; beside another agency named, that one is
what the question asks of (parse.Parsed.subject)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from knowledge.catalogue.agencies import AgencyMention
from knowledge.language.text import Token
from knowledge.language.vocabulary import INTERROGATIVES, LETTER_NOUNS

OF = "cua"  # "của": of, whose


def document_authors(
    tokens: Sequence[Token], agencies: Sequence[AgencyMention], forms: Collection[int]
) -> list[AgencyMention]:
    """The agencies named right after "của" that follows a form ("Biểu 01"; forms: where each
    form named ends) or a letter's word ("văn bản", "công văn", "hướng dẫn"), a question word
    ("nào") allowed between."""
    found = []
    for m in agencies:
        before = m.start - 1
        if before < 1 or tokens[before].fold != OF:
            continue
        k = before - 1 if before > 1 and tokens[before - 1] in INTERROGATIVES else before
        if before in forms or tokens[k - 1] in LETTER_NOUNS:
            found.append(m)
    return found
