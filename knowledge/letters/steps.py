"""A task's steps: the "Bước n" items the letter sets its work out in ("Bước 1: …", "- Bước 2.
…", "Bước 3 (từ ngày 22/8 đến ngày 24/8): …" with the step's own period between its number and
its colon); without them, the numbered items ("1.1.", "1.2.") that each name the form they are
made on — the parts of the deliverable.
"""

from __future__ import annotations

import re

from knowledge.letters.details import forms
from knowledge.letters.sections import Section

_ITEM = re.compile(r"^[-+•–*]\s*")
# A step's number, perhaps its own period in brackets, then its colon, stop or dash (folded).
STEP = re.compile(r"^(?:[-+•–*]\s*)?buoc\s+\d+\s*(?:\([^()]{0,80}\)\s*)?(?:[:.)]|[-–]\s)")
# The same as printed: the number, the bracketed period, the mark after it.
_PERIOD = re.compile(r"^(?P<n>Bước\s+\d+)\s*\((?P<p>[^()]{0,80})\)\s*(?P<m>[:.)]|[-–](?=\s))\s*")


def steps(scope: list[Section]) -> tuple[str, ...]:
    """The "Bước n" items of `scope`, each with its own period moved to its end ("Bước 1: Trích
    xuất số liệu … (từ ngày 16/8/2022 đến ngày 19/8/2022)"); else the parts of the deliverable."""
    found: list[str] = []
    for s in scope:
        found += [step_text(ln.text) for ln in s.all_lines if STEP.match(ln.plain)]
    if not found:
        for s in scope:
            found += [
                ln.text
                for ln in s.lines
                if re.match(r"^\d{1,2}\.\d{1,2}\.?\s", ln.text) and forms([ln])
            ]
    return tuple(dict.fromkeys(found))


def step_text(text: str) -> str:
    """One step as the draft shows it: "Bước n: what it does (its period)"."""
    text = _ITEM.sub("", text)
    m = _PERIOD.match(text)
    if m is None:
        return text
    rest = text[m.end() :].rstrip()
    stop = "." if rest.endswith(".") else ""
    return f"{m.group('n')}: {rest.rstrip('.')} ({m.group('p').strip()}){stop}"
