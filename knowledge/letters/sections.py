"""A letter's body in numbered sections ("1. …", "II. …"), each with the units it is addressed
to when its heading names them ("3. Sở Kế hoạch và Đầu tư", "Giao Sở … chủ trì, phối hợp với …:",
"Ban Điều hành … khẩn trương …"), and what kind of section it is: the units' duties, duties of
support only (phối hợp, cho ý kiến góp ý, hỗ trợ), or the timing of the others ("Thời gian thực
hiện").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from knowledge.letters.model import Problem
from knowledge.letters.register import PROVINCE_COMMITTEE, Register
from knowledge.letters.text import Line, plain

_ARABIC = re.compile(r"^(?P<n>\d{1,2})\s*[.)]\s+(?P<h>\S.*)$")
_ROMAN = re.compile(r"^(?P<n>[IVX]{1,4})\s*[.)]\s+(?P<h>\S.*)$")
_ITEM = re.compile(r"^[-+•–*]\s*")
_LEAD = re.compile(r"^(?:giao|de nghi|yeu cau|chi dao)\s+")
# What a unit named at the start of a heading goes on to do when the heading gives it the work.
_DUTY = re.compile(
    r"^\s*[,:]?\s*(?:chu tri|khan truong|thuc hien|tiep tuc|co trach nhiem|lam dau moi|to chuc"
    r"|chu dong|rà soat|ra soat|xay dung|bao cao|gui|tham muu|huong dan|phoi hop|cho y kien"
    r"|theo doi)"
)
SUPPORT = (
    "phoi hop",
    "chu dong phoi hop",
    "cho y kien",
    "gop y",
    "tham gia y kien",
    "tham gia gop y",
    "ho tro",
    "huong dan",
    "tao dieu kien",
)
_TIMING = ("thoi gian thuc hien", "thoi han", "tien do thuc hien", "thoi gian hoan thanh")
_FILLER = {"cac", "va", "de", "nghi", "giao", "yeu", "cau", "doi", "voi", "cua", "tinh"}
_AGENCY_WORDS = (
    "so ",
    "ubnd",
    "uy ban",
    "cong an",
    "bao hiem",
    "ban ",
    "van phong",
    "vien thong",
    "trung tam",
    "chi cuc",
    "kho bac",
    "cuc ",
    "dai ",
    "cac so",
    "cac co quan",
)


@dataclass
class Section:
    number: str  # as printed: "2", "IV"; "" for the opening before the first section
    heading: Line | None
    lines: list[Line] = field(default_factory=list)
    units: tuple[str, ...] = ()  # the units the heading addresses
    supporting: tuple[str, ...] = ()  # "phối hợp với …" in the heading
    sentence_heading: bool = False  # the heading is itself a duty ("Giao Sở … chủ trì …:")
    support_only: bool = False
    timing: bool = False
    problems: list[Problem] = field(default_factory=list)

    @property
    def all_lines(self) -> list[Line]:
        return ([self.heading] if self.heading else []) + self.lines

    @property
    def label(self) -> str:
        return f"mục {self.number}" if self.number else "phần mở đầu"


def split_sections(body: list[Line]) -> list[Section]:
    roman = any(_ROMAN.match(ln.text) for ln in body)
    pattern = _ROMAN if roman else _ARABIC
    sections = [Section("", None)]
    for ln in body:
        m = pattern.match(ln.text)
        if m and not re.match(r"^\d{1,2}\.\d", ln.text):
            sections.append(Section(m.group("n"), Line(ln.no, m.group("h").strip(), ln.gap)))
        else:
            sections[-1].lines.append(ln)
    return sections


def classify(section: Section, register: Register) -> None:
    if section.heading is None:
        return
    text = section.heading.text.rstrip(" :.")
    low = plain(text)
    section.timing = low.startswith(_TIMING)
    lead = _LEAD.match(low)
    offset = lead.end() if lead else 0
    mentions = [m for m in register.mentions(text) if m.names != (PROVINCE_COMMITTEE,)]
    leading = []
    pos = offset
    for m in mentions:
        gap = low[pos : m.start].strip(" ,;")
        if gap not in ("", "va", "cac"):
            break
        leading.append(m)
        pos = m.end
    rest = low[pos:]
    if leading and not plain(rest).strip(" ,;.:"):
        section.units = register.sort(n for m in leading for n in m.names)
    elif leading and _DUTY.match(rest):
        section.units = register.sort(n for m in leading for n in m.names)
        section.sentence_heading = True
        helpers = re.search(r"phoi hop(?:\s+chat che)?\s+voi\s+", rest)
        if helpers:
            section.supporting = register.sort(
                n for m in register.mentions(text[pos + helpers.end() :]) for n in m.names
            )
    elif low.startswith(_AGENCY_WORDS) and len(low.split()) <= 12 and not mentions:
        words = set(low.replace(",", " ").split()) - _FILLER
        if words:
            section.problems.append(
                Problem(
                    section.heading.no,
                    f"không có “{text}” trong danh sách đơn vị của tỉnh {register.province.name}",
                )
            )
    if section.units and not section.sentence_heading:
        # its first duty is a support one, and it sets no date of its own
        duties = [_ITEM.sub("", ln.plain) for ln in section.lines]
        duties = [re.sub(r"^(?:de nghi\s+.{0,60}?\s+)?", "", d) for d in duties if d]
        section.support_only = bool(duties) and duties[0].startswith(SUPPORT)
    elif section.sentence_heading:
        duty = plain(text[pos:]).strip(" ,")
        section.support_only = duty.startswith(SUPPORT) and not section.lines
