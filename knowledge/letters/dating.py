"""The dates a line of a letter sets: its deadlines and recurrences ("trước ngày 15/6 và 15/12
hằng năm": one every half year; "trước ngày 15/6 và 15/11 hằng năm": a yearly one each), less
those that set nothing here: the dates of the grounds the opening cites, a period already over
when the letter was written, the history it recounts, and the sender's own next step ("Sau ngày
20/4, Sở … sẽ tổng hợp")."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from knowledge.letters import dates
from knowledge.letters.firsts import also_yearly, half_yearly, recurrences
from knowledge.letters.header import Header
from knowledge.letters.opening import recounted, set_in_grounds
from knowledge.letters.register import Register
from knowledge.letters.sections import Section
from knowledge.letters.text import Line


def dates_on(
    line: Line, section: Section, header: Header, sender: str | None, register: Register
) -> list[dates.Found]:
    """The date phrases of `line`, in `section` of a letter with this `header` and `sender`."""
    found = dates.deadlines(line.text, header.year)
    for n, again in enumerate(recurrences(line.text)):
        inside = [f for f in found if not (f.end <= again.start or f.start >= again.end)]
        inside += [f for f in found if _listed_before(line.plain, f, again)]
        inside += [f for f in found if f not in inside and _other_half(line.plain, f, again)]
        found = [f for f in found if f not in inside]
        more = also_yearly(again, inside)
        half = half_yearly(again, more)
        if half is not None:  # the same day six months apart: one duty every six months
            printed = line.text[half.start : half.end].strip(" ,;.")
            again, more = replace(half, text=printed), []
        if more:  # each its own day: "trước ngày 15/6", "trước ngày 15/12"
            own = [f for f in inside if f.due and (f.due.day, f.due.month) == again.key]
            again = replace(again, text=own[0].text) if own else again
        found.insert(n, again)
        found += more
    # "trong thời hạn 05 ngày làm việc kể từ ngày ban hành văn bản này (chậm nhất ngày
    # 23/8/2021)": the letter counts for the reader; the day in the bracket is the deadline
    found = [
        f
        for f in found
        if f.count is None
        or not any(
            g.count is None and re.fullmatch(r"\s*\(\s*", line.plain[f.end : g.start])
            for g in found
        )
    ]
    if section.parent is None:
        found = set_in_grounds(line, found)
    floor = floor_of(header)
    return [
        f
        for f in found
        if not _own_work(line, f, sender, register)
        and not dates.past(f, floor)
        and not recounted(line, f, floor)
        and not set_elsewhere(line, f)
    ]


def set_elsewhere(line: Line, found: dates.Found) -> bool:
    """A date another document sets, or one this letter replaces: a cited document's bracket, a
    part of one ("… tại điểm b mục 3 Công văn số 845"), the old date an amendment changes."""
    return (
        _of_cited(line.plain, found)
        or _REPLACED.search(line.plain[found.end : found.end + 20]) is not None
        or _PART_OF_CITED.match(line.plain, found.end) is not None
        or _REPLACES.search(line.plain, max(0, found.start - 40), found.start) is not None
    )


# "(thay cho thời hạn trước ngày 20/5/2021 …)", "thay vì trước ngày …": the old date the new one
# replaces, however the bracket goes on
_REPLACES = re.compile(r"\b(?:thay cho|thay vi)(?:\s+(?:thoi han|thoi gian|han))?\s*$")


# A date the line places in another document: "Thời hạn trước ngày 15/6/2022 tại điểm b mục 3
# Công văn số 845 không còn hiệu lực".
_PART_OF_CITED = re.compile(
    r"\s*(?:tai|cua)\s+(?:(?:diem|khoan|muc|dieu)\s+\w{1,3}\s+)*"
    r"(?:cong van|van ban|quyet dinh|ke hoach|thong bao)\s+so\b"
)


# "từ trước ngày 09/9/2022 thành trước ngày 16/9/2022": the date an amendment replaces.
_REPLACED = re.compile(r"^\s*,?\s*thanh\s+(?:truoc|cham nhat|trong|ngay)\b")


# A bracket opened right after a cited document's number: "chỉ tiêu tại Văn bản số 612/UBND-KSTT
# (tối thiểu 30% … đến hết ngày 31/12/2023)" says what that document set, not this letter.
_CITED = re.compile(r"\bso\s+\d+/[\w./-]+\s*\($")


# … or a bracket that quotes one: "(thời hạn theo Quyết định số 406/QĐ-TTg là trước ngày …)".
_QUOTES = re.compile(
    r"\btheo\s+(?:quyet dinh|van ban|cong van|ke hoach|nghi quyet|nghi dinh|thong tu)\s+so\b"
)


def _of_cited(low: str, found: dates.Found) -> bool:
    opened = low.rfind("(", 0, found.start)
    if opened < 0 or ")" in low[opened : found.start]:
        return False
    return bool(_CITED.search(low, 0, opened + 1) or _QUOTES.search(low, opened, found.start))


def _other_half(low: str, found: dates.Found, again: dates.Found) -> bool:
    """ "báo cáo 6 tháng gửi trước ngày 15/6, báo cáo năm gửi trước ngày 15/12" after a yearly
    day: the same day six months on, printed without a year, is the recurrence's other day."""
    due = found.due
    return (
        again.every == "year"
        and due is not None
        and due.day == again.day
        and abs(due.month - again.month) == 6
        and re.search(r"\d{4}", low[found.start : found.end]) is None
    )


def _listed_before(low: str, found: dates.Found, again: dates.Found) -> bool:
    """ "trước ngày 10 tháng 6 và ngày 10 tháng 12 hằng năm": a day and month printed without a
    year just before or just after a yearly one, joined by "và", is another day of the same
    recurrence."""
    if again.every != "year" or re.search(r"\d{4}", low[found.start : found.end]):
        return False
    if found.end <= again.start:
        return re.fullmatch(r"\s*(?:,|va)\s*", low[found.end : again.start]) is not None
    # "… ngày 25 tháng 6 và ngày 25 tháng 12": the list goes on after the yearly day
    return (
        found.start >= again.end and re.fullmatch(r"\s*", low[again.end : found.start]) is not None
    )


def floor_of(header: Header) -> date | None:
    """The letter's date, or the first of its month when only the day is blank."""
    if header.date:
        return header.date
    return date(header.month[0], header.month[1], 1) if header.month else None


def _own_work(line: Line, found: dates.Found, sender: str | None, register: Register) -> bool:
    """ "Sau ngày 20/4, Sở … sẽ tổng hợp": the sender's own next step, no one's task. The
    future's "sẽ" is read with its mark, and after the sender that says it: folded, it is the
    "sẻ" of "chia sẻ dữ liệu" that a report's subject so often holds, and the sender named
    before the date may only be where the report goes ("… gửi về Sở … trước ngày …")."""
    if sender is None:
        return False
    clause = re.split(r"[.;]", line.text[: found.start])[-1]
    # (a letter typed without marks has only the folded word to go by)
    said = re.search(r"\bse\b" if line.text.isascii() else r"\bsẽ\b", clause.lower())
    return said is not None and any(
        sender in m.names for m in register.mentions(clause[: said.start()])
    )
