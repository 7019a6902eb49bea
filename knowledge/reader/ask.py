"""The question-answering core: one question in, one structured answer out.

`Assistant.ask` parses the question once (`knowledge.reader.parse`), reads what it asks by the
evidence it
holds (`knowledge.reader.interpret`) and renders the answer (`knowledge.render.answers`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Literal

import numpy as np

from knowledge.catalogue.agencies import AgencyResolver
from knowledge.catalogue.loader import default_catalogue
from knowledge.catalogue.model import Catalogue, Province, Row, Task, find_task
from knowledge.catalogue.plan import plan_years
from knowledge.catalogue.stats import stats_question
from knowledge.catalogue.views import (
    RowView,
    TaskView,
    agency_rows,
    row_view,
    sort_rows,
    task_view,
)
from knowledge.language.text import tokenize
from knowledge.reader import lexicon
from knowledge.reader.evidence import TextIndex, task_index
from knowledge.reader.interpret import Interpreter, Reading, named_key
from knowledge.reader.lexicon import catalogue_phrases, match_text
from knowledge.reader.matching import Matcher, expand_words
from knowledge.reader.parse import SECTOR_WORDS, Parsed, RowRef, parse
from knowledge.reader.periods import Period
from knowledge.reader.progress import Marks, progress_answer
from knowledge.reader.wording import Outside, Wording, outside_names
from knowledge.render import answers, stats_text

DECISION_PRIOR = 1.0  # the province's own decision wins a near tie
ASSIGNED_PRIOR = 0.2  # a row the province assigned wins a near tie
AGENCY_PRIOR = 0.5  # a row of the agency the question names wins a near tie


# The intents of `python -m bot ask --json` (README, ../shared/eval).
Intent = Literal[
    "service",
    "agency",
    "deadline",
    "item",
    "task",
    "progress",
    "absent",
    "stats",
    "help",
    "unknown",
]


@dataclass(frozen=True)
class Asked:
    """A question read, before it is answered."""

    province: Province
    today: date
    parsed: Parsed
    reading: Reading | None  # None: nothing typed, or a statistics question
    typed: bool  # the question had any text
    stats: bool = False

    @property
    def needs_statuses(self) -> bool:
        """Whether the answer is read from the statuses (a progress question)."""
        return self.reading is not None and self.reading.intent == "progress"


@dataclass
class Answer:
    intent: Intent
    agency: str | None
    items: list[RowView]
    tasks: list[TaskView]
    html: str
    close: bool = False  # the best rows are too close to pick one: offer a choice
    extra: dict = field(default_factory=dict)
    sure: bool = True  # False: the answer is a question back ("Có phải bạn hỏi…")

    @property
    def text(self) -> str:
        return answers.to_plain(self.html)

    def to_json(self) -> dict:
        return {
            "intent": self.intent,
            "sure": self.sure,
            "agency": self.agency,
            "items": [v.to_json() for v in self.items],
            "tasks": [t.to_json() for t in self.tasks],
            "text": self.text,
        }


class Assistant:
    def __init__(self, catalogue: Catalogue | None = None):
        self.catalogue = catalogue or default_catalogue()
        rows = self.catalogue.rows.values()
        self.matcher = Matcher([(r.key, match_text(r, self.catalogue)) for r in rows])
        self.agencies = AgencyResolver(self.catalogue.agencies, catalogue_phrases(self.catalogue))
        tasks = [t for p in self.catalogue.provinces.values() for t in p.tasks]
        roles = [r.ministry_role + " " + r.local_role for r in rows]
        roles += [
            a.role_text for p in self.catalogue.provinces.values() for a in p.assignments.values()
        ]
        subjects = {t.id: self.catalogue.subject(t.source) for t in tasks}
        names = [a.name for a in self.catalogue.agencies.values()]
        names += [p.name for p in self.catalogue.provinces.values()]
        index = task_index(tasks, self.matcher, roles, subjects, names)
        named = TextIndex(
            {
                named_key(p, i): text
                for p in self.catalogue.provinces.values()
                for i, text in enumerate(p.named_services)
            },
            self.matcher,
        )
        names = outside_names(self.catalogue)
        wording = Wording([match_text(r, self.catalogue) for r in rows], names)
        outside = Outside(names, self.matcher)
        self.interpreter = Interpreter(self.matcher, index, named, wording, outside)
        self._priors: dict[str, np.ndarray] = {}
        self._years: dict[str, list[int]] = {}
        self._rows_mask: np.ndarray = self.matcher.mask(lambda key: True)
        self.vocabulary = lexicon.vocabulary(self.catalogue, tasks, self.matcher)
        self.compounds = lexicon.compounds(self.catalogue, tasks)

    # -- entry point --------------------------------------------------------------------------
    def parse(self, question: str, today: date, province: Province) -> Parsed:
        years = self.plan_years(province)
        return parse(
            question, province, self.agencies, today, years, self.vocabulary, self.compounds
        )

    def understand(
        self, question: str, today: date, province: str | None = None, agency: str | None = None
    ) -> Asked:
        """The question read: what it asks, and whether the answer needs the statuses.
        agency: the asking officer's agency (the asker when the question names none)."""
        prov = self.catalogue.province(province)
        parsed = self.parse(question, today, prov)
        if not parsed.tokens:
            return Asked(prov, today, parsed, None, bool(question.strip()))
        if prov.stats:
            subject = parsed.subject
            if stats_question(parsed.folded, subject.name if subject else None):
                return Asked(prov, today, parsed, None, True, stats=True)
        prior = self.prior(prov, parsed.subject.name if parsed.subject else None)
        reading = self.interpreter.read(parsed, prov, prior, self._rows_mask, agency)
        return Asked(prov, today, parsed, reading, True)

    def answer(self, asked: Asked, marks: Marks | None = None) -> Answer:
        """The answer to a question read; marks: the latest status of each (key, agency), which
        a progress question is answered from (none: nothing reported yet)."""
        prov, parsed = asked.province, asked.parsed
        if asked.stats:
            subject = parsed.subject
            question = stats_question(parsed.folded, subject.name if subject else None)
            assert question is not None
            html = stats_text.answer(question, prov, self.agencies)
            return Answer("stats", question.agency, [], [], html)
        if asked.reading is None:
            return Answer(
                "unknown", None, [], [], self.unknown_html(prov, asked.typed), sure=False
            )
        return self.render(asked.reading, parsed, prov, asked.today, marks or {})

    def ask(
        self,
        question: str,
        today: date,
        province: str | None = None,
        agency: str | None = None,
        marks: Marks | None = None,
    ) -> Answer:
        """agency: the asking officer's agency; marks: the statuses (see `answer`)."""
        return self.answer(self.understand(question, today, province, agency), marks)

    def render(
        self, reading: Reading, parsed: Parsed, prov: Province, today: date, marks: Marks
    ) -> Answer:
        if reading.intent == "help":
            return Answer("help", None, [], [], answers.HELP_TEXT)
        if reading.intent == "item" and reading.row:
            return self.item(reading.row, prov, today) or self.missing_item(reading.row, prov)
        if reading.intent == "task" and reading.task:
            return self.task(reading.task, prov, today, reading.agency)
        if reading.intent == "forms":
            forms = [task_view(t, today) for t in prov.tasks if t.form]
            html = answers.forms_answer(parsed.text, forms, prov)
            return Answer("task", None, [], forms, html, sure=False)
        if reading.intent == "service":
            return self.service(reading, prov, today)
        if reading.intent == "named" and reading.named is not None:
            html = answers.named_answer(
                prov, reading.named, self.catalogue.cite(prov.named_source)
            )
            return Answer("service", reading.agency, [], [], html)
        if reading.intent == "progress":
            found = progress_answer(self.catalogue, prov, reading, marks, today)
            return Answer("progress", reading.agency, found.items, found.tasks, found.html)
        if reading.intent == "deadline" and reading.period:
            return self.period(reading.period, prov, today, reading.agency)
        if reading.intent == "agency" and reading.agency:
            return self.agency(reading.agency, prov, today)
        if reading.intent == "suggest":
            views = [
                row_view(self.catalogue.rows[h.key], prov, today, reading.agency)
                for h in reading.hits
            ]
            html = answers.suggest_answer(views, today)
            return Answer("service", reading.agency, views, [], html, close=True, sure=False)
        if reading.intent == "whose":
            return Answer("unknown", None, [], [], answers.WHOSE_TEXT, sure=False)
        if reading.intent == "absent":
            near = [
                row_view(self.catalogue.rows[h.key], prov, today, reading.agency)
                for h in reading.hits
            ]
            html = answers.absent_answer(reading.asked, near, prov, today)
            return Answer("absent", reading.agency, [], [], html)
        return Answer("unknown", None, [], [], self.unknown_html(prov, True), sure=False)

    # -- intents ------------------------------------------------------------------------------
    def service(self, reading: Reading, prov: Province, today: date) -> Answer:
        agency = reading.agency
        views = [row_view(self.catalogue.rows[h.key], prov, today, agency) for h in reading.hits]
        if reading.sure:
            html = answers.service_answer(views[0], views[1:], prov, today, agency)
        else:  # rows too close to pick one, or another row's wording in the question
            html = answers.suggest_answer(views, today)
        return Answer(
            "service", agency, views, [], html, close=not reading.sure, sure=reading.sure
        )

    def agency(self, name: str, prov: Province, today: date) -> Answer:
        lead, coordinate = agency_rows(self.catalogue, prov, name, today)
        tasks = sorted(
            (task_view(t, today) for t in prov.tasks_of(name)), key=lambda t: t.due or date.max
        )
        members = set(prov.members(name))
        supported = [
            replace(task_view(t, today), supports=True)
            for t in prov.tasks
            if members & set(t.supporting)
        ]
        html = answers.agency_answer(name, prov, lead, coordinate, tasks, today, supported)
        return Answer("agency", name, lead + coordinate, tasks + supported, html)

    def period(self, period: Period, prov: Province, today: date, agency: str | None) -> Answer:
        views = []
        pool = prov.rows_of(agency) if agency else prov.assignments.values()
        keys = [a.key for a in pool] if (prov.assignments or agency) else list(self.catalogue.rows)
        for key in keys:
            row = self.catalogue.rows[key]
            view = row_view(row, prov, today, agency)
            dates = [
                m.due for m in (view.assignment.milestones if view.assignment else row.milestones)
            ]
            inside = [d for d in dates if period.start <= d <= period.end]
            if inside:
                views.append(replace(view, deadline=inside[0]))
        tasks = []
        for task in prov.tasks_of(agency) if agency else prov.tasks:
            for due in task.occurrences(period.start, period.end)[:3]:
                tasks.append(TaskView(task, due))
        html = answers.period_answer(period.label, prov, sort_rows(views), tasks, today, agency)
        return Answer("deadline", agency, sort_rows(views), tasks, html, extra={"period": period})

    def task(self, task: Task, prov: Province, today: date, asker: str | None) -> Answer:
        view = task_view(task, today)
        html = answers.task_answer(view, prov, today, asker, self.catalogue.cite(task.source))
        return Answer("task", asker, [], [view], html)

    def item(self, ref: RowRef, prov: Province, today: date) -> Answer | None:
        decision = ref.decision or self._decision_for(ref.number, prov)
        row = self.catalogue.rows.get(f"{decision}-{ref.number}")
        if row is None:
            return None
        subs = self.catalogue.sub_rows(ref.number) if decision == "406" else []
        chosen = self._sector(subs, ref) if subs else None
        if chosen:
            view = row_view(chosen, prov, today)
            return Answer("item", None, [view], [], answers.row_full(view, prov, today))
        view = row_view(row, prov, today)
        if subs:
            sub_views = [row_view(r, prov, today) for r in subs]
            html = answers.sub_rows_answer(view, sub_views, prov, today)
            return Answer("item", None, [view, *sub_views], [], html)
        return Answer("item", None, [view], [], answers.row_full(view, prov, today))

    def _sector(self, subs: list[Row], ref: RowRef) -> Row | None:
        """The sub-row of 406-11 the words after the number name ("lĩnh vực tài chính", "TNMT")."""
        words = [t for t in ref.sector if t.fold not in SECTOR_WORDS]
        if not words:
            return None
        typed = "".join(expand_words([t.fold for t in words]))
        agency = self.agencies.resolve(" ".join(t.raw for t in words))
        for sub in subs:
            name = "".join(t.fold for t in tokenize(sub.sub or ""))
            if name and (name.startswith(typed) or typed.startswith(name)):
                return sub
            if agency and agency.removeprefix("Sở ") == sub.sub:
                return sub
        return None

    def missing_item(self, ref: RowRef, prov: Province) -> Answer:
        decision = ref.decision or prov.decision
        label = f"{decision}-{ref.number}"
        html = answers.missing_item_answer(label, decision, self._count(decision))
        return Answer("item", None, [], [], html)

    def unknown_html(self, prov: Province, has_text: bool) -> str:
        return answers.unknown_answer(has_text, answers.examples(self.catalogue, prov))

    # -- helpers ------------------------------------------------------------------------------
    def lookup(self, key_text: str, prov: Province, today: date) -> Answer:
        """A row by its key as typed (`/muc 406-14`, `/muc 22`)."""
        ref = self._key_ref(key_text, prov, today)
        if ref is None:
            label = key_text or "(trống)"
            html = answers.missing_item_answer(label, prov.decision, self._count(prov.decision))
            return Answer("unknown", None, [], [], html)
        return self.item(ref, prov, today) or self.missing_item(ref, prov)

    def _key_ref(self, text: str, prov: Province, today: date) -> RowRef | None:
        """The row reference a typed key is: it starts the text ("406-14", "mục 22", a bare
        "22"), and whatever follows is the sector of a sub-row ("mục 11 y tế")."""
        tokens = tokenize(text)
        if not tokens:
            return None
        parsed = self.parse(text, today, prov)
        ref = parsed.rows[0] if parsed.rows else None
        if ref is None and tokens[0].fold.isdecimal():
            ref = RowRef(None, str(int(tokens[0].fold)), tuple(tokens[1:]), 0, len(tokens))
        return ref if ref is not None and ref.start == 0 else None

    def resolve_key(self, text: str, prov: Province, today: date) -> str | None:
        """The one row or task a typed key names ("406-14", "14", "mục 11 y tế", "tq-2021-04-20",
        "20/4"), or None. Strict, since a write follows: the key is the whole text."""
        if text.strip() in self.catalogue.rows:
            return text.strip()
        occurrence = prov.task_at(text.strip().lower())
        if occurrence is not None:  # a task's id, or one occurrence's key
            named, due = occurrence
            return named.key_of(due) if due else named.id
        task = find_task(text, prov)
        if task:
            return task.id
        ref = self._key_ref(text, prov, today)
        if ref is None:
            return None
        answer = self.item(ref, prov, today)
        if answer is None or not answer.items:
            return None
        chosen = answer.items[0]
        if ref.sector and not chosen.row.sub:
            return None  # words after the number that name no sub-row: not a key
        return chosen.key

    def _count(self, decision: str) -> int:
        return max(int(r.number) for r in self.catalogue.rows.values() if r.decision == decision)

    def _decision_for(self, number: str, prov: Province) -> str:
        if f"{prov.decision}-{number}" in self.catalogue.rows:
            return prov.decision
        other = "411" if prov.decision == "406" else "406"
        return other if f"{other}-{number}" in self.catalogue.rows else prov.decision

    def prior(self, prov: Province, agency: str | None = None) -> np.ndarray:
        """A bonus per row on near ties: the province's decision, its assigned rows, and the rows
        of the agency the question names."""
        if prov.slug not in self._priors:
            prior = {}
            for row in self.catalogue.rows.values():
                bonus = DECISION_PRIOR if row.decision == prov.decision else 0.0
                if row.key in prov.assignments:
                    bonus += ASSIGNED_PRIOR
                if bonus:
                    prior[row.key] = bonus
            self._priors[prov.slug] = self.matcher.prior_vector(prior)
        vector = self._priors[prov.slug]
        own = [self.catalogue.row_position(a.key) for a in prov.rows_of(agency)] if agency else []
        if not own:
            return vector
        vector = vector.copy()
        vector[own] += AGENCY_PRIOR
        return vector

    def plan_years(self, prov: Province) -> list[int]:
        if prov.slug not in self._years:
            self._years[prov.slug] = plan_years(self.catalogue, prov)
        return self._years[prov.slug]


@functools.cache
def default_assistant() -> Assistant:
    """The reader of the catalogue as shipped, built once per process: building one takes a
    fifth of a second, and every bot, command and test in a process reads the same files. A table
    version of its own gets its own Assistant (usecases/desk.py)."""
    return Assistant()
