"""The question-answering core: one question in, one structured answer out."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from knowledge import answers, stats
from knowledge.agencies import AgencyResolver
from knowledge.intents import (
    ItemRef,
    Period,
    asks_about_agency,
    find_item,
    find_period,
    is_help,
    only_period_words,
)
from knowledge.loader import default_catalogue
from knowledge.matching import Matcher
from knowledge.model import Catalogue, Province, Row, find_task
from knowledge.stats import stats_question
from knowledge.text import fold
from knowledge.views import RowView, TaskView, agency_rows, row_view, sort_rows, task_view

MAX_QUESTION_CHARS = 500
MIN_COVERAGE = 0.5
CLOSE_RATIO = 0.75
MAX_ALTERNATIVES = 4
DECISION_PRIOR = 1.0  # the province's own decision wins a near tie
ASSIGNED_PRIOR = 0.2  # a row the province assigned wins a near tie


@dataclass
class Answer:
    intent: str  # service | agency | deadline | item | stats | help | unknown
    agency: str | None
    items: list[RowView]
    tasks: list[TaskView]
    html: str
    close: bool = False  # the best rows are too close to pick one: offer a choice
    extra: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        return answers.to_plain(self.html)

    def to_json(self) -> dict:
        return {
            "intent": self.intent,
            "agency": self.agency,
            "items": [v.to_json() for v in self.items],
            "tasks": [
                {"title": t.task.title, "deadline": t.due.isoformat() if t.due else None}
                for t in self.tasks
            ],
            "text": self.text,
        }


def match_text(row: Row, catalogue: Catalogue) -> str:
    """What a row is matched on: its title; a sub-row of 406-11 is its parent's title and its
    sector.
    """
    if row.sub:
        return catalogue.rows[f"{row.decision}-{row.number}"].title + " " + row.sub
    return row.title


class Assistant:
    def __init__(self, catalogue: Catalogue | None = None):
        self.catalogue = catalogue or default_catalogue()
        self.matcher = Matcher(
            [(r.key, match_text(r, self.catalogue)) for r in self.catalogue.rows.values()]
        )
        self.agencies = AgencyResolver(self.catalogue.agencies)
        self._priors: dict[str, dict[str, float]] = {}

    # -- entry point --------------------------------------------------------------------------
    def ask(
        self, question: str, today: date, province: str | None = None, agency: str | None = None
    ) -> Answer:
        """agency: the asking officer's agency, for their role in service answers."""
        prov = self.catalogue.province(province)
        question = (question or "")[:MAX_QUESTION_CHARS]
        folded = fold(question)
        if not folded:
            return Answer("unknown", None, [], [], answers.unknown_answer(bool(question.strip())))
        if is_help(folded):
            return Answer("help", None, [], [], answers.HELP_TEXT)
        if prov.stats:
            # Before row numbers: in "mức 4" the folded "muc 4" would read as row 4.
            mention = self.agencies.find(question)
            asked = stats_question(folded, mention.name if mention else None)
            if asked:
                return Answer(
                    "stats", asked.agency, [], [], stats.answer(asked, prov, self.agencies)
                )
        ref = find_item(folded)
        if ref:
            found = self.item(ref, prov, today)
            if found:
                return found
        mention = self.agencies.find(question)
        period = find_period(folded, today, self.plan_years(prov))
        words = folded.split()
        without_agency = (
            " ".join(words[: mention.start] + words[mention.end :]) if mention else folded
        )
        if period and only_period_words(without_agency):
            return self.period(period, prov, today, mention.name if mention else None)
        if mention and asks_about_agency(folded, mention):
            return self.agency(mention.name, prov, today)
        if ref:
            return self.missing_item(ref, prov)
        return self.service(question, prov, today, agency or (mention.name if mention else None))

    # -- intents ------------------------------------------------------------------------------
    def service(self, question: str, prov: Province, today: date, agency: str | None) -> Answer:
        hits = self.matcher.search(question, limit=MAX_ALTERNATIVES + 1, prior=self.prior(prov))
        if not hits or hits[0].coverage < MIN_COVERAGE:
            return Answer("unknown", None, [], [], answers.unknown_answer(True))
        best = hits[0]
        kept = [
            h for h in hits if h.score >= CLOSE_RATIO * best.score and h.coverage >= MIN_COVERAGE
        ]
        views = [row_view(self.catalogue.rows[h.key], prov, today, agency) for h in kept]
        close = len(kept) > 1 and kept[1].score >= 0.95 * best.score
        html = answers.service_answer(views[0], views[1:], prov, today, agency)
        return Answer("service", agency, views, [], html, close=close)

    def agency(self, name: str, prov: Province, today: date) -> Answer:
        lead, coordinate = agency_rows(self.catalogue, prov, name, today)
        tasks = sorted(
            (task_view(t, today) for t in prov.tasks_of(name)), key=lambda t: t.due or date.max
        )
        html = answers.agency_answer(name, prov, lead, coordinate, tasks, today)
        return Answer("agency", name, lead + coordinate, tasks, html)

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
                views.append(_at(view, inside[0]))
        tasks = []
        for task in prov.tasks_of(agency) if agency else prov.tasks:
            for due in task.occurrences(period.start, period.end)[:3]:
                tasks.append(TaskView(task, due))
        html = answers.period_answer(period.label, prov, sort_rows(views), tasks, today, agency)
        return Answer("deadline", agency, sort_rows(views), tasks, html, extra={"period": period})

    def item(self, ref: ItemRef, prov: Province, today: date) -> Answer | None:
        decision = ref.decision or self._decision_for(ref.number, prov)
        key = f"{decision}-{ref.number}"
        row = self.catalogue.rows.get(key)
        if row is None:
            return None
        subs = [r for r in self.catalogue.sub_rows(ref.number)] if decision == "406" else []
        if subs and ref.rest:
            wanted = fold(ref.rest)
            chosen = [
                r
                for r in subs
                if fold(r.sub or "") == wanted or fold(r.sub or "").startswith(wanted)
            ]
            if not chosen:
                chosen = [r for r in subs if wanted and wanted in fold(r.sub or "")]
            if chosen:
                view = row_view(chosen[0], prov, today)
                return Answer("item", None, [view], [], answers.row_full(view, prov, today))
        view = row_view(row, prov, today)
        if subs:
            sub_views = [row_view(r, prov, today) for r in subs]
            return Answer(
                "item",
                None,
                [view, *sub_views],
                [],
                answers.sub_rows_answer(view, sub_views, prov, today),
            )
        return Answer("item", None, [view], [], answers.row_full(view, prov, today))

    def missing_item(self, ref: ItemRef, prov: Province) -> Answer:
        decision = ref.decision or prov.decision
        count = max(int(r.number) for r in self.catalogue.rows.values() if r.decision == decision)
        label = f"{decision}-{ref.number}"
        return Answer("item", None, [], [], answers.missing_item_answer(label, decision, count))

    # -- helpers ------------------------------------------------------------------------------
    def lookup(self, key_text: str, prov: Province, today: date) -> Answer:
        """A row by its key as typed (`/muc 406-14`, `/muc 22`)."""
        folded = fold(key_text)
        ref = find_item(folded) or find_item(f"muc {folded}")
        if ref is None:
            return Answer(
                "unknown",
                None,
                [],
                [],
                answers.missing_item_answer(
                    key_text or "(trống)", prov.decision, self._count(prov.decision)
                ),
            )
        return self.item(ref, prov, today) or self.missing_item(ref, prov)

    def resolve_key(self, text: str, prov: Province, today: date) -> str | None:
        """The one row a typed key names ("406-14", "14", "mục 11 y tế"), or None."""
        folded = fold(text)
        for key in self.catalogue.rows:
            if fold(key) == folded:
                return key
        task = find_task(text, prov)
        if task:
            return task.id
        answer = self.lookup(text, prov, today)
        return answer.items[0].key if answer.intent == "item" and answer.items else None

    def _count(self, decision: str) -> int:
        return max(int(r.number) for r in self.catalogue.rows.values() if r.decision == decision)

    def _decision_for(self, number: str, prov: Province) -> str:
        if f"{prov.decision}-{number}" in self.catalogue.rows:
            return prov.decision
        other = "411" if prov.decision == "406" else "406"
        return other if f"{other}-{number}" in self.catalogue.rows else prov.decision

    def prior(self, prov: Province) -> dict[str, float]:
        if prov.slug not in self._priors:
            prior = {}
            for row in self.catalogue.rows.values():
                bonus = DECISION_PRIOR if row.decision == prov.decision else 0.0
                if row.key in prov.assignments:
                    bonus += ASSIGNED_PRIOR
                if bonus:
                    prior[row.key] = bonus
            self._priors[prov.slug] = prior
        return self._priors[prov.slug]

    def plan_years(self, prov: Province) -> list[int]:
        years = {m.due.year for a in prov.assignments.values() for m in a.milestones}
        years |= {t.due.year for t in prov.tasks if t.due}
        if not years:
            years = {
                m.due.year
                for r in self.catalogue.rows.values()
                if r.decision == prov.decision
                for m in r.milestones
            }
        return sorted(years)


def _at(view: RowView, due: date) -> RowView:
    return replace(view, deadline=due)
