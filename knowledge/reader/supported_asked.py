"""Which units a supporter's part serves, asked ("bên em phải góp ý cho sở nào", "huyện em phối
hợp với đơn vị nào"): a unit word asked with "nào" ("sở nào", "đơn vị nào", "cơ quan nào"), or
a support verb asked with "ai" ("góp ý cho ai"). Not "nộp cho ai", which asks where a document
goes (when_asked.asks_whom). Pure: words only."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from knowledge.language.text import MarkedWords, Token

_UNIT_WORDS = MarkedWords("sở đơn vị cơ quan ngành ban")
_WHICH = MarkedWords("nào")
_WHO = MarkedWords("ai")
# a supporter's verbs, as the seeds print its part: "góp ý", "phối hợp", "hỗ trợ"
_SUPPORT_PAIRS = frozenset({("gop", "y"), ("phoi", "hop"), ("ho", "tro")})


def asks_whom_supported(tokens: Sequence[Token]) -> bool:
    """The words ask which units (a unit word then "nào"), or whom a supporter's verb serves
    (the verb, then "ai")."""
    pairs = list(itertools.pairwise(tokens))
    if any(a in _UNIT_WORDS and b in _WHICH for a, b in pairs):
        return True
    verbs = [i for i, (a, b) in enumerate(pairs) if (a.fold, b.fold) in _SUPPORT_PAIRS]
    return bool(verbs) and any(t in _WHO for t in tokens[verbs[0] + 2 :])
