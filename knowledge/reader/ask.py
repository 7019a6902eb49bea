"""The question-answering core: one question in, one structured answer out.

`Assistant.ask` parses the question once (`knowledge.reader.parse`), reads each clause by the
evidence it holds and re-reads it as its circumstances call for (clause_reading.py) and
renders the answer (`knowledge.render.answers`). What it hands out is in answer_types.py, the
rows by their number in row_lookup.py.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

import numpy as np

from knowledge.catalogue import units
from knowledge.catalogue.loader import DATA_DIR, LETTERS_DIR, default_catalogue
from knowledge.catalogue.model import UNIT_KIND, Catalogue, Province, Task
from knowledge.catalogue.plan import plan_years
from knowledge.catalogue.stats import stats_question
from knowledge.catalogue.views import TaskView
from knowledge.letters.sources import TrackedLetter, tracked_letters
from knowledge.reader import intent_answers, lexicon, rendering
from knowledge.reader.answer_types import Answer, Asked, Intent
from knowledge.reader.clause_reading import read_clause
from knowledge.reader.evidence import TextIndex, task_index
from knowledge.reader.file_phrases import whole_words
from knowledge.reader.interpret import Interpreter, named_key
from knowledge.reader.lexicon import match_text, told_pairs
from knowledge.reader.ordinary_names import OrdinaryNames
from knowledge.reader.parse import Parsed, parse
from knowledge.reader.priors import Priors
from knowledge.reader.progress import Marks
from knowledge.reader.province_named import ProvinceNames, without
from knowledge.reader.rereading import agency_clause
from knowledge.reader.role_pairs import lone_pairs, shared_pairs
from knowledge.reader.row_indexes import row_indexes
from knowledge.reader.row_lookup import RowLookup
from knowledge.reader.sector_rows import SectorRows
from knowledge.reader.several_reading import (
    read_checked_service,
    read_joined_names,
    read_later_things,
    read_several,
)
from knowledge.reader.task_choice import (
    Named,
    named_among,
)
from knowledge.reader.task_words import TaskWords
from knowledge.reader.two_questions import answered, asking_clauses, carried, left_out, what
from knowledge.render import answers, declines, stats_text
from knowledge.render import answers_several as several_answers

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
        # their aliases too: a letter prints "Ủy ban nhân dân tỉnh" in full, a name as much
        names += [alias for a in self.catalogue.agencies.values() for alias in a.aliases]
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
        titles = [r.title for r in rows]
        services = [r.title for r in rows if r.sub is None]  # a sector's sub-row opens no act
        self.interpreter = Interpreter(
            self.matcher, index, named, built.wording, built.outside, titles, services
        )
        self.interpreter.told = told_pairs(self.catalogue)
        self.interpreter.shared = shared_pairs(self.interpreter.told)
        self.interpreter.sectors = SectorRows(self.catalogue, self.matcher)
        self.interpreter.lone = lone_pairs(
            self.interpreter.told, self.interpreter.shared, self.matcher.pair_accents
        )
        self.task_words = TaskWords(tasks, subjects, self.matcher, roles, names)
        self._priors = Priors(self.catalogue, self.matcher)
        self._years: dict[str, list[int]] = {}
        self._letters: dict[str, list[TrackedLetter]] = {}
        self._ordinary: dict[str, OrdinaryNames] = {}
        self._units: dict[str, tuple[str, ...]] = {}
        self._rows_mask: np.ndarray = self.matcher.mask(lambda key: True)
        self.vocabulary = lexicon.vocabulary(self.catalogue, tasks, self.matcher)
        self.compounds = lexicon.compounds(self.catalogue, tasks)
        self.province_names = ProvinceNames(self.catalogue.provinces.values())
        self.printed = lexicon.printed(self.catalogue, tasks)
        self.opening = frozenset(self.interpreter.acts)  # the words the titles open with

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
            self.opening,
        )

    def understand(
        self, question: str, today: date, province: str | None = None, agency: str | None = None
    ) -> Asked:
        """The question read: what it asks, and whether the answer needs the statuses.
        agency: the asking officer's agency (the asker when the question names none)."""
        whole = self._understand(question, today, province, agency)
        other = self.province_names.other(whole.parsed.tokens, whole.province.slug)
        if other is not None:
            # "khánh hòa 10/4 phải làm gì": read in the province named, for no unit of it
            return self._understand(without(whole.parsed.tokens, other), today, other.slug)
        # the message as read: its courtesy and background aside (message_focus.py)
        message = whole.parsed.text
        if (listed := agency_clause(self, message, whole, agency)) is not None:
            return listed  # an agency's list asked beside a guess of its rows
        if (checked := read_checked_service(self, whole)) is not None:
            return checked  # "… là mục nào, Sở Tư pháp làm à": the service, not the agency's list
        if (names := read_joined_names(self, whole, agency)) is not None:
            return names  # "hộ chiếu phổ thông hay hộ chiếu ngoại giao": two
        if (later := read_later_things(self, whole, agency)) is not None:
            return later  # "bên em có gì trễ hạn, cả mục 19 nữa": the question, the row beside
        if (named := read_several(self, whole, agency)) is not None:
            return named  # "mục 22 với mục 14 cái nào muộn hơn": each thing named
        asking = asking_clauses(message) if whole.reading is not None else []
        if not asking:
            return whole
        read = [self._understand(c, today, province, agency) for c in asking]
        # "…, mà bên em nộp chưa": the other clause's task, where the unit stands on it
        again = carried([(a.parsed, a.reading) for a in read])
        read = [replace(a, reading=r) for a, r in zip(read, again, strict=True)]
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
        return read_clause(self, question, today, province, agency)

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
            return self._parts_answer(asked, marks)
        if asked.reading is None:
            return Answer(
                "unknown", None, [], [], self.unknown_html(prov, asked.typed), sure=False
            )
        answer = rendering.render(self, asked.reading, parsed, prov, asked.today, marks or {})
        if asked.unanswered:
            answer.html += answers.unanswered_note(asked.unanswered)
        return answer

    def _parts_answer(self, asked: Asked, marks: Marks | None) -> Answer:
        """A message of several parts: each answered in its order; the first part's answer is
        the head (its intent, agency, items and tasks), the others beside it (`Answer.parts`)."""
        found = [self.answer(p, marks) for p in asked.parts]
        if asked.several:
            html = several_answers.joined_html([a.html for a in found])
            line = ""
            if asked.compared:
                labels = [
                    _label(asked.several, p, a) for p, a in zip(asked.parts, found, strict=True)
                ]
                line = several_answers.comparison(asked.several, found, labels)
            html += "\n\n" + line if line else ""
        else:
            # parts read from one clause (its several rows) share its heading: said once
            said = [p.parsed.text for p in asked.parts]
            html = "\n\n".join(
                (answers.part_heading(t) if t not in said[:i] else "") + a.html
                for i, (t, a) in enumerate(zip(said, found, strict=True))
            )
            line = ""
        if asked.unanswered:
            html += answers.unanswered_note(asked.unanswered)
        first = found[0]
        return replace(
            first,
            html=html,
            sure=all(a.sure for a in found),
            parts=found,
            comparison=answers.to_plain(line) if line else None,
        )

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

    def task(
        self,
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
        """A task's answer (the chat's /nop and a task's button ask for it too); due: the
        occurrence of a recurring task asked about, else its next; `asked`: that occurrence
        with where the asker's unit stands on it; brief: only its date was asked; full: its
        steps even to a unit that only supports it (its "Các bước, hồ sơ" button)."""
        return intent_answers.task_of(
            self.catalogue, task, prov, today, asker, named, due, asked, brief, full
        )

    def tasks_named(
        self, text: str, today: date, prov: Province, agency: str | None, pool: Sequence[Task]
    ) -> Named:
        """The tasks among `pool` (a unit's own) a short text names as a question would
        (task_choice.py `named_among`)."""
        parsed = self.parse(text, today, prov)
        tokens = self.interpreter.tokens(parsed)
        own = self.task_words.own_phrases
        return named_among(parsed, pool, prov, agency, self.interpreter.tasks, tokens, own)

    def tasks_in_file(
        self, text: str, today: date, prov: Province, agency: str | None, pool: Sequence[Task]
    ) -> Named:
        """The tasks among `pool` a file's own words name (its name, its head): by id, form or
        a letter's number, else only by whole words of a task's title or form (file_phrases.py),
        never by a day it prints (the day it was signed or a meeting is held, not a deadline)."""
        parsed = self.parse(text, today, prov)
        parsed = replace(
            parsed,
            tasks=tuple(r for r in parsed.tasks if r.how != "date"),
            periods=tuple(p for p in parsed.periods if p.day is None and p.until is None),
        )
        tokens = self.interpreter.tokens(parsed)
        count = self.pair_counts
        texts = {t.id: (t.title, t.form) for t in pool}

        def whole(key: str) -> bool:
            return whole_words(tokens, texts.get(key, ()), count) > 0

        own = self.task_words.own_phrases
        found = self.interpreter.tasks
        return named_among(parsed, pool, prov, agency, found, tokens, own, whole)

    @functools.cached_property
    def pair_counts(self) -> Counter[tuple[str, str]]:
        """How often the documents print each pair of words side by side (folded): how a
        title's words are read as compounds (file_phrases.py). Counted on the first file."""
        return lexicon.pair_counts(
            self.catalogue, [t for p in self.catalogue.provinces.values() for t in p.tasks]
        )

    def letters(self, prov: Province) -> list[TrackedLetter]:
        """The letters the province's tasks come from, which a question may name by number."""
        if prov.slug not in self._letters:
            self._letters[prov.slug] = tracked_letters(self.catalogue, prov)
        return self._letters[prov.slug]

    def unknown_html(self, prov: Province, has_text: bool) -> str:
        return declines.unknown_answer(has_text, declines.examples(self.catalogue, prov))

    # -- helpers ------------------------------------------------------------------------------
    def prior(self, prov: Province, agency: str | None = None) -> np.ndarray:
        """A bonus per row on near ties: the province's decision, its assigned rows, and the rows
        of the agency the question names."""
        return self._priors.of(prov, agency)

    def knows_word(self, word: str) -> bool:
        """Whether the catalogue's vocabulary holds a folded word as typed."""
        found = self.matcher.repair(word)
        return found is not None and found[1] >= 1.0

    def plan_years(self, prov: Province) -> list[int]:
        if prov.slug not in self._years:
            self._years[prov.slug] = plan_years(self.catalogue, prov)
        return self._years[prov.slug]


def _label(kind: str, asked: Asked, answer: Answer) -> str:
    """A part's subject as its answer names it: a period's label, else the answer's head."""
    if kind == "period" and asked.reading is not None and asked.reading.period is not None:
        return asked.reading.period.label
    return several_answers.head_label(answer)


@functools.cache
def default_assistant() -> Assistant:
    """The reader of the catalogue as shipped, built once per process: building one takes a
    fifth of a second, and every bot, command and test in a process reads the same files. A table
    version of its own gets its own Assistant (usecases/desk.py)."""
    return Assistant()
