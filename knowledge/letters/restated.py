"""A deliverable the letter dates twice: "1. … báo cáo kết quả … trước ngày 15/11/2023" and, in
the closing paragraph, "gửi báo cáo nêu tại mục 1 … chậm nhất ngày 10/11/2023". The second line
points back at the first; it is the same task, not another one. The same date twice is said
once; two dates are a doubt the coordinator settles: the earlier is kept (a unit reminded early
loses nothing; one reminded late misses the date) and the draft says both.
"""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.calendar.deadlines import fmt_date
from knowledge.letters.model import DOUBT, Problem, Task
from knowledge.letters.text import plain

# "báo cáo nêu tại mục 1", "kết quả tại mục 2": the thing sent, by where the letter set it
_BACK = re.compile(
    r"\b(?:bao cao|ket qua)\s+(?:neu\s+)?(?:tai|o)\s+muc\s+(\d+)\b(?!\s*(?:,|va)\s*\d)"
)


def merged(tasks: list[Task]) -> tuple[list[Task], list[Problem]]:
    """`tasks` less those that only restate an earlier one's deliverable; the doubts it leaves."""
    result = list(tasks)
    said: list[Problem] = []
    for again in tasks:
        m = _BACK.search(plain(again.title))
        if again.deadline is None or m is None:
            continue
        own = [
            t
            for t in result
            if t is not again
            and t.deadline is not None
            and re.search(rf"#(?:.* )?mục {m.group(1)}\b", t.source)
        ]
        if len(own) != 1:
            continue
        first = own[0]
        result.remove(again)
        if first.deadline == again.deadline:
            continue
        early = first if (first.deadline or again.deadline) < again.deadline else again
        texts = f"“{first.deadline_text}” (mục {m.group(1)}) và “{again.deadline_text}”"
        said.append(
            Problem(
                None,
                f"{DOUBT}: báo cáo tại mục {m.group(1)} có hai hạn, {texts}; đã lấy hạn sớm hơn "
                f"{fmt_date(early.deadline or again.deadline)}, sửa nếu khác",
            )
        )
        where = f"{first.source}; {again.source.partition('#')[2] or 'đoạn kết'}"
        result[result.index(first)] = replace(
            first, deadline=early.deadline, deadline_text=early.deadline_text, source=where
        )
    return result, said
