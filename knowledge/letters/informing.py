"""A letter that only informs: "Sở … thông báo kết quả … để các cơ quan, đơn vị biết". It asks
no one for anything and dates nothing ahead of its own day, so it sets no task; the draft is
read whole with no task and nothing to track, not refused as a letter the reader could not read.

Told apart from a letter whose duties the reader missed by what the genre prints when it asks:
a request ("đề nghị", "yêu cầu", "giao Sở …", "chủ trì", "khẩn trương"), a close that says to
act ("để … thực hiện", "biết, thực hiện"), a period ("hằng tháng", "định kỳ"), or any date or
period that ends on or after the letter's day. Any of these keeps the letter a draft that says
no dated duty was found, as before.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from knowledge.calendar.deadlines import ROMAN, quarter_end
from knowledge.letters.header import Header
from knowledge.letters.text import Line

# What a letter that asks prints (read on the plain, folded text).
_ASKS = re.compile(
    # (not the requirement met, "đạt yêu cầu", "đáp ứng yêu cầu", nor one cited: "theo đề
    # nghị của Sở …", "xét đề nghị tại Văn bản số …"; nor the meeting someone chaired)
    r"\b(?:(?<!dat )(?<!ung )(?<!theo )(?<!cac )(?<!xet )(?<!tai )(?:de nghi|yeu cau)"
    r"(?!\s+(?:cua|tai)\b)"
    r"|chu tri\s*,?\s*phoi hop|khan truong|don doc|chi dao\s+nhu sau"
    r"|giao\s+(?:cho\s+)?(?:so|ubnd|uy ban|cong an|van phong|cac|nhiem vu)\b"
    r"|(?:biet\s*(?:,|va)\s*|de\s+(?:trien khai\s+)?)thuc hien"
    r"|dinh ky|hang (?:thang|quy|nam|tuan)|moi (?:thang|quy|nam)"
    r"|ke tu ngay (?:nhan|ky|ban hanh))\b"
)
_FULL = re.compile(
    r"\b(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})\b"
    r"|\bngay\s+(?P<d2>\d{1,2})\s+thang\s+(?P<m2>\d{1,2})\s+nam\s+(?P<y2>\d{4})\b"
)
_MONTH = re.compile(r"\bthang\s+(?P<m>\d{1,2})\s*(?:/|nam)\s*(?P<y>\d{4})\b")
_QUARTER = re.compile(r"\bquy\s+(?P<q>iv|iii|ii|i)\s*(?:/|nam)\s*(?P<y>\d{4})\b")
_YEAR = re.compile(r"\bnam\s+(?P<y>\d{4})\b")


def informs_only(body: list[Line], header: Header) -> bool:
    """The letter's `body` (between Kính gửi and its close) asks nothing and dates nothing on
    or after the letter's own day."""
    if header.date is None:
        return False
    for line in body:
        low = line.plain
        if _ASKS.search(low) or any(day >= header.date for day in _ends(low)):
            return False
    return True


def _ends(low: str) -> list[date]:
    """The last day of every date and period a line prints (a day, a month, a quarter, a year;
    a day that does not exist is no end); a year inside a day or a month is theirs."""
    ends: list[date] = []
    taken: list[tuple[int, int]] = []
    for m in _FULL.finditer(low):
        taken.append(m.span())
        d, mo, y = (m.group("d"), m.group("m"), m.group("y"))
        if d is None:
            d, mo, y = m.group("d2"), m.group("m2"), m.group("y2")
        try:
            ends.append(date(int(y), int(mo), int(d)))
        except ValueError:
            continue
    for m in _MONTH.finditer(low):
        taken.append(m.span())
        month, year = int(m.group("m")), int(m.group("y"))
        if 1 <= month <= 12:
            ends.append(date(year, month, calendar.monthrange(year, month)[1]))
    for m in _QUARTER.finditer(low):
        taken.append(m.span())
        ends.append(quarter_end(ROMAN[m.group("q")], int(m.group("y"))))
    for m in _YEAR.finditer(low):
        if not any(a <= m.start() < b for a, b in taken):
            ends.append(date(int(m.group("y")), 12, 31))
    return ends
