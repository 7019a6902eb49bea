"""One parse of an officer's question: its words, folded once, and every span it recognises.

Spans: catalogue rows ("406-14", "mục 22", "mục 11 lĩnh vực tài chính", row_refs.py), provincial
tasks (their ids, their forms "Biểu 02", "Phụ lục 3", task_refs.py), letters by their number ("cv
415", letter_refs.py), periods and years (`knowledge.reader.periods`), agencies
(`knowledge.catalogue.agencies`), the asker's own agency ("mình thuộc Sở Tài chính", "bên STP cần
hỏi"), status words, and the words that name the domain itself ("dịch vụ công", "trực tuyến").
What no span claims is the residue, which the matcher scores for service evidence. Everything
downstream reads this structure; nothing folds the question again.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from knowledge.catalogue.agencies import AgencyMention, AgencyResolver
from knowledge.catalogue.model import Province
from knowledge.language.text import Token, Tokens, strip_marks, tokenize
from knowledge.language.vocabulary import (
    DOMAIN_PHRASES,
    HELP_WORDS,
    LOANWORDS,
    QUESTION_WORDS,
    SEND_WORDS,
    UNIT_NOUNS,
)
from knowledge.letters.sources import TrackedLetter
from knowledge.reader import aside_spans, first_issue
from knowledge.reader.aside_spans import SELF_WORDS, Span
from knowledge.reader.asker_title import asker_title
from knowledge.reader.district_offices import within_districts
from knowledge.reader.document_authors import document_authors
from knowledge.reader.greetings import introduced
from knowledge.reader.letter_refs import LetterRef, find_letters
from knowledge.reader.period_finding import find_periods
from knowledge.reader.periods import PeriodSpan, YearSpan
from knowledge.reader.plan_named import plan_spans
from knowledge.reader.row_refs import (
    DECISIONS,
    Pairs,
    RowRef,
    find_rows,
)
from knowledge.reader.spelling import Printed, regional, repaired, respelled
from knowledge.reader.table_named import names_table
from knowledge.reader.task_refs import TaskRef, find_forms, find_tasks
from knowledge.rules.statuses import STATUSES

MAX_QUESTION_CHARS = 500
SECTOR_WORDS = {"nganh", "linh", "vuc", "cua"}  # "ngành xây dựng", "lĩnh vực tài chính"
ASKING_WORDS = {"hoi"}
APART_SPANS = (
    "self",
    "unit",
    "level",
    "form",
    "table",
    "tiers",
)  # spans never a service's wording
# "gửi Sở TT&TT", "báo công an", "góp ý cho Sở Tư pháp": where it goes
SENDING_WORDS = {"gui", "nop", "trinh", "bao", "gop"}
# "nộp gì cho Sở TT&TT", "gửi báo cáo về sở": where it goes, a few words after the verb ("bao"
# of "bao nhiêu", "bao giờ" sends nothing; "giao cho Sở Y tế" is whose, not where)
TOWARDS_WORDS = {"ve", "cho", "len", "toi", "den"}
NOT_SENDING_AFTER = {"bao": {"nhieu", "gio", "lau"}}
SENDING_SPAN = 4
# "chào bạn", "bot ơi": the bot addressed, nothing asked
ADDRESS_WORDS = {"ban", "bot"}
STATUS_PHRASES = tuple(
    sorted(
        {tuple(t.fold for t in tokenize(label)) for label in STATUSES.values()} | {("xong",)},
        key=len,
        reverse=True,
    )
)


@dataclass(frozen=True)
class Parsed:
    text: str
    tokens: tuple[Token, ...]
    rows: tuple[RowRef, ...] = ()
    tasks: tuple[TaskRef, ...] = ()
    letters: tuple[LetterRef, ...] = ()
    periods: tuple[PeriodSpan, ...] = ()
    years: tuple[YearSpan, ...] = ()
    agencies: tuple[AgencyMention, ...] = ()
    asker: str | None = None  # the agency the asker says they belong to
    others: tuple[Span, ...] = ()
    residue: tuple[int, ...] = field(default=())  # indexes of the tokens no span claims
    today: date | None = None  # the day it was read on (periods and tasks are read from it)

    @property
    def folded(self) -> str:
        return " ".join(t.fold for t in self.tokens)

    @property
    def residue_tokens(self) -> list[Token]:
        return [self.tokens[i] for i in self.residue]

    @property
    def subject(self) -> AgencyMention | None:
        """The agency the question is about: one it names other than the asker's and other than
        where something is sent ("gửi Sở TT&TT"), else the asker's own; a name that can only be
        the agency before one that also reads as catalogue wording."""
        about = [m for m in self.agencies if m not in self.recipients]
        # "<agency> … theo các văn bản của Sở TT&TT": the letters' author is no subject
        # beside another agency named
        named = [m for m in about if m not in self.authors]
        # "chúng tôi có trễ văn bản nào của Sở TT&TT": the asker's own unit, not the author
        own = any(s.kind == "self" for s in self.others)
        for pool in ([m for m in named if m.name != self.asker], named, [] if own else about):
            if pool:
                return max(pool, key=lambda m: (m.strong, -m.start))
        return None

    @property
    def apart(self) -> set[int]:
        """The positions of what the question names that is never a service's wording: the
        asker ("bên em"), an agency, a period, a row, a task or form, a level. Not an agency
        named by one word, which may be a word of the service typed without marks ("khai thác
        cat sỏi": "cát", not CAT, Công an tỉnh)."""
        spans = [(m.start, m.end) for m in self.agencies if m.end - m.start > 1]
        spans += [(p.start, p.end) for p in self.periods]
        spans += [(y.start, y.end) for y in self.years]
        spans += [(r.start, r.end) for r in self.rows]
        spans += [(t.start, t.end) for t in self.tasks]
        spans += [(s.start, s.end) for s in self.others if s.kind in APART_SPANS]
        return {i for start, end in spans for i in range(start, end)}

    @property
    def authors(self) -> list[AgencyMention]:
        """Agencies whose document the question names (document_authors.py)."""
        forms = {s.end for s in self.others if s.kind in ("form", "table")}
        return document_authors(self.tokens, self.agencies, forms)

    @property
    def recipients(self) -> list[AgencyMention]:
        """Agencies something is sent to: "gửi Sở TT&TT", "nộp về sở tttt"."""
        found = []
        folds = [t.fold for t in self.tokens]
        for m in self.agencies:
            before = folds[max(0, m.start - 2) : m.start]
            sent = before and (before[-1] in SENDING_WORDS or before[:1] == ["gui"])
            towards = before and before[-1] in TOWARDS_WORDS and _sent_before(folds, m.start - 1)
            if sent or towards:
                found.append(m)
        return found

    @property
    def is_help(self) -> bool:
        """ "help", "hướng dẫn", "xin chào bạn", "bot làm được gì": nothing but a greeting or a
        request for help."""
        folds = [t.fold for t in self.tokens]  # the two sets tested apart, not united a word
        whole = " ".join(folds)
        words = " ".join([f for f in folds if f not in QUESTION_WORDS and f not in ADDRESS_WORDS])
        named = {i for m in self.agencies for i in range(m.start, m.end)}
        return whole in HELP_WORDS or words in HELP_WORDS or introduced(self.tokens, named)


def _sent_before(folds: Sequence[str], end: int) -> bool:
    """A verb of sending in the few words before `end`, none of them "giao" (assigned to)."""
    for k in range(end - 1, max(-1, end - 1 - SENDING_SPAN), -1):
        if folds[k] == "giao":
            return False
        after = folds[k + 1] if k + 1 < len(folds) else ""
        if folds[k] in SENDING_WORDS and after not in NOT_SENDING_AFTER.get(folds[k], ()):
            return True
    return False


# -- everything else ------------------------------------------------------------------------
def _phrases(
    tokens: Sequence[Token], phrases: Sequence[Sequence[str]], kind: str, taken: set[int]
) -> list[Span]:
    """Spans of the given phrases, longest first at each word, none over a taken word."""
    by_first = _phrase_index(phrases)
    spans = []
    folds = [t.fold for t in tokens]
    i, size = 0, len(tokens)
    while i < size:
        for phrase in by_first[folds[i]] if folds[i] in by_first else ():  # noqa: SIM401
            end = i + len(phrase)
            if tuple(folds[i:end]) == phrase and not taken & set(range(i, end)):
                spans.append(Span(kind, i, end))
                taken |= set(range(i, end))
                i = end - 1
                break
        i += 1
    return spans


# each phrase list's index by the list's identity, held with it (the lists are constants; a
# tuple of their phrases was made and hashed at each of three calls an ask)
_INDEXES: dict[int, tuple[Sequence[Sequence[str]], dict[str, list[tuple[str, ...]]]]] = {}


def _phrase_index(phrases: Sequence[Sequence[str]]) -> dict[str, list[tuple[str, ...]]]:
    held = _INDEXES.get(id(phrases))
    if held is not None and held[0] is phrases:
        return held[1]
    index = _by_first_word(tuple(tuple(p) for p in phrases))
    if len(_INDEXES) >= 64:
        _INDEXES.clear()
    _INDEXES[id(phrases)] = (phrases, index)
    return index


@functools.cache
def _by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        index.setdefault(phrase[0], []).append(phrase)
    return index


def _asker(tokens: Sequence[Token], mentions: Sequence[AgencyMention]) -> str | None:
    """The agency the asker belongs to: "tôi ở Sở Công Thương", "bên CAT ...", "STC hỏi ..."."""
    # A unit with its pronoun ("UB huyện bọn em", "tôi ở Sở Công Thương") before one said only
    # with "bên" ("bên SXD … để UB huyện bọn em hướng dẫn": SXD is whom it asks about)
    for words in (SELF_WORDS - {"ben"}, SELF_WORDS):
        for m in mentions:
            before = {t.fold for t in tokens[max(0, m.start - 3) : m.start]}
            after = [t.fold for t in tokens[m.end : m.end + 2]]
            if before & words or (after and (after[0] in ASKING_WORDS or after[0] in SELF_WORDS)):
                return m.name
    return None


# a decision by its number ("quyết định 406", "QĐ 411") is the plan itself, not the "Quyết
# định …" a title opens with (406-29 "Quyết định trợ cấp xã hội …")
DOMAIN = tuple(tuple(p.split()) for p in DOMAIN_PHRASES) + tuple(
    (*word, number) for word in (("quyet", "dinh"), ("qd",)) for number in DECISIONS
)
UNITS = tuple(tuple(p.split()) for p in UNIT_NOUNS)


def _borrowed(token: Token) -> Token:
    """A borrowed word as the reader's own ("deadline" is "hạn")."""
    own = LOANWORDS.get(token.fold)
    return Token(own, strip_marks(own)) if own else token


def parse(
    question: str,
    province: Province,
    resolver: AgencyResolver,
    today: date,
    plan_years: Sequence[int],
    vocabulary: frozenset[str] = frozenset(),
    compounds: Pairs = frozenset(),
    printed: Printed | None = None,
    letters: Sequence[TrackedLetter] = (),
    acts: frozenset[str] = frozenset(),
) -> Parsed:
    """vocabulary: every word the documents print; compounds: the pairs they print side by side;
    printed: the same, marks and all, for reading a word typed in a dialect's spelling;
    letters: the letters the province's tasks come from, which may be named by number;
    acts: the words the titles open with (first_issue.py)."""
    text = (question or "")[:MAX_QUESTION_CHARS]
    tokens = [_borrowed(t) if t.fold in LOANWORDS else t for t in tokenize(text)]
    tokens = repaired(tokens, vocabulary) if vocabulary else tokens
    tokens = respelled(tokens, printed) if printed else tokens
    tokens = regional(tokens, compounds)
    tokens = first_issue.as_printed(tokens, compounds, acts)  # "cấp … lần đầu": "cấp mới …"
    taken: set[int] = set()

    def claim(start: int, end: int) -> bool:
        span = set(range(start, end))
        if taken & span:
            return False
        taken.update(span)
        return True

    asides = aside_spans.levels(tokens, compounds) + aside_spans.tiers(tokens)
    levels = [span for span in asides if claim(span.start, span.end)]
    # A form first: "biểu số 02", "phụ lục số 3" name a form, never row 2 or 3. A form several
    # tasks ask for names each of them (knowledge/reader/task_choice.py weighs which).
    tasks: list[TaskRef] = []
    for ref in find_tasks(tokens, province):
        if claim(ref.start, ref.end) or any(
            (t.start, t.end) == (ref.start, ref.end) for t in tasks
        ):
            tasks.append(ref)
    # A letter by its number ("cv 415"), before "số 415" can be read as a row.
    letter_refs = [r for r in find_letters(tokens, letters) if claim(r.start, r.end)]
    # the assignment table by its form ("biểu 01"): no task's form, nothing a service's either
    forms = [
        Span("table" if names_table(tokens, a, b, province) else "form", a, b)
        for a, b in find_forms(tokens, province)
        if claim(a, b)
    ]
    rows = [r for r in find_rows(tokens, compounds) if claim(r.start, r.end)]
    periods, years = find_periods(tokens, today, plan_years, taken)
    periods = [p for p in periods if claim(p.start, p.end)]
    years = [y for y in years if claim(y.start, y.end)]
    # "đợt triển khai 406": the plan named by carrying out its decision (plan_named.py)
    plans = plan_spans(tokens, taken)
    mentions = []
    # "phòng văn hóa huyện Lâm Bình": an office inside a district unit is that unit
    found = within_districts(text, len(tokens), resolver.mentions(tokens), resolver.districts)
    for m in found:
        # "kế hoạch 406", "kế hoạch triển khai 406": a weak name before a decision's number,
        # or before the plan named so, names the plan, no agency
        after = m.end < len(tokens) and tokens[m.end].fold in DECISIONS
        plan = not m.strong and (after or any(p.start == m.end for p in plans))
        if claim(m.start, m.end) and not plan:
            mentions.append(m)
    # A date a task is due on names that task ("hạn 20/5 nộp cái gì"), and so does the day a
    # span runs to when the question speaks of sending ("phải nộp gì trước 20/5"): what a task
    # wants sent by then, not what falls due until then.
    sending = SEND_WORDS.any_in(tokens)
    for p in periods:
        day = p.day if p.day is not None else (p.until if sending else None)
        for task in province.tasks:
            if day is not None and task.due == day:
                tasks.append(TaskRef(task, p.start, p.end, "date"))
    # Status words are noted but stay in the residue: "không đủ điều kiện" also names a task.
    others = levels + forms + _phrases(tokens, STATUS_PHRASES, "status", set(taken))
    selves = aside_spans.selves(tokens, compounds)
    others += [span for span in selves if claim(span.start, span.end)]
    others += plans + _phrases(tokens, DOMAIN, "domain", taken)
    others += _phrases(tokens, UNITS, "unit", taken)
    free = [i for i in range(len(tokens)) if i not in taken]
    if mentions and free:
        # "chuyên viên <unit> hỏi …": the asker's post, no words of what is asked
        title = asker_title(tokens, mentions, free, ASKING_WORDS)
        free = [i for i in free if i not in title]
    return Parsed(
        text=text,
        tokens=Tokens(tokens),
        rows=tuple(rows),
        tasks=tuple(tasks),
        letters=tuple(letter_refs),
        periods=tuple(periods),
        years=tuple(years),
        agencies=tuple(mentions),
        asker=_asker(tokens, mentions),
        others=tuple(others),
        residue=tuple(free),
        today=today,
    )
