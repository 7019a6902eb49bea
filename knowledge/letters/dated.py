"""The dates a letter's sections set, each on its line: what the reader makes tasks of.

Not every date printed is a duty's: a sentence retelling an earlier document's request dates that
document's duty, and a support duty counted from a day no one can date ("cho ý kiến góp ý … trong
thời hạn 03 ngày làm việc kể từ ngày nhận được đề nghị") is no task of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from knowledge.calendar.workdays import WorkCalendar
from knowledge.letters import dates
from knowledge.letters.counting import counted
from knowledge.letters.dating import dates_on
from knowledge.letters.extended import dated_request
from knowledge.letters.header import Header
from knowledge.letters.opening import recited, retold
from knowledge.letters.register import Register
from knowledge.letters.sections import Section
from knowledge.letters.text import Line
from knowledge.letters.timing import named_sections
from knowledge.letters.units import line_helpers, support_duty


@dataclass
class Dated:
    """A date phrase found on a line of a section."""

    line: Line
    section: Section
    found: dates.Found
    # the earlier item a timing line dates when it names several ("Các nội dung tại mục 1, 2
    # hoàn thành trước …"): one task for each
    target: Section | None = None


def spread(root: Section, dated: list[Dated]) -> list[Dated]:
    """A date on a timing line that names several earlier items, none dated on its own ("4. Tổ
    chức thực hiện — Các nội dung tại mục 1, 2 hoàn thành trước ngày 30/9/2022"): the date of
    each item's work, one task for each."""
    dating = {id(s) for d in dated for s in d.section.ancestry}
    out: list[Dated] = []
    for d in dated:
        named = named_sections(root, d.section, d.line, d.found.start)
        if len(named) > 1 and not any(id(s) in dating for s in named):
            out += [replace(d, target=s) for s in named]
        else:
            out.append(d)
    return out


def covered(root: Section, dated: list[Dated]) -> list[Dated]:
    """`dated` less the periods an item says what it covers when a timing line of the letter
    dates that item by its number: "1. Các sở … Báo cáo tình hình … trong quý III năm 2021"
    under "5. Thời gian thực hiện — Báo cáo … (mục 1, mục 2) gửi … chậm nhất ngày 05/10/2021"
    reports on the quarter, by the timing line's date. A period with a verb of its own
    ("hoàn thành trong quý III") stays."""
    named = {
        id(s)
        for d in dated
        for s in named_sections(root, d.section, d.line, d.found.start)
        if not any(id(a) == id(s) for a in d.section.ancestry)
    }
    if not named:
        return dated
    return [
        d
        for d in dated
        if not (
            _BARE_PERIOD.match(d.found.text) and any(id(s) in named for s in d.section.ancestry)
        )
    ]


# a month or a quarter named after "trong" alone, no verb of completion before it
_BARE_PERIOD = re.compile(r"^trong\s+(?:tháng|quý)\b", re.I)


def dated_duties(
    root: Section,
    placed: list[tuple[Line, Section]],
    header: Header,
    sender: str | None,
    register: Register,
) -> list[Dated]:
    """The dates on the letter's lines that date a duty of its own."""
    told = retold(root.own) if root.children else set()  # an earlier document's dates
    duties = [
        Dated(line, section, found)
        for line, section in placed
        if line.no not in told
        for found in dates_on(line, section, header, sender, register)
    ]
    after = {a.no: b for (a, _), (b, _) in pairwise(placed)}
    duties = [requested_for(d, sender, register, after.get(d.line.no)) for d in duties]
    # a sentence retelling an earlier document's request dates that document's duty
    duties = [d for d in duties if not recited(whole_sentence(d.line, d.found).plain)]
    duties = [d for d in duties if not in_purpose(d.line, d.found)]
    duties = [d for d in duties if not cited_aside(d.line, d.found)]
    # a support duty counted from a day no one can date ("cho ý kiến góp ý … trong thời hạn
    # 03 ngày làm việc kể từ ngày nhận được đề nghị"): no task of its own, its section
    # supports the work it serves (knowledge/letters/support.py mark_support)
    body = [ln for ln, _ in placed]
    return [
        d
        for d in duties
        if not (
            d.found.count
            and not counted(d.found, header.date, body, WorkCalendar())[1]
            and support_duty(sentence_of(d.line, d.found), register)
        )
    ]


def requested_for(
    dated: Dated, sender: str | None, register: Register, following: Line | None = None
) -> Dated:
    """The request a date the sender sets is for, read as its line (knowledge/letters/
    extended.py); `following`: the paragraph after the date's line."""
    moved = dated_request(dated.line, dated.found, sender, register, following)
    return Dated(moved[0], dated.section, moved[1]) if moved else dated


def sentence_of(line: Line, found: dates.Found) -> Line:
    """The sentence (or clause after ";") of a line that a date is in."""
    starts = [m.end() for m in _SENTENCE.finditer(line.text, 0, found.start)]
    return Line(line.no, line.text[starts[-1] if starts else 0 :], line.gap)


def whole_sentence(line: Line, found: dates.Found) -> Line:
    """The sentence of a line that a date is in, across its ";"."""
    starts = [m.end() for m in _FULL_STOP.finditer(line.text, 0, found.start)]
    end = _FULL_STOP.search(line.text, found.end)
    text = line.text[starts[-1] if starts else 0 : end.start() if end else len(line.text)]
    return Line(line.no, text, line.gap)


def in_purpose(line: Line, found: dates.Found) -> bool:
    """The date is in the purpose the request is made for, before the request ("Để bảo đảm tiến
    độ gửi hồ sơ về Bộ … trước ngày 10/3/2023, Sở … đề nghị các cơ quan …"): the sender's own
    aim, the units' duty is what the request then says."""
    sentence = whole_sentence(line, found)
    at = line.text.find(sentence.text)
    if at < 0 or not _AIM.match(sentence.plain):
        return False
    return _ASKS.search(sentence.plain, found.end - at) is not None


def cited_aside(line: Line, found: dates.Found) -> bool:
    """The date is in a bracket after a document the grounds cite ("Thực hiện Văn bản số 2215/
    BTTTT-THH ngày 21/7/2021 của Bộ … (thời hạn tỉnh báo cáo Bộ: ngày 10 hằng tháng) …, Văn
    phòng UBND tỉnh đề nghị:"): that document's date for its own addressee, not a duty."""
    opened = line.plain.rfind("(", 0, found.start)
    if opened < 0 or ")" in line.plain[opened : found.start]:
        return False
    sentence = whole_sentence(line, found)
    return bool(_GROUNDS.match(sentence.plain)) and bool(_CITED.search(line.plain[:opened]))


# the grounds a letter opens with, and a document they cite just before a bracket
_GROUNDS = re.compile(r"^(?:thuc hien|can cu|theo|tiep theo)\b")
_CITED = re.compile(r"\bso\s+\d+[\w/.-]*(?:\s+ngay\s+[\d/]+)?(?:\s+cua\s+[^,;()]{1,80})?\s*$")
# "Để …", "Nhằm …" opening the sentence; the request after a comma ("…, Sở … đề nghị …")
_AIM = re.compile(r"^(?:de|nham)\s")
_ASKS = re.compile(r",\s*(?:[^,;.]{0,80}?\s)?(?:de nghi|yeu cau)\s")
_FULL_STOP = re.compile(r"\.\s+(?=[A-ZĐÀ-Ỹ])")
_SENTENCE = re.compile(r"\.\s+(?=[A-ZĐÀ-Ỹ])|;\s+")


def partners_of(dated: list[Dated], register: Register) -> dict[str, set[int]]:
    """The units each dated duty names its partners ("phối hợp với Sở …"), on its line or, for a
    numbered item's "Thời gian thực hiện" line, in the item: by unit, the duties' lines."""
    partners: dict[str, set[int]] = {}
    for d in dated:
        said = d.section.own if d.section.number else [d.line]
        for ln in dict.fromkeys([d.line, *said]):
            for n in line_helpers(ln, register.mentions(ln.text)):
                partners.setdefault(n, set()).add(d.line.no)
    return partners
