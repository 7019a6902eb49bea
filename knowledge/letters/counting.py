"""Deadlines counted in days from an event: "trong vòng 05 ngày làm việc kể từ ngày nhận được văn
bản này", "trong thời hạn 10 ngày kể từ ngày ký văn bản này", "trong vòng 03 ngày làm việc kể từ
ngày họp", "trong thời hạn 07 ngày sau khi kết thúc Chiến dịch".

The letter itself is the event when the phrase points at it (signed, issued or received: the
letter names no other day, and a unit's own day of receipt is not printed anywhere); an event the
letter dates elsewhere ("cuộc họp … vào lúc 08 giờ 00 ngày 12/8/2022") is counted from that day.
Day 1 is the day after the event (Bộ luật Dân sự, Điều 147); "ngày làm việc" skips weekends and
public holidays (the province's working calendar). The date is a reading, not a printed fact: it
comes back with a line saying how it was counted, which keeps the draft for the coordinator to
check (knowledge/letters/model.py, `DOUBT`), never silently.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from knowledge.calendar.deadlines import fmt_date
from knowledge.calendar.workdays import WorkCalendar
from knowledge.letters.date_shapes import SLASHED_DATE, SLASHED_DAY
from knowledge.letters.dates import Count, Found
from knowledge.letters.model import DOUBT
from knowledge.letters.text import Line
from knowledge.letters.visits import count_back

# the letter itself: "(ngày) ký / ban hành / nhận được văn bản (công văn) này"
_THIS_LETTER = re.compile(
    r"\b(?:van ban|cong van|thong bao|ke hoach)\s+nay\b"
    # … or the signing named alone ("kể từ ngày ký", "kể từ ngày ký ban hành"): this letter's
    r"|^(?:ky|ban hanh|ky ban hanh)\s*$"
)
_RECEIPT = re.compile(r"\bnhan\b")
# the words of an event that name it, without the day's and the article's
_FILLER = {"ngay", "ket", "thuc", "to", "chuc", "cuoc", "buoi", "khi", "co", "cac", "cua", "tai"}
_FULL_DATE = re.compile(r"\b(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\b")
NEAR = 90  # characters between an event's name and the date it is held on, at most
# the event is the end of something ("sau khi kết thúc Chiến dịch", "kể từ ngày hết đợt …"): the
# day is the end of the span the letter gives it ("từ ngày 01/11/2021 đến hết ngày 30/11/2021")
_AN_END = re.compile(r"\b(?:ket thuc|het)\b")
_SPAN = re.compile(
    rf"\btu\s+(?:ngay\s+)?{SLASHED_DAY}\s*(?:,\s*)?"
    rf"(?:den|toi)\s+(?:het\s+)?(?:ngay\s+)?(?P<end>{SLASHED_DATE})"
)
# a date a duty is due by is not the day an event named before it is held on ("… trong Chiến
# dịch; đăng ký … trước ngày 25/10/2021")
_DUE_BEFORE = re.compile(
    r"(?:truoc|cham nhat|muon nhat|han(?:\s+chot)?|den het|khong qua)\s*(?:ngay\s*)?$"
)


def count_from(start: date, count: Count, calendar: WorkCalendar) -> date:
    """The last day of `count` days after `start` (working days skip weekends and holidays)."""
    day, left = start, count.days
    while left > 0:
        day += timedelta(days=1)
        if not count.working or calendar.is_working(day):
            left -= 1
    return day


def counted(
    found: Found, letter_date: date | None, lines: list[Line], calendar: WorkCalendar
) -> tuple[Found, str]:
    """`found` dated from the event it counts from, and the line that says how; unchanged, with
    no line, when the letter does not date the event."""
    count = found.count
    if found.workday and found.due is not None:
        return replace(found, due=calendar.on_or_before(found.due), workday=False), ""
    if count is None:
        return found, ""
    unit = f"{count.days} ngày" + (" làm việc" if count.working else "")
    how = "không tính thứ Bảy, Chủ nhật và ngày lễ" if count.working else "tính cả ngày nghỉ"
    printed = _FULL_DATE.fullmatch(count.event)
    if count.before:  # "03 ngày trước ngày họp": back from the one day the letter gives it
        held = _event_day(count.event, found, lines)
        if held is None:
            return found, ""
        due = count_back(held, count, calendar)
        said = (
            f"{DOUBT}: hạn “{found.text}” tính là {fmt_date(due)}: {unit} trước ngày "
            f"{fmt_date(held)}, ngày công văn ghi cho sự kiện đó; sửa hạn nếu khác"
        )
        return replace(found, due=due, error=""), said
    if printed:  # "kể từ ngày 08/11/2021": the day printed
        try:
            day = date(int(printed.group(3)), int(printed.group(2)), int(printed.group(1)))
        except ValueError:
            return found, ""
        due = count_from(day, count, calendar)
        start = f"ngày {fmt_date(day)}"
    elif _THIS_LETTER.search(count.event):
        if letter_date is None:
            return found, ""
        due = count_from(letter_date, count, calendar)
        start = f"ngày của công văn ({fmt_date(letter_date)})"
        if _RECEIPT.search(count.event):
            start += ", coi như ngày các đơn vị nhận được"
    else:
        held = _event_day(count.event, found, lines)
        if held is None:
            return found, ""
        due = count_from(held, count, calendar)
        start = f"ngày {fmt_date(held)}, ngày công văn ghi cho sự kiện đó"
    said = (
        f"{DOUBT}: hạn “{found.text}” tính là {fmt_date(due)}: {unit} kể từ {start}, {how}; "
        "sửa hạn nếu khác"
    )
    return replace(found, due=due, error=""), said


def _event_day(event: str, found: Found, lines: list[Line]) -> date | None:
    """The one day the letter gives the event elsewhere: "ngày họp" → the line that names the
    meeting with a full date close after its name. None when no line, or several days, do."""
    words = [w for w in re.findall(r"[a-z]+", event) if w not in _FILLER][:2]
    if not words:
        return None
    name = re.compile(r"\b" + r"\s+".join(words) + r"\b")
    ends = _AN_END.search(event) is not None
    days: set[date] = set()
    for line in lines:
        if found.text and found.text in line.text:
            continue  # the counted phrase's own line names the event, not its day
        for m in name.finditer(line.plain):
            near = _held_on(line.plain, m.end(), ends)
            if near is None:
                continue
            try:
                days.add(date(int(near.group(3)), int(near.group(2)), int(near.group(1))))
            except ValueError:
                continue
    return days.pop() if len(days) == 1 else None


def _held_on(plain: str, after: int, ends: bool) -> re.Match | None:
    """The full date close after an event's name that is its day: the end of its span when the
    event is an end, never a date something is due by."""
    if ends:
        span = _SPAN.search(plain, after, after + NEAR)
        if span is not None:
            return _FULL_DATE.fullmatch(re.sub(r"\s+", "", span.group("end")))
    for near in _FULL_DATE.finditer(plain, after, after + NEAR):
        if not _DUE_BEFORE.search(plain[max(0, near.start() - 20) : near.start()]):
            return near
    return None
