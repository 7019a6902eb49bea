"""The one-off dates a letter sets: a deadline ("trước ngày 20/4/2021", "chậm nhất ngày
15/6/2021", "trước 17 giờ 00 ngày 30/6/2021", "hoàn thành trong tháng 10/2021", "trong quý
III/2021"), and the dates it prints that set nothing (figures counted up to a date, a thing valid
until a date). Recurring dates are knowledge/letters/recurring.py's. Read on the plain form of a
line (knowledge/letters/text.py) and sliced from the printed one, so `text` is always as printed.
Period ends come from knowledge/calendar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta

from knowledge.calendar.deadlines import ROMAN, month_end, quarter_end
from knowledge.letters.date_shapes import ANY_DAY, SLASHED_DATE
from knowledge.letters.text import plain

_DAY = r"(?P<d>\d{1,2})"
_DMY = (
    rf"{_DAY}\s*[/.-]\s*(?P<m>\d{{1,2}})(?:\s*[/.-]\s*(?P<y>\d{{4}}))?(?![/.-]?\d)"
    rf"|{_DAY.replace('d>', 'd2>')}\s+thang\s+(?P<m2>\d{{1,2}})"
    r"(?:\s*(?:,\s*)?nam\s+(?P<y2>\d{4}))?"
)
# (minutes marked with a straight or a typographic apostrophe: "16h30'", "16h30’")
_HOUR = r"(?:\d{1,2}\s*(?:gio|h)\s*(?:\d{1,2}\s*(?:phut|'|’|′)?)?\s*,?\s*(?:cung\s+)?)"
# "trước thứ Sáu, ngày 26/8/2022": the day of the week before the date
# (or by its number, "thứ 4": Monday is "thứ 2")
_WEEKDAY = r"(?P<wd>thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])\b|chu nhat)\s*,?\s*"
# The days of the week as printed (folded), Monday first, as date.weekday() counts them.
_WEEKDAYS = ("thu hai", "thu ba", "thu tu", "thu nam", "thu sau", "thu bay", "chu nhat")
_WEEKDAY_NUMBERS = {f"thu {n}": _WEEKDAYS[n - 2] for n in range(2, 8)}
_DEADLINE = re.compile(
    r"(?P<trigger>"
    r"truoc|cham nhat(?:\s+(?:la|trong))?|chậm nhất|muon nhat(?:\s+la)?|khong muon hon|khong qua"
    r"|han(?:\s+cuoi|\s+chot)?(?:\s+nop)?(?:\s+la)?|den het|hoan thanh(?:\s+truoc)?|xong truoc"
    r"|trong"
    # a span that starts now ends on the deadline: "từ nay đến ngày 15/12/2022"
    r"|tu nay den"
    # a time extended to a day: "gia hạn thời gian nộp … đến ngày 20/7/2024" (checked below)
    r"|den(?=\s+(?:\d{1,2}\s*(?:gio|h)\b[^.;]{0,12})?ngay\s+\d)"
    # a label and the bare date: "Hạn nộp: 20/8/2022", "Thời gian hoàn thành kết nối: 15/9/2022"
    r"|(?<![^\s;.(])(?:thoi gian|thoi han|han)\b[^:;.()]{0,30}:"
    r")\s*(?<=[\s:])(?:vao\s+)?(?:" + _HOUR + r")?(?:(?:ngay\s+)?" + _WEEKDAY + r")?"
    r"(?:(?:vao\s+)?ngay\s+(?:mung\s+)?)?(?:" + _DMY + r")"
    # … or after it, in brackets: "hạn chót ngày 08/12/2021 (thứ Tư)" (checked the same way)
    r"(?:\s*\(\s*" + _WEEKDAY.replace("wd>", "wd2>").replace(r"\s*,?\s*", "") + r"\s*\))?"
)
# A deadline counted from an event the letter cannot date: "trong vòng 05 ngày làm việc kể từ ngày
# nhận được văn bản này" (each unit's own day of receipt), "sau 10 ngày kể từ ngày ký".
_RELATIVE = re.compile(
    r"\b(?:trong(?:\s+(?:vong|thoi han|thoi gian))?|cham nhat|khong qua|sau)\s+(?P<n>\d{1,3})\s+"
    r"ngay(?:\s+lam viec)?\s*,?\s+(?:(?:ke\s+)?tu|sau)\s+(?:ngay|khi)\s+(?P<event>[^,.;()]{1,60})"
)
# "chậm nhất vào ngày làm việc cuối cùng của tháng 9/2023": a month's last working day.
_LAST_WORKDAY = re.compile(
    r"(?:cham nhat|muon nhat|han(?:\s+cuoi|\s+chot)?(?:\s+nop)?|hoan thanh|truoc|vao)"
    r"(?:\s+(?:la|vao|trong))?\s+ngay lam viec cuoi cung\s+(?:cua\s+)?thang\s+"
    r"(?P<m>\d{1,2})\s*(?:/|nam)\s*(?P<y>\d{4})"
)
# A deadline counted back from an event: "chậm nhất 05 ngày trước ngày kiểm tra (của đơn vị)",
# each unit's day of it in a schedule the letter prints (knowledge/letters/visits.py).
_BEFORE = re.compile(
    r"(?:\b(?:cham nhat|muon nhat|it nhat)\s+)?\b(?P<n>\d{1,3})\s+ngay(?:\s+lam viec)?\s+"
    r"truoc\s+(?:ngay|thoi diem|buoi)\s+(?P<event>[^,.;()]{1,40}?)"
    # whose day it is ("của đơn vị") and where it is printed ("theo Lịch kiểm tra tại Mục III"):
    # the span takes both, the deadline's text only the first
    r"(?P<whose>\s+(?:cua|thuoc)\s+[^,.;()]{1,30}?(?=\s+(?:theo|tai)\b|\s*[,.;()]|\s*$))?"
    r"(?:\s+(?:theo|tai)\b[^,.;()]{0,80}?)?(?=\s*[,.;()]|\s*$)"
)
_EVENT_DAY = re.compile(SLASHED_DATE + r"\b")
# A date listed after a deadline's, sharing its trigger: "trước ngày 15/6 và 15/12".
_LISTED = re.compile(
    r"\s*(?:,|va|hoac)\s*(?:ngay\s+)?(?P<d>\d{1,2})\s*(?:[/.-]\s*|thang\s+)(?P<m>\d{1,2})"
    r"(?:\s*[/.-]\s*(?P<y>\d{4}))?(?![/.-]?\d)"
)
_YEAR_AFTER = re.compile(r"\s*\)?\s*nam\s+(\d{4})")
# A label before a month or a quarter ("Thời hạn: Tháng 5/2024", a table's "Thời hạn" column):
# the period is the date, printed without the label.
_LABEL = r"|(?<![^\s;.(])(?:thoi gian|thoi han|han)\b[^:;.()]{0,30}:"
_MONTH = re.compile(
    r"(?P<trigger>(?:hoan thanh\s+|xong\s+|thuc hien\s+)?(?:trong|truoc het|het|cuoi)"
    r"|hoan thanh|xong" + _LABEL + r")\s+(?P<v>thang\s+(?P<m>\d{1,2})(?:\s*(?:/|nam|\s)\s*"
    r"(?P<y>\d{4})|(?![\s/.-]*\d)))"
)
_QUARTER = re.compile(
    r"(?P<trigger>(?:hoan thanh\s+|xong\s+)?(?:trong|truoc het|het|cuoi|truoc)|hoan thanh|xong"
    + _LABEL
    + r")\s+(?P<v>quy\s+(?P<q>iv|iii|ii|i|[1-4])\s*(?:/|nam|\s)\s*(?P<y>\d{4}))"
)
# A half or a whole year the work is done within: "trong 6 tháng cuối năm 2024", "hoàn thành
# trong năm 2023" (a year alone only after a verb of completion or a label: "trong năm 2025"
# in a sentence is a plan's horizon, not a deadline).
_HALF = re.compile(
    r"(?P<trigger>(?:hoan thanh\s+|xong\s+|thuc hien\s+)?trong|hoan thanh|xong"
    + _LABEL
    + r")\s+(?P<v>(?:(?P<h>0?6\s+thang\s+(?P<side>dau|cuoi))\s+)?nam\s+(?P<y>\d{4}))"
)
# "trước quý III/2022": before the quarter begins, so by the last day of the one before (the
# literal reading, as "trước ngày 30/9" is 30/9: some writers mean the quarter's end, so the
# draft says which day it chose)
BEFORE_QUARTER = (
    "cần kiểm tra: “{text}” tính là {due} (hết quý trước đó); nếu công văn muốn nói hết quý "
    "đó, sửa hạn"
)


@dataclass(frozen=True)
class Count:
    """ "07 ngày làm việc kể từ ngày nhận được văn bản này": how many days, whether working
    days, and the event as printed (plain)."""

    days: int
    working: bool
    event: str
    before: bool = False  # counted back from the event: "05 ngày trước ngày kiểm tra"


@dataclass(frozen=True)
class Found:
    """A date phrase: its span in the line, the text as printed, and what it means. `due` is None
    with `error` set when the date does not exist or lacks its year."""

    start: int
    end: int
    text: str
    due: date | None = None
    error: str = ""
    every: str = ""  # "month" | "quarter" | "half-year" | "year" for a recurrence
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
    # a start the letter counts from its own date ("kể từ tháng sau", "bắt đầu từ quý tới"):
    # "month" | "quarter" | "year", the period after the letter's
    since_next: str = ""
    # a deadline counted in days from an event ("trong vòng 05 ngày làm việc kể từ ngày nhận
    # được văn bản này"): dated by knowledge/letters/counting.py when the letter dates the event
    count: Count | None = None
    # the reader chose among readings and says so on the task (model.DOUBT): "trước quý III"
    doubt: str = ""
    # "ngày làm việc cuối cùng của tháng 9/2023": `due` is the month's end, the working day on
    # or before it once the calendar is known (knowledge/letters/counting.py)
    workday: bool = False

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


# A time moved: "gia hạn", "kéo dài", "lùi", "điều chỉnh thời hạn" (knowledge/letters/extended.py
# reads the request such a date is for)
EXTENDED = re.compile(r"\b(?:gia han|keo dai|lui|dieu chinh thoi (?:han|gian))\b")


# A topic an answering letter takes up: "Về đề nghị kéo dài thời hạn đến ngày 30/6/2023".
_ANSWERED = re.compile(r"^\s*ve\s+(?:viec\s+)?(?:de nghi|de xuat|kien nghi)\b")


def _sentence_before(low: str, end: int) -> str:
    return re.split(r"[.;]\s", low[:end])[-1]


def deadlines(text: str, year: int | None) -> list[Found]:
    """Every one-off deadline in a line; `year` is the letter's, for a date printed without."""
    low = plain(text)
    found: list[Found] = []
    for m in _DEADLINE.finditer(low):
        if m.group("trigger") == "trong" and not re.search(r"ngay\s*$", low[: m.start("d")]):
            continue  # "trong 05 ngày", "trong 2021": a span of days, not a date
        if m.group("trigger") == "den" and not EXTENDED.search(_sentence_before(low, m.start())):
            continue  # "đến ngày": a deadline only where the letter extends a time to it
        if m.group("trigger") == "den" and _ANSWERED.match(_sentence_before(low, m.start())):
            continue  # the topic of an answer: the day another unit proposed, not one set
        # (the trigger's own words may close the figures' period: "… thì ước tính đến hết
        # ngày 14/12/2021")
        digit = re.search(r"\d", m.group())
        day_at = m.start() + (digit.start() if digit else 0)
        if _figures(low, m.start()) or _figures(low, day_at):
            continue
        if _EXPIRES.search(low, 0, m.start()):
            continue
        if _forecast(low, m.start()):
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
        error = error or _weekday_error(m.group("wd") or m.group("wd2"), due)
        found.append(Found(m.start(), m.end(), text[m.start() : m.end()], due, error))
        head = text[m.start() : m.start("d") if m.group("d") else m.start("d2")].strip()
        for i, x in enumerate(listed):
            due, error = _date(x.group("d"), x.group("m"), x.group("y") or shared, year)
            shown = f"{head} {text[x.start('d') : x.end()].strip()}"
            end = after.end() if after and i == len(listed) - 1 else x.end()
            found.append(Found(x.start(), end, shown, due, error))
    for m in _RELATIVE.finditer(low):
        # "… kể từ ngày 08/11/2021 và báo cáo …": the event is the day printed, no more
        day = _EVENT_DAY.match(low, m.start("event"))
        end = day.end() if day else m.end()
        printed = text[m.start() : end].strip()
        event = day.group() if day else m.group("event").strip()
        count = Count(int(m.group("n")), "lam viec" in m.group(0), event)
        error = "" if day else _counted(m)
        found.append(Found(m.start(), end, printed, error=error, count=count))
    for m in _BEFORE.finditer(low):
        count = Count(int(m.group("n")), "lam viec" in m.group(0), m.group("event"), True)
        # the problem quotes the phrase after it (model.Problem): the message says what lacks
        error = "hạn tính ngược từ một sự kiện, công văn không ghi ngày cụ thể: cần nhập ngày hạn"
        said = text[m.start() : m.end("whose") if m.group("whose") else m.end("event")]
        found.append(Found(m.start(), m.end(), said, error=error, count=count))
    for m in _LAST_WORKDAY.finditer(low):
        month, y = int(m.group("m")), int(m.group("y"))
        if not 1 <= month <= 12:
            continue
        # the month's end, moved back to its last working day where the calendar is known
        # (knowledge/letters/counting.py)
        due = month_end(month, y)
        found.append(Found(m.start(), m.end(), text[m.start() : m.end()], due, workday=True))
    for pattern in (_MONTH, _QUARTER):
        for m in pattern.finditer(low):
            if any(f.start <= m.start() < f.end for f in found) or _figures(low, m.start()):
                continue
            if _forecast(low, m.start()):
                continue
            if m.group("y") is None and year is None:
                continue  # "trong tháng 11" in a letter of no known year: no date
            # (a month printed without its year is the letter's, as a day is: "trước ngày 30/6")
            y = int(m.group("y") or year or 0)
            if pattern is _MONTH:
                month = int(m.group("m"))
                due, error = (
                    (month_end(month, y), "") if 1 <= month <= 12 else (None, f"tháng {month}")
                )
            else:
                due, error = quarter_end(ROMAN[m.group("q")], y), ""
            start = m.start("v") if m.group("trigger").endswith(":") else m.start()
            doubt = ""
            if pattern is _QUARTER and m.group("trigger") == "truoc":
                due = quarter_end(ROMAN[m.group("q")], y) - relativedelta(months=3, day=31)
                shown = f"{due.day}/{due.month}/{due.year}"
                doubt = BEFORE_QUARTER.format(text=text[start : m.end()], due=shown)
            found.append(Found(start, m.end(), text[start : m.end()], due, error, doubt=doubt))
    for m in _HALF.finditer(low):
        trigger = m.group("trigger")
        bare = not m.group("h") and not trigger.startswith(("hoan thanh", "xong"))
        bare = bare and not trigger.endswith(":")
        if bare or any(f.start <= m.start() < f.end for f in found) or _figures(low, m.start()):
            continue
        y = int(m.group("y"))
        due = date(y, 6, 30) if m.group("side") == "dau" else date(y, 12, 31)
        start = m.start("v") if m.group("trigger").endswith(":") else m.start()
        found.append(Found(start, m.end(), text[start : m.end()], due))
    return sorted(found, key=lambda f: f.start)


def _weekday_error(printed: str | None, due: date | None) -> str:
    """ "thứ Hai, ngày 09/6/2023" when 9/6/2023 is a Friday: one of the two is wrong."""
    if printed is None or due is None:
        return ""
    folded = " ".join(printed.split())
    said = _WEEKDAYS.index(_WEEKDAY_NUMBERS.get(folded, folded))
    if said == due.weekday():
        return ""
    names = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
    shown = f"{due.day}/{due.month}/{due.year}"
    return f"ngày {shown} là {names[due.weekday()]}, không phải {names[said]}"


def _counted(m: re.Match) -> str:
    """Why a deadline counted in days from an event has no date."""
    days = f"{int(m.group('n'))} ngày" + (" làm việc" if "lam viec" in m.group(0) else "")
    if "nhan" in m.group("event"):
        return f"hạn {days} tính từ ngày mỗi đơn vị nhận văn bản, công văn không ghi ngày cụ thể"
    return f"hạn {days} tính từ một sự kiện, công văn không ghi ngày cụ thể: cần nhập ngày hạn"


# What dates the figures a report counts, not the report: "số liệu tính từ ngày 01/01/2022 đến
# hết ngày 31/5/2022", "thời điểm lấy số liệu", "thời gian tính kết quả từ … đến …".
_FIGURES = re.compile(
    r"\bso lieu(?:\s+[^\s,;]+){0,3}?\s+(?:duoc\s+)?(?:tinh|lay|chot|uoc)\b"
    r"|\btinh\s+(?:tu|den)\b|\blay so lieu\b|\buoc\s+(?:tinh\s+)?den\b"
    r"|\bthoi diem (?:lay|chot|tinh)\b|\bthoi gian tinh\b"
)


# A date a thing is valid until, not a duty's: "chứng thư số có thời hạn sử dụng hết trước ngày
# 31/12/2023", "giấy phép hết hạn trước ngày …", "còn hiệu lực đến hết ngày …", a warranty
# ("phần mềm được bảo hành, hỗ trợ kỹ thuật đến hết ngày …").
_EXPIRES = re.compile(
    r"\b(?:(?:thoi\s+)?han\s+su\s+dung|hieu\s+luc|het\s+han|(?:co\s+)?gia\s+tri(?:\s+su\s+dung)?"
    r"|bao\s+hanh\b[^;.()]{0,40}?)"
    r"(?:\s+(?:la|het|den|vao))*\s*$"
)


# What someone expects, not what the letter asks: "… dự kiến hoàn thành trước ngày 30/6/2023",
# "kỳ họp dự kiến ngày 05/12/2024", "Bộ … dự kiến hoàn thành triển khai … trong quý I/2023", a
# meeting "dự kiến tổ chức … vào ngày …": "dự kiến" before the date in its clause. Not a budget's
# "kinh phí dự kiến 200 triệu", nor a date the letter gives a duty and marks "(dự kiến)".
_FORECAST = re.compile(r"\bdu kien\b(?!\s*[)\d])")
# What ends the forecast's clause: a sentence, a table's cell, a request that follows it ("…
# dự kiến tổ chức hội nghị vào ngày 30/3, đề nghị các đơn vị đăng ký trước ngày 21/3").
_CLAUSE_END = re.compile(r"[;:|]|\.\s|\b(?:de nghi|yeu cau|giao|dong thoi)\b")


def _forecast(low: str, start: int) -> bool:
    """The date at `start` is what someone expects to happen, not a date the letter sets."""
    clause = _CLAUSE_END.split(low[:start])[-1]
    return _FORECAST.search(clause) is not None


# The start of a span whose end the date at hand is: "từ ngày 01/01/2023 đến hết ngày 31/10/2023".
_SPAN_START = re.compile(r"\btu\s+(?:ngay\s+)?" + ANY_DAY + r"\s*(?:,\s*)?$")
# A date that ends the period the figures are counted over: a date not followed by "đến".
_PERIOD_END = re.compile(ANY_DAY + r"(?![/.-]?\d)(?!\s*(?:,\s*)?den\b)")
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


def past(found: Found, floor: date | None) -> bool:
    """ "có thời hạn hoàn thành trong tháng 8/2021" in a September letter: a period already over
    when the letter was written (`floor`: its date, or the first of its month when the day is
    blank) describes, it does not set a date."""
    period = not re.search(r"\d\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|ngay", plain(found.text))
    return bool(period and found.due and floor and found.due < floor)
