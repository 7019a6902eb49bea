"""How one occurrence of a recurring task is named to officers, and read back when typed.

An occurrence is kept under its raw key, the task's id and its date (`tq-2021-09-25@2021-10-25`,
model.occurrence_key): exact, but a date twice is hard to read and to type on a phone. Officers
name a period the way the letters do ("báo cáo tháng 10", "quý III"), so an occurrence is shown
as its task's title and the period its date falls in ("Mẫu số 02 — tháng 10/2021", `label`), and
its typeable key is the task's id and that same period, spelt as the label spells it:
`tq-2021-09-25 tháng 10/2021` (`short_key`; a report due the month after the month it is for
is keyed by that month, as its label names it, and read back so). A recurring task falls at
most once a month, so a month names one occurrence of any task; a quarterly task's is named by
its quarter and a yearly one's by its year, as its letter and its label name it
(`tq-2021-12-20 quý IV/2021`, never "T12/2021" beside "quý IV/2021"). A raw key does not say
how often its task falls, so the key a task makes carries its cadence
(knowledge/catalogue/occurrence_key.py; `Province.keyed` for one read back from storage) and
`short_key` reads it from there: no registry, so one id in two provinces names each its own.

Read back (`decode`, `spell_out`): the short key, the month without its year (`tq-2021-09-25
T10`: that month past or current, `month_year`), a quarter (`Q3/2021`, `quý III/2021`) or
a year (`2022`) that holds exactly one of the task's occurrences, the raw key as before, and an
id made of an occurrence's own date (`tq-2021-10-25`, as ids are made of a first one).
Everything that reads a typed key (/capnhat, /nop, /lichsu, /ketthuc, free text, a caption)
asks here, through `Province.task_at` or `spell_out`; everything that shows one asks
`short_key` (knowledge/messages/markup.py `key_tag`) and `label`.
"""

from __future__ import annotations

import functools
import re
from datetime import date

from knowledge.catalogue.model import Province, Task, split_key
from knowledge.catalogue.occurrence_key import cadence
from knowledge.catalogue.reported import period_label, period_start, reported_label, reports_of

_QUARTER_NUMBERS = {"1": 1, "2": 2, "3": 3, "4": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4}

# the period after a task's id: "T10/2021", "t10", "tháng 10/2021", "Q3/2021", "quý III", "2022"
_PERIOD = (
    r"(?:(?P<m>t|th|thang|tháng)\s*(?P<month>\d{1,2})"
    r"|(?P<q>q|quy|quý)\s*(?P<quarter>[1-4]|iv|iii|ii|i)"
    r"|(?:nam|năm)?\s*(?P<alone>\d{4}))"
    r"(?:\s*[/.-]\s*(?P<year>\d{4}))?"
)
PERIOD = re.compile(rf"^{_PERIOD}$", re.I)


def short_key(key: str) -> str:
    """The key an officer reads and types for a row, a task or an occurrence: an occurrence's
    is its task's id and the month it reports ("tq-2021-09-25 tháng 10/2021"), a quarterly
    task's the quarter it reports ("tq-2021-12-20 quý IV/2021"); any other key is itself."""
    task_id, due = split_key(key)
    if due is None:
        return key
    if _ROW_KEY.match(task_id):  # one milestone of a row (knowledge/rules/standing.py)
        return f"{task_id} mốc {due.day}/{due.month}/{due.year}"
    every, lag = cadence(key)
    if every in ("quarter", "year"):
        return f"{task_id} {period_label(every, period_start(every, lag, due))}"
    # a month as the label spells it, the month the report is for ("tháng 9/2021" beside
    # "kỳ tháng 9/2021", never "T10/2021" of the one due 5/10: u54 #2); a half-year's by its
    # due month, which the typed key reads back
    month = period_start("month", lag, due) if every == "month" else due
    return f"{task_id} tháng {month.month}/{month.year}"


_ROW_KEY = re.compile(r"\d+-\d+(?:/|$)")  # "406-39", "406-11/Xây dựng": a catalogue row


def label(task: Task, due: date) -> str:
    """The period an occurrence reports, as the letters name periods: "tháng 10/2021", "quý
    III/2021", "6 tháng đầu năm 2023", "năm 2022"; a report due the month after the period it
    covers says it is that period's ("kỳ tháng 10/2021" for the one due 5/11/2021), so its
    date's month beside the key is not read as its period (knowledge/catalogue/reported.py)."""
    named = reported_label(task, due)
    return f"kỳ {named}" if task.lag and task.recurring else named


def titled(task: Task, due: date | None, name: str) -> str:
    """A task's name (its form or title) with the occurrence's period: "Mẫu số 02 — tháng
    10/2021"; a one-off task's name alone."""
    if due is None or not task.recurring:
        return name
    return f"{name} — {label(task, due)}"


def decode(task: Task, period: str, today: date | None = None) -> date | None:
    """The occurrence of `task` a typed period names (see the module docstring); None when it
    names none, or several (a quarter of a monthly task)."""
    if not task.recurring:
        return None
    found = PERIOD.match(period.strip())
    if found is None:
        return None
    year = int(found["year"]) if found["year"] else None
    if found["alone"]:
        if year is not None:
            return None
        start, end = date(int(found["alone"]), 1, 1), date(int(found["alone"]), 12, 31)
        return _only(task.occurrences(start, end))
    if found["quarter"]:
        if year is None:
            return None
        q = _QUARTER_NUMBERS[found["quarter"].lower()]
        start = date(year, 3 * q - 2, 1)
        end = date.fromordinal(
            date(year + (q == 4), 1 if q == 4 else 3 * q + 1, 1).toordinal() - 1
        )
        if task.every == "quarter":  # the quarter it reports, as its key names it
            return _only(reports_of(task, start, end))
        return _only(task.occurrences(start, end))
    month = int(found["month"])
    if not 1 <= month <= 12:
        return None
    if year is not None:
        return _in_month(task, year, month)
    around = today or date.today()
    year = month_year(month, around)
    this = _in_month(task, year, month)
    if this is not None:
        return this
    # none that month (the task starts later): the next such month's, when it is nearer to
    # today than the one past ("T9" on 10/8 of a report from September); never a month a
    # year ahead for one that had none just past ("T8" on 27/11: no August 2022, u51 #2)
    now = around.year * 12 + around.month
    if (year + 1) * 12 + month - now < now - (year * 12 + month):
        return _in_month(task, year + 1, month)
    return None


def _in_month(task: Task, year: int, month: int) -> date | None:
    """The one occurrence a month names: a monthly report's is the one for that month (due
    then, or the month after when it trails it, as its key names it); another's, due in it."""
    start, end = date(year, month, 1), _month_end(year, month)
    if task.every == "month":
        return _only(reports_of(task, start, end))
    return _only(task.occurrences(start, end))


def typed_gap(text: str, province: Province, today: date) -> tuple[Task, date, date, str] | None:
    """The first short key typed in `text` whose period holds no occurrence of its task at all
    ("tq-2021-09-25 T8" of a report from September): the task, the period's first and last day
    and its name; None when every period typed names one or several (u51 #2)."""
    ids = tuple(sorted((t.id for t in province.tasks if t.recurring), key=len, reverse=True))
    if not ids or not text:
        return None
    for found in _typed(ids).finditer(text):
        task = province.task(found["id"].lower()) or province.task(found["id"])
        span = _span(found["period"], today)
        if task is None or span is None or decode(task, found["period"], today) is not None:
            continue
        start, end, name = span
        if not task.occurrences(start, end) and not reports_of(task, start, end):
            return task, start, end, name
    return None


def _span(period: str, today: date) -> tuple[date, date, str] | None:
    """The days a typed period runs over, and its name as the letters write it."""
    found = PERIOD.match(period.strip())
    if found is None:
        return None
    year = int(found["year"]) if found["year"] else None
    if found["alone"]:
        alone = int(found["alone"])
        return None if year else (date(alone, 1, 1), date(alone, 12, 31), f"năm {alone}")
    if found["quarter"]:
        if year is None:
            return None
        start = date(year, 3 * _QUARTER_NUMBERS[found["quarter"].lower()] - 2, 1)
        end = _month_end(year, start.month + 2)
        return start, end, period_label("quarter", start)
    month = int(found["month"])
    if not 1 <= month <= 12:
        return None
    year = year or month_year(month, today)
    return date(year, month, 1), _month_end(year, month), f"tháng {month}/{year}"


def month_year(month: int, today: date) -> int:
    """The year of a month an officer names without one, for a recurring task's occurrence: the
    nearest such month past or current ("tháng 11" on 1/12/2021 is 11/2021, "tháng 12" is this
    month, "tháng 1" is January 2021): the one rule of /capnhat, /nop, /ketthuc and questions."""
    return today.year if month <= today.month else today.year - 1


def _month_end(year: int, month: int) -> date:
    following = date(year + (month == 12), 1 if month == 12 else month + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def _only(dues: list[date]) -> date | None:
    return dues[0] if len(dues) == 1 else None


def occurrence_of(province: Province, text: str, today: date | None = None) -> str | None:
    """The raw key of the occurrence a typed key names, short ("tq-2021-09-25 T10/2021") or
    raw ("tq-2021-09-25@2021-10-25"); None for anything else."""
    typed = text.strip()
    found = province.task_at(typed)
    if found is not None:
        task, due = found
        return task.key_of(due) if due is not None else None
    head, _, rest = typed.partition(" ")
    named = province.task(head.lower()) or province.task(head)
    if named is None or not rest.strip():
        return None
    due = decode(named, rest, today)
    return named.key_of(due) if due is not None else None


@functools.lru_cache(maxsize=64)
def _typed(ids: tuple[str, ...]) -> re.Pattern[str]:
    """A short key of one of these recurring tasks, as typed in a text (compiled once per set
    of tasks: every free text is looked through)."""
    return re.compile(
        rf"(?<![\w@-])(?P<id>{'|'.join(re.escape(i) for i in ids)})\s+(?P<period>{_PERIOD})"
        r"(?![\w/])",
        re.I,
    )


def spell_out(text: str, province: Province, today: date | None = None) -> str:
    """The text with each short occurrence key typed in it ("/capnhat tq-2021-09-25 T10/2021
    xong") written as its raw key ("/capnhat tq-2021-09-25@2021-10-25 xong"), so that what
    reads keys by their shape reads it whole; the rest as typed. A period that names no single
    occurrence is left as typed."""
    ids = tuple(sorted((t.id for t in province.tasks if t.recurring), key=len, reverse=True))
    if not ids or not text:
        return text
    pattern = _typed(ids)

    def written(found: re.Match[str]) -> str:
        task = province.task(found["id"].lower()) or province.task(found["id"])
        due = decode(task, found["period"], today) if task is not None else None
        return task.key_of(due) if task is not None and due is not None else found[0]

    return _DATED_ID.sub(lambda found: _dated(province, found), pattern.sub(written, text))


# an id made of a date that no task has ("tq-2021-06-25"): officers name an occurrence by its
# own date the way a task's id is made from its first one
_DATED_ID = re.compile(
    r"(?<![\w@/-])(?P<prefix>[a-z]{2,4})-(?P<day>\d{4}-\d{2}-\d{2})(?![\w@/]|-\d)", re.I
)


def _dated(province: Province, found: re.Match[str]) -> str:
    """The raw key of the one occurrence of a recurring task of the province due (as scheduled)
    on the date an id-shaped word holds ("tq-2021-06-25" -> "tq-2021-05-25@2021-06-25"); the
    word as typed when a task has that id, or no single occurrence falls on that date."""
    typed = found[0]
    if province.task(typed.lower()) is not None:
        return typed
    try:
        day = date.fromisoformat(found["day"])
    except ValueError:
        return typed
    head = f"{found['prefix'].lower()}-"
    tasks = [t for t in province.tasks if t.recurring and t.id.startswith(head)]
    fits = [t for t in tasks if t.is_occurrence(day)]
    return fits[0].key_of(day) if len(fits) == 1 else typed
