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

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from knowledge.catalogue.model import Province, Task
from knowledge.language.text import Token
from knowledge.language.vocabulary import (
    CHAT_WORDS,
    INTERROGATIVES,
    QUESTION_MARKED,
    QUESTION_WORDS,
)
from knowledge.reader.asking import (
    QUANTIFIERS,
    Standing,
    asks_deadline,
    asks_duty,
    asks_for_a_list,
    first_person,
    progress_asked,
    unfinished_work,
    whole_province,
)
from knowledge.reader.evidence import (
    Fit,
    TextIndex,
    foreign_pairs,
    strays,
    substituted,
    telling,
    unexplained,
)
from knowledge.reader.matching import Hit, Matcher, Word
from knowledge.reader.parse import Parsed, RowRef
from knowledge.reader.periods import Period
from knowledge.reader.roles import role_row
from knowledge.reader.wording import Outside, Wording

MIN_COVERAGE = 0.5  # a service must explain half of what the question says
TASK_COVERAGE = 0.5
MANY_WORDS = 4
CLOSE_RATIO = 0.75
TIE_RATIO = 0.95  # two rows this close: offer both
SUGGESTIONS = 3
OTHER = 1 / 3  # this share of the question in another row's wording: offer the choice
NEAREST = 2  # rows shown beside "not in the catalogue", labelled as not the same
BARE_NAME = 3  # words of a question that is a service's name alone ("luật sư")


ReadingKind = Literal[
    "help",
    "item",
    "task",
    "forms",
    "service",
    "named",
    "deadline",
    "agency",
    "progress",
    "whose",
    "suggest",
    "absent",
    "unknown",
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
    sure: bool = True  # False: offer the choices ("Có phải bạn hỏi…")
    standing: Standing | None = None  # progress: which units to list (open also lists late)
    asked: str = ""  # absent: the words that name the service asked about


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
        if k < 0 or tokens[k] in QUESTION_MARKED or k not in free:
            continue  # "hạn nào", "mục nào": the question asks which, not what to do
        dropped.add(k)
        # A two-word verb ("cần kiểm tra gì", "phải hoàn thiện những gì") opens the frame after a
        # function word; otherwise the word before is the object's ("biểu mẫu đề xuất gửi đâu").
        before = k - 2
        if k - 1 in free and (before < 0 or tokens[before] in QUESTION_MARKED):
            dropped.add(k - 1)
    return dropped


class Interpreter:
    def __init__(
        self,
        matcher: Matcher,
        tasks: TextIndex,
        named: TextIndex,
        wording: Wording | None = None,
        outside: Outside | None = None,
    ):
        """tasks: the provincial tasks by id; named: the services provincial letters name
        outside the catalogues, by `named_key`; wording: the word pairs of every service name;
        outside: the services other documents name outside the catalogues."""
        self.matcher = matcher
        self.tasks = tasks
        self.named = named
        self.wording = wording or Wording(())
        self.outside = outside

    def loose(self, words: Sequence[Word], tell: set[str], key: str) -> list[Word]:
        """The question's words of content that the row does not explain: unknown to it, in
        another row's wording only, or half of a compound typed without its partner."""
        row = self.matcher.doc_words_of(key)
        printed = set(itertools.pairwise(self.matcher.doc_sequence(key)))
        paired: set[int] = set()  # a pair the row prints, one word typed with a slip at most
        for a, b in itertools.pairwise(words):
            if b.at == a.at + 1 and (a.exact or b.exact) and (a.known, b.known) in printed:
                paired |= {a.at, b.at}
        content = [
            w
            for w in _content(words)
            if not (w.known in tell and w.known in row) and w.at not in paired
        ]
        return unexplained(self.matcher, key, content)

    def elsewhere(
        self, key: str, words: Sequence[Word], tokens: Sequence[Token], loose: Sequence[Word]
    ) -> bool:
        """Whether the service asked about is another than the row: a service other documents
        name holds more of the question's wording, or the row shares only heads with a
        question that says more ("giấy phép" and "bán lẻ rượu")."""
        if self.outside and self.outside.closer(self.matcher, self.wording, key, words, tokens):
            return True
        if not loose or self.row_share(key, words) >= MIN_COVERAGE:
            return False
        if not self.wording.specific(self.matcher, key, words):
            return True
        # the question says more about something else than about the row ("cấp thẻ nhà báo")
        held = sum(w.weight for w in _content(words) if w not in loose)
        return sum(w.weight for w in loose) >= held

    def row_share(self, key: str, words: Sequence[Word]) -> float:
        """The share of the row's own wording (its words by weight, function words aside) that
        the question holds as printed."""
        row = {w for w in self.matcher.doc_words_of(key) if w not in QUESTION_WORDS}
        held = {w.known for w in words if w.exact and w.known in row}
        total = sum(self.matcher.idf[w] for w in row)
        return sum(self.matcher.idf[w] for w in held) / total if total else 0.0

    def first_specific(self, hits: Sequence[Hit], words: Sequence[Word]) -> list[Hit]:
        """The hits with the first close one that shares specific wording with the question put
        first, when the best shares only heads ("đăng ký thế chấp quyền sử dụng đất": the
        security interest, not the change of land rights)."""
        if not hits or self.wording.specific(self.matcher, hits[0].key, words):
            return list(hits)
        for i, hit in enumerate(hits[1:], 1):
            if hit.score < CLOSE_RATIO * hits[0].score or hit.coverage < MIN_COVERAGE:
                break
            if self.wording.specific(self.matcher, hit.key, words):
                return [hit, *hits[:i], *hits[i + 1 :]]
        return list(hits)

    def tokens(self, parsed: Parsed, extra: Sequence[int] = ()) -> list[Token]:
        """The residue (plus the `extra` tokens) in question order, less the question's frame."""
        domain = {i for s in parsed.others if s.kind == "domain" for i in range(s.start, s.end)}
        skip = frame_words(parsed.tokens, parsed.residue, domain, self.printed(parsed))
        if progress_asked(parsed):
            skip |= unfinished_work(parsed)
        return [parsed.tokens[i] for i in sorted((set(parsed.residue) - skip) | set(extra))]

    def asked(self, parsed: Parsed) -> str:
        """The words that name the service asked about, as typed: the residue from its first to
        its last word that is not conversation or a question word (unless it pairs into a
        title's wording, as "đăng ký")."""
        printed = self.printed(parsed)
        tokens = parsed.tokens
        content = [
            i
            for i in parsed.residue
            if i in printed
            or (
                tokens[i] not in QUESTION_MARKED
                and tokens[i] not in CHAT_WORDS
                and not tokens[i].is_number
            )
        ]
        if not content:
            return ""
        free = set(parsed.residue)
        span = range(content[0], content[-1] + 1)
        return " ".join(tokens[i].raw for i in span if i in free)

    def foreign(self, parsed: Parsed) -> list[Word]:
        """The residue's words, its frame included, that are no catalogue wording: "thời
        tiết", "giá vàng", the "ăn" of "hôm nay ăn gì"."""
        words = self.matcher.words([parsed.tokens[i] for i in parsed.residue])
        tell = telling(self.matcher, words)
        found = strays(self.matcher, words, tell)
        # A word of content in no pair a title prints: "gia" of "gia vang" is not "gia hạn",
        # "lịch" of "âm lịch" not "lý lịch".
        return found + [w for w in _content(words) if w.known not in tell and w not in found]

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
        standing = progress_asked(parsed)
        if subject and not subject.strong and tell:
            # "giấy phép xây dựng": the weak agency's words belong to the service.
            words = self.words(parsed, range(subject.start, subject.end))
            tell = telling(self.matcher, words)
            subject = None
        hits = self.matcher.rank(words, limit=SUGGESTIONS + 2, prior=prior, allowed=rows)
        hits = self.first_specific(hits, words)
        tokens = self.tokens(parsed)
        fits = self.tasks.fit([t.id for t in province.tasks], tokens)
        service = bool(tell) and bool(hits) and hits[0].coverage >= MIN_COVERAGE
        stray = strays(self.matcher, words, tell)
        left = unexplained(self.matcher, hits[0].key, stray) if hits else stray
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
        if dated and (not service or foreign_pairs(self.matcher, hits[0].key, words)):
            # "hồ sơ nộp ngày 20/4": a date a task is due on names it, unless the row the
            # words point at prints them all ("giấy phép xây dựng 20/4").
            return Reading("task", task=dated[0].task, agency=asker)
        other = service and _share(foreign_pairs(self.matcher, hits[0].key, words), words) > OTHER
        if standing and (not service or other):
            service = False  # "còn nợ hồ sơ nào": how far along, not a row about "hồ sơ"
        loose = self.loose(words, tell, hits[0].key) if hits else []
        another = service and (
            substituted(self.matcher, hits[0].key, words, left)
            or self.elsewhere(hits[0].key, words, tokens, loose)
        )
        who = asker or (subject.name if subject else None)
        if who and not standing and not agency_list and (not service or another):
            role = role_row(province, who, words)
            if role:
                # "Sở Y tế: phần khám sức khỏe lái xe": the agency's own part of a row, in the
                # words of the province's table, where the titles name no row
                hit = next((h for h in hits if h.key == role), Hit(role, 0.0, 1.0))
                return Reading("service", agency=who, hits=(hit,))
        if another:
            return Reading("absent", agency=asker, hits=nearest(hits), asked=self.asked(parsed))
        if service:
            best = hits[0]
            kept = tuple(
                h
                for h in hits
                if h.score >= CLOSE_RATIO * best.score and h.coverage >= MIN_COVERAGE
            )
            close = len(kept) > 1 and kept[1].score >= TIE_RATIO * best.score
            # wording of another row in the question: answer, but offer the choice
            return Reading(
                "service",
                agency=asker or (subject.name if subject else None),
                hits=kept if not other else tuple(hits[:SUGGESTIONS]),
                sure=not (close or other),
            )
        mine = (first_person(parsed) or not parsed.agencies) and not whole_province(parsed)
        own = subject.name if subject else (asker if mine else None)
        periods = [p.period for p in parsed.periods]
        if standing:
            span = next((p for p in periods if not p.late), None)
            if own is None and first_person(parsed) and not whole_province(parsed):
                return Reading("whose", sure=False)  # "bên em" from someone not registered
            return Reading("progress", agency=own, period=span, standing=standing)
        foreign = self.foreign(parsed) if periods else []
        if (
            periods
            and not periods[0].late
            and (not foreign or (asks_deadline(parsed) and not (tell and loose)))
        ):
            # A period asks what falls due in it; not "thời tiết hôm nay".
            mine = first_person(parsed) and not whole_province(parsed)
            who = subject.name if subject else (asker if mine else None)
            return Reading("deadline", agency=who, period=periods[0])
        if subject:
            return Reading("agency", agency=subject.name)
        if not left and asks_duty(parsed) and (asker or first_person(parsed)):
            # "em cần làm gì", "bên mình phải làm những gì": the asker's agency's list.
            return Reading("agency", agency=asker) if asker else Reading("whose", sure=False)
        if any(s.kind == "form" for s in parsed.others):
            return Reading("forms", sure=False)  # a form no task of the province asks for
        if (left or loose) and tell:
            # A service, by its words, that no row of the catalogues holds.
            return Reading("absent", agency=asker, hits=nearest(hits), asked=self.asked(parsed))
        if hits and not (left or loose) and _worth_suggesting(words, tell, bool(periods)):
            return Reading("suggest", agency=asker, hits=tuple(hits[:SUGGESTIONS]), sure=False)
        bare = len(parsed.tokens) <= BARE_NAME and len(parsed.residue) == len(parsed.tokens)
        if bare and self.outside and self.outside.names_a_service(words):
            # "karaoke", "luật sư" alone: no title's word, but a word of a service other
            # documents name (a longer question about "bóng" or "đẹp" is about something else)
            return Reading("absent", agency=asker, asked=self.asked(parsed))
        return Reading("unknown", sure=False)


def _content(words: Sequence[Word]) -> list[Word]:
    """The words that carry weight and are not conversation."""
    return [w for w in words if w.weight > 0 and not w.chat and w.token not in QUESTION_MARKED]


def nearest(hits: Sequence[Hit]) -> tuple[Hit, ...]:
    """The rows shown beside "not in the catalogue", labelled as other services."""
    return tuple(h for h in hits[:NEAREST] if h.coverage >= MIN_COVERAGE / 2)


def _share(pairs: Sequence[tuple[str, str]], words: Sequence[Word]) -> float:
    """The share of the question's weight the words of these pairs carry."""
    weight = {w.known: w.weight for w in words if w.known}
    total = sum(w.weight for w in words)
    held = sum(weight.get(x, 0.0) for x in {x for pair in pairs for x in pair})
    return held / total if total > 0 else 0.0


def _worth_suggesting(words: Sequence[Word], tell: set[str], dated: bool) -> bool:
    """Offer the closest rows when some catalogue wording was typed but not enough to answer,
    or when the question is one word a title prints as typed ("thuế"), not for "thời tiết".
    Several words that pair into no title's wording name something else ("cong chung", "cấp
    số nhà"), and so does one beside a period that was no deadline ("gia vang hom nay")."""
    if tell:
        return True
    content = _content(words)
    printed = [w for w in content if w.exact and w.known and len(w.known) > 2]
    return len(content) == 1 and bool(printed) and not dated


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
