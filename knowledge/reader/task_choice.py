"""Which of several provincial tasks a question means when what it names fits more than one: a
form two letters ask for (the 2021 dossier's "Biểu 02" and a later letter's "Biểu số 02"), the
title words of several tasks ("báo cáo rà soát"), a date two tasks fall due on.

The evidence is weighed in this order, each step narrowing only when it leaves something:
- what else the question names: a letter (its tasks), a recurrence ("hằng tháng": the tasks
  recurring so), a period or a year (the tasks falling due in it);
- who asks: the tasks the asker's unit must deliver (an addressee), before those it only
  supports or has nothing to do with;
- the words: of tasks read from their words, those whose own text (not their letter's subject,
  which siblings share) prints more of the question as typed ("kết nối dữ liệu dân cư", not
  only the "báo cáo" every report prints);
- the day: the tasks still current (not ended, and a deadline or an occurrence still ahead).
More than one left: the evidence does not decide, and the reader offers them to choose from —
a wrong answer given with confidence is worse than a question back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from knowledge.calendar.deadlines import is_past
from knowledge.catalogue.model import Province, Task
from knowledge.language.text import Token
from knowledge.letters.sources import TrackedLetter
from knowledge.reader.evidence import TextIndex
from knowledge.reader.parse import Parsed
from knowledge.reader.periods import Period
from knowledge.reader.quarters_ahead import quarters_ahead
from knowledge.reader.reading import Reading
from knowledge.reader.recurrence_asked import fits, named_in
from knowledge.reader.report_periods import occurrences_in
from knowledge.reader.weighing import names_doer, task_fit


@dataclass(frozen=True)
class Clues:
    """What a question says besides the task's own words."""

    agency: str | None = None  # the unit asking, or the one the question names
    today: date | None = None
    periods: tuple[Period, ...] = ()
    years: tuple[int, ...] = ()
    letter: tuple[str, ...] = ()  # the ids of the tasks of a letter the question names
    # a recurrence the question names ("báo cáo hằng tháng", "bc tháng", "định kỳ"):
    # recurrence_asked.py
    every: str | None = None


def current(task: Task, today: date) -> bool:
    """Still to be delivered on `today` by someone: not ended, and its date (a one-off task) or
    an occurrence (a recurring one) still ahead."""
    if task.ended is not None and task.ended <= today:
        return False
    if task.due is not None:
        return not is_past(task.due, today)
    return task.next_due(today) is not None


def owed_by(province: Province, agency: str, task: Task) -> bool:
    """The agency (a group: one of its units) must deliver the task."""
    return bool(set(province.members(agency)) & set(task.addressees))


def falls_in(task: Task, periods: Sequence[Period], years: Sequence[int]) -> bool:
    spans = [p for p in periods if not p.late]
    spans += [Period(date(y, 1, 1), date(y, 12, 31), str(y)) for y in years]
    return any(occurrences_in(task, p) for p in spans)


def _narrow(pool: list[Task], keep: Iterable[bool]) -> list[Task]:
    kept = [t for t, k in zip(pool, keep, strict=True) if k]
    return kept or pool


def narrowed(
    tasks: Iterable[Task],
    province: Province,
    clues: Clues,
    words: Mapping[str, int] | None = None,
) -> tuple[Task, ...]:
    """The tasks the evidence leaves, in the order given (duplicates dropped): one when it
    decides, several when it does not. `words`: by task id, how many of the question's pairs
    its own text prints (task_words.py `TaskFit.phrases`), for tasks read from their words."""
    pool = list(dict.fromkeys(tasks))
    if len(pool) <= 1:
        return tuple(pool)
    if clues.letter:
        pool = _narrow(pool, (t.id in clues.letter for t in pool))
    if clues.every is not None:
        every = clues.every
        pool = _narrow(pool, (t.recurring and fits(every, t.every) for t in pool))
    if clues.periods or clues.years:
        pool = _narrow(pool, (falls_in(t, clues.periods, clues.years) for t in pool))
    if clues.agency is not None:
        agency = clues.agency
        pool = _narrow(pool, (owed_by(province, agency, t) for t in pool))
    if words:
        # before the day: a report late and still owed is still what its own words name; the
        # day only tells apart tasks the words fit as well (issue ux21 #2)
        most = max(words.get(t.id, 0) for t in pool)
        pool = _narrow(pool, (words.get(t.id, 0) == most for t in pool))
    if clues.today is not None:
        today = clues.today
        pool = _narrow(pool, (current(t, today) for t in pool))
    return tuple(pool)


def late_beside(
    tasks: Iterable[Task], province: Province, clues: Clues, words: Mapping[str, int]
) -> tuple[Task, ...]:
    """Of tasks read from their words, those the words fit as well when the day alone would
    tell them apart for the unit asking: one current, one past its date (not ended) that the
    unit must deliver and may still owe (the reader knows no status). Both are offered, not the
    current one guessed (ux21 #2); () when the day does not decide between such tasks."""
    if clues.agency is None or clues.today is None:
        return ()
    if clues.periods or clues.years or clues.every:
        return ()  # "bc quý 4": what the period names, then the day, as before
    even = narrowed(tasks, province, replace(clues, today=None), words)
    today, agency = clues.today, clues.agency
    late = [
        t
        for t in even
        if not current(t, today) and t.ended is None and owed_by(province, agency, t)
    ]
    return even if late and len(late) < len(even) else ()


def clues_of(parsed: Parsed, asker: str | None, letters: Sequence[TrackedLetter] = ()) -> Clues:
    """What a parsed question says beside its task words: the agency it names (not where
    something is sent), else the asker's; its periods, years and letters; the day."""
    subject = parsed.subject
    return Clues(
        agency=subject.name if subject else asker,
        today=parsed.today,
        periods=tuple(p.period for p in parsed.periods),
        years=tuple(y.year for y in parsed.years),
        letter=tuple(t.id for letter in letters for t in letter.tasks),
        every=named_in(parsed),
    )


def task_reading(
    tasks: Iterable[Task],
    parsed: Parsed,
    province: Province,
    asker: str | None,
    letters: Sequence[TrackedLetter] = (),
    words: Mapping[str, int] | None = None,
) -> Reading:
    """A question naming these tasks: the one the evidence leaves (sure, with every task named
    beside it), or those it cannot tell apart (to choose from). `words`: as `narrowed`'s."""
    named = tuple(dict.fromkeys(tasks))
    clues = clues_of(parsed, asker, letters)
    left = narrowed(named, province, clues, words)
    # the unit the card speaks for is the one the question names by a name of its own ("sxd
    # có phải nộp mẫu 01 không" from an officer of Sở Y tế: Sở Xây dựng's duty), else the
    # asker's; not words a title also prints ("an toàn thông tin" is no Sở TT&TT)
    subject = parsed.subject
    who = subject.name if subject is not None and subject.strong else asker
    if len(left) == 1:
        return Reading("task", agency=who, task=left[0], tasks=named)
    return Reading("task", agency=who, tasks=left, sure=False)


def letter_reading(
    letters: Sequence[TrackedLetter],
    parsed: Parsed,
    province: Province,
    asker: str | None,
    described: Sequence[str],
) -> Reading:
    """A letter named by its number: the one of its tasks the question's words describe
    (`described`: their ids), else the letter and all its tasks; the tasks of every letter
    with that number, to choose from, when several have it."""
    own = [t for letter in letters for t in letter.tasks]
    if described:
        return task_reading(
            [t for t in own if t.id in described], parsed, province, asker, letters
        )
    if len(letters) == 1:
        return Reading("letter", agency=asker, letter=letters[0], tasks=tuple(own))
    return task_reading(own, parsed, province, asker, letters)


@dataclass(frozen=True)
class Named:
    """Tasks a text names (one when the evidence decides), and for a recurring one the
    occurrence a period names, by task id."""

    tasks: tuple[Task, ...]
    due: dict[str, date]
    # the period the words named ("tháng 8"), if any: a recurring task with no occurrence in it
    # is not the task's current one (u51 #2: "/nop mẫu 02 tháng 8" waited for November's)
    period: Period | None = None


def occurrences(tasks: Iterable[Task], periods: Sequence[Period]) -> dict[str, date]:
    """The one occurrence of each recurring task that the periods name ("tháng 9")."""
    found = {}
    for task in tasks:
        if not task.recurring:
            continue
        days = {d for p in periods if not p.late for d in occurrences_in(task, p)}
        if len(days) == 1:
            found[task.id] = days.pop()
    return found


def named_among(
    parsed: Parsed,
    pool: Sequence[Task],
    prov: Province,
    agency: str | None,
    index: TextIndex,
    tokens: Sequence[Token],
    own: Callable[[str, Sequence[Token]], int] | None = None,
    whole: Callable[[str], bool] | None = None,
) -> Named:
    """The tasks among `pool` (a unit's own) a short text names as a question would: by id,
    form, date or a letter's number, else by the words of their texts (`index`, the question's
    `tokens`: any of them, the pool being the unit's, and a tie offered, not guessed), weighed by
    the evidence beside them. With a period ("báo cáo tháng 9"), the occurrence of a recurring
    task due in it. `own`: how many pairs of the words a task's own text prints (not its
    letter's subject, which its sibling tasks share; task_words.py `own_phrases`): of tasks the
    words fit alike, those weigh before the day, as a question's do ("/nop bc kết nối dữ liệu
    dân cư": the late report on it, not the current quarterly one of the same letter). `whole`:
    of the tasks the words fit, those that count (a file's words: the tasks whose title or form
    they print whole words of, file_phrases.py)."""
    parsed = quarters_ahead(parsed, pool)  # "quý 1" in December: the one coming (u54 #3)
    ids = [t.id for t in pool]
    letters = [letter for ref in parsed.letters for letter in ref.letters]
    named = [r.task for r in parsed.tasks if r.task.id in ids]
    named += [t for letter in letters for t in letter.tasks if t.id in ids]
    if not named:
        fits = [f for f in index.fit(ids, tokens) if whole is None or whole(f.key)]
        best = fits[0].weight if fits else 0.0
        named = [t for f in fits if f.weight >= best for t in pool if t.id == f.key]
        if own is not None and named:
            # of the tasks the words fit at all, the one whose own text prints more of them
            # side by side weighs before the weight its letter's subject gives a sibling
            phrases = {f.key: own(f.key, tokens) for f in fits}
            most = max(phrases.values())
            if most > max(phrases[t.id] for t in named):
                named = [t for f in fits if phrases[f.key] == most for t in pool if t.id == f.key]
        # a period is evidence as strong as the words: when the words fit none of what
        # falls due in it ("báo cáo tháng 4", the words fitting only a May report), both
        # are offered, not one guessed
        periods = [p.period for p in parsed.periods]
        years = [y.year for y in parsed.years]
        if (periods or years) and not any(falls_in(t, periods, years) for t in named):
            due_then = [t for t in pool if falls_in(t, periods, years)]
            if named and due_then:
                both = tuple(dict.fromkeys([*named, *due_then]))
                return Named(both, occurrences(both, periods), _asked(periods))
            named = due_then or named
    words = {t.id: own(t.id, tokens) for t in named} if own is not None and named else None
    reading = task_reading(named, parsed, prov, agency, letters, words)
    left = (reading.task,) if reading.task else reading.tasks
    periods = [p.period for p in parsed.periods]
    return Named(left, occurrences(left, periods), _asked(periods))


def _asked(periods: Sequence[Period]) -> Period | None:
    """The span of the calendar the words named, not "quá hạn" (no span)."""
    return next((p for p in periods if not p.late and not p.nearest), None)


def letter_words_reading(
    tasks: TextIndex,
    tokens: Sequence[Token],
    letters: Sequence[TrackedLetter],
    parsed: Parsed,
    province: Province,
    asker: str | None,
) -> Reading:
    """ "cv 415 nộp gì": the letter's tasks, or the one of them its words describe."""
    ids = [t.id for letter in letters for t in letter.tasks]
    found = tasks.fit(ids, list(tokens))
    said = [f.key for f in task_fit(found, named_agency=names_doer(parsed))]
    return letter_reading(letters, parsed, province, asker, said)
