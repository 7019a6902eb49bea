"""Recurring dates: "định kỳ hằng tháng, trước ngày 20", "trước ngày 15 của tháng cuối quý",
"trước ngày 22 các tháng 3, 6, 9 và 12", "trước ngày 15/6 và 15/12 hằng năm", from a first
occurrence ("kể từ tháng 8/2021", "kể từ quý III/2021"); and what a date phrase means for a task:
its deadline or its recurrence. Read on the plain form of a line, sliced from the printed one.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise

from dateutil.relativedelta import relativedelta

from knowledge.calendar.deadlines import ROMAN, quarter_end
from knowledge.letters.dates import Found
from knowledge.letters.model import Recurrence
from knowledge.letters.past import past_message
from knowledge.letters.text import plain

_EVERY_MONTH = re.compile(r"\b(?:hang|moi)\s+thang\b")
_EVERY_QUARTER = re.compile(r"\b(?:hang|moi)\s+quy\b|\bthang\s+cuoi\s+(?:cua\s+)?(?:moi\s+)?quy\b")
_EVERY_YEAR = re.compile(r"\b(?:hang|moi)\s+nam\b")
# "định kỳ 06 tháng một lần", "hằng 6 tháng": two days of the year (half_yearly makes them one)
_EVERY_HALF = re.compile(
    r"\b(?:(?:hang|moi)\s+0?6\s+thang\b(?!\s+(?:dau|cuoi)\b)|0?6\s+thang\s+(?:mot|1)\s+lan\b)"
)
_HALF_TERM = re.compile(r"\bdinh ky\s+0?6\s+thang\b(?!\s+(?:dau|cuoi)\b)")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_NEXT_QUARTER = re.compile(
    r"\bthang\s+dau(?:\s+tien)?\s+(?:cua\s+)?(?:moi\s+)?quy\b(?:\s+(?:sau|tiep theo|ke tiep)\b)?"
)
# "trước ngày 03 của tháng sau": the report of a month is due in the month after it
# (not the start "kể từ tháng sau", which says when the series begins)
_NEXT_MONTH = re.compile(
    r"(?<!tu )\b(?:cua\s+)?thang\s+(?:sau|ke tiep|tiep theo|lien ke(?!\s+truoc))\b"
)
_RECURRING_DAY = re.compile(
    r"\b(?:(?:truoc|cham nhat|vao|truoc hoac vao)\s+)?ngay\s+(?:mung\s+)?(?P<d>\d{1,2})"
    r"(?![/.\-]?\d)"
    r"(?!\s+thang\s+\d)"
)
# The day of a yearly recurrence is a day and a month without a year: "trước ngày 15/12".
_YEARLY_DAY = re.compile(
    r"\b(?:(?:truoc|cham nhat|vao|truoc hoac vao)\s+)?ngay\s+(?P<d>\d{1,2})\s*"
    r"(?:[/.-]\s*|thang\s+)(?P<m>\d{1,2})(?![/.-]?\d)(?!\s*(?:,\s*)?nam\s+\d)"
)
_SINCE = re.compile(
    r"\b(?:ke tu|bat dau tu|tu|ky bao cao dau tien(?:\s+la|\s*:)?|lan dau(?:\s+tien)?(?:\s+vao)?)"
    r"\s+(?:ky\s+(?:bao cao\s+)?)?(?:(?:thang\s+(?P<m>\d{1,2})|quy\s+(?P<q>iv|iii|ii|i|[1-4]))"
    r"\s*(?:/|nam|\s)\s*(?P<y>\d{4})"
    r"|ngay\s+(?P<dd>\d{1,2})\s*[/.-]\s*(?P<dm>\d{1,2})\s*[/.-]\s*(?P<dy>\d{4})"
    r"|nam\s+(?P<yy>\d{4}))"
)

# A start counted from the letter's own date: "kể từ tháng sau", "bắt đầu từ quý tới".
_SINCE_NEXT = re.compile(
    r"\b(?:ke tu|bat dau tu|tu)\s+(?:ky\s+(?:bao cao\s+)?)?(?P<p>thang|quy|nam)\s+"
    r"(?:sau|toi|tiep theo|ke tiep)\b"
)
_PERIOD_OF = {"thang": "month", "quy": "quarter", "nam": "year"}

# A start stated as a start ("kể từ", "bắt đầu từ"), not as the first period reported on.
_STARTS = re.compile(r"(?:ke tu|bat dau tu|tu)\s+thang\b")


def recurrence(text: str) -> Found | None:
    """A recurring date in a line: every month, quarter or year, on a day (and a month, for a
    year), from a first occurrence. The day and the period printed closest together make it
    ("Báo cáo định kỳ hằng quý … trước ngày 15 của tháng cuối quý": the day with "tháng cuối
    quý"); its text is that phrase with the period words printed right beside it, and no more."""
    low = plain(text)
    periods = [
        *_listed_months(low),
        *((m, "quarter", 0) for m in _EVERY_QUARTER.finditer(low)),
        *((m, "quarter", 1) for m in _NEXT_QUARTER.finditer(low)),
        *((m, "month", 0) for m in _EVERY_MONTH.finditer(low)),
        *((m, "month", 1) for m in _NEXT_MONTH.finditer(low)),
        *((m, "year", 0) for m in _EVERY_YEAR.finditer(low)),
    ]
    if not _EVERY_YEAR.search(low):  # "hằng năm" says it, when printed
        periods += [(m, "year", 0) for m in _EVERY_HALF.finditer(low)]
        # "định kỳ 6 tháng" is a period only when its days carry no year: "định kỳ 6 tháng
        # (trước ngày 15/6 và 15/12) năm 2022" are that year's two reports
        if not _YEAR.search(low):
            periods += [(m, "year", 0) for m in _HALF_TERM.finditer(low)]
    days = [
        m
        for m in _RECURRING_DAY.finditer(low)
        if not low[m.end() :].lstrip().startswith(("/", "-"))
        # a span of figures: "từ ngày 15 … đến (hết) ngày 14 của tháng cuối quý"; a day said
        # with its "trước" is a deadline, whatever ends before it ("… Sở Kế hoạch và Đầu tư
        # trước ngày 25 hằng tháng": "Đầu tư" reads "tu" unmarked)
        and not (
            m.group(0).startswith("ngay")
            and re.search(r"\b(?:tu|den(?:\s+het)?)\s*$", low[: m.start()])
        )
    ]
    yearly = list(_YEARLY_DAY.finditer(low))
    pairs = [(d, p) for d in days for p in periods if p[1] != "year"]
    # "hằng năm" qualifies a day and month in its own clause, close by; elsewhere in the line it
    # is about something else ("chỉ số hằng năm; gửi trước ngày 25/3": one date, this year's)
    pairs += [
        (d, p)
        for d in yearly
        for p in periods
        if p[1] == "year"
        and _apart(d, p[0]) < 40
        and not re.search(r"[;.]", _between(low, d, p[0]))
    ]
    if not pairs:
        return None
    day_match, (period, every, phase) = min(pairs, key=lambda pair: _apart(pair[0], pair[1][0]))
    if phase and every == "month" and not _EVERY_MONTH.search(low):
        return None  # "tháng sau" alone says when, not how often
    day = int(day_match.group("d"))
    month = int(day_match.group("m")) if every == "year" else 0
    start, end = day_match.start(), day_match.end()
    grown = True
    while grown:
        grown = False
        for p, kind, p_phase in periods:
            if (kind == "year") != (every == "year"):
                continue
            if p.end() <= start and _BESIDE.fullmatch(low[p.end() : start]):
                start, grown = p.start(), True
            elif p.start() >= end and _BESIDE.fullmatch(low[end : p.start()]):
                end, grown = p.end(), True
                phase = max(phase, p_phase)
    if start == day_match.start() and end == day_match.end() and _apart(day_match, period) < 40:
        start, end = min(start, period.start()), max(end, period.end())
    since_match = _SINCE.search(low)
    since = _since(since_match) if since_match else None
    start = _widen(low, start)
    if low.count("(", start, end) > low.count(")", start, end) and low[end : end + 1] == ")":
        end += 1  # the bracket the day was printed in, closed
    printed = text[start:end].strip(" ,;.")
    if not _exists(day, month):
        shown = f"{day}/{month}" if month else f"{day}"
        return Found(start, end, printed, error=f"ngày {shown} không có thật")
    since_month = bool(since_match and since_match.group("m") and _STARTS.match(since_match[0]))
    next_match = _SINCE_NEXT.search(low) if since is None else None
    since_next = _PERIOD_OF[next_match.group("p")] if next_match else ""
    return Found(
        start,
        end,
        printed,
        every=every,
        day=day,
        month=month,
        since=since,
        phase=phase,
        since_month=since_month or since_next == "month",
        since_next=since_next,
    )


# The months a day falls in, listed: "trước ngày 22 các tháng 3, 6, 9 và 12".
_MONTHS = re.compile(r"\b(?:cua\s+)?cac\s+thang\s+\d{1,2}(?:\s*(?:,|va)\s*\d{1,2}){1,11}\b")


def _listed_months(low: str) -> list[tuple[re.Match, str, int]]:
    """The periods listed months make: every month of the year, or one month of every quarter
    (3, 6, 9 and 12: its last, phase 0; 1, 4, 7 and 10: the month after it, phase 1)."""
    found: list[tuple[re.Match, str, int]] = []
    for m in _MONTHS.finditer(low):
        months = sorted({int(x) for x in re.findall(r"\d{1,2}", m.group(0))})
        if months == list(range(1, 13)):
            found.append((m, "month", 0))
        elif len(months) == 4 and all(b - a == 3 for a, b in pairwise(months)):
            found.append((m, "quarter", months[0] % 3))
    return found


def _exists(day: int, month: int) -> bool:
    """A day of every month (1–31), or a day of a month in some year (29/2, not 31/4)."""
    if not month:
        return 1 <= day <= 31
    try:
        date(2024, month, day)  # a leap year: 29/2 comes every fourth year
    except ValueError:
        return False
    return True


# "hằng quý, trước ngày 20 của tháng cuối quý"; "hằng tháng (trước ngày 03 của tháng sau)"
_BESIDE = re.compile(r"[\s,]*\(?\s*(?:cua\s+)?")


def _between(low: str, a: re.Match, b: re.Match) -> str:
    return low[min(a.end(), b.end()) : max(a.start(), b.start())]


def _apart(a: re.Match, b: re.Match) -> int:
    return max(a.start() - b.end(), b.start() - a.end(), 0)


def _widen(low: str, start: int) -> int:
    """The phrase's start, moved back to "định kỳ" when it comes just before."""
    head = low[max(0, start - 12) : start]
    k = head.rfind("dinh ky")
    return start - len(head) + k if k >= 0 else start


def _since(m: re.Match) -> date:
    if m.group("yy"):  # "kể từ năm 2023": its first month
        return date(int(m.group("yy")), 1, 1)
    y = int(m.group("y") or m.group("dy"))
    if m.group("dd"):
        return date(y, int(m.group("dm")), int(m.group("dd")))
    if m.group("q"):
        return quarter_end(ROMAN[m.group("q")], y) - relativedelta(months=2, day=1)
    return date(y, int(m.group("m")), 1)


def first_occurrence(found: Found, letter_date: date | None) -> date | None:
    """The first date of a recurrence: on or after "kể từ …", else the first after the letter.
    A start that names a reporting period ("kỳ báo cáo đầu tiên là tháng 9/2022") of a report
    due the month after it ("trước ngày 03 của tháng sau") is first due in that next month."""
    if found.since is not None:
        start, strict = found.since, False
    elif found.since_next and letter_date is not None:
        start, strict = _next_period(letter_date, found.since_next), False
    elif letter_date is not None:
        start, strict = letter_date, True
    else:
        return None
    if found.every in ("year", "half-year"):
        months = (found.month, found.month + 6) if found.every == "half-year" else (found.month,)
        for year in range(start.year, start.year + 3):
            for each in months:
                day = date(year, 1, 1) + relativedelta(month=each, day=found.day)
                if day > start or (day == start and not strict):
                    return day
        return None
    if found.every == "month":
        month = start.replace(day=1)
        if found.since is not None:
            month += relativedelta(months=found.phase)
    elif found.since_month:  # the first month on or after the start that is the quarter's
        month = start.replace(day=1)
        while (month.month - 1) % 3 != (2 + found.phase) % 3:
            month += relativedelta(months=1)
    else:  # the quarter's last month, or the month after it ("tháng đầu quý sau")
        month = date(start.year, 1, 1) + relativedelta(
            months=((start.month - 1) // 3) * 3 + 2 + found.phase
        )
        if month > start.replace(day=1) + relativedelta(months=3):
            month -= relativedelta(months=3)
    step = relativedelta(months=1 if found.every == "month" else 3)
    for _ in range(24):
        day = month + relativedelta(day=found.day)
        if day > start or (day == start and not strict):
            return day
        month += step
    return None


def _next_period(letter_date: date, period: str) -> date:
    """The first day of the month, quarter or year after the one the letter is dated in."""
    if period == "year":
        return date(letter_date.year + 1, 1, 1)
    months = 3 if period == "quarter" else 1
    opens = letter_date.replace(day=1) - relativedelta(months=(letter_date.month - 1) % months)
    return opens + relativedelta(months=months)


def lag_of(found: Found) -> int:
    """Months the report trails the period it reports: a monthly one due "trước ngày 05 của
    tháng sau" and a quarterly one due in the month after the quarter ("tháng đầu quý sau")
    report the period before the one they fall due in (the phase that places their first
    date, from "kỳ báo cáo đầu tiên là tháng 10/2021"); any other reports its own."""
    return found.phase if found.every in ("month", "quarter") else 0


def meaning(
    found: Found, letter_date: date | None, floor: date | None
) -> tuple[date | None, Recurrence | None, list[str]]:
    """A task's deadline or recurrence from a date phrase, and what could not be read of it:
    a date that does not exist, a recurrence whose first time the letter cannot give, a
    deadline before `floor` (the letter's date, or the first of its month)."""
    if found.error:
        return None, None, [f"{found.error} (“{found.text}”)"]
    if found.every:
        first = first_occurrence(found, letter_date)
        unread = (
            [] if first else [f"không rõ lần đầu của “{found.text}” (công văn không ghi ngày)"]
        )
        return None, Recurrence(found.every, found.day, first), unread
    due = found.due
    if due and floor and due < floor:
        return due, None, [past_message(due)]
    return due, None, []
