"""The answers to what a question was read as asking, one function an intent: a service (sure,
or its choices), an agency's list, a period's dates, a task, a letter's tasks.
knowledge/reader/ask.py chooses which; these build the answer from the catalogue and the
province."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from knowledge.catalogue.model import Catalogue, Province, Task
from knowledge.catalogue.views import RowView, TaskView, agency_rows, row_view, task_view
from knowledge.letters.sources import TrackedLetter
from knowledge.reader.answer_types import Answer
from knowledge.reader.period_answers import DueIn, due_for
from knowledge.reader.periods import Period
from knowledge.reader.progress import Marks, owed_task
from knowledge.reader.reading import Reading
from knowledge.render import answers, duty_text, list_answers, task_answers
from knowledge.rules.standing import Standing


def service_of(catalogue: Catalogue, reading: Reading, prov: Province, today: date) -> Answer:
    agency = reading.agency
    views = [row_view(catalogue.rows[h.key], prov, today, agency) for h in reading.hits]
    if reading.sure:
        html = answers.service_answer(views[0], views[1:], prov, today, agency)
    else:  # rows too close to pick one, or another row's wording in the question
        html = answers.suggest_answer(views, today)
    return Answer("service", agency, views, [], html, close=not reading.sure, sure=reading.sure)


def agency_of(
    catalogue: Catalogue,
    name: str,
    prov: Province,
    today: date,
    units: Sequence[Standing] | None = None,
) -> Answer:
    """An agency's list; `units`: its standings (knowledge/rules/progress.py `standings`),
    when read from the statuses: each item then where it stands, as /tiendo says it
    (knowledge/render/duty_text.py)."""
    lead, coordinate = agency_rows(catalogue, prov, name, today)
    tasks = sorted(
        (task_view(t, today) for t in prov.tasks_of(name)), key=lambda t: t.due or date.max
    )
    members = set(prov.members(name))
    supported = [
        replace(task_view(t, today), supports=True)
        for t in prov.tasks
        if members & set(t.supporting)
    ]
    if units is None:
        html = list_answers.agency_answer(name, prov, lead, coordinate, tasks, today, supported)
        return Answer("agency", name, lead + coordinate, tasks + supported, html)
    head = list_answers.agency_head(name, prov, lead, coordinate, tasks, today, supported)
    html = duty_text.duty_answer(catalogue, name, prov, head, units, today, supported)
    return Answer("agency", name, lead + coordinate, tasks + supported, html)


def period_of(
    catalogue: Catalogue,
    period: Period,
    prov: Province,
    today: date,
    agency: str | None,
    due: DueIn | None = None,
) -> Answer:
    """due: the period's due items when the caller has them already (rendering.py reads them
    once for this answer and for the unit's standing beside it)."""
    if due is None:
        due = due_for(catalogue, period, prov, today, agency)
    html = list_answers.period_answer(
        due.period.label,
        prov,
        due.views,
        due.tasks,
        today,
        agency,
        due.after,
        period.nearest,
        due.held,
        due.other,
    )
    extra = {"period": due.period}
    # a row due twice in the period is shown under each date, and is one item
    rows: dict[str, RowView] = {}
    for view in due.views:
        rows.setdefault(view.key, view)
    return Answer("deadline", agency, list(rows.values()), due.tasks, html, extra=extra)


def task_of(
    catalogue: Catalogue,
    task: Task,
    prov: Province,
    today: date,
    asker: str | None,
    named: Sequence[Task] = (),
    due: date | None = None,
    asked: TaskView | None = None,
    brief: bool = False,
    full: bool = False,
) -> Answer:
    """named: every task the question named, this one chosen among them (the others are
    mentioned beside it); due: the occurrence asked about, else the next; `asked`: that
    occurrence (or, none asked, the one that applies) with where the asker's unit stands on
    it (the standing rule's); brief: only the
    date was asked (task_answers.task_answer)."""
    view = TaskView(task, due) if due is not None else task_view(task, today)
    if asked is not None and (due is None or asked.due == due):
        # where the asker's unit stands, by the standing rule of /nopbai and /tiendo: an
        # ended task is said ended, a late occurrence before the next (ux34 #1)
        view = asked
    # the tasks the asker's unit owes first: what it must send before what it only supports
    owed = {t.id for t in prov.tasks_of(asker)} if asker else set()
    ordered = sorted(named, key=lambda t: t.id not in owed)
    others = [task_view(t, today) for t in ordered if t != task]
    source = catalogue.cite(task.source)
    html = task_answers.task_answer(
        view, prov, today, asker, source, others, brief=brief, asked=due is not None, full=full
    )
    # a supporter's one line: its steps behind a button (task_answers.supporter_answer)
    short = asker is not None and not full and task_answers.supports_only(task, prov, asker)
    return Answer("task", asker, [], [view], html, extra={"steps": task.id} if short else {})


def letter_of(
    catalogue: Catalogue,
    letter: TrackedLetter,
    prov: Province,
    today: date,
    asker: str | None,
    marks: Marks,
) -> Answer:
    """A letter's tasks; for an officer, where each task their unit owes stands."""
    views = [task_view(t, today) for t in letter.tasks]
    if asker is not None:
        views = [owed_task(v, prov, asker, marks, today) for v in views]
    html = task_answers.letter_answer(letter, views, prov, today, asker)
    return Answer("task", asker, [], views, html)
