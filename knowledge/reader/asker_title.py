"""Who asks, said as the question opens: "chuyên viên phòng văn hóa huyện Lâm Bình hỏi …",
"cán bộ Sở Y tế hỏi …".

The words the question opens with, right before the asker's unit and its "hỏi", say who in
that unit is asking (a post, a person's title): they are no service's wording, and no words
left unexplained by what the question asks after "hỏi".
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from knowledge.catalogue.agencies import AgencyMention
from knowledge.language.text import Token


def asker_title(
    tokens: Sequence[Token],
    mentions: Sequence[AgencyMention],
    free: Collection[int],
    asking: Collection[str],
) -> set[int]:
    """The positions of the words before the first agency named, when it opens the question's
    words after them and "hỏi" (`asking`) follows it at once; and that "hỏi". Empty when any of
    those words was read as something else (a period, a row, a form)."""
    if not mentions:
        return set()
    first = mentions[0]
    if first.start == 0 or first.end >= len(tokens) or tokens[first.end].fold not in asking:
        return set()
    before = set(range(first.start))
    if not before <= set(free):
        return set()
    return before | {first.end}
