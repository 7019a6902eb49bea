"""The points a dated point sums up: an item addressed to its units lays one duty out in points,
the work first and then when it is due ("1. Các Sở, ban, ngành — a) Rà soát …; lập danh sách …
(theo Mẫu số 01 kèm theo). b) Báo cáo gửi về Sở … chậm nhất ngày …"). The dated point names no
work of its own — only the deliverable, where it goes and when — so the work, its form and the
support that names that work are those of the undated points before it, as if the item were
one sentence (knowledge/letters/reader.py reads them into the task of the dated point).
"""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.letters import dates
from knowledge.letters.markers import ENTRY
from knowledge.letters.register import Register
from knowledge.letters.sections import Section
from knowledge.letters.text import Line, plain
from knowledge.letters.title_words import BARE, MAX_WORDS_CONTINUED, own_words
from knowledge.letters.units import subject

_POINTS = ("letter", "paren")  # "a)", "(1)": points of an item, not items of their own
# "Kết quả", "thời hạn": the result of the work before, or when it is due, no work of its own
_NO_WORK = {"ket", "qua", "thoi", "han", "gian", "chot", "cham", "nhat", "truoc", "ngay"}
_ASIDE = re.compile(r"\([^()]*\)")
# why it is sent, no work the units do: "… để tổng hợp, tham mưu UBND tỉnh"
_PURPOSE = re.compile(r"[,\s]+(?:để|nhằm)\s.*$", re.I)
# the same deliverable sent again another way: "…, đồng thời gửi bản điện tử qua hộp thư …"
_SENT_AGAIN = re.compile(r"[,;]\s*(?:đồng thời|và)\s+(?:gửi|nộp)\b[^,;]*", re.I)
# the result of work, named by that work: "Kết quả rà soát, đánh giá …"
_RESULT = re.compile(r"^ket qua\b")
# The deliverable a dated point opens with, before it is sent: "Báo cáo gửi về …", "Kết quả
# thực hiện nộp …", "Kết quả rà soát, đánh giá (kèm …) gửi về …" (the points' work named again).
_DELIVERABLE = re.compile(
    r"^(?:(?:bao cao|ke hoach|danh sach|ho so|phuong an|san pham)(?:\s+(?:ket qua|thuc hien))*"
    r"|ket qua(?:\s+[^\s;.()]+){0,8}?(?:\s*\([^()]*\))?)\s+(?=(?:duoc\s+)?(?:gui|nop)\b)"
)


def summed_points(
    section: Section, line: Line, found: dates.Found, dating: set[int], register: Register
) -> list[Section]:
    """The undated points before the point `section`, whose work its date on `line` dates;
    none when `section` is no such point or names work of its own. `dating`: the ids of the
    sections a date is in."""
    parent = section.parent
    if section.kind not in _POINTS and section.heading is not line:
        return _closing(section, line, found, dating, register)
    if section.kind not in _POINTS or section.units or parent is None or not parent.number:
        return []
    if parent.support_only:
        return []
    if section.heading is not line:
        return _after_last(section, line, found, dating, register)
    siblings = parent.children[: parent.children.index(section)]
    work: list[Section] = []
    for s in reversed(siblings):
        if id(s) in dating or s.kind != section.kind:
            break  # the points before an earlier date are that date's work
        if s.units or s.support_only or s.timing:
            return []  # another unit's or a support duty: no one work
        work.insert(0, s)
    return work if work and _names_no_work(line, found, register, work) else []


def _closing(
    section: Section, line: Line, found: dates.Found, dating: set[int], register: Register
) -> list[Section]:
    """The items a paragraph after the last of them sums up by their result ("1. Rà soát …
    (theo Biểu số 01). 2. Đề xuất … (theo Biểu số 02). Kết quả rà soát, đề xuất gửi về Sở …
    trước ngày …"): the undated items before it and its own, when its words name the work of
    more than one of them and no other; none otherwise."""
    parent = section.parent
    if parent is None or section.units or section.children or not section.number:
        return []
    if not _RESULT.match(plain(line.text).lstrip(" -")) or line not in section.own:
        return []
    siblings = parent.children[: parent.children.index(section) + 1]
    if section is not parent.children[-1] or any(
        (id(s) in dating and s is not section) or s.units or s.support_only for s in siblings
    ):
        return []
    said = _PURPOSE.sub("", _ASIDE.sub(" ", line.text[: found.start]).split(". ")[0])
    if subject(Line(line.no, said), register.mentions(said)):
        return []
    own = own_words(said, register) - _NO_WORK
    named = [s for s in siblings if own & own_words(_heading_text(s), register)]
    done = own_words(" ".join(_heading_text(s) for s in siblings), register)
    return siblings if len(named) > 1 and own <= done else []


def _after_last(
    section: Section, line: Line, found: dates.Found, dating: set[int], register: Register
) -> list[Section]:
    """ "a) Rà soát …; b) Cung cấp …; c) Tổng hợp … (theo Biểu số 02)." then "Báo cáo (kèm Biểu
    số 02) gửi … trước ngày …": a line after the last point, no point of its own, closes the
    list and sums up every point; none when a point is dated, another unit's or a support."""
    parent = section.parent
    if parent is None or section is not parent.children[-1] or section.children:
        return []
    if line not in section.own or ENTRY.match(line.text):
        return []
    points = [s for s in parent.children if s.kind == section.kind]
    if len(points) != len(parent.children) or any(
        (id(s) in dating and s is not section) or s.units or s.support_only or s.timing
        for s in points
    ):
        return []
    return points if _names_no_work(line, found, register, points) else []


def _heading_text(section: Section) -> str:
    return section.heading.text if section.heading else ""


def _names_no_work(
    line: Line, found: dates.Found, register: Register, work: list[Section]
) -> bool:
    """The dated sentence says only what is sent, where and when ("Báo cáo gửi về Sở …
    chậm nhất ngày …", "Hạn chót: …"), or names the work before it as its result ("Kết quả
    rà soát, đánh giá gửi về Sở …" after "a) Rà soát …; b) … đánh giá …"), and is no unit's
    of its own."""
    said = line.text[: found.start] + " " + line.text[found.end :]
    said = _PURPOSE.sub("", _ASIDE.sub(" ", said).split(". ")[0])
    said = _SENT_AGAIN.sub("", said)
    if subject(Line(line.no, said), register.mentions(said)):
        return False
    own = own_words(said, register) - _NO_WORK
    if len(own) <= BARE - 1:
        return True
    done = own_words(" ".join(ln.text for s in work for ln in s.all_lines), register)
    return _RESULT.match(plain(said).lstrip(" -")) is not None and own <= done


def work_lines(points: list[Section]) -> list[Line]:
    """The lines of the points a dated point sums up, in order."""
    return [ln for s in points for ln in s.all_lines]


def joined(points: list[Section], line: Line, found: dates.Found) -> tuple[Line, dates.Found]:
    """The dated line with the points' work before it, as one sentence ("Rà soát …; lập danh
    sách … (theo Mẫu số 01), báo cáo gửi về Sở … chậm nhất ngày …"), and its date there; the
    line itself when it sums up no points."""
    parts = [" ".join(ln.text for ln in s.all_lines).strip().rstrip(".;") for s in points]
    parts = [p for p in parts if p]
    if not parts:
        return line, found
    # the deliverable it opens with is what the work makes: "…, gửi về Sở …"
    cut = _DELIVERABLE.match(line.plain)
    rest = line.text[cut.end() if cut else 0 :]
    # too long to say at once: the first points say what the work is, those after it go on
    # with it or qualify it ("b) Đối với các dịch vụ chưa đáp ứng …, xây dựng phương án …")
    while len(parts) > 1 and len(" ".join([*parts, rest]).split()) > MAX_WORDS_CONTINUED:
        parts.pop()
    work = "; ".join(p if i == 0 else p[:1].lower() + p[1:] for i, p in enumerate(parts))
    head = f"{work}, {rest[:1].lower()}"
    shift = len(head) - 1 - (cut.end() if cut else 0)
    moved = replace(found, start=found.start + shift, end=found.end + shift)
    return Line(line.no, head + rest[1:], line.gap), moved
