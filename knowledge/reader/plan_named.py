"""The plan named by the carrying out of its decision: "đợt triển khai 406", "việc thực hiện
411", "trong quá trình triển khai 406".

The letters name the province's work by the act that carries a decision out ("1. Triển khai
thực hiện Quyết định 406", "V/v thực hiện Quyết định 406"). An officer who writes that act before
the decision's number names the plan itself, like "kế hoạch 406": no service's wording, no
words left unexplained. The nouns a question puts before the act ("đợt", "quá trình", "việc")
are the plan's too, back to the preposition that opens the phrase ("trong", "theo"), or to the
question's start, so long as nothing else claimed them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from knowledge.language.text import Token
from knowledge.reader.aside_spans import Span
from knowledge.reader.row_refs import DECISIONS

if TYPE_CHECKING:
    from knowledge.reader.parse import Parsed

# the acts the letters print before a decision's number (seeds 000: "Triển khai thực hiện
# Quyết định 406", "V/v thực hiện Quyết định 406"), folded
CARRYING_OUT = (("trien", "khai"), ("thuc", "hien"))
# the prepositions that open the phrase naming the plan ("trong đợt triển khai 406")
OPENERS = frozenset({"trong", "theo", "cua", "ve", "de"})
# "để thực hiện 406": the purpose said is the plan's too (what the asked work is for)
PURPOSE = "de"
HEAD_WORDS = 2  # at most this many nouns between the preposition and the act ("quá trình")
# the decision said before its number ("triển khai Quyết định số 406")
DECISION_WORDS = (("so",), ("quyet", "dinh"), ("qd",))


def plan_spans(tokens: Sequence[Token], taken: set[int]) -> list[Span]:
    """Spans naming the plan by carrying out its decision, from the act (and the nouns before
    it, after an opening preposition) through the decision's number; none over a taken word."""
    folds = [t.fold for t in tokens]
    spans = []
    for k, fold in enumerate(folds):
        if fold not in DECISIONS or k in taken:
            continue
        act = _act_before(folds, k, taken)
        if act is None:
            continue
        start = act
        # "đợt", "quá trình" before the act, back to the preposition that opens the phrase
        for back in range(act - 1, max(-1, act - 2 - HEAD_WORDS), -1):
            if back in taken:
                break
            if folds[back] in OPENERS:
                start = back + (folds[back] != PURPOSE)
                break
        else:
            # "đợt triển khai 406 có những gì": the question opens with the phrase, which no
            # preposition then opens; its nouns are the plan's the same
            if act <= HEAD_WORDS and not taken & set(range(act)):
                start = 0
        spans.append(Span("domain", start, k + 1))
        taken.update(range(start, k + 1))
    return spans


def _act_before(folds: Sequence[str], number: int, taken: set[int]) -> int | None:
    """Where the act of carrying out starts, right before the number or the decision's name:
    "triển khai 406", "triển khai thực hiện Quyết định số 406"."""
    end = _skipped(folds, number, DECISION_WORDS)
    start = None
    while True:
        for act in CARRYING_OUT:
            begin = end - len(act)
            free = not taken & set(range(begin, end))
            if begin >= 0 and tuple(folds[begin:end]) == act and free:
                start = end = begin
                break
        else:
            return start


def _skipped(folds: Sequence[str], end: int, words: Sequence[tuple[str, ...]]) -> int:
    """Where the run of the given words that ends at `end` starts ("quyết định số")."""
    while True:
        for word in words:
            begin = end - len(word)
            if begin >= 0 and tuple(folds[begin:end]) == word:
                end = begin
                break
        else:
            return end


def names_plan(parsed: Parsed) -> bool:
    """Whether the question names the plan by its decision's number ("đợt triển khai 406",
    "kế hoạch 406"): what it asks the plan holds is a unit's own list, the asker's."""
    return any(
        s.kind == "domain" and parsed.tokens[s.end - 1].fold in DECISIONS for s in parsed.others
    )
