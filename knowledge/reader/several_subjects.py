"""A message that names two or more things of one kind: "mục 22 với mục 14 cái nào muộn hơn",
"Sở Tư pháp với Sở Y tế được giao những gì", "tháng 6 có gì đến hạn, còn tháng 9 thì sao".

Read whole, the first thing named decided (a row reference decides at once) and the others were
dropped without a word (ux33 #2). The subjects are the spans the one parse marks, by kind: a
thing (a row, or a task by its id, form or date), an agency named by a name that is only an
agency's, a period of the calendar. Two of one kind are both asked about when the second is
joined to the first by a word that joins ("và", "với", "hay", "hoặc"; `JOINERS`) or stands in
a clause after it (split at punctuation): each is then read with the message's frame (its
question words, the other kinds' spans), the other subjects of its kind left out. The message's
order is kept: the first named is the answer's head (the JSON's keys), the others follow.
Another agency after a relation ("phối hợp với Sở TT&TT"), where something is sent ("gửi Sở
TT&TT") or whose letter is named is no subject; a span of lateness ("quá hạn") is no period.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from knowledge.catalogue.agencies import AgencyMention
from knowledge.language.text import MarkedPhrases, MarkedWords, Token, words
from knowledge.reader.parse import Parsed
from knowledge.reader.row_refs import RowRef
from knowledge.reader.two_questions import asks

# the words that join two things named one after the other ("mục 22 với mục 14", "Sở Tư pháp
# với Sở Y tế", "tháng 5 hay tháng 6"); "vs" as typed in chat
JOINERS = MarkedWords("và với vs hay hoặc")
# a task named by what sets it apart from the others: its id, its form, its date
_TASK_NAMES = ("id", "form", "date")
# where a clause ends: punctuation (not a dot inside "30.9" or "4/2021") or a line break
_CUT = re.compile(r"[,;?!…]|\.(?!\d)|\n")
# a comparison asked of the subjects: a comparative ("sớm hơn", "nhiều việc hơn"), difference
# or sameness ("khác gì nhau", "giống", "cùng hạn", "chung"), both or which one of them
_COMPARATIVE = MarkedWords(
    "hơn khác giống cùng chung", marked_only="cùng"
)  # "cung" is of "cung cấp"
_WHICH_ONE = MarkedPhrases(("cả hai", "cả 2", "cái nào", "bên nào", "cả 2 cái"))


@dataclass(frozen=True)
class Subject:
    kind: str  # thing | agency | period
    start: int  # the span of the parse's tokens
    end: int
    what: tuple  # what it names, to tell two mentions of one thing apart


@dataclass(frozen=True)
class Several:
    """The subjects of one kind the message asks about, in its order, and each one's parse."""

    kind: str
    subjects: tuple[Subject, ...]
    parses: tuple[Parsed, ...]
    compared: bool  # the message asks how they compare

    def named(self, parsed: Parsed, at: int) -> str:
        """The words of the `at`th subject as typed."""
        found = self.subjects[at]
        return " ".join(t.raw for t in parsed.tokens[found.start : found.end])


def several(parsed: Parsed, chosen: str | None = None) -> Several | None:
    """The subjects of the first kind the message names two or more of, joined (see module);
    None when it names at most one thing of each kind. chosen: the agency the message read
    whole was read as (its list, its deadlines): a name joined to it is an agency too."""
    kinds = _by_kind(parsed, chosen)
    if not kinds:
        return None  # most messages: at most one thing of each kind, no clause to split
    clause = clause_of(parsed)
    for kind, found in kinds:
        run = [found[0]]
        for nxt in found[1:]:
            if joined(parsed.tokens, run[-1], nxt, clause):
                run.append(nxt)
        if len(run) > 1:
            rows = _decided(parsed.rows, run, parsed.tokens)
            base = replace(parsed, rows=rows)
            parses = tuple(_only(base, s, run) for s in run)
            return Several(kind, tuple(run), parses, compared(parsed.tokens))
    return None


def later_things(parsed: Parsed) -> tuple[str, str] | None:
    """ "bên em có gì trễ hạn chưa, cả mục 19 nữa", "tháng 6 có hạn gì, cả mục 39 nữa": the
    message's first clause asks and names no thing, and a clause after it names a row or a
    task. Read whole, the row decided at once and the question asked was dropped; the
    first clause is the question, the later things are asked beside it. (first clause, rest)
    as typed; None otherwise."""
    things = [(r.start, r.end) for r in parsed.rows]
    things += [(t.start, t.end) for t in parsed.tasks if t.how in _TASK_NAMES]
    if not things:
        return None
    clause = clause_of(parsed)
    if clause is None or not parsed.tokens:
        return None
    if any(clause[start] == clause[0] for start, _ in things):
        return None
    head = [t for t, c in zip(parsed.tokens, clause, strict=True) if c == clause[0]]
    if not asks(head):
        return None
    cut = _CUT.search(parsed.text)
    if cut is None:
        return None
    return parsed.text[: cut.start()].strip(), parsed.text[cut.end() :].strip(" ,;")


def agency_after(parsed: Parsed) -> tuple[str, str] | None:
    """ "phiếu lý lịch tư pháp là mục nào, Sở Tư pháp làm à": the first clause asks and names
    no agency, and an agency is named only in a clause after it — a check on what the first
    clause asks (who does it, by when), not a request for the agency's list. (first clause,
    the agency's name); None otherwise."""
    clause = clause_of(parsed)
    if not parsed.agencies or clause is None or not parsed.tokens:
        return None
    if any(clause[m.start] == clause[0] for m in parsed.agencies):
        return None
    if len({m.name for m in parsed.agencies}) != 1:
        return None
    head = [t for t, c in zip(parsed.tokens, clause, strict=True) if c == clause[0]]
    cut = _CUT.search(parsed.text)
    if cut is None or not asks(head):
        return None
    return parsed.text[: cut.start()].strip(), parsed.agencies[0].name


def joined_names(parsed: Parsed) -> tuple[str, str] | None:
    """ "cấp hộ chiếu phổ thông hay hộ chiếu ngoại giao …": the words before the first
    joining word and those after it, as typed, where the message names no row, task, agency or
    period for the joining word to tie; None when it has none."""
    if parsed.rows or parsed.tasks or parsed.periods or parsed.agencies or parsed.letters:
        return None
    typed = parsed.text.split()
    if len(typed) != len(parsed.tokens):
        return None  # a typed word the parse read as two: no cut to trust
    folds = JOINERS.folds  # a set test first: most words are no joining word
    for i, token in enumerate(parsed.tokens[1:-1], start=1):
        if token.fold in folds and token in JOINERS:
            return " ".join(typed[:i]).strip(" ,"), " ".join(typed[i + 1 :])
    return None


def compared(tokens: Sequence[Token]) -> bool:
    return _COMPARATIVE.any_in(tokens) or bool(_WHICH_ONE.positions(tokens))


def clause_of(parsed: Parsed) -> list[int] | None:
    """The clause each of the parse's tokens stands in (numbered in order); None when the
    parse's words are not the text's (a word it repaired into two)."""
    found: list[int] = []
    for n, piece in enumerate(_CUT.split(parsed.text)):
        found += [n] * len(words(piece))
    return found if len(found) == len(parsed.tokens) else None


def joined(
    tokens: Sequence[Token], first: Subject, second: Subject, clause: Sequence[int] | None
) -> bool:
    """Whether `second` is asked about beside `first`: a joining word alone between them, or
    `second` in a clause after the one `first` ends in."""
    between = tokens[first.end : second.start]
    if between and all(t in JOINERS for t in between):
        return True
    return clause is not None and clause[second.start] > clause[first.end - 1]


def _by_kind(parsed: Parsed, chosen: str | None = None) -> list[tuple[str, list[Subject]]]:
    things = [
        Subject("thing", r.start, r.end, ("row", r.decision, r.number, _folds(r.sector)))
        for r in parsed.rows
    ]
    things += [
        Subject("thing", t.start, t.end, ("task", t.task.id))
        for t in parsed.tasks
        if t.how in _TASK_NAMES
    ]
    apart = parsed.recipients + parsed.authors
    named = [m for m in parsed.agencies if m not in apart]
    agencies = [
        Subject("agency", m.start, m.end, ("agency", m.name))
        for i, m in enumerate(named)
        if m.strong or _listed(parsed.tokens, named, i, chosen)
    ]
    periods = [
        Subject("period", p.start, p.end, ("period", p.period.start, p.period.end))
        for p in parsed.periods
        if not (p.period.late or p.period.nearest or p.period.reported)
    ]
    kinds = [("thing", things), ("agency", agencies), ("period", periods)]
    return [(k, _ordered(found)) for k, found in kinds if len({s.what for s in found}) > 1]


def _listed(
    tokens: Sequence[Token], named: Sequence[AgencyMention], at: int, chosen: str | None = None
) -> bool:
    """ "KHĐT với VP UBND tỉnh": a name that may be a service's words ("kế hoạch đầu tư") is an
    agency where a joining word alone ties it to a name that is only an agency's; and so is
    one tied so to the agency the message was read as ("tư pháp và kế hoạch đầu tư phải làm
    gì": both weak, the first read as the agency, the second must not be dropped unsaid)."""
    for i in (at - 1, at + 1):
        if 0 <= i < len(named) and (
            named[i].strong or (chosen is not None and chosen in (named[i].name, named[at].name))
        ):
            a, b = sorted((named[at], named[i]), key=lambda m: m.start)
            between = tokens[a.end : b.start]
            if between and all(t in JOINERS for t in between):
                return True
    return False


def _folds(tokens: Sequence[Token]) -> tuple[str, ...]:
    return tuple(t.fold for t in tokens)


def _ordered(found: list[Subject]) -> list[Subject]:
    """One subject per thing named, at its first mention, in the message's order."""
    seen: dict[tuple, Subject] = {}
    for s in sorted(found, key=lambda s: s.start):
        seen.setdefault(s.what, s)
    return list(seen.values())


def _decided(rows: Sequence[RowRef], run: Sequence[Subject], tokens: Sequence[Token]) -> tuple:
    """ "dòng 3 hoặc dòng 12 của 411": a row named without its decision, joined to a row named
    with one, is of that decision too."""
    found = list(rows)
    at = {(r.start, r.end): i for i, r in enumerate(found)}
    for i in range(len(run) - 2, -1, -1):
        mine, nxt = at.get((run[i].start, run[i].end)), at.get((run[i + 1].start, run[i + 1].end))
        between = tokens[run[i].end : run[i + 1].start]
        if mine is None or nxt is None or not all(t in JOINERS for t in between):
            continue
        if found[mine].decision is None and found[nxt].decision is not None:
            found[mine] = replace(found[mine], decision=found[nxt].decision)
    return tuple(found)


def _only(parsed: Parsed, keep: Subject, run: Sequence[Subject]) -> Parsed:
    """The parse with the other subjects of the run left out, and every span within them."""
    gone = [(s.start, s.end) for s in run if s is not keep]

    def kept(spans: Sequence) -> tuple:
        return tuple(s for s in spans if not any(a < s.end and s.start < b for a, b in gone))

    return replace(
        parsed,
        rows=kept(parsed.rows),
        tasks=kept(parsed.tasks),
        periods=kept(parsed.periods),
        agencies=kept(parsed.agencies),
    )
