"""A task's steps: the "Bước n" items the letter sets its work out in ("Bước 1: …", "- Bước 2.
…", "Bước 3 (từ ngày 22/8 đến ngày 24/8): …" with the step's own period between its number and
its colon); without them, the numbered items ("1.1.", "1.2.") that each name the form they are
made on — the parts of the deliverable.
"""

from __future__ import annotations

import re

from knowledge.letters.dates import deadlines
from knowledge.letters.form_names import forms
from knowledge.letters.markers import ENTRY
from knowledge.letters.sections import Section, walk
from knowledge.letters.text import Line, plain

# A step's number, perhaps its own period in brackets, then its colon, stop or dash (folded).
STEP = re.compile(r"^(?:[-+•–*]\s*)?buoc\s+\d+\s*(?:\([^()]{0,80}\)\s*)?(?:[:.)]|[-–]\s)")
# The same as printed: the number, the bracketed period, the mark after it.
_PERIOD = re.compile(r"^(?P<n>Bước\s+\d+)\s*\((?P<p>[^()]{0,80})\)\s*(?P<m>[:.)]|[-–](?=\s))\s*")


# A step run on in a sentence ("…, gửi kết quả về Sở A. Bước 1: rà soát …; Bước 2: cập nhật
# …"): its number at the line's start or after a stop, a semicolon or a colon.
_RUN_ON = re.compile(r"(?:^|(?<=[.;:])\s*)(?:[-+•–*]\s*)?buoc\s+(?P<n>\d+)\s*(?:[:.)]|[-–]\s)")


def steps(scope: list[Section], line: Line | None = None) -> tuple[str, ...]:
    """The "Bước n" items of `scope`, each with its own period moved to its end ("Bước 1: Trích
    xuất số liệu … (từ ngày 16/8/2022 đến ngày 19/8/2022)"); else the parts of the deliverable.
    Steps run on in a sentence are those of the task dated on their line (`line`, the task's),
    or of every task of `scope` when their line sets no date."""
    found: list[str] = []
    for s in scope:
        for ln in _work_lines(s):
            run_on = _run_on(ln.text, ln.plain)
            if run_on:
                mine = line is None or ln.no == line.no or not deadlines(ln.text, None)
                found += run_on if mine else []
            elif STEP.match(ln.plain):
                found.append(step_text(ln.text))
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
    text = ENTRY.sub("", text)
    m = _PERIOD.match(text)
    if m is None:
        return text
    rest = text[m.end() :].rstrip()
    stop = "." if rest.endswith(".") else ""
    return f"{m.group('n')}: {rest.rstrip('.')} ({m.group('p').strip()}){stop}"


def _work_lines(section: Section) -> list[Line]:
    """The lines of `section` but those of the rows of a table of tasks inside it: each row is a
    task of its own, its steps its own (a paragraph after the table asks other work)."""
    rows = [r for r in walk(section) if r is not section and r.kind == "row"]
    # (by number: a row's heading is its line printed again without its number)
    taken = {ln.no for r in rows for ln in r.all_lines}
    return [ln for ln in section.all_lines if ln.no not in taken]


def _run_on(text: str, low: str) -> list[str]:
    """The steps a line prints one after another, numbered 1, 2, … in order ("Bước 1: …; Bước
    2: …; Bước 3: …" in a table's cell or a paragraph), each up to the next; none when the
    line holds fewer than two, or numbers them out of order (a step that names another)."""
    marks = _run_marks(low)
    if not marks:
        return []
    ends = [m.start() for m in marks[1:]] + [len(text)]
    return [
        step_text(text[m.start() : end].strip().rstrip(";"))
        for m, end in zip(marks, ends, strict=True)
    ]


def _run_marks(low: str) -> list[re.Match[str]]:
    marks = list(_RUN_ON.finditer(low))
    numbers = [int(m.group("n")) for m in marks]
    if len(marks) < 2 or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return []
    return marks


# What introduces steps run on after the duty: "… theo các bước sau:", "…, gồm các bước:".
_STEPS_INTRO = re.compile(
    r"[\s,]*(?:(?:theo|voi|qua|gom)\s+)?(?:cac|nhung)\s+buoc(?:\s+nhu)?(?:\s+sau)?\s*:?\s*$"
)


def run_on_start(text: str) -> int | None:
    """Where steps run on in `text` begin, with the words that introduce them ("Hoàn thành …
    trong quý II/2024 theo các bước sau: Bước 1: …; Bước 2: …" → at " theo"): the duty ends
    there, its steps are no part of its title."""
    low = plain(text)
    marks = _run_marks(low)
    if not marks:
        return None
    at = marks[0].start()
    intro = _STEPS_INTRO.search(low, 0, at)
    return intro.start() if intro else at
