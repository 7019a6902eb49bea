"""A recurrence a question names: "báo cáo hằng tháng nộp khi nào", "huyện em có phải nộp bc
tháng không", "bc hằng quý", "báo cáo định kỳ". It asks about the province's recurring tasks of
that period (every month, quarter, year), not a one-off task and not a catalogue row that
prints "báo cáo 6 tháng": the tasks it may mean are narrowed to those (task_choice.py), and a
question read as a row or as nothing on such words is read as the recurring tasks the unit owes
(recurring_reports.py).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from knowledge.language.text import Token
from knowledge.reader.parse import Parsed

ANY = "any"  # "định kỳ": a recurring task of any period
_PERIODS = {"thang": "month", "quy": "quarter", "nam": "year"}
_EVERY = ("hang", "moi")  # "hằng/hàng tháng", "mỗi quý"
_REPORT = ("bc", "cao")  # the word before a period word said alone: "bc tháng", "báo cáo quý"


def recurrence_named(tokens: Sequence[Token], taken: AbstractSet[int] = frozenset()) -> str | None:
    """The period of recurrence the words name ("month", "quarter", "year", or ANY for "định
    kỳ"); None for none. `taken`: positions other spans claim (a period: "bc tháng 11" names a
    month, not a recurrence)."""
    folds = [t.fold if i not in taken else "" for i, t in enumerate(tokens)]
    for (i, a), (_, b) in itertools.pairwise(enumerate(folds)):
        if b in _PERIODS and (a in _EVERY or a in _REPORT):
            following = folds[i + 2] if i + 2 < len(folds) else ""
            if a in _REPORT and following[:1].isdecimal():
                continue  # "bc tháng 11" read as a period elsewhere; not a recurrence
            return _PERIODS[b]
        if (a, b) == ("dinh", "ky"):
            return ANY
    return None


def named_in(parsed: Parsed) -> str | None:
    """The recurrence a parsed question names, outside its periods and rows."""
    taken = {i for p in parsed.periods for i in range(p.start, p.end)}
    return recurrence_named(parsed.tokens, taken)


def names_report(parsed: Parsed) -> bool:
    """ "bc", "báo cáo": the question is about a report, not a service done every year ("khai
    báo hóa chất hằng năm" is a declaration, asked as a service)."""
    folds = [t.fold for t in parsed.tokens]
    return "bc" in folds or any(p == ("bao", "cao") for p in itertools.pairwise(folds))


def fits(every: str, task_every: str) -> bool:
    """A task recurring every `task_every` is one a question naming `every` may mean."""
    return every in (ANY, task_every)
