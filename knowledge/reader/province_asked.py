"""The province asked about as a whole ("toàn tỉnh có gì quá hạn", "tỉnh mình còn gì chưa
xong"), not the asker's agency, and the province named only as the one that set the dates ("chậm so
với hạn tỉnh giao"). Split from asking.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.language.text import Token
from knowledge.language.vocabulary import ASSIGN_WORDS, FIRST_PERSON, PROVINCE_WORDS
from knowledge.reader.asking import first_person
from knowledge.reader.parse import Parsed

WHOLE_WORDS = {"toan", "ca"}  # "toàn tỉnh", "cả tỉnh"


def whole_province(parsed: Parsed) -> bool:
    """ "toàn tỉnh có gì quá hạn", "tỉnh mình còn gì chưa xong": the province, not the asker's
    agency (a word no agency's name claimed). Where the asker names their own unit ("đơn vị em
    có gì trễ so với hạn tỉnh giao"), the province is the one that set the dates, unless it is
    the province whole ("toàn tỉnh", "tỉnh mình")."""
    tokens = parsed.tokens
    found = [i for i in parsed.residue if tokens[i] in PROVINCE_WORDS]
    if found and first_person(parsed):
        # "em xem những mục chậm so với hạn tỉnh giao": the province that set the dates,
        # beside a speaker who talks of their own work, is not the subject either
        found = [i for i in found if not _setter(tokens, i)]
    if not found or not any(s.kind == "self" for s in parsed.others):
        return bool(found)
    return any(
        (i > 0 and tokens[i - 1].fold in WHOLE_WORDS)
        or (i + 1 < len(tokens) and tokens[i + 1] in FIRST_PERSON)
        for i in found
    )


def _setter(tokens: Sequence[Token], i: int) -> bool:
    """ "tỉnh giao": the province as the one that assigned, not "toàn tỉnh giao"."""
    return (
        i + 1 < len(tokens)
        and tokens[i + 1] in ASSIGN_WORDS
        and not (i > 0 and tokens[i - 1].fold in WHOLE_WORDS)
    )
