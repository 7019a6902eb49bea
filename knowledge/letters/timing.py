"""Which work a line of a timing section dates: "6. Thời gian thực hiện — Hồ sơ gửi về Sở …
trước ngày 20/4/2021" dates the dossier that "2. Đề xuất Danh mục …" describes."""

from __future__ import annotations

import re

from knowledge.letters import form_names
from knowledge.letters.references import references, refers_to
from knowledge.letters.sections import Section, walk
from knowledge.letters.text import Line

# how a row of a table of tasks is numbered when read as an item ("Dòng 2. …", grid.py)
_ROW_NUMBER = re.compile(r"^dong\s+\d{1,2}\.\s*")
_SECTION_REF = re.compile(r"\b(?:muc|phan)\s+(\d{1,2}|[ivx]{1,4})\b")
# Words too common in the genre to tell one section from another.
_STOP = set(
    "va cac cua cho ve tren trong thuc hien de nghi theo nam voi tai duoc co la nay do "
    "tinh so don vi co quan truoc ngay gui".split()
)


# What a timing line sends, named by its noun: "Hồ sơ gửi về Sở …", "Gửi dự thảo Kế hoạch …".
DELIVERABLE = re.compile(
    r"\b(ho so|bao cao|ke hoach|danh sach|de an|phuong an|de xuat|van ban de nghi)\b"
)
# A section that makes the deliverable says so first: "Xây dựng Kế hoạch …", "Lập hồ sơ …".
_MAKES = re.compile(r"^(?:xay dung|lap|chuan bi|hoan thien|soan thao|tong hop|de xuat)\b")


def clause_at(text: str, at: int | None) -> str:
    """The clause of a line around position `at` (between its ";"): "Các nội dung tại mục 1, 2
    hoàn thành trước …; nội dung tại mục 3 hoàn thành trong tháng 10" names, for its second
    date, only "mục 3"."""
    if at is None:
        return text
    begin = text.rfind(";", 0, at) + 1
    end = text.find(";", at)
    clause = text[begin : end if end >= 0 else len(text)]
    # a clause that names no section leaves the line's reference standing ("Báo cáo tại mục 1
    # gửi về Sở …; thời hạn trước ngày …")
    return clause if references(clause) else text


def named_sections(root: Section, section: Section, line: Line, at: int | None) -> list[Section]:
    """Every earlier section the clause of a timing line around `at` names ("Các nội dung tại
    mục 1, 2 hoàn thành trước …" → items 1 and 2), one per reference; none outside a part that
    times or organises the work."""
    part = next((s for s in section.ancestry if s.timing or _organises(s)), None)
    if part is None:
        return []
    before = part.heading.no if part.heading else line.no
    every = [
        s
        for s in walk(root)
        if s.number and s.heading and s.heading.no < before and not s.support_only
    ]
    tops = {s.number.lower() for s in root.children}
    out: list[Section] = []
    for ref in references(clause_at(line.text, at)):
        named = [s for s in every if refers_to(ref, s.path, tops)]
        if named:
            out.append(min(named, key=lambda s: len(s.path)))
    return list({id(s): s for s in out}.values())


def linked_section(
    root: Section,
    section: Section,
    line: Line,
    owners: tuple[str, ...] = (),
    at: int | None = None,
) -> Section | None:
    """The section whose work a timing line dates: one it names ("nội dung tại khoản 1 mục
    II"), else the one addressed to the units the line opens with ("- Sở A hoàn thiện …"), else
    the one that makes what it sends ("Hồ sơ gửi về …" dates "2. … hồ sơ …" that lists "Hồ sơ
    gồm:"), else the one sharing most of its words; none when the line's section is not about
    timing."""
    timing = next((s for s in section.ancestry if s.timing), None)
    # "II. TỔ CHỨC THỰC HIỆN – 1. Các sở … lập hồ sơ theo nội dung tại mục I …": an item of
    # the part that organises the work dates what it names, and only that
    organising = next((s for s in section.ancestry if _organises(s)), None)
    part = timing or organising
    if part is None:
        return None
    # the work a timing part dates is set out before it ("II. NHIỆM VỤ" before "III. TỔ CHỨC
    # THỰC HIỆN – 1. Thời gian thực hiện"), not in the items after it
    before = part.heading.no if part.heading else line.no
    earlier = [s for s in walk(root) if s.number and s.heading and s.heading.no < before]
    every = [s for s in earlier if not s.support_only]
    tops = {s.number.lower() for s in root.children}
    for ref in references(clause_at(line.text, at)):
        named = [s for s in every if refers_to(ref, s.path, tops)]
        if named:
            return min(named, key=lambda s: len(s.path))
    if timing is None:
        return None
    # (an item that helps others may owe work of its own: "2. Sở A — Hướng dẫn …; xây dựng …")
    addressed = [s for s in earlier if owners and set(s.units) == set(owners)]
    if len(addressed) == 1:
        return addressed[0]
    candidates = [s for s in root.children if not s.timing and not s.support_only and s.number]
    named_tops = {m.group(1) for m in _SECTION_REF.finditer(line.plain)}
    for s in candidates:
        if s.number.lower() in named_tops:
            return s
    # a row of a table of dates prints its work in the row's duty cell and its date in a cell
    # of its own ("TT | Nội dung | Thời hạn"): the duty is what the date's cell dates
    duty = section.heading.plain if section.kind == "row" and section.heading else ""
    said = _ROW_NUMBER.sub("", duty) or line.plain
    sent = DELIVERABLE.search(said)
    if sent:
        making = [s for s in candidates if _makes(s, sent.group(1))]
        if len(making) == 1:
            return making[0]
    words = _words(said)
    if not words:
        return None
    best = _closest(candidates, line, words)
    while best is not None:
        # a row of a table of dates names a point of the item ("| 2 | Báo cáo kết quả kiểm thử |
        # Trước ngày 30/6 |" dates "b) Kiểm thử …; báo cáo kết quả kiểm thử …" of "1. Các Sở"),
        # every word of it (else it dates the item whole: its points may be one work's steps)
        points = [c for c in best.children if c.number and not c.timing and not c.support_only]
        finer = _closest(points, line, words, least=1.0)
        if finer is None:
            return best
        best = finer
    return best


def _closest(
    candidates: list[Section], line: Line, words: set[str], least: float = 0.5
) -> Section | None:
    """The candidate sharing most of the line's words (half at least, or `least`: then none
    when two share as many)."""
    scored: list[tuple[float, Section]] = []
    for s in candidates:
        text = " ".join(ln.plain for ln in s.all_lines)
        common = len(words & _words(text)) / len(words)
        forms = set(form_names.forms([line])) & set(form_names.forms(s.all_lines))
        scored.append((common + 0.5 * bool(forms) * (least < 1), s))
    scored = [(c, s) for c, s in scored if c >= least]
    if not scored:
        return None
    top = max(c for c, _ in scored)
    best = [s for c, s in scored if c == top]
    return best[0] if len(best) == 1 or least < 1 else None


def _organises(section: Section) -> bool:
    """ "III. TỔ CHỨC THỰC HIỆN": the part that hands out the work set out before it."""
    return section.heading is not None and section.heading.plain.startswith("to chuc thuc hien")


def _makes(section: Section, noun: str) -> bool:
    """The section makes the deliverable: its heading names it as what is made ("Xây dựng Kế
    hoạch …"), or names it and the section lists what it holds ("Hồ sơ gồm: …")."""
    heading = section.heading.plain if section.heading else ""
    if noun not in heading:
        return False
    if _MAKES.match(heading):
        return True
    holds = re.compile(rf"\b{noun}(?:\s+\S+){{0,6}}\s+(?:gom|bao gom)\b")
    return any(holds.search(ln.plain) for ln in section.lines)


def _words(low: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", low) if w not in _STOP and len(w) > 1}


def block(section: Section, line: Line) -> list[Line]:
    """The lines a "Thời hạn: …" line dates: its section's, up to it."""
    lines = section.all_lines
    for i, ln in enumerate(lines):
        if ln.no == line.no and ln.text.endswith(line.text[-20:]):
            return lines[: i + 1]
    return lines


def after(section: Section, line: Line, dated: set[int]) -> list[Line]:
    """The lines of its section after a "Thời hạn: …" line, up to the next date: how the
    work it dates is sent ("Báo cáo gửi về Sở … qua Hệ thống …")."""
    after = [ln for ln in section.all_lines if ln.no > line.no]
    end = next((i for i, ln in enumerate(after) if ln.no in dated), len(after))
    return after[:end]
