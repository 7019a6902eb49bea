"""A word typed without marks that the catalogue reads as conversation, which may be the next word
of a service other documents name.

"chứng chỉ hành nghề duoc": unmarked, "duoc" is "được" (can, may) to the catalogue's reader and
drops out as talk, but it is also "dược" (pharmacy), the word a name in another document prints
right after "hành nghề" ("Cấp chứng chỉ hành nghề dược"), where the row goes on with its own
field ("… hành nghề lĩnh vực thú y"). The question may ask of that other service: the row is
offered, never said as sure. Typed with its marks the word is no conversation, and the other
name is weighed as any (wording.py `Outside.closer`).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from knowledge.language.text import Token
from knowledge.reader.matching import Matcher
from knowledge.reader.outside_services import Outside


def unmarked_outside(
    outside: Outside | None, matcher: Matcher, key: str, tokens: Sequence[Token]
) -> bool:
    """Whether an unmarked word the catalogue reads as talk pairs with the row's word typed
    before it into a name another document prints, a pair the row does not print."""
    if outside is None or not outside.names:
        return False
    sequence = matcher.doc_sequence(key)
    row, printed = set(sequence), set(itertools.pairwise(sequence))
    own = outside.matcher.words(list(tokens))
    for a, b in itertools.pairwise(own):
        if b.at != a.at + 1 or not b.chat or b.token.has_marks or a.chat:
            continue
        pair = (a.token.fold, b.token.fold)
        if a.token.fold not in row or pair in printed:
            continue
        if any(pair in pairs for pairs in outside.pairs):
            return True
    return False
