"""An answer rendered from what a question was read as: the intent decides which answer
(knowledge/reader/intent_answers.py builds most), and an agency that was only guessed is asked
back before it. knowledge/reader/ask.py reads the question and calls `render`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from knowledge.catalogue.model import Catalogue, Province, Task
from knowledge.catalogue.views import TaskView, row_view, task_view
from knowledge.reader import intent_answers
from knowledge.reader.answer_types import Answer, duty_standing, next_due_of_agency
from knowledge.reader.asking import amount_asked
from knowledge.reader.date_asked import asks_the_date, today_line
from knowledge.reader.form_asked import form_asked
from knowledge.reader.month_reports import nearest_owed, occurrence, occurrence_view
from knowledge.reader.parse import Parsed
from knowledge.reader.period_answers import DueIn, due_for
from knowledge.reader.progress import Marks, owed_task, progress_answer
from knowledge.reader.reading import Reading
from knowledge.reader.support_answers import with_support
from knowledge.reader.when_asked import asks_when_only, asks_whom, asks_whom_only
from knowledge.render import (
    answers,
    contact_text,
    declines,
    form_answers,
    list_answers,
    period_standing_text,
    progress_text,
    row_standing_answers,
    task_answers,
    whose,
)
from knowledge.rules.occurrences import occurrence_standing
from knowledge.rules.progress import done_by_all, standings
from knowledge.rules.standing import Standing

if TYPE_CHECKING:  # the assistant calls this module; only its type is named here
    from knowledge.reader.ask import Assistant

# answers about an agency, which may be a guess
GUESSED = ("agency", "progress", "deadline")


def render(
    assistant: Assistant,
    reading: Reading,
    parsed: Parsed,
    prov: Province,
    today: date,
    marks: Marks,
) -> Answer:
    answer = _render(assistant, reading, parsed, prov, today, marks)
    answer = row_standing_answers.with_row_standing(
        assistant.catalogue, answer, reading.agency, prov, today, marks
    )
    if reading.intent in GUESSED and reading.agency and not reading.sure:
        # the agency or unit is a guess (a short form the letters use as an ordinary word,
        # a district's place alone): asked back before its answer
        html = list_answers.agency_guess(reading.agency) + answer.html
        return replace(answer, html=html, sure=False)
    return answer


def with_standing(
    catalogue: Catalogue,
    answer: Answer,
    reading: Reading,
    prov: Province,
    today: date,
    marks: Marks,
    units: Sequence[Standing] | None = None,
    due: DueIn | None = None,
) -> Answer:
    """A period's answer for one unit, each item with where it stands for the unit and what is
    done or closed counted apart (period_standing_text.py), by the standing rule of /tiendo.
    `units`: the unit's standings, `due`: the period's due items (period_answers.due_for), when
    the caller has them already."""
    agency, period = reading.agency, reading.period
    if agency is None or period is None or prov.members(agency) != (agency,):
        return answer  # a group of units ("UBND huyện"): each stands on its own, see /tiendo
    if not answer.items and not answer.tasks:
        return answer
    if due is None:
        due = due_for(catalogue, period, prov, today, agency, marks)
    if units is None:
        units = standings(catalogue, prov, marks, today, agency)
    # each occurrence the period holds by its own status, listed in /tiendo today or not
    held = [
        occurrence_standing(t.task, t.due, agency, marks, today)
        for t in due.tasks
        if t.due is not None and agency in t.task.addressees
    ]
    head = answer.html.split("\n", 1)[0]
    html = period_standing_text.period_with_standing(
        head, due.views, due.tasks, today, [*units, *held]
    )
    found = {s.key: s.state.value for s in units if not s.is_task}
    items = [replace(v, standing=found.get(v.key), unit=agency) for v in answer.items]
    return replace(answer, items=items, html=html)


def with_province_standing(
    catalogue: Catalogue, answer: Answer, prov: Province, today: date, marks: Marks, due: DueIn
) -> Answer:
    """A period's answer for the province, with the rows and tasks every unit has done or
    closed said apart, by the standing rule of every view (period_standing_text.py). `due`:
    the period's due items (a row due twice in it is listed under each date)."""
    if not due.views and not due.tasks:
        return answer
    rows = [v.key for v in due.views]
    done = done_by_all(catalogue, prov, marks, today, rows, [(t.task, t.due) for t in due.tasks])
    head = answer.html.split("\n", 1)[0]
    html = period_standing_text.province_period(head, due.views, due.tasks, today, done)
    return answer if html is None else replace(answer, html=html)


def _render(
    assistant: Assistant,
    reading: Reading,
    parsed: Parsed,
    prov: Province,
    today: date,
    marks: Marks,
) -> Answer:
    if reading.intent == "help":
        return Answer("help", None, [], [], declines.help_text(assistant.catalogue, prov))
    if reading.intent == "item" and reading.row:
        return assistant.item(reading.row, prov, today, reading.agency) or assistant.missing_item(
            reading.row, prov
        )
    due = occurrence(reading)
    if reading.intent == "task" and reading.task and reading.standing and reading.agency:
        # where the unit stands on the task, by the standing rule /nopbai and /quahan use
        view = owed_task(task_view(reading.task, today), prov, reading.agency, marks, today)
        if due is not None:  # the occurrence of the month asked about
            view = occurrence_view(reading, due, marks, today)
        html = task_answers.standing_answer(view, prov, today, reading.agency)
        return Answer("task", reading.agency, [], [view], html)
    form = form_asked(parsed, prov) if reading.intent == "task" and reading.task else None
    if form is not None and reading.task is not None and due is None:
        # "pl1 là gì": the form itself, not the task's card again
        view = task_view(reading.task, today)
        html = form_answers.form_answer(form, view, today)
        return Answer("task", reading.agency, [], [view], html)
    if reading.intent == "task" and reading.task:
        # "bc tháng 11 nộp khi nào" in December: that occurrence, late only if the unit owes it
        task, agency = reading.task, reading.agency
        asked = _owed(task, prov, agency, marks, today)
        if due is not None and agency in prov.expand(task.addressees):
            asked = occurrence_view(reading, due, marks, today)
        brief = asks_when_only(parsed) or asks_whom_only(parsed)
        answered = assistant.task(task, prov, today, agency, reading.tasks, due, asked, brief)
        return _to_whom(answered, task, parsed)
    if reading.intent == "task" and not reading.tasks and reading.period and reading.agency:
        # a month the unit owes nothing in: said, with the nearest occurrence it owes
        period = reading.period
        closest = nearest_owed(prov.tasks_of(reading.agency), period.start, period.end)
        nearest = TaskView(*closest) if closest else None
        html = task_answers.none_owed(reading.agency, period.label, nearest, today)
        return Answer("task", reading.agency, [], [], html)
    if reading.intent == "task" and not reading.tasks and reading.asked:
        # a recurrence asked about ("bc hằng tháng nộp ngày nào") that no task in force has
        html = task_answers.none_recurring(reading.agency, reading.asked)
        return Answer("task", reading.agency, [], [], html)
    if reading.intent == "task" and reading.tasks and reading.hits:
        # a task's own words and a row's both fit (task_words.py): the tasks, then the row
        choices = [task_view(t, today) for t in reading.tasks]
        rows = [
            row_view(assistant.catalogue.rows[h.key], prov, today, reading.agency)
            for h in reading.hits
        ]
        html = task_answers.choices_answer(choices, prov, today, reading.agency, rows)
        return Answer("task", reading.agency, rows, choices, html, close=True, sure=False)
    if reading.intent == "task" and len(reading.tasks) == 1:
        # one candidate, the asker's own (or no unit said): answered, still not sure, with
        # how to say it is not that one; a question back with a single button was a tap more
        task = reading.tasks[0]
        if reading.agency is None or reading.agency in prov.expand(task.addressees):
            brief = asks_when_only(parsed) or asks_whom_only(parsed)
            asked = _owed(task, prov, reading.agency, marks, today)
            answered = assistant.task(task, prov, today, reading.agency, asked=asked, brief=brief)
            answered = _to_whom(answered, task, parsed)
            html = f"{answered.html}\n\n{task_answers.NOT_THIS_ONE}"
            return replace(answered, html=html, sure=False)
    if reading.intent == "task" and reading.tasks:
        choices = [task_view(t, today) for t in reading.tasks]
        html = task_answers.choices_answer(choices, prov, today, reading.agency)
        return Answer("task", reading.agency, [], choices, html, close=True, sure=False)
    if reading.intent == "letter" and reading.letter:
        return intent_answers.letter_of(
            assistant.catalogue, reading.letter, prov, today, reading.agency, marks
        )
    if reading.intent == "forms":
        forms = [task_view(t, today) for t in prov.tasks if t.form]
        # the form as typed ("mẫu số 02"), not the whole question around it
        span = next((s for s in parsed.others if s.kind in ("form", "table")), None)
        typed = (
            " ".join(t.raw for t in parsed.tokens[span.start : span.end]) if span else parsed.text
        )
        html = task_answers.forms_answer(typed, forms, prov)
        return Answer("task", None, [], forms, html, sure=False)
    if reading.intent == "service":
        return intent_answers.service_of(assistant.catalogue, reading, prov, today)
    if reading.intent == "named" and reading.named is not None:
        html = answers.named_answer(
            prov, reading.named, assistant.catalogue.cite(prov.named_source)
        )
        return Answer("service", reading.agency, [], [], html)
    if reading.intent == "progress":
        found = progress_answer(
            assistant.catalogue, prov, reading, marks, today, amount_asked(parsed)
        )
        html = progress_text.found_report(assistant.catalogue, prov, found, today, marks)
        return Answer("progress", reading.agency, found.items, found.tasks, html)
    if reading.intent == "deadline" and reading.period:
        # the period's due items, read once for the answer and for the unit's standing
        due_in = due_for(assistant.catalogue, reading.period, prov, today, reading.agency, marks)
        answer = intent_answers.period_of(
            assistant.catalogue, reading.period, prov, today, reading.agency, due_in
        )
        # the unit's standings, read once for the items' standing and what is late beside
        units = (
            standings(assistant.catalogue, prov, marks, today, reading.agency)
            if reading.agency is not None
            else None
        )
        if reading.agency is not None:
            answer = with_standing(
                assistant.catalogue, answer, reading, prov, today, marks, units, due_in
            )
        else:  # the province's list: what every unit has done said apart (u26 #3)
            answer = with_province_standing(
                assistant.catalogue, answer, prov, today, marks, due_in
            )
        # what is already late beside the dates asked about, by /quahan's rule: "tháng 6 bên
        # em cần làm gì" answered "nothing due" the morning a reminder listed two late tasks
        # (and a row the answer held back as late on an earlier date, said late here once)
        ahead = reading.period.end >= today
        if (next_due_of_agency(reading) or ahead or due_in.held) and reading.agency is not None:
            said = {v.key for v in due_in.views} | {t.task.id for t in due_in.tasks}
            late = progress_text.late_beside(
                assistant.catalogue, prov, marks, today, reading.agency, units, said, due_in.held
            )
            answer.html += late
        if reading.agency is not None and units is not None:  # its support, said as such
            answer = with_support(
                answer, reading.agency, reading.period, prov, today, units, due_in
            )
        if asks_the_date(parsed):
            answer.html = f"{today_line(today)}\n{answer.html}"
        return answer
    if reading.intent == "agency" and reading.agency:
        # one unit's list surely asked: each item where it stands for it (answer_types.py)
        units = (
            standings(assistant.catalogue, prov, marks, today, reading.agency)
            if duty_standing(reading, prov)
            else None
        )
        answer = intent_answers.agency_of(assistant.catalogue, reading.agency, prov, today, units)
        if reading.contact:
            answer.html += "\n\n" + contact_text.contact_line(prov, reading.agency)
        return answer
    if reading.intent == "suggest":
        views = [
            row_view(assistant.catalogue.rows[h.key], prov, today, reading.agency)
            for h in reading.hits
        ]
        html = answers.suggest_answer(views, today)
        return Answer("service", reading.agency, views, [], html, close=True, sure=False)
    if reading.intent == "whose":
        return Answer("unknown", None, [], [], whose.WHOSE_TEXT, sure=False)
    if reading.intent == "figures":
        html = declines.no_figures_answer(assistant.catalogue, prov, reading.agency)
        return Answer("unknown", reading.agency, [], [], html)
    if reading.intent == "absent":
        near = [
            row_view(assistant.catalogue.rows[h.key], prov, today, reading.agency)
            for h in reading.hits
        ]
        html = declines.absent_answer(reading.asked, near, prov, today)
        return Answer("absent", reading.agency, [], [], html)
    html = assistant.unknown_html(prov, True)
    if asks_the_date(parsed):
        # "hôm nay thứ mấy": the bot's clock says the day, then what it can answer
        html = f"{today_line(today)}\n{html}"
    return Answer("unknown", None, [], [], html, sure=False)


def _to_whom(answered: Answer, task: Task, parsed: Parsed) -> Answer:
    """ "phụ lục 3 nộp cho ai": the recipient the letter names, first (ux26 #7)."""
    if not task.recipient or not asks_whom(parsed):
        return answered
    return replace(answered, html=f"{task_answers.recipient_line(task)}\n{answered.html}")


def _owed(
    task: Task, prov: Province, agency: str | None, marks: Marks, today: date
) -> TaskView | None:
    """The task as the asker's unit stands on it (the standing rule's), when it owes it."""
    if agency is None:
        return None
    view = owed_task(task_view(task, today), prov, agency, marks, today)
    return view if view.standing is not None else None
