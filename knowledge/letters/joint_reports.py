"""One report several addressed items owe together. "5. Thời gian thực hiện — Báo cáo của các cơ
quan, đơn vị (mục 1, mục 2) gửi về Văn phòng … chậm nhất ngày …" dates the report item 1 asks
of the Sở, ban, ngành and item 2 of the districts: one deliverable, one task the groups owe, not a
task per item (as "Các nội dung tại mục 1, 2 hoàn thành trước …" is, whose items are works)."""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.letters.dated import Dated
from knowledge.letters.model import Task
from knowledge.letters.naming import section_duty
from knowledge.letters.register import Register
from knowledge.letters.text import plain
from knowledge.letters.timing import clause_at
from knowledge.letters.titles import title as title_of

# the dated clause opens with the report, then says whose it is and where it goes
_REPORT = re.compile(r"^[-+•–]?\s*bao cao\b")


def joined_reports(
    drafted: list[tuple[Dated, Task]], register: Register
) -> list[tuple[Dated, Task]]:
    """`drafted` with the tasks of one dated report clause that names several items, each
    headed by the units it addresses, made one: their units together, titled by the first
    item's work."""
    keys: dict[tuple[int, int], list[bool]] = {}
    for d, _ in drafted:
        if d.target is not None:
            keys.setdefault((d.line.no, d.found.start), []).append(_joint(d))
    out: list[tuple[Dated, Task]] = []
    at: dict[tuple[int, int], int] = {}
    for d, t in drafted:
        key = (d.line.no, d.found.start)
        if d.target is None or not all(keys[key]) or len(keys[key]) < 2:
            out.append((d, t))
        elif key not in at:
            at[key] = len(out)
            work = section_duty(d.target)
            # (its first clause: what follows says what the report must show)
            title = title_of(work.text.split(";")[0], [], register) if work is not None else ""
            out.append((d, replace(t, title=title or t.title)))
        else:
            first_d, first = out[at[key]]
            units = register.sort([*first.units, *t.units])
            supporting = tuple(
                u for u in dict.fromkeys([*first.supporting, *t.supporting]) if u not in units
            )
            forms = tuple(dict.fromkeys([*first.forms, *t.forms]))
            joined = replace(first, units=units, supporting=supporting, forms=forms)
            out[at[key]] = (first_d, joined)
    return out


def _joint(d: Dated) -> bool:
    """The date's clause sends a report, and the item it names addresses units."""
    if d.target is None or not d.target.units:
        return False
    return _REPORT.match(plain(clause_at(d.line.text, d.found.start))) is not None
