"""The dates a letter sets: a deadline ("trước ngày 20/4/2021", "chậm nhất ngày 15/6/2021",
"trước 17 giờ 00 ngày 30/6/2021", "hoàn thành trong tháng 10/2021", "trong quý III/2021") or a
recurrence ("định kỳ hằng tháng, trước ngày 20", "trước ngày 15 của tháng cuối quý", "kể từ tháng
8/2021"). Read on the plain form of a line (knowledge/letters/text.py) and sliced from the printed
one, so `text` is always as printed. Period ends come from knowledge/calendar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta

from knowledge.calendar.deadlines import ROMAN, month_end, quarter_end
from knowledge.letters.model import Recurrence
from knowledge.letters.text import plain

_DAY = r"(?P<d>\d{1,2})"
_DMY = (
    rf"{_DAY}\s*[/.-]\s*(?P<m>\d{{1,2}})(?:\s*[/.-]\s*(?P<y>\d{{4}}))?(?![/.-]?\d)"
    rf"|{_DAY.replace('d>', 'd2>')}\s+thang\s+(?P<m2>\d{{1,2}})"
    r"(?:\s*(?:,\s*)?nam\s+(?P<y2>\d{4}))?"
)
_HOUR = r"(?:\d{1,2}\s*(?:gio|h)\s*(?:\d{1,2}\s*(?:phut|')?)?\s*,?\s*(?:cung\s+)?)"
# "trước thứ Sáu, ngày 26/8/2022": the day of the week before the date
_WEEKDAY = r"(?:thu\s+(?:hai|ba|tu|nam|sau|bay)|chu nhat)\s*,?\s*"
_DEADLINE = re.compile(
    r"(?P<trigger>"
    r"truoc|cham nhat(?:\s+la)?|chậm nhất|muon nhat(?:\s+la)?|khong muon hon|khong qua"
    r"|han(?:\s+cuoi|\s+chot)?(?:\s+nop)?(?:\s+la)?|den het|hoan thanh(?:\s+truoc)?|xong truoc"
    r"|trong"
    # a label and the bare date: "Hạn nộp: 20/8/2022", "Thời gian hoàn thành kết nối: 15/9/2022"
    r"|(?<![^\s;.(])(?:thoi gian|thoi han|han)\b[^:;.()]{0,30}:"
    r")\s*(?<=[\s:])(?:vao\s+)?(?:" + _HOUR + r")?(?:" + _WEEKDAY + r")?"
    r"(?:(?:vao\s+)?ngay\s+|ngay\s+)?(?:" + _DMY + r")"
)
# A deadline counted from an event the letter cannot date: "trong vòng 05 ngày làm việc kể từ ngày
# nhận được văn bản này" (each unit's own day of receipt), "sau 10 ngày kể từ ngày ký".
_RELATIVE = re.compile(
    r"\b(?:trong\s+(?:vong|thoi han|thoi gian)|cham nhat|khong qua|sau)\s+(?P<n>\d{1,3})\s+"
    r"ngay(?:\s+lam viec)?\s*,?\s+(?:(?:ke\s+)?tu|sau)\s+(?:ngay|khi)\s+(?P<event>[^,.;()]{1,60})"
)
# A date listed after a deadline's, sharing its trigger: "trước ngày 15/6 và 15/12".
_LISTED = re.compile(
    r"\s*(?:,|va|hoac)\s*(?:ngay\s+)?(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})"
    r"(?:\s*[/.-]\s*(?P<y>\d{4}))?(?![/.-]?\d)"
)
_YEAR_AFTER = re.compile(r"\s*\)?\s*nam\s+(\d{4})")
_MONTH = re.compile(
    r"(?P<trigger>(?:hoan thanh\s+|xong\s+|thuc hien\s+)?(?:trong|truoc het|het|cuoi)"
    r"|hoan thanh|xong)\s+thang\s+(?P<m>\d{1,2})\s*(?:/|nam|\s)\s*(?P<y>\d{4})"
)
_QUARTER = re.compile(
    r"(?P<trigger>(?:hoan thanh\s+|xong\s+)?(?:trong|truoc het|het|cuoi)|hoan thanh|xong)"
    r"\s+quy\s+(?P<q>iv|iii|ii|i|[1-4])\s*(?:/|nam|\s)\s*(?P<y>\d{4})"
)
_EVERY_MONTH = re.compile(r"\b(?:hang|moi)\s+thang\b")
_EVERY_QUARTER = re.compile(r"\b(?:hang|moi)\s+quy\b|\bthang\s+cuoi\s+(?:cua\s+)?(?:moi\s+)?quy\b")
_EVERY_YEAR = re.compile(r"\b(?:hang|moi)\s+nam\b")
_NEXT_QUARTER = re.compile(
    r"\bthang\s+dau\s+(?:cua\s+)?(?:moi\s+)?quy\b(?:\s+(?:sau|tiep theo)\b)?"
)
# "trước ngày 03 của tháng sau": the report of a month is due in the month after it
_NEXT_MONTH = re.compile(r"\b(?:cua\s+)?thang\s+(?:sau|ke tiep|tiep theo)\b")
_RECURRING_DAY = re.compile(
    r"\b(?:(?:truoc|cham nhat|vao|truoc hoac vao)\s+)?ngay\s+(?P<d>\d{1,2})(?![/.\-]?\d)"
    r"(?!\s+thang\s+\d)"
)
# The day of a yearly recurrence is a day and a month without a year: "trước ngày 15/12".
_YEARLY_DAY = re.compile(
    r"\b(?:(?:truoc|cham nhat|vao|truoc hoac vao)\s+)?ngay\s+(?P<d>\d{1,2})\s*"
    r"(?:[/.-]\s*|thang\s+)(?P<m>\d{1,2})(?![/.-]?\d)(?!\s*(?:,\s*)?nam\s+\d)"
)
_SINCE = re.compile(
    r"\b(?:ke tu|bat dau tu|tu|ky bao cao dau tien(?:\s+la)?|lan dau(?:\s+tien)?(?:\s+vao)?)"
    r"\s+(?:ky\s+(?:bao cao\s+)?)?(?:(?:thang\s+(?P<m>\d{1,2})|quy\s+(?P<q>iv|iii|ii|i|[1-4]))"
    r"\s*(?:/|nam|\s)\s*(?P<y>\d{4})"
    r"|ngay\s+(?P<dd>\d{1,2})\s*[/.-]\s*(?P<dm>\d{1,2})\s*[/.-]\s*(?P<dy>\d{4})"
    r"|nam\s+(?P<yy>\d{4}))"
)

# A start stated as a start ("kể từ", "bắt đầu từ"), not as the first period reported on.
_STARTS = re.compile(r"(?:ke tu|bat dau tu|tu)\s+thang\b")


@dataclass(frozen=True)
class Found:
    """A date phrase: its span in the line, the text as printed, and what it means. `due` is None
    with `error` set when the date does not exist or lacks its year."""

    start: int
    end: int
    text: str
    due: date | None = None
    error: str = ""
    every: str = ""  # "month" | "quarter" | "year" for a recurrence
    day: int = 0
    month: int = 0  # a yearly recurrence's month
    since: date | None = None
    # months after a quarter's last month: "tháng đầu quý (sau)" is 1 (January, April, July,
    # October: the first month of a quarter is the month after the last one of the quarter
    # before, and which one comes first is first_occurrence's)
    phase: int = 0
    # the start is a month the letter names ("bắt đầu từ tháng 4/2023"): a quarter's day falls
    # in it when it is the quarter's month the day is in, not a quarter later
    since_month: bool = False

    @property
    def key(self) -> tuple[int, int]:
        """A yearly recurrence's day and month."""
        return self.day, self.month


def _date(d: str, m: str, y: str | None, year: int | None) -> tuple[date | None, str]:
    shown = f"{int(d)}/{int(m)}" + (f"/{y}" if y else "")
    if not y and year is None:
        return None, f"không rõ năm của ngày {shown}"
    try:
        return date(int(y) if y else year or 0, int(m), int(d)), ""
    except ValueError:
        return None, f"ngày {shown} không có thật"


def deadlines(text: str, year: int | None) -> list[Found]:
    """Every one-off deadline in a line; `year` is the letter's, for a date printed without."""
    low = plain(text)
    found: list[Found] = []
    for m in _DEADLINE.finditer(low):
        if m.group("trigger") == "trong" and not re.search(r"ngay\s*$", low[: m.start("d")]):
            continue  # "trong 05 ngày", "trong 2021": a span of days, not a date
        if _figures(low, m.start()):
            continue
        d, mo, y = (m.group("d"), m.group("m"), m.group("y"))
        if d is None:
            d, mo, y = m.group("d2"), m.group("m2"), m.group("y2")
        # "trước ngày 15/6 và 15/12 năm 2023": the trigger and the year go along the list
        listed: list[re.Match] = []
        pos = m.end()
        while (x := _LISTED.match(low, pos)) is not None:
            listed.append(x)
            pos = x.end()
        after = _YEAR_AFTER.match(low, pos) if listed else None
        shared = next((x.group("y") for x in reversed(listed) if x.group("y")), None)
        shared = shared or (after.group(1) if after else None)
        due, error = _date(d, mo, y or shared, year)
        found.append(Found(m.start(), m.end(), text[m.start() : m.end()], due, error))
        head = text[m.start() : m.start("d") if m.group("d") else m.start("d2")].strip()
        for i, x in enumerate(listed):
            due, error = _date(x.group("d"), x.group("m"), x.group("y") or shared, year)
            shown = f"{head} {text[x.start('d') : x.end()].strip()}"
            end = after.end() if after and i == len(listed) - 1 else x.end()
            found.append(Found(x.start(), end, shown, due, error))
    for m in _RELATIVE.finditer(low):
        found.append(
            Found(m.start(), m.end(), text[m.start() : m.end()].strip(), error=_counted(m))
        )
    for pattern in (_MONTH, _QUARTER):
        for m in pattern.finditer(low):
            if any(f.start <= m.start() < f.end for f in found) or _figures(low, m.start()):
                continue
            y = int(m.group("y"))
            if pattern is _MONTH:
                month = int(m.group("m"))
                due, error = (
                    (month_end(month, y), "") if 1 <= month <= 12 else (None, f"tháng {month}")
                )
            else:
                due, error = quarter_end(ROMAN[m.group("q")], y), ""
            found.append(Found(m.start(), m.end(), text[m.start() : m.end()], due, error))
    return sorted(found, key=lambda f: f.start)


def _counted(m: re.Match) -> str:
    """Why a deadline counted in days from an event has no date."""
    days = f"{int(m.group('n'))} ngày" + (" làm việc" if "lam viec" in m.group(0) else "")
    if "nhan" in m.group("event"):
        return f"hạn {days} tính từ ngày mỗi đơn vị nhận văn bản, công văn không ghi ngày cụ thể"
    return f"hạn {days} tính từ một sự kiện, công văn không ghi ngày cụ thể: cần nhập ngày hạn"


# What dates the figures a report counts, not the report: "số liệu tính từ ngày 01/01/2022 đến
# hết ngày 31/5/2022", "thời điểm lấy số liệu", "thời gian tính kết quả từ … đến …".
_FIGURES = re.compile(
    r"\bso lieu\s+(?:duoc\s+)?(?:tinh|lay|chot)\b|\btinh\s+(?:tu|den)\b|\blay so lieu\b"
    r"|\bthoi diem (?:lay|chot|tinh)\b|\bthoi gian tinh\b"
)


# The start of a span whose end the date at hand is: "từ ngày 01/01/2023 đến hết ngày 31/10/2023".
_SPAN_START = re.compile(
    r"\btu\s+(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s*(?:,\s*)?$"
)
# A date that ends the period the figures are counted over: a date not followed by "đến".
_PERIOD_END = re.compile(
    r"\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?(?![/.-]?\d)(?!\s*(?:,\s*)?den\b)"
)
# The span is the time the work is done in, not what it covers: "thực hiện từ … đến hết …"
# (the verb just before the span, not one further back: "thí điểm triển khai …, thời gian thí
# điểm từ … đến hết …" is the pilot's period).
_SPAN_OF_WORK = re.compile(
    r"\b(?:thuc hien|trien khai|tien hanh|to chuc)\b(?:\s+[^\s,]+){0,3}\s+tu\s+(?:ngay\s+)?\d"
)


def _figures(low: str, start: int) -> bool:
    """The date at `start` ends the period figures are counted over, or a span of days the work
    covers ("tổng hợp số liệu … từ ngày 01/01/2023 đến hết ngày 31/10/2023")."""
    clause = re.split(r"[;:(]|\.\s", low[:start])[-1]
    if _SPAN_START.search(clause) and not _SPAN_OF_WORK.search(clause):
        return True
    figures = list(_FIGURES.finditer(clause))
    # the period closed by a date of its own before this one ("số liệu tính từ ngày 15/12/2022
    # đến ngày 14/6/2023, … gửi … trước ngày 20/6/2023"): this date is the report's
    return bool(figures) and not _PERIOD_END.search(clause, figures[-1].end())


def recurrence(text: str) -> Found | None:
    """A recurring date in a line: every month, quarter or year, on a day (and a month, for a
    year), from a first occurrence. The day and the period printed closest together make it
    ("Báo cáo định kỳ hằng quý … trước ngày 15 của tháng cuối quý": the day with "tháng cuối
    quý"); its text is that phrase with the period words printed right beside it, and no more."""
    low = plain(text)
    periods = [
        *((m, "quarter", 0) for m in _EVERY_QUARTER.finditer(low)),
        *((m, "quarter", 1) for m in _NEXT_QUARTER.finditer(low)),
        *((m, "month", 0) for m in _EVERY_MONTH.finditer(low)),
        *((m, "month", 1) for m in _NEXT_MONTH.finditer(low)),
        *((m, "year", 0) for m in _EVERY_YEAR.finditer(low)),
    ]
    days = [
        m
        for m in _RECURRING_DAY.finditer(low)
        if not low[m.end() :].lstrip().startswith(("/", "-"))
        and not re.search(r"\b(?:tu|den)\s*$", low[: m.start()])  # a span of figures
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
    return Found(
        start,
        end,
        printed,
        every=every,
        day=day,
        month=month,
        since=since,
        phase=phase,
        since_month=since_month,
    )


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
    elif letter_date is not None:
        start, strict = letter_date, True
    else:
        return None
    if found.every == "year":
        for year in range(start.year, start.year + 3):
            day = date(year, 1, 1) + relativedelta(month=found.month, day=found.day)
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


def past(found: Found, floor: date | None) -> bool:
    """ "có thời hạn hoàn thành trong tháng 8/2021" in a September letter: a period already over
    when the letter was written (`floor`: its date, or the first of its month when the day is
    blank) describes, it does not set a date."""
    period = not re.search(r"\d\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|ngay", plain(found.text))
    return bool(period and found.due and floor and found.due < floor)


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
        return due, None, [f"hạn {due.day}/{due.month}/{due.year} trước ngày của công văn"]
    return due, None, []
