"""The undated sentences that say where the letter's work goes, when the duty's own line does
not: the close after the items ("Kết quả thực hiện gửi về Sở … để tổng hợp") for every task, and
the sentence of a "Thời gian thực hiện" part after the dates it lists ("- Nội dung tại điểm a mục
1: trước …; - Nội dung tại điểm b mục 1: chậm nhất … — Hồ sơ … gửi về Sở …") for each of them.
"""

from __future__ import annotations

import re

from knowledge.letters.sections import Section
from knowledge.letters.text import Line

# The sentence about the work's results (not another duty it gives, "Giao Sở … theo dõi, đôn
# đốc …; báo cáo Chủ tịch …"): "Kết quả thực hiện gửi về …", "Báo cáo gửi về …", "Hồ sơ, báo
# cáo của các cơ quan, đơn vị gửi về …" (under a table of tasks).
_RESULTS_SENT = re.compile(
    r"^(?:cac\s+)?(?:ket qua|bao cao|san pham|noi dung|ho so)\b[^.;]{0,60}?\b(?:gui|nop)\s+"
    r"(?:ve\s+)?"
)
_POINTS_AT = re.compile(r"\b(?:dong|muc|diem|khoan|phan)\s+(?:\d{1,2}|[a-z]|[ivx]{1,4})\b")


def letter_close(root: Section, dated: set[int]) -> list[Line]:
    """The close's sentences after the last item that send the results (`dated`: the numbers
    of the dated lines, each a duty's own)."""
    last = max((c.heading.no for c in root.children if c.heading), default=None)
    return [
        ln
        for ln in root.own
        if last is not None
        and ln.no > last
        and ln.no not in dated
        and _RESULTS_SENT.match(ln.plain)
        and not _POINTS_AT.search(ln.plain)  # "… tại dòng 1 và dòng 2": those rows'
    ]


def timing_close(section: Section, dated: set[int]) -> list[Line]:
    """The sentence of the timing part `section` is in that sends the work of the dates it
    lists; none when `section` is in no timing part."""
    part = next((s for s in section.ancestry if s.timing), None)
    if part is None:
        return []
    return [ln for ln in part.own if ln.no not in dated and _RESULTS_SENT.match(ln.plain)]
