"""A unit's document of a month, asked in the words of sending and nothing else: "bc tháng 11 nộp
chưa", "báo cáo tháng 1 hạn khi nào", "tháng 9 bên em phải gửi gì".

Such a question names no service: "báo cáo" and a month are the words of what the province's
letters ask units to send, not of the catalogue row that prints "báo cáo 6 tháng". It asks what
that unit (the one named, else the asker's) owes in that month: the task due in it (its
occurrence in that month, for a monthly report), or, when the unit owes nothing that month,
that it owes nothing, with the nearest occurrence it does owe.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from knowledge.calendar.deadlines import month_end
from knowledge.catalogue.model import Province, Task
from knowledge.catalogue.occurrence_names import month_year
from knowledge.catalogue.views import TaskView
from knowledge.language.text import Token
from knowledge.language.vocabulary import CHAT_WORDS, QUESTION_MARKED, SEND_WORDS
from knowledge.reader.asking import Standing, done_asked
from knowledge.reader.handin_questions import talk_word
from knowledge.reader.parse import Parsed
from knowledge.reader.period_direction import direction
from knowledge.reader.periods import Period, PeriodSpan
from knowledge.reader.places import Place
from knowledge.reader.progress import Marks
from knowledge.reader.reading import Reading
from knowledge.reader.report_periods import occurrences_in
from knowledge.reader.synonyms import expand_tokens
from knowledge.reader.task_choice import clues_of, task_reading
from knowledge.rules.occurrences import occurrence_standing

# what the reading of the whole may have been for the month's document to be asked instead: a
# row found on "báo cáo" alone, rows offered, or nothing
REPLACED = ("service", "suggest", "absent", "unknown")
NEAREST_YEARS = 2  # how far from the month the nearest owed occurrence is looked for


def sending_talk(parsed: Parsed, named: set[int]) -> bool:
    """Nothing but sending talk ("bc", "báo cáo", "nộp", "gửi", "chưa", "khi nào", "hạn") beside
    what the question names (`named`: positions of its periods and agencies), with a word of
    sending or reporting among it."""
    rest = [t for i, t in enumerate(parsed.tokens) if i not in named]
    sends = any(t in SEND_WORDS for t in rest) or _reports(expand_tokens(rest))
    return sends and all(
        talk_word(t) or t in SEND_WORDS or t in CHAT_WORDS or t in QUESTION_MARKED for t in rest
    )


def _reports(tokens: Sequence[Token]) -> bool:
    return any(a.fold == "bao" and b.fold == "cao" for a, b in itertools.pairwise(tokens))


def month_report(
    parsed: Parsed,
    prov: Province,
    reading: Reading,
    asker: str | None,
    place: Place | None = None,
) -> Reading | None:
    """The unit's document of the month a question asks for, or None when it asks something
    else. place: a district named by its place alone ("ham yen nộp bc tháng 9 chưa")."""
    if reading.intent not in REPLACED or parsed.rows or parsed.tasks or parsed.letters:
        return None
    periods = [p for p in parsed.periods if not p.period.late]
    if len(periods) != 1:
        return None
    who = clues_of(parsed, asker).agency
    if place is not None and not parsed.agencies:
        who = place.unit
    named = {i for p in periods for i in range(p.start, p.end)}
    named |= set(range(place.start, place.end)) if place is not None else set()
    named |= {i for m in parsed.agencies for i in range(m.start, m.end)}
    named |= {i for s in parsed.others if s.kind == "self" for i in range(s.start, s.end)}
    named |= done_asked(parsed.tokens)  # "nộp đúng hạn chưa": whether it was sent (on time)
    if not sending_talk(parsed, named):
        return None
    period = periods[0].period
    if who is None:
        # no unit to ask it of: the reports any unit sends that month are what is asked, and
        # without one a row found on "báo cáo" alone is only offered
        due = [t for t in prov.tasks if t.recurring and occurrences_in(t, period)]
        if due:
            return replace(task_reading(due, parsed, prov, None), period=period)
        return replace(reading, sure=False) if reading.intent == "service" else None
    owed = [t for t in prov.tasks_of(who) if occurrences_in(t, period)]
    # "… nộp chưa": where the unit stands on it, not what it is
    standing: Standing | None = "open" if direction(parsed.tokens) == "back" else None
    if owed:
        found = task_reading(owed, parsed, prov, who)
        return replace(found, period=period, standing=standing if found.task else None)
    return Reading("task", agency=who, period=period)


def in_period(reading: Reading, parsed: Parsed) -> Reading:
    """A recurring task read with the one period the question names ("báo cáo tháng 11 nộp khi
    nào"): its occurrence in that period is the one answered, not the next one."""
    task = reading.task
    if reading.intent != "task" or task is None or reading.period or not task.recurring:
        return reading
    spans = [p for p in parsed.periods if not p.period.late]
    periods = [_month_named(p, parsed, task) for p in spans]
    if len(periods) != 1 or not occurrences_in(task, periods[0]):
        return reading
    owes = reading.agency is not None and reading.agency in task.addressees
    # "bc tháng 11 bên em nộp chưa": where the unit stands on that month's, not what it is
    standing: Standing | None = "open" if owes and direction(parsed.tokens) == "back" else None
    return replace(reading, period=periods[0], standing=standing)


def _month_named(span: PeriodSpan, parsed: Parsed, task: Task) -> Period:
    """A whole month typed without its year, of a recurring task: the month past or current, as
    /capnhat reads "T11" (occurrence_names.month_year), not the plan's year ("đồng bộ tháng 11"
    on 1/12/2021 is 11/2021's, though Khánh Hòa's plan is 2020's)."""
    period, today = span.period, parsed.today
    start, end = period.start, period.end
    whole = start.day == 1 and end == month_end(start.month, start.year)
    typed = any(re.search(r"\d{4}", t.raw) for t in parsed.tokens[span.start : span.end])
    if today is None or not whole or typed:
        return period
    year = month_year(start.month, today)
    if year <= start.year:  # only ever later than the reader's year: a month ahead stays as read
        return period
    first = date(year, start.month, 1)
    label = f"Tháng {start.month}/{year}"
    moved = replace(period, start=first, end=month_end(start.month, year), label=label)
    # of a report ("bc tháng 11"), the occurrence that reports that month, due after it
    return moved if occurrences_in(task, moved) else period


def nearest_owed(tasks: Sequence[Task], start: date, end: date) -> tuple[Task, date] | None:
    """The occurrence nearest to a span among the tasks a unit owes (before or after it)."""
    wide = (date(start.year - NEAREST_YEARS, 1, 1), date(end.year + NEAREST_YEARS, 12, 31))
    found = [(t, d) for t in tasks for d in t.occurrences(*wide)]
    if not found:
        return None

    def distance(pair: tuple[Task, date]) -> int:
        day = pair[1]
        return (start - day).days if day < start else (day - end).days

    return min(found, key=distance)


def occurrence(reading: Reading) -> date | None:
    """The occurrence of a recurring task in the period its reading carries."""
    task, period = reading.task, reading.period
    if task is None or period is None or not task.recurring:
        return None
    days = occurrences_in(task, period)
    return days[0] if days else None


def occurrence_view(reading: Reading, due: date, marks: Marks, today: date) -> TaskView:
    """One occurrence of a task as the reading's unit's own: where that occurrence stands by its
    own status (knowledge/rules/occurrences.py, the rule /nopbai and /quahan list it by), an
    ended one ended, a month ahead owed whatever an earlier month's status (ux28 #2, #4)."""
    task, agency = reading.task, reading.agency
    assert task is not None and agency is not None
    if agency not in task.addressees:
        return TaskView(task, due)
    found = occurrence_standing(task, due, agency, marks, today)
    return TaskView(task, due, found.state.value, agency, late_by=found.late_by)
