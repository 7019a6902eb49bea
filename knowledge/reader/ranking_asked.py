"""Which unit is the most late ("đơn vị nào trễ hạn nhiều nhất", "sở nào chậm nhất", "ai còn nợ
nhiều nhất"): the province's late list ranked by each unit's count, by the same standing rule
as /quahan (knowledge/rules), not in alphabetical order, and not the asker's own unit."""

from __future__ import annotations

from knowledge.language.concern_words import RANK_WORDS, WHICH_WORDS
from knowledge.language.vocabulary import WORK_PHRASES
from knowledge.reader.parse import Parsed


def units_ranked(parsed: Parsed) -> bool:
    """Whether a progress question asks which unit stands first by its count: a superlative
    and a word asking which one, and no unit named (a named one is asked of itself)."""
    if parsed.agencies:
        return False
    tokens = parsed.tokens
    # "cap nhat" typed without marks is "cập nhật" (a verb of the work), no superlative
    superlative = RANK_WORDS.positions(tokens) - WORK_PHRASES.positions(tokens)
    return bool(superlative) and bool(WHICH_WORDS.positions(tokens))
