"""The safety net under the reader: a numbered section (or a paragraph) that names units and
prints a date still ahead of the letter, but from which no task was drafted.

A draft that silently leaves out a dated duty looks like success: the coordinator reviews the
tasks shown, never the one missing, and nobody is reminded of its date. Whatever the reader
missed it for, the date is said under "Cần kiểm tra", at its line, so that the review sees it
and can add the task ("thêm nhiệm vụ: …", knowledge/letters/added.py) or set it aside.

Only what the reader's own rules say sets nothing stays silent: a date already past when the
letter was written, the history it recounts, a date the grounds or a cited document set, the
old date an amendment replaces, a period figures are counted over (no deadline phrase at all).
"""

from __future__ import annotations

import re
from datetime import date

from knowledge.calendar.deadlines import fmt_date
from knowledge.letters import dates
from knowledge.letters.dated import Dated, in_purpose, whole_sentence
from knowledge.letters.dating import floor_of, set_elsewhere
from knowledge.letters.firsts import recurrences
from knowledge.letters.header import Header
from knowledge.letters.model import DOUBT, Problem, Task
from knowledge.letters.opening import recited, recounted, retold, set_in_grounds
from knowledge.letters.register import PROVINCE_COMMITTEE, Register
from knowledge.letters.sections import Section
from knowledge.letters.text import Line

# The words every such line carries, so that an added task settles it (knowledge/letters/
# added.py) and nothing else is taken for it.
NOT_DRAFTED = "nhưng chưa thành nhiệm vụ"
ADD_SHAPE = "thêm nhiệm vụ: tên; đơn vị; hạn; biểu mẫu"
# The letter's addressees named as a whole anywhere in a line ("Đề nghị các cơ quan, đơn vị …").
_ADDRESSEES = re.compile(r"\b(?:cac|moi)\s+(?:co quan|don vi|dia phuong)\b")


def untasked(
    root: Section,
    placed: list[tuple[Line, Section]],
    dated: list[Dated],
    tasks: list[Task],
    header: Header,
    register: Register,
    sender: str | None,
) -> list[Problem]:
    """One doubt for each section (or paragraph) that dates work for units on a line from which
    no task was drafted, at that date's first line."""
    floor = floor_of(header)
    read = {d.line.no for d in dated}
    # (a date some task has is that task's, wherever it is printed again)
    due = {t.deadline for t in tasks if t.deadline}
    told = retold(root.own) if root.children else set()
    found: list[Problem] = []
    seen: set[int] = set()
    for line, section in placed:
        if line.no in read or line.no in told:
            continue
        # (a section that drafted one task may still have left another date of its own)
        numbered = [s for s in section.ancestry if s.number]
        key = id(numbered[0]) if numbered else -line.no  # a paragraph is its own place
        if key in seen or not _names_units(line, numbered, register, sender):
            continue
        ahead = _ahead(line, section, header, floor, due)
        if ahead is None:
            continue
        seen.add(key)
        where = numbered[0].label if numbered else "đoạn này"
        found.append(Problem(line.no, _said(where, ahead)))
    return found


def _ahead(
    line: Line, section: Section, header: Header, floor: date | None, due: set[date]
) -> dates.Found | None:
    """The first date of `line` that sets something still ahead, and is no task's date."""
    printed = dates.deadlines(line.text, header.year)
    again = recurrences(line.text)
    printed = [f for f in printed if not any(f.start < r.end and r.start < f.end for r in again)]
    candidates = sorted([*printed, *again], key=lambda f: f.start)
    if section.parent is None:
        candidates = set_in_grounds(line, candidates)
    for f in candidates:
        if f.due is not None and (f.due in due or (floor is not None and f.due < floor)):
            continue
        if f.due is None and not f.every:
            continue  # a phrase the date readers could not date is their own problem
        if dates.past(f, floor) or recounted(line, f, floor) or set_elsewhere(line, f):
            continue
        if recited(whole_sentence(line, f).plain) or in_purpose(line, f):
            continue
        return f
    return None


def _names_units(
    line: Line, numbered: list[Section], register: Register, sender: str | None
) -> bool:
    """The place addresses units: its heading (or an outer one) names them, or the line does,
    other than the sender and the province's committee (who only receive)."""
    for s in numbered:
        if s.units or s.generic:
            return True
    texts = [line] + [s.heading for s in numbered if s.heading is not None]
    for text in texts:
        if _ADDRESSEES.search(text.plain):
            return True
        for m in register.mentions(text.text):
            if set(m.names) - {sender, PROVINCE_COMMITTEE}:
                return True
    return False


_SAID = re.compile(
    rf"^{DOUBT}: (?P<where>.+?) có hạn (?P<when>.+?) (?:\(“[^”]*”\) )?{NOT_DRAFTED}\b"
)
_DAY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def missed(problem: Problem) -> tuple[str, date | None] | None:
    """A line of this net: the place it names ("mục 2"), and the date (None for a recurrence);
    None for any other problem."""
    m = _SAID.match(problem.message)
    if m is None:
        return None
    day = _DAY.match(m.group("when"))
    when = date(int(day.group(3)), int(day.group(2)), int(day.group(1))) if day else None
    return m.group("where"), when


def _said(where: str, found: dates.Found) -> str:
    # a date with the phrase it is printed in; a recurrence is its phrase
    printed = found.text.strip()
    when = f"{fmt_date(found.due)} (“{printed}”)" if found.due else f"“{printed}”"
    return (
        f"{DOUBT}: {where} có hạn {when} {NOT_DRAFTED} — kiểm tra lại; thiếu thì gõ “{ADD_SHAPE}”"
    )
