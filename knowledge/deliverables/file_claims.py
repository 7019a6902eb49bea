"""What a file sent for a task says of itself (ux30 #1, #2): the period its title prints
("BÁO CÁO … THÁNG 8/2021", or "thang8" in its name), the form it prints ("Mẫu số 01") and the unit
its unit line names ("Đơn vị: UBND huyện Yên Sơn"), read from its name and its head (a workbook's
title rows, a .docx's first paragraphs, a .pdf's first page: file_evidence.py, document_head.py).

These are claims, not a reading of the whole file: a choice the file contradicts (another month,
another form) is never put forward nor offered alone, and a file whose unit line names another
unit is asked about before it is kept. A claim read twice with two values ("tháng 7 … tháng 8")
is no claim: the file decides nothing then, the press does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from knowledge.calendar.deadlines import month_end
from knowledge.catalogue.model import Task
from knowledge.catalogue.reported import reports_of
from knowledge.deliverables.period_readings import months_read, two_readings
from knowledge.language.text import nfc, strip_marks

# "tháng 8/2021", "THÁNG 08 năm 2021", "thang8", "T8/2021" (a bare "T" only with its year); never
# the day a report was signed ("ngày 27 tháng 8 năm 2021": its date, not its period)
_MONTH = re.compile(
    r"(?<![\w/])(?:(?P<word>thang|thg)\s*(?P<m1>\d{1,2})(?:\s*(?:[/.\-]|nam)\s*(?P<y1>\d{4}))?"
    r"|t(?P<m2>\d{1,2})\s*[/.\-]\s*(?P<y2>\d{4}))(?![\d])"
)
# "ngày 27 tháng 8", and a template's blank day "ngày …… tháng 8": the date it is signed
_SIGNED = re.compile(r"ngay[\s.…_/]*(?:\d{1,2})?[\s.…_]*$")
# a form as the letters print it: "Mẫu số 01", "Biểu 02", "mau02" in a file's name
_FORM = re.compile(r"(?<![a-z])(?P<kind>mau|bieu)\s*(?:so\s*)?(?P<number>\d{1,2})(?!\d)")
# a unit line: "Đơn vị: …", "Cơ quan, đơn vị: …", "Đơn vị báo cáo: …", up to the row's end
_UNIT = re.compile(r"(?:^|\n|\s)(?:co quan,?\s*)?don vi(?:\s*bao cao)?\s*:\s*(?P<unit>[^\n]+)")
YEAR = 12  # months: a one-off task's file reporting a period this far from its date is not its
UNIT_CHARS = 80  # a unit's name, not the row of figures a lost line break would add
# where a report's title runs into its recipients: the unit that sends it is printed above
_RECIPIENTS = re.compile(r"\bkinh gui\b")
# the parts a one-line title is printed in: "BÁO CÁO THÁNG 8/2021 - Mẫu số 01 - UBND huyện …"
_PARTS = re.compile(r"\s+[-–—|]\s+|[;:]\s*")


@dataclass(frozen=True)
class FileClaims:
    month: tuple[int, int | None] | None = None  # (month, year or None) the file reports
    period_text: str = ""  # as printed: "THÁNG 8/2021"
    form: str | None = None  # "mau 1": form_key of the form it prints
    form_text: str = ""  # as printed: "Mẫu số 01"
    unit_text: str = ""  # its unit line's name as printed: "UBND huyện Yên Sơn"
    # the parts of its heading and title lines, as printed, where no unit line is: one of them
    # may name the unit that sends it ("… - Mẫu số 01 - UBND huyện Hàm Yên", "SỞ Y TẾ")
    heading_parts: tuple[str, ...] = ()


def _plain(text: str) -> str:
    """Lower case without marks, the same length as `text` in NFC (so a span quotes it)."""
    return strip_marks(text).lower()


def form_key(text: str) -> str | None:
    """The one form a text prints ("Mẫu số 01" → "mau 1"); None for none or several."""
    found = {f"{m['kind']} {int(m['number'])}" for m in _FORM.finditer(_plain(nfc(text)))}
    return found.pop() if len(found) == 1 else None


def _months(text: str) -> tuple[set[tuple[int, int | None]], str]:
    plain = _plain(text)
    found: set[tuple[int, int | None]] = set()
    shown = ""
    for m in _MONTH.finditer(plain):
        if m["word"] and _SIGNED.search(plain[: m.start()]):
            continue
        month = int(m["m1"] or m["m2"])
        year = m["y1"] or m["y2"]
        if 1 <= month <= 12:
            found.add((month, int(year) if year else None))
            shown = shown or text[m.start() : m.end()]
    return found, shown


def read_claims(name_words: str, head: str) -> FileClaims:
    """What the file's head (else its name, as words) says it is."""
    head = nfc(head)
    months, shown = _months(head)
    if not months:
        months, shown = _months(nfc(name_words))
    month = months.pop() if len(months) == 1 else None
    form_text = ""
    form = form_key(head)
    if form is not None:  # quoted as the head prints it, marks and all where it has them
        printed = [head[m.start() : m.end()] for m in _FORM.finditer(_plain(head))]
        form_text = max(printed, key=lambda t: (not t.isascii(), len(t)), default="")
    else:  # its name's words, as typed ("mau01")
        form = form_key(name_words)
        found = _FORM.search(_plain(nfc(name_words))) if form else None
        form_text = nfc(name_words)[found.start() : found.end()] if found else ""
    unit = _UNIT.search(_plain(head))
    unit_text = head[unit.start("unit") : unit.end("unit")].strip()[:UNIT_CHARS] if unit else ""
    parts = () if unit_text else heading_parts(head)
    return FileClaims(month, shown if month else "", form, form_text or "", unit_text, parts)


def heading_parts(head: str) -> tuple[str, ...]:
    """The lines of a file's head above its recipients ("Kính gửi: …", whose units receive it),
    cut at the dashes and colons a one-line title joins its parts with, as printed: where the
    unit that sends a report names itself when it prints no "Đơn vị:" line."""
    parts: list[str] = []
    for line in nfc(head).splitlines():
        recipients = _RECIPIENTS.search(_plain(line))
        end = recipients.start() if recipients else len(line)
        parts += [p.strip(" .,-–—") for p in _PARTS.split(line[:end])]
        if recipients:
            break
    return tuple(p for p in parts if p)


def clash(claims: FileClaims, task: Task, due: date | None, dossier: bool = False) -> str:
    """What the file prints that the task (its occurrence due on `due`) is not, as the officer
    reads it ("Mẫu số 01", "THÁNG 8/2021"); "" when nothing it prints says otherwise (a task
    printing no form is contradicted by no form: a list, a plan sent as the unit writes it).
    `dossier`: the task's form is one of the bot's own, and a file for it is a document of its
    dossier beside the form (a signed letter, an annex), which may print any form."""
    said = []
    own = form_key(task.form) if task.form else None
    # a month's report on its form is no document of a one-off task's dossier on another form
    # (the 2021 Biểu 02, the Phụ lục I–IV): the leniency is for a letter or annex beside it
    report = claims.month is not None and not task.recurring and bool(task.form)
    if claims.form and claims.form != own and ((own is not None and not dossier) or report):
        said.append(claims.form_text or claims.form.replace("mau", "Mẫu số"))
    month, year = claims.month or (0, None)
    when = None if task.recurring else due or task.due
    # a year or more from the date a one-off task is due: another year's report
    apart = abs(year * 12 + month - when.year * 12 - when.month) if year and when else 0
    if apart >= YEAR:
        said.append(claims.period_text)
    if claims.month is not None and task.recurring and due is not None:
        month, year = claims.month
        # the months a file for it may print: two where the letter leaves it open (ux37 #1)
        if task.every == "month" and not any(
            month == start.month and year in (None, start.year) for start in months_read(task, due)
        ):
            said.append(claims.period_text)
    return ", ".join(said)


def claimed_occurrences(claims: FileClaims, tasks: Iterable[Task], today: date) -> tuple[str, ...]:
    """The occurrences of the unit's monthly task on the form the file prints that may report
    the month it prints (their keys), whether owed, sent or not yet due: the one due in that
    month, and the one due the month after where the letter leaves the period open
    (period_readings.py, ux37 #1), both offered, never one picked in silence. None when the
    file prints no form and month, the task has no such occurrence (a month before its first),
    or several tasks on that form have."""
    if claims.month is None or claims.form is None:
        return ()
    month, year = claims.month
    found: list[str] = []
    owners = set()
    for task in tasks:
        if not task.recurring or task.every != "month" or form_key(task.form) != claims.form:
            continue
        years = [year] if year is not None else [today.year, today.year - 1]
        for y in years:
            start = date(y, month, 1)
            end = month_end(month, y)
            if two_readings(task):  # the month's figures, reported the month after
                end = month_end(*_next_month(month, y))
            keys = [task.key_of(d) for d in reports_of(task, start, end)]
            if keys:
                found += keys
                owners.add(task.id)
                break
    return tuple(found) if len(owners) == 1 else ()


def _next_month(month: int, year: int) -> tuple[int, int]:
    return (1, year + 1) if month == 12 else (month + 1, year)
