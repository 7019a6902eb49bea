"""Tasks owed by the leads of other tasks: "Các cơ quan chủ trì nhiệm vụ tại mục 1 và mục 2 xây
dựng kế hoạch chi tiết …" is owed by the units that own the tasks those items set, not by every
addressee."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol, TypeVar

from knowledge.letters.model import Task
from knowledge.letters.references import references, refers_to
from knowledge.letters.sections import Section
from knowledge.letters.text import Line


class Dated(Protocol):
    line: Line
    section: Section


D = TypeVar("D", bound=Dated)

_LEADS = re.compile(
    r"^(?:[-+•–*]\s*)?(?:cac\s+)?(?:co quan|don vi)(?:,\s*(?:co quan|don vi))?\s+chu tri\s+"
    r"(?:(?:cac|thuc hien)\s+)?nhiem vu\s+(?:neu\s+)?tai\s+(?P<refs>.{3,60}?)"
    r"(?=\s+(?:\(|xay dung|bao cao|gui|lap|thuc hien|dinh ky|cu\b)|[,:;])"
)


def by_leads(drafted: list[tuple[D, Task]], tops: set[str]) -> list[tuple[D, Task]]:
    """Each task whose line opens with "Các cơ quan chủ trì nhiệm vụ tại …" owed by the units
    of the tasks of the items it names (kept as read when those items set no task)."""
    result: list[tuple[D, Task]] = []
    for d, t in drafted:
        m = _LEADS.match(d.line.plain)
        refs = references(d.line.text[m.start("refs") : m.end("refs")]) if m else []
        leads = [
            n
            for e, other in drafted
            if other is not t and any(refers_to(r, e.section.path, tops) for r in refs)
            for n in other.units
        ]
        result.append((d, replace(t, units=tuple(dict.fromkeys(leads))) if leads else t))
    return result
