"""The question-answering core: one question in, one structured answer out.

`Assistant.ask` parses the question once (`knowledge.reader.parse`), reads what it asks by the
evidence it holds (`knowledge.reader.interpret`) and renders the answer
(`knowledge.render.answers`). What it hands out is in answer_types.py, the rows by their number
in row_lookup.py.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

import numpy as np

from knowledge.catalogue import units
from knowledge.catalogue.loader import DATA_DIR, LETTERS_DIR, default_catalogue
from knowledge.catalogue.model import UNIT_KIND, Catalogue, Province, Task
from knowledge.catalogue.plan import plan_years
from knowledge.catalogue.stats import stats_question
from knowledge.catalogue.views import (
    RowView,
    agency_rows,
    row_view,
    task_view,
)
from knowledge.letters.sources import TrackedLetter, tracked_letters
from knowledge.reader import lexicon
from knowledge.reader.answer_types import Answer, Asked, Intent, next_due_of_agency
from knowledge.reader.asking import amount_asked
from knowledge.reader.asking_clause import asking_clause
from knowledge.reader.evidence import TextIndex, task_index, telling
from knowledge.reader.interpret import SUGGESTIONS, Interpreter, named_key
from knowledge.reader.letter_subjects import described_letter
from knowledge.reader.lexicon import match_text
from knowledge.reader.ordinary_names import OrdinaryNames, guessed
from knowledge.reader.owed_words import owed_reading, replaceable
from knowledge.reader.parse import Parsed, parse
from knowledge.reader.period_answers import due_for
from knowledge.reader.periods import Period
from knowledge.reader.places import place_named, with_unit
from knowledge.reader.progress import Marks, owed_task, progress_answer
from knowledge.reader.reading import Reading
from knowledge.reader.retelling import clauses, retold
from knowledge.reader.row_indexes import row_indexes
from knowledge.reader.row_lookup import RowLookup
from knowledge.reader.task_choice import Named, named_among
from knowledge.reader.two_questions import answered, asking_clauses, left_out, what
from knowledge.render import answers, progress_text, stats_text, task_answers

# What a question naming a letter by its subject was read as when the letter was not seen: a
# service, nothing, or a choice; a task, a row or a period the question names stays itself.
ABOUT_A_LETTER = ("service", "absent", "unknown", "suggest")
# readings a period question's circumstances can lead to, when the clause that asks is read
# alone: a task its purpose's words fit, or nothing, or a service, its story's words
_TOLD_AROUND = ("task", "unknown", "absent", "suggest")
_GUESSED = ("agency", "progress", "deadline")  # answers about an agency, which may be a guess
DECISION_PRIOR = 1.0  # the province's own decision wins a near tie
ASSIGNED_PRIOR = 0.2  # a row the province assigned wins a near tie
AGENCY_PRIOR = 0.5  # a row of the agency the question names wins a near tie

__all__ = ["Answer", "Asked", "Assistant", "Intent", "default_assistant", "match_text"]


class Assistant(RowLookup):
    def __init__(self, catalogue: Catalogue | None = None):
        self.catalogue = catalogue or default_catalogue()
        rows = self.catalogue.rows.values()
        built = row_indexes(self.catalogue)  # shared with Assistants over the same rows
        self.matcher = built.matcher
        self.agencies = built.agencies
        tasks = [t for p in self.catalogue.provinces.values() for t in p.tasks]
        roles = [r.ministry_role + " " + r.local_role for r in rows]
        roles += [
            a.role_text for p in self.catalogue.provinces.values() for a in p.assignments.values()
        ]
        subjects = {t.id: self.catalogue.subject(t.source) for t in tasks}
        # by letter key: a letter named by what it is about (letter_subjects.py)
        self._subjects = {
            t.source.partition("#")[0]: self.catalogue.subject(t.source) for t in tasks
        }
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
        self.interpreter = Interpreter(self.matcher, index, named, built.wording, built.outside)
        self._priors: dict[str, np.ndarray] = {}
        self._years: dict[str, list[int]] = {}
        self._letters: dict[str, list[TrackedLetter]] = {}
        self._ordinary: dict[str, OrdinaryNames] = {}
        self._units: dict[str, tuple[str, ...]] = {}
        self._rows_mask: np.ndarray = self.matcher.mask(lambda key: True)
        self.vocabulary = lexicon.vocabulary(self.catalogue, tasks, self.matcher)
        self.compounds = lexicon.compounds(self.catalogue, tasks)
        self.printed = lexicon.printed(self.catalogue, tasks)

    # -- entry point --------------------------------------------------------------------------
    def parse(self, question: str, today: date, province: Province) -> Parsed:
        years = self.plan_years(province)
        return parse(
            question,
            province,
            self.agencies,
            today,
            years,
            self.vocabulary,
            self.compounds,
            self.printed,
            self.letters(province),
        )

    def understand(
        self, question: str, today: date, province: str | None = None, agency: str | None = None
    ) -> Asked:
        """The question read: what it asks, and whether the answer needs the statuses.
        agency: the asking officer's agency (the asker when the question names none)."""
        whole = self._understand(question, today, province, agency)
        asking = asking_clauses(question) if whole.reading is not None else []
        if not asking:
            return whole
        read = [self._understand(c, today, province, agency) for c in asking]
        sure = [a for a in read if answered(a.reading)]
        if len({what(a.reading) for a in sure if a.reading}) > 1:
            # "gplx hạn khi nào, mà biểu 02 bên em nộp chưa": each part answered
            return replace(whole, parts=tuple(sure))
        if answered(whole.reading) and whole.reading:
            # the whole answers one part: say which other part asks and was not answered
            said = what(whole.reading)
            kept = [a.reading for a in sure if a.reading]
            if any(what(r) == said for r in kept):
                left = tuple(c for c, a in zip(asking, read, strict=True) if left_out(a.reading))
                return replace(whole, unanswered=left)
        return whole

    def _understand(
        self, question: str, today: date, province: str | None = None, agency: str | None = None
    ) -> Asked:
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
        if reading.intent in ABOUT_A_LETTER and not parsed.letters:
            # "công văn số hóa yêu cầu nộp gì": a letter named by its subject's words
            letter = described_letter(parsed.tokens, self.letters(prov), self._subjects)
            if letter is not None:
                asker = parsed.asker or agency
                reading = self.interpreter.letter_read([letter], parsed, prov, asker)
        if reading.intent in ("absent", "unknown"):
            reading = self.retold(question, today, prov, agency) or reading
        if reading.intent in _TOLD_AROUND and parsed.periods and not parsed.tasks:
            reading = self.period_asked(question, today, prov, agency) or reading
        if agency is not None and replaceable(reading, parsed, agency):
            tokens = self.interpreter.tokens(parsed)
            reading = (
                owed_reading(reading, self.interpreter.tasks, tokens, prov, agency) or reading
            )
        place = (
            None if parsed.agencies else place_named(parsed.tokens, self.units(prov), prov.name)
        )
        if place is not None:
            # "chiem hoa con gi chua xong": the place read as its unit, and offered
            text = with_unit(question, parsed.tokens, place)
            again = self.parse(text, today, prov)
            prior = self.prior(prov, place.unit)
            unit = self.interpreter.read(again, prov, prior, self._rows_mask, agency)
            if unit.intent in _GUESSED and unit.agency == place.unit:
                return Asked(prov, today, again, replace(unit, sure=False), True)
        subject = parsed.subject
        if (
            reading.intent in _GUESSED
            and reading.sure
            and subject is not None
            and reading.agency == subject.name
            and guessed(parsed.tokens, subject, self.ordinary(prov))
        ):
            # "kế hoạch có những mốc nào", "kế hoạch tháng 5 có hạn gì": a short form the
            # letters print as an ordinary word names the agency only as a guess
            # (ordinary_names.py)
            reading = replace(reading, sure=False)
        return Asked(prov, today, parsed, reading, True)

    def units(self, prov: Province) -> tuple[str, ...]:
        """The province's district units ("UBND huyện Chiêm Hóa")."""
        found = self._units.get(prov.slug)
        if found is None:
            named = units.registrable(self.catalogue.agencies, prov)
            kinds = {n: a.kind for n, a in self.catalogue.agencies.items()}
            found = tuple(n for n in named if kinds.get(n) == UNIT_KIND)
            self._units[prov.slug] = found
        return found

    def ordinary(self, prov: Province) -> OrdinaryNames:
        """The words of the letters the province's tasks come from (those kept as files)."""
        found = self._ordinary.get(prov.slug)
        if found is None:
            files = dict.fromkeys(t.source.partition("#")[0] for t in prov.tasks)
            paths = [DATA_DIR / LETTERS_DIR / f for f in files]
            found = OrdinaryNames([p.read_text(encoding="utf-8") for p in paths if p.is_file()])
            self._ordinary[prov.slug] = found
        return found

    def period_asked(
        self, question: str, today: date, prov: Province, agency: str | None
    ) -> Reading | None:
        """A question about deadlines told with the asker's circumstances around it
        (asking_clause.py): the clause that asks, read alone, when it asks for a period."""

        def names_period(text: str) -> bool:
            return bool(self.parse(text, today, prov).periods)

        clause = asking_clause(question, names_period)
        if clause is None:
            return None
        parsed = self.parse(clause, today, prov)
        prior = self.prior(prov, parsed.subject.name if parsed.subject else None)
        again = self.interpreter.read(parsed, prov, prior, self._rows_mask, agency)
        return again if again.intent == "deadline" else None

    def retold(
        self, question: str, today: date, prov: Province, agency: str | None
    ) -> Reading | None:
        """A service told as a citizen's story, read again without the story (retelling.py):
        the rows it finds, offered to choose from; None when it finds none."""
        read = self.interpreter

        def says(text: str) -> bool:
            return bool(telling(self.matcher, read.words(self.parse(text, today, prov))))

        text = retold(clauses(question), says)
        if text is None:
            return None
        parsed = self.parse(text, today, prov)
        prior = self.prior(prov, parsed.subject.name if parsed.subject else None)
        again = read.read(parsed, prov, prior, self._rows_mask, agency)
        if again.intent not in ("service", "suggest") or not again.hits:
            return None
        return Reading("suggest", agency=again.agency, hits=again.hits[:SUGGESTIONS], sure=False)

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
        if asked.parts:
            found = [self.answer(p, marks) for p in asked.parts]
            html = "\n\n".join(
                answers.part_heading(p.parsed.text) + a.html
                for p, a in zip(asked.parts, found, strict=True)
            )
            first = found[0]
            return Answer(
                first.intent,
                first.agency,
                [i for a in found for i in a.items],
                [t for a in found for t in a.tasks],
                html,
                sure=all(a.sure for a in found),
            )
        if asked.reading is None:
            return Answer(
                "unknown", None, [], [], self.unknown_html(prov, asked.typed), sure=False
            )
        answer = self.render(asked.reading, parsed, prov, asked.today, marks or {})
        if asked.unanswered:
            answer.html += answers.unanswered_note(asked.unanswered)
        return answer

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
        answer = self._render(reading, parsed, prov, today, marks)
        if reading.intent in _GUESSED and reading.agency and not reading.sure:
            # the agency or unit is a guess (a short form the letters use as an ordinary word,
            # a district's place alone): asked back before its answer
            html = answers.agency_guess(reading.agency) + answer.html
            return replace(answer, html=html, sure=False)
        return answer

    def _render(
        self, reading: Reading, parsed: Parsed, prov: Province, today: date, marks: Marks
    ) -> Answer:
        if reading.intent == "help":
            return Answer("help", None, [], [], answers.HELP_TEXT)
        if reading.intent == "item" and reading.row:
            return self.item(reading.row, prov, today) or self.missing_item(reading.row, prov)
        if reading.intent == "task" and reading.task:
            return self.task(reading.task, prov, today, reading.agency, reading.tasks)
        if reading.intent == "task" and len(reading.tasks) == 1:
            # one candidate, the asker's own (or no unit said): answered, still not sure, with
            # how to say it is not that one; a question back with a single button was a tap more
            task = reading.tasks[0]
            if reading.agency is None or reading.agency in prov.expand(task.addressees):
                answered = self.task(task, prov, today, reading.agency)
                html = f"{answered.html}\n\n{task_answers.NOT_THIS_ONE}"
                return replace(answered, html=html, sure=False)
        if reading.intent == "task" and reading.tasks:
            choices = [task_view(t, today) for t in reading.tasks]
            html = task_answers.choices_answer(choices, prov, today, reading.agency)
            return Answer("task", reading.agency, [], choices, html, close=True, sure=False)
        if reading.intent == "letter" and reading.letter:
            return self.letter(reading.letter, prov, today, reading.agency, marks)
        if reading.intent == "forms":
            forms = [task_view(t, today) for t in prov.tasks if t.form]
            # the form as typed ("mẫu số 02"), not the whole question around it
            span = next((s for s in parsed.others if s.kind == "form"), None)
            typed = (
                " ".join(t.raw for t in parsed.tokens[span.start : span.end])
                if span
                else parsed.text
            )
            html = task_answers.forms_answer(typed, forms, prov)
            return Answer("task", None, [], forms, html, sure=False)
        if reading.intent == "service":
            return self.service(reading, prov, today)
        if reading.intent == "named" and reading.named is not None:
            html = answers.named_answer(
                prov, reading.named, self.catalogue.cite(prov.named_source)
            )
            return Answer("service", reading.agency, [], [], html)
        if reading.intent == "progress":
            found = progress_answer(
                self.catalogue, prov, reading, marks, today, amount_asked(parsed)
            )
            html = progress_text.found_report(self.catalogue, prov, found, today)
            return Answer("progress", reading.agency, found.items, found.tasks, html)
        if reading.intent == "deadline" and reading.period:
            answer = self.period(reading.period, prov, today, reading.agency)
            # what is already late beside the dates asked about, by /quahan's rule: "tháng 6 bên
            # em cần làm gì" answered "nothing due" the morning a reminder listed two late tasks
            ahead = reading.period.end >= today
            if (next_due_of_agency(reading) or ahead) and reading.agency is not None:
                late = progress_text.late_beside(
                    self.catalogue, prov, marks, today, reading.agency
                )
                answer.html += late
            return answer
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
        due = due_for(self.catalogue, period, prov, today, agency)
        html = answers.period_answer(
            due.period.label, prov, due.views, due.tasks, today, agency, due.after, period.nearest
        )
        extra = {"period": due.period}
        # a row due twice in the period is shown under each date, and is one item
        rows: dict[str, RowView] = {}
        for view in due.views:
            rows.setdefault(view.key, view)
        return Answer("deadline", agency, list(rows.values()), due.tasks, html, extra=extra)

    def task(
        self,
        task: Task,
        prov: Province,
        today: date,
        asker: str | None,
        named: Sequence[Task] = (),
    ) -> Answer:
        """named: every task the question named, this one chosen among them (the others are
        mentioned beside it)."""
        view = task_view(task, today)
        others = [task_view(t, today) for t in named if t != task]
        source = self.catalogue.cite(task.source)
        html = task_answers.task_answer(view, prov, today, asker, source, others)
        return Answer("task", asker, [], [view], html)

    def letter(
        self,
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

    def tasks_named(
        self, text: str, today: date, prov: Province, agency: str | None, pool: Sequence[Task]
    ) -> Named:
        """The tasks among `pool` (a unit's own) a short text names as a question would
        (task_choice.py `named_among`)."""
        parsed = self.parse(text, today, prov)
        tokens = self.interpreter.tokens(parsed)
        return named_among(parsed, pool, prov, agency, self.interpreter.tasks, tokens)

    def letters(self, prov: Province) -> list[TrackedLetter]:
        """The letters the province's tasks come from, which a question may name by number."""
        if prov.slug not in self._letters:
            self._letters[prov.slug] = tracked_letters(self.catalogue, prov)
        return self._letters[prov.slug]

    def unknown_html(self, prov: Province, has_text: bool) -> str:
        return answers.unknown_answer(has_text, answers.examples(self.catalogue, prov))

    # -- helpers ------------------------------------------------------------------------------
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
