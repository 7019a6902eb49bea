"""The head of a letter: issuer, "Số: …", "<place>, ngày … tháng … năm …", "V/v …", the "Kính
gửi:" list, and where the body starts and ends (before "Nơi nhận:", "Trân trọng", the signature).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from knowledge.letters.digit_shapes import as_figures
from knowledge.letters.markers import LIST_ENTRY
from knowledge.letters.model import Problem
from knowledge.letters.register import PROVINCE_COMMITTEE, Register
from knowledge.letters.text import Line, plain

# ("Số: 12/STC", "Số 12/STC"; a colon or a figure after it: an issuer printed without its
# marks, "SO THONG TIN VA TRUYEN THONG", is no number line)
_NUMBER = re.compile(r"^s[oố]\s*(?:hiệu)?\s*(?::\s*|(?=[\d/])|$)(?P<v>.*)$", re.I)
# (a code of several offices joined by a comma, "SGTVT-QLVT,PT&NL": capitals on both sides, no
# space; not the comma that ends the code before the place and date of a merged header)
_NUMBER_VALUE = re.compile(
    r"^(?P<n>[0-9][0-9A-Za-z.\-]*)?\s*/\s*(?P<code>[^\s,;]+(?:,[A-ZĐ&][A-ZĐ&\-]*(?=\s|;|$))*)"
)
_PLACE_DATE = re.compile(
    r"(?P<place>[^\W\d_][^,\d]{1,40}?)\s*,\s*ngay\s*(?P<d>\d{1,2})?\s*(?:[/.-]\s*)?"
    r"(?:thang\s*)?(?P<m>\d{1,2})?\s*(?:[/.-]\s*)?(?:nam\s*)?(?P<y>\d{4})\b"
)
_SUBJECT = re.compile(r"^(?:v\s*/\s*v|ve viec)\s*[:.]?\s*", re.I)
_KINH_GUI = re.compile(r"^kinh gui\s*:?\s*")
# "Nơi nhận:" closes the body when the copy list or the signature follows it; in the body it is
# a label ("Nơi nhận: Sở …" in a table of what to send where).
_BODY_END = re.compile(
    r"^(?:noi nhan\s*:?\s*(?:$|[-+•]|nhu tren|kt\b|tm\b|tl\b|q\b|giam doc|chu tich|chanh|pho )"
    r"|(?:xin\s+)?tran trong\b|kt\.|tm\.|tl\.|q\.|chu tich$|giam doc$|pho giam doc$"
    r"|pho chu tich$"
    # the copy list printed without its label: "- Như trên;", "- Lưu: VT"
    r"|[-+•]\s*(?:nhu tren\b|luu\s*:?\s*vt\b))"
)
_BODY_START = re.compile(r"^(?:can cu|thuc hien|theo|de |nham |ngay \d|thuc hien)")
# The first part or item of a body, as printed: "I. …", "1. …".
_FIRST_PART = re.compile(r"^(?:I|1)\s*\.\s+\S")
MOTTO = ("cong hoa", "doc lap", "cong hoa xa hoi")
# The kinds of document printed alone in capitals over their subject when there is no "V/v"
# line: a plan ("KẾ HOẠCH" / "Số hóa hồ sơ … giai đoạn 2023 - 2025"), a notice, a guide.
KINDS = (
    "ke hoach",  # plan
    "thong bao",  # notice
    "huong dan",  # guide
    "chuong trinh",  # programme
    "chi thi",  # directive
    "bao cao",  # report
    "to trinh",  # submission
)
# A Kính gửi list numbered "1. Sở Y tế;", "2. …": short items, the list opening under the label
_NUMBERED = re.compile(r"^(?P<n>\d{1,2})[.)]\s")


@dataclass
class Header:
    number: str | None = None
    code: str = ""  # "STTTT-CNTT" of "Số: /STTTT-CNTT"
    date: date | None = None
    month: tuple[int, int] | None = None  # (year, month) when only the day is blank
    place: str = ""
    subject: str | None = None
    issuer_lines: list[str] = field(default_factory=list)
    addressees: list[Line] = field(default_factory=list)  # the Kính gửi items
    body_start: int = 0
    body_end: int = 0
    signature: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)  # which parts were found: number, date, …

    @property
    def year(self) -> int | None:
        if self.date:
            return self.date.year
        return self.month[0] if self.month else None


def read_header(lines: list[Line]) -> Header:
    h = Header()
    kinh = next((i for i, ln in enumerate(lines) if _KINH_GUI.match(ln.plain)), None)
    head_end = kinh if kinh is not None else min(len(lines), 30)
    for i, ln in enumerate(lines[:head_end]):
        low = ln.plain
        if "number" not in h.seen and (m := _NUMBER.match(ln.text)) and len(ln.text) < 80:
            h.seen.add("number")
            # (the number is looked up by its figures: "cv 207" finds a scan's "2O7/STC")
            _number(h, as_figures(m.group("v")))
        if "date" not in h.seen and (d := _PLACE_DATE.search(low)):
            h.seen.add("date")
            _date(h, ln, d)
        if h.subject is None and _SUBJECT.match(low):
            h.seen.add("subject")
            h.subject = _subject(lines, i)
        if not h.seen and ln.text.isupper() and not low.startswith(MOTTO):
            h.issuer_lines.append(ln.text)
    if h.subject is None and "number" in h.seen:
        h.subject = _titled(lines[:head_end])
    if kinh is not None:
        h.seen.add("kinh_gui")
        h.body_start = _addressees(h, lines, kinh)
    else:
        opened = next((i for i, ln in enumerate(lines) if _BODY_START.match(ln.plain)), head_end)
        # a notice with no Kính gửi and no opening sentence goes straight into its parts ("I.
        # ĐÁNH GIÁ …", "1. …"): its body starts at the first, past the date and the title
        dated = next((i for i, ln in enumerate(lines) if _PLACE_DATE.search(ln.plain)), None)
        first = next(
            (
                i
                for i in range(dated + 1 if dated is not None else head_end, head_end)
                # (or a table of tasks the letter opens with: its first row)
                if _FIRST_PART.match(lines[i].text) or lines[i].table
            ),
            head_end,
        )
        h.body_start = min(opened, first)
    h.body_end = next(
        (i for i in range(h.body_start, len(lines)) if _BODY_END.match(lines[i].plain)),
        len(lines),
    )
    h.signature = [ln.plain for ln in lines[h.body_end : h.body_end + 12]]
    return h


def _number(h: Header, value: str) -> None:
    value = value.strip()
    m = _NUMBER_VALUE.match(value)
    if m:
        h.code = m.group("code")
        if m.group("n") and any(ch.isdigit() for ch in m.group("n")):
            h.number = f"{m.group('n')}/{m.group('code')}"


def _date(h: Header, line: Line, m: re.Match) -> None:
    h.place = line.text[m.start("place") : m.end("place")].strip()
    year = int(m.group("y"))
    month = int(m.group("m")) if m.group("m") else None
    if month is not None and 1 <= month <= 12:
        h.month = (year, month)
    if m.group("d") and month:
        try:
            h.date = date(year, month, int(m.group("d")))
        except ValueError:
            h.problems.append(
                Problem(line.no, f"ngày của công văn {m.group('d')}/{month}/{year} không có thật")
            )


def _subject(lines: list[Line], i: int) -> str:
    # the printed prefix may carry marks the plain match ignored: cut on the plain form's length
    prefix = len(lines[i].plain) - len(_SUBJECT.sub("", lines[i].plain, count=1))
    parts = [lines[i].text[prefix:]]
    for ln in lines[i + 1 : i + 8]:
        low = ln.plain
        if ln.gap or _PLACE_DATE.search(low) or _KINH_GUI.match(low) or ln.text.isupper():
            break
        parts.append(ln.text)
    return " ".join(p.strip() for p in parts if p.strip()).strip(" .;") or ""


def _titled(head: list[Line]) -> str | None:
    """The subject printed under the document's kind ("KẾ HOẠCH" over "Số hóa hồ sơ …"): its
    lines up to a blank line or the body's first words."""
    for i, ln in enumerate(head):
        if not (ln.text.isupper() and ln.plain.strip(" .:") in KINDS):
            continue
        parts: list[str] = []
        for nxt in head[i + 1 : i + 5]:
            if (parts and nxt.gap) or _BODY_START.match(nxt.plain):
                break
            parts.append(nxt.text)
        return " ".join(parts).strip(" .;") or None
    return None


def _addressees(h: Header, lines: list[Line], kinh: int) -> int:
    first = lines[kinh]
    rest = first.text[len(first.plain) - len(_KINH_GUI.sub("", first.plain)) :].strip()
    items = [Line(first.no, rest)] if rest else []
    i = kinh + 1
    while i < len(lines):
        ln = lines[i]
        low = ln.plain
        listed = bool(LIST_ENTRY.match(ln.text))
        numbered = _NUMBERED.match(ln.text)
        if listed and numbered:
            # a numbered list of names, counted on from the last, not the body's first item
            # ("1. Các đơn vị rà soát …")
            listed = (
                not rest
                and len(low.split()) <= 14
                and all(_NUMBERED.match(it.text) for it in items)
                and int(numbered.group("n")) == len(items) + 1
            )
        last = items[-1] if items else None
        if (
            last is not None
            and last.text.count("(") > last.text.count(")")
            and ln.no - last.no < 4
        ):
            # a bracket left open goes on ("Các cơ quan có … (gồm: / Sở Xây dựng, …)")
            items[-1] = Line(last.no, f"{last.text} {ln.text.strip()}")
            i += 1
            continue
        if not listed and (items or _BODY_START.match(low) or len(low.split()) > 14):
            break
        items.append(Line(ln.no, ln.text))
        i += 1
    for item in items:
        for part in re.split(r";", LIST_ENTRY.sub("", item.text)):
            part = part.strip(" .,;:")
            if part:
                h.addressees.append(Line(item.no, part))
    return i


def sender_of(h: Header, register: Register, opening: list[Line]) -> str | None:
    """Who sends the letter: its issuer line, its number's code, the opening's "<X> đề nghị",
    or its signature. The issuer is printed under its parent body ("UBND TỈNH …" over "SỞ Y
    TẾ"); an office printed bare under it ("VĂN PHÒNG") is the parent's office, read as one
    name with the parent's."""
    issuer = h.issuer_lines
    for i in range(len(issuer) - 1, -1, -1):
        text = issuer[i]
        found = register.mentions(text)
        for k in range(i - 1, -1, -1):  # the parent's name may take two lines ("ỦY BAN NHÂN
            if found:  # DÂN" / "TỈNH TUYÊN QUANG" over "VĂN PHÒNG")
                break
            parent = " ".join(issuer[k:i])
            found = [m for m in register.mentions(f"{text} {parent}") if m.start == 0]
        if found and len(found) == 1:
            return found[0].names[0] if not found[0].group else None
        if plain(text).startswith(("uy ban nhan dan", "ubnd")):
            return PROVINCE_COMMITTEE
    if h.code:
        named = register.code(h.code.split("-")[0])
        if named:
            return named
    for ln in opening:
        m = re.search(r"(de nghi|yeu cau|huong dan|thong bao|chi dao)\b", ln.plain)
        if not m:
            continue
        before = [x for x in register.mentions(ln.text[: m.start()]) if not x.group]
        if before and m.start() - before[-1].end < 4:
            return before[-1].names[0]
    if any(s.startswith(("chu tich", "kt. chu tich", "tm. uy ban")) for s in h.signature):
        return PROVINCE_COMMITTEE
    return None
