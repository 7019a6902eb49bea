"""Choosing what a parsed question asks, by the evidence it holds.

- a row reference names the row; a task's id or form ("Biểu 02", "phụ lục 3") names the task;
- words that fit a provincial task better than any service name the task, and so does a date a
  task falls due on, unless the question names a service;
- words that point at a service (see `knowledge.reader.evidence`) name the service, with the role
of the
  agency the question names or the asker belongs to;
- else a period, narrowed by the agency when one is named, asks what falls due in it;
- else an agency asks for its rows (lead first) and tasks;
- else weak service evidence offers the closest rows ("Có phải bạn hỏi…"), and nothing at all
  gets examples.

An agency named only by a word that is also catalogue wording ("xây dựng", "tư pháp") is the
agency only when nothing else in the question is about a service; otherwise its words are service
words ("giấy phép xây dựng", "kết nối dữ liệu ngành tài chính").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from knowledge.catalogue.model import Province, Task
from knowledge.language.text import Token
from knowledge.language.vocabulary import INTERROGATIVES, QUESTION_WORDS
from knowledge.reader.evidence import Fit, TextIndex, telling
from knowledge.reader.matching import Hit, Matcher, Word
from knowledge.reader.parse import Parsed, RowRef
from knowledge.reader.periods import Period

MIN_COVERAGE = 0.5  # a service must explain half of what the question says
TASK_COVERAGE = 0.5
MANY_WORDS = 4
QUANTIFIERS = {"nhung", "cac", "cai", "may", "bao", "nhieu"}
LIST_NOUNS = {"muc", "viec", "vu"}  # "mục nào", "việc gì", "nhiệm vụ gì"
CLOSE_RATIO = 0.75
SUGGESTIONS = 3


ReadingKind = Literal[
    "help", "item", "task", "service", "named", "deadline", "agency", "suggest", "unknown"
]


@dataclass(frozen=True)
class Reading:
    intent: ReadingKind
    agency: str | None = None
    period: Period | None = None
    task: Task | None = None
    row: RowRef | None = None
    hits: tuple[Hit, ...] = ()
    named: int | None = None  # a province's named service, by its position


def frame_words(
    tokens: Sequence[Token],
    residue: Sequence[int],
    domain: set[int] | None = None,
    printed: set[int] | None = None,
) -> set[int]:
    """Residue words that are the verb of an open question: "phải gửi báo cáo gì", "cần nộp
    những gì", "phải tích hợp những thủ tục nào". A verb whose object is "what" names no
    service. `printed`: words in a pair the titles print ("dau tu" typed without marks is
    "đầu tư", not "where")."""
    dropped: set[int] = set()
    free = set(residue)
    domain = domain or set()
    printed = printed or set()
    for i, t in enumerate(tokens):
        if t not in INTERROGATIVES or i in printed:
            continue
        k = i - 1
        while k >= 0 and (tokens[k].fold in QUANTIFIERS or k in domain):
            k -= 1
        if k < 0 or tokens[k].fold in QUESTION_WORDS or k not in free:
            continue  # "hạn nào", "mục nào": the question asks which, not what to do
        dropped.add(k)
        # A two-word verb ("cần kiểm tra gì", "phải hoàn thiện những gì") opens the frame after a
        # function word; otherwise the word before is the object's ("biểu mẫu đề xuất gửi đâu").
        before = k - 2
        if k - 1 in free and (before < 0 or tokens[before].fold in QUESTION_WORDS):
            dropped.add(k - 1)
    return dropped


class Interpreter:
    def __init__(self, matcher: Matcher, tasks: TextIndex, named: TextIndex):
        """tasks: the provincial tasks by id; named: the services provincial letters name
        outside the catalogues, by `named_key`."""
        self.matcher = matcher
        self.tasks = tasks
        self.named = named

    def tokens(self, parsed: Parsed, extra: Sequence[int] = ()) -> list[Token]:
        """The residue (plus the `extra` tokens) in question order, less the question's frame."""
        domain = {i for s in parsed.others if s.kind == "domain" for i in range(s.start, s.end)}
        skip = frame_words(parsed.tokens, parsed.residue, domain, self.printed(parsed))
        return [parsed.tokens[i] for i in sorted((set(parsed.residue) - skip) | set(extra))]

    def printed(self, parsed: Parsed) -> set[int]:
        """The residue words that pair with a neighbour into wording a title prints."""
        free = set(parsed.residue)
        tokens = parsed.tokens
        found: set[int] = set()
        for i in range(len(tokens) - 1):
            if i in free and i + 1 in free and self.matcher.printed_pair(tokens[i], tokens[i + 1]):
                found |= {i, i + 1}
        return found

    def words(self, parsed: Parsed, extra: Sequence[int] = ()) -> list[Word]:
        """The residue as the matcher reads it."""
        return self.matcher.words(self.tokens(parsed, extra))

    def read(
        self,
        parsed: Parsed,
        province: Province,
        prior: np.ndarray,
        rows: np.ndarray,
        officer: str | None = None,
    ) -> Reading:
        """officer: the agency of the officer asking in chat, when the question names none."""
        if parsed.is_help:
            return Reading("help")
        if parsed.rows:
            return Reading("item", row=parsed.rows[0])
        referred = [t for t in parsed.tasks if t.how in ("id", "form")]
        if referred:
            return Reading("task", task=referred[0].task, agency=parsed.asker or officer)
        subject = parsed.subject
        asker = parsed.asker or officer
        words = self.words(parsed)
        tell = telling(self.matcher, words)
        if subject and not subject.strong and tell:
            # "giấy phép xây dựng": the weak agency's words belong to the service.
            words = self.words(parsed, range(subject.start, subject.end))
            tell = telling(self.matcher, words)
            subject = None
        hits = self.matcher.rank(words, limit=SUGGESTIONS + 2, prior=prior, allowed=rows)
        tokens = self.tokens(parsed)
        fits = self.tasks.fit([t.id for t in province.tasks], tokens)
        service = bool(tell) and bool(hits) and hits[0].coverage >= MIN_COVERAGE
        agency_list = bool(subject and subject.strong and asks_for_a_list(parsed))
        if agency_list:
            # "Sở Tư pháp chủ trì những mục nào": the agency's list, whatever else it says.
            service = False
        task = _task_fit(fits, named_agency=bool(parsed.agencies), strict=agency_list)
        if task and (not service or task.coverage > hits[0].coverage):
            chosen = next(t for t in province.tasks if t.id == task.key)
            return Reading("task", task=chosen, agency=asker)
        keys = [named_key(province, i) for i in range(len(province.named_services))]
        named = self.named.fit(keys, tokens) if keys else []
        if (
            named
            and named[0].coverage >= MIN_COVERAGE
            and named[0].words >= 2
            and (
                not service
                or named[0].coverage > hits[0].coverage
                or not _in_plan(hits[0], province)
            )
        ):
            # A service the province's letter names outside the catalogue of its plan.
            return Reading("named", agency=asker, named=int(named[0].key.rsplit("#", 1)[1]))
        dated = [t for t in parsed.tasks if t.how == "date"]
        if dated and not service:
            return Reading("task", task=dated[0].task, agency=asker)
        if service:
            best = hits[0]
            kept = tuple(
                h
                for h in hits
                if h.score >= CLOSE_RATIO * best.score and h.coverage >= MIN_COVERAGE
            )
            return Reading(
                "service", agency=asker or (subject.name if subject else None), hits=kept
            )
        if parsed.periods:
            return Reading(
                "deadline",
                agency=subject.name if subject else None,
                period=parsed.periods[0].period,
            )
        if subject:
            return Reading("agency", agency=subject.name)
        if hits and _worth_suggesting(words, tell):
            return Reading("suggest", agency=asker, hits=tuple(hits[:SUGGESTIONS]))
        return Reading("unknown")


def asks_for_a_list(parsed: Parsed) -> bool:
    """ "những mục nào", "dịch vụ gì", "những gì": the question wants a list, not one service."""
    tokens = parsed.tokens
    domain = {i for s in parsed.others if s.kind == "domain" for i in range(s.start, s.end)}
    for i, t in enumerate(tokens):
        if t not in INTERROGATIVES or i == 0:
            continue
        before = tokens[i - 1].fold
        if i - 1 in domain or before in LIST_NOUNS or before in ("nhung", "cac"):
            return True
    return False


def _worth_suggesting(words: Sequence[Word], tell: set[str]) -> bool:
    """Offer the closest rows when some catalogue wording was typed but not enough to answer,
    or when every word is printed in a title as typed ("thuế"), not for "thời tiết"."""
    if tell:
        return True
    printed = [w for w in words if w.exact and w.known and len(w.known) > 2]
    return bool(printed) and all(w.known for w in words if w.weight > 0)


def named_key(province: Province, index: int) -> str:
    return f"{province.slug}#{index}"


def _in_plan(hit: Hit, province: Province) -> bool:
    return hit.key.startswith(province.decision + "-") or hit.key in province.assignments


def _task_fit(fits: Sequence[Fit], named_agency: bool, strict: bool = False) -> Fit | None:
    """The task the question's words describe: most of them, two at least (three beside an
    agency's name: "danh sách việc của sở" asks for the agency's list), and clearly one."""
    if not fits:
        return None
    best = fits[0]
    # Four words of a task's text are enough however long the question around them.
    enough = best.words >= MANY_WORDS and not strict
    if not enough and (best.coverage < TASK_COVERAGE or best.words < (3 if named_agency else 2)):
        return None
    if len(fits) > 1 and fits[1].weight >= best.weight:
        return None
    return best
