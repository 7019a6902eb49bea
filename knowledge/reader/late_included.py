"""Lateness taken in with what is still open: "còn việc nào chưa xong, kể cả trễ", "các việc
chưa làm, bao gồm cả việc quá hạn". The late work is part of what is asked, not all of it."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.language.progress_words import INCLUDED_SPAN, INCLUDING_PHRASES
from knowledge.reader.list_asked import phrase_spans
from knowledge.reader.parse import Parsed


def late_included(parsed: Parsed, late_words: Sequence[int]) -> bool:
    """Whether every word of lateness (`late_words`, their positions) and every late span of
    the question comes right after "kể cả", "bao gồm": the open work asked, the late with it."""
    folds = [t.fold for t in parsed.tokens]
    taken = {
        k
        for _, end in phrase_spans(folds, INCLUDING_PHRASES)
        for k in range(end, end + INCLUDED_SPAN)
    }
    if not taken:
        return False
    late = [*late_words, *(p.start for p in parsed.periods if p.period.late)]
    return bool(late) and all(i in taken for i in late)
