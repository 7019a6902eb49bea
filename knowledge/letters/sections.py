"""A letter's body as the outline it is printed in: parts "I.", items "1.", "1.1.", points "a)",
nested in the order the letter first uses them (a letter numbered "1." then "a)" nests the points
in the items; one numbered "I." then "1." then "a)" nests three deep). Each heading may address
units ("3. Sở Kế hoạch và Đầu tư", "II. ĐỐI VỚI SỞ TƯ PHÁP", "Giao Sở … chủ trì, phối hợp với
…:", "1. Các cơ quan, đơn vị" — the letter's addressees), and a section may be the timing of the
others ("Thời gian thực hiện"). Which sections only support is for the reader to say, knowing the
dates (knowledge/letters/extract.py); here is what the text of a section says of it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from knowledge.letters.contents import ITEM, lists_parts
from knowledge.letters.helping import gives_support, helps, keeps_helping
from knowledge.letters.listed_group import listed_members
from knowledge.letters.markers import ENTRY, marker
from knowledge.letters.mentions import LISTED_GAP
from knowledge.letters.model import Problem
from knowledge.letters.named_above import ABOVE
from knowledge.letters.references import references
from knowledge.letters.register import PROVINCE_COMMITTEE, Register
from knowledge.letters.text import Line, plain

# The points that may list the parts of a deliverable rather than items of the letter.
_PARTS = ("letter", "paren")
# A row of a table of tasks read as an item (knowledge/letters/grid.py): always the innermost,
# in whatever item holds the table, and ended by the first line that is not the table's.
_ROW = re.compile(r"^Dòng (?P<n>\d{1,3})\. (?P<h>\S.*)$")
_BESIDES = re.compile(r"^ngoai ra\s*,")
_DAY = re.compile(r"\bngay\s+\d|\d{1,2}\s*/\s*\d{1,2}")
# A heading that hands the work to the units it names: "Giao …", "Đề nghị …", "Đối với …";
# printed, on the lowered text ("giao", not the "Giáo" of "Giáo dục").
# Whom an item addresses before the units: "Thủ trưởng các sở …", "Chủ tịch UBND các huyện …",
# "Các đơn vị: Sở Y tế, Sở Tư pháp …" (a list after its colon).
HEADS = (
    r"(?:thủ trưởng|chủ tịch|giám đốc)\s+(?=\S)"
    r"|(?:các|những)\s+(?:cơ quan|đơn vị)(?:,\s*(?:cơ quan|đơn vị))?\s*(?:gồm)?\s*:\s*"
)
LEAD = re.compile(
    r"^(?:(?:giao|đề nghị|yêu cầu|chỉ đạo|đối với)\s+(?:" + HEADS + r")?|" + HEADS + r")"
)
# The letter's addressees named as a whole: "Các cơ quan, đơn vị, địa phương", "Thủ trưởng các
# cơ quan, đơn vị", "các đơn vị có tên tại Kính gửi".
GENERIC = re.compile(
    r"^(?:thu truong\s+)?(?:cac|moi)\s+(?:co quan|don vi|dia phuong)"
    r"(?:\s*(?:,|va)\s*(?:don vi|dia phuong|co quan))*"
    r"(?:\s+(?:co ten (?:tai|o|tren)\s+)?kinh gui|\s+neu tren)?\b"
)
# The agencies among the addressees: "Các Sở nêu tại Kính gửi", "các sở có tên tại Kính gửi"
# (the letter's districts are not theirs).
AGENCIES_ADDRESSED = re.compile(
    r"^(?:thu truong\s+)?(?:cac|nhung)\s+so\s+(?:duoc\s+)?(?:neu|co ten)\s+(?:tai|o|tren)\s+"
    r"kinh gui\b"
)
# "Các cơ quan, đơn vị có liên quan": bodies the letter does not name, none of its addressees and
# no unit of the register; they add no one.
# (also "các sở, ban, ngành liên quan": which of them, the letter does not say)
RELATED = re.compile(
    r"^(?:thu truong\s+)?(?:(?:cac\s+)?(?:co quan|don vi|to chuc|dia phuong)|cac\s+(?:so|nganh))"
    r"(?:\s*(?:,|va)\s*(?:co quan|don vi|to chuc|dia phuong|ca nhan|ban|nganh))*"
    r"\s+(?:co\s+)?lien quan\b"
)
# What a unit named at the start of a heading goes on to do when the heading gives it the work.
_DUTY = re.compile(
    r"^\s*[,:]?\s*(?:chu tri|khan truong|thuc hien|tiep tuc|co trach nhiem|lam dau moi|to chuc"
    r"|chu dong|rà soat|ra soat|xay dung|bao cao|gui|tham muu|huong dan|phoi hop|cho y kien"
    r"|theo doi|ho tro|tham gia|cung cap|nop|lap|de xuat|hoan thanh|chuan bi|tham dinh"
    r"|cu (?:\d+|can bo|lanh dao|dai dien|thanh vien)\b|co y kien)"
)
# Headings and labels that give the time of the work ("6. Thời gian thực hiện", "Thời hạn: …").
TIMING = (
    "thoi gian thuc hien",
    "thoi han",
    "tien do thuc hien",
    "thoi gian hoan thanh",
    "thoi gian",
    "han nop",
    "han gui",
    "han chot",
    "han cuoi",
    "han hoan thanh",
    "thoi han nop",
    "thoi han gui",
    "thoi han hoan thanh",
)
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
    "buu dien",
    "trung tam",
    "chi cuc",
    "kho bac",
    "cuc ",
    "dai ",
    "cac so",
    "cac co quan",
)


@dataclass(eq=False)
class Section:
    number: str  # as printed: "2", "IV", "1.1", "b"; "" for the opening before the first
    heading: Line | None  # the heading without its number
    kind: str = (
        ""  # "roman" | "decimal" | "arabic" | "paren" | "letter" | "counted" | "row"; "" opening
    )
    parent: Section | None = None
    children: list[Section] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)  # every line under the heading, as printed
    own: list[Line] = field(default_factory=list)  # the lines directly under it
    units: tuple[str, ...] = ()  # the units the heading addresses
    supporting: tuple[str, ...] = ()  # "phối hợp với …" in the heading
    sentence_heading: bool = False  # the heading is itself a duty ("Giao Sở … chủ trì …:")
    generic: bool = False  # the heading addresses the letter's addressees as a whole
    excepted: tuple[str, ...] = ()  # those the generic heading leaves out ("(trừ Sở Y tế)")
    only: str = ""  # the kind of addressee a generic heading names ("Các Sở …": "Sở ")
    above: bool = False  # its units are named back ("các huyện nêu trên"): named_above.py
    support_only: bool = False  # set by the reader: a support duty and no date of its own
    timing: bool = False
    problems: list[Problem] = field(default_factory=list)

    @property
    def all_lines(self) -> list[Line]:
        return ([self.heading] if self.heading else []) + self.lines

    @property
    def path(self) -> tuple[str, ...]:
        """The numbers from the outer part to this one: ("ii", "1", "b")."""
        if not self.number:
            return ()
        up = self.parent.path if self.parent else ()
        last = self.number.lower().split(".")
        return up + tuple(last[len(up) :] if last[: len(up)] == list(up) else last[-1:])

    @property
    def label(self) -> str:
        if not self.number:
            return "phần mở đầu"
        if self.kind == "row":
            up = self.parent.label if self.parent and self.parent.number else ""
            return f"{up}, dòng {self.number}" if up else f"dòng {self.number}"
        if self.kind == "letter" and (self.parent is None or not self.parent.number):
            return f"điểm {self.number}"
        if self.parent is None or not self.parent.number or self.kind == "decimal":
            return f"mục {self.number}"
        return f"{self.parent.label}, {'điểm' if self.kind == 'letter' else 'khoản'} {self.number}"

    @property
    def ancestry(self) -> list[Section]:
        """This section and the ones it is in, innermost first (the opening last)."""
        chain: list[Section] = []
        node: Section | None = self
        while node is not None:
            chain.append(node)
            node = node.parent
        return chain


def outline(body: list[Line]) -> tuple[Section, list[tuple[Line, Section]]]:
    """The opening with the sections nested in it, and each line with the section it is in
    (a heading with its own section)."""
    root = Section("", None)
    order: list[str] = []  # marker kinds, outer first
    stack = [root]
    placed: list[tuple[Line, Section]] = []
    # the kind of points that are the parts of a deliverable listed: "any" right after the
    # sentence that lists them, "dash" after its "- …" parts, "" when no list goes on
    listing = ""
    for ln in body:
        if stack[-1].kind == "row" and not ln.table:
            stack.pop()  # the table ended
        m = marker(ln.text)
        kind = m[0] if m else ""
        if m is None and ln.gap and _BESIDES.match(ln.plain) and not _DAY.search(ln.plain):
            # "Ngoài ra, Sở … đề nghị Viễn thông … hỗ trợ …" after the items, with no date of
            # its own: the letter's, not the last item's (a dated one may be the item's duty)
            del stack[1:]
        if listing and m is not None and kind in _PARTS and listing in ("any", kind):
            m, listing = None, kind  # "Hồ sơ gồm:" then "a) …": a part, not an item
        elif listing in ("any", "dash") and m is None and ITEM.match(ln.plain):
            listing = "dash"  # "- …": parts that are no items anyway; a point after ends them
        else:
            listing = ""
        if lists_parts(ln):
            listing = "any"
        row = _ROW.match(ln.text) if ln.table else None
        if row is not None:
            kind, m = "row", ("row", row.group("n"), row.group("h"))
            while stack[-1].kind == "row":
                stack.pop()
        if m is None:
            stack[-1].own.append(ln)
            for node in stack:
                node.lines.append(ln)
            placed.append((ln, stack[-1]))
            continue
        if kind not in order and kind != "row":
            order.append(kind)
        while (
            len(stack) > 1 and kind != "row" and order.index(stack[-1].kind) >= order.index(kind)
        ):
            stack.pop()
        heading = Line(ln.no, m[2].strip(), ln.gap)
        node = Section(m[1], heading, kind=kind, parent=stack[-1])
        stack[-1].children.append(node)
        for up in stack:
            up.lines.append(ln)
        stack.append(node)
        placed.append((heading, node))
    return root, placed


def walk(root: Section) -> list[Section]:
    """Every section, in the order printed."""
    result = [root]
    for child in root.children:
        result += walk(child)
    return result


def classify(section: Section, register: Register) -> None:
    if section.heading is None:
        return
    text = section.heading.text.rstrip(" :.")
    low = plain(text)
    section.timing = low.startswith(TIMING)
    lead = LEAD.match(text.lower())
    offset = lead.end() if lead else 0
    mentions = [m for m in register.mentions(text) if m.names != (PROVINCE_COMMITTEE,)]
    leading = []
    pos = offset
    for m in mentions:
        if not LISTED_GAP.fullmatch(low[pos : m.start].strip(" ,;")):
            break
        leading.append(m)
        pos = m.end
    rest = re.sub(r"\([^)]*\)", "", low[pos:])  # "Công an tỉnh (cơ quan thường trực …)"
    if leading and (back := ABOVE.match(rest)):
        section.above, rest = True, rest[back.end() :]
    # ("^" holds at the text's start, not `offset`: "Đề nghị các cơ quan, đơn vị …" is to all)
    related = not leading and RELATED.match(low[offset:]) is not None
    if not leading and (members := listed_members(low, mentions)):
        section.units = register.sort(members)  # "Các cơ quan có … (gồm: A, B)"
        return
    generic = None if leading or related else GENERIC.match(low[offset:])
    agencies = None if leading or related else AGENCIES_ADDRESSED.match(low[offset:])
    if agencies:
        generic, section.only = agencies, "Sở "
    if related:
        pass  # addressed to no one the letter names
    elif generic:
        section.generic = True
        section.excepted, after = register.left_out(text, offset + generic.end())
        section.sentence_heading = bool(_DUTY.match(low[after:]))
    elif leading and not rest.strip(" ,;.:"):
        section.units = register.sort(n for m in leading for n in m.names)
    elif leading and _DUTY.match(rest):
        section.units = register.sort(n for m in leading for n in m.names)
        section.sentence_heading = True
        helpers = re.search(r"phoi hop(?:\s+chat che)?\s+voi\s+", low[pos:])
        if helpers:
            section.supporting = register.sort(
                n for m in register.mentions(text[pos + helpers.end() :]) for n in m.names
            )
    elif leading and (unknown := _unlisted(low, pos)) is not None:
        # "Viễn thông Tuyên Quang, Bưu điện tỉnh phối hợp …": the units listed with one the
        # register lacks; the item is still theirs, and the one it lacks is said, not dropped
        start, end = unknown
        section.units = register.sort(n for m in leading for n in m.names)
        section.sentence_heading = True
        section.problems.append(_not_listed(section.heading.no, text[start:end], register))
    elif leading and section.heading.text.rstrip().endswith(".") and len(rest.split()) >= 4:
        # "6. Sở Giáo dục và Đào tạo triển khai ứng dụng … ." : a whole sentence after the
        # names, whatever its verb, is their duty (a heading addressed to units ends with ":")
        section.units = register.sort(n for m in leading for n in m.names)
        section.sentence_heading = True
    elif _names_a_body(text, low) and len(low.split()) <= 12 and not mentions:
        words = set(low.replace(",", " ").split()) - _FILLER
        if words:
            section.problems.append(_not_listed(section.heading.no, text, register))


# The first syllable of each of _AGENCY_WORDS as printed: "Số hóa hồ sơ …" (a duty) folds to
# the "so" of "Sở …" (a body), and only the marks tell them apart.
_AGENCY_FIRST = {"sở", "ubnd", "ủy", "uỷ", "công", "bảo", "ban", "văn"}
_AGENCY_FIRST |= {"viễn", "bưu", "trung", "chi", "kho", "cục", "đài", "các"}


_SPACE = re.compile(r"\s")


def _names_a_body(text: str, low: str) -> bool:
    """The heading opens as a body's name does (typed without marks: by its letters alone)."""
    if not low.startswith(_AGENCY_WORDS):
        return False
    # "Các sở thực hiện các nhiệm vụ theo bảng sau": a group and its duty
    if low.startswith("cac ") and any(_DUTY.match(low[m.end() :]) for m in _SPACE.finditer(low)):
        return False
    first = unicodedata.normalize("NFC", text.split()[0].lower()) if text.split() else ""
    return text.isascii() or first in _AGENCY_FIRST


def _not_listed(line: int, name: str, register: Register) -> Problem:
    return Problem(
        line, f"không có “{name}” trong danh sách đơn vị của tỉnh {register.province.name}"
    )


def _unlisted(low: str, pos: int) -> tuple[int, int] | None:
    """Where a unit the register lacks stands in a heading's list of units, after the ones it
    read (from `pos`) and before the duty: a name opening as agencies' names do ("bưu điện",
    "trung tâm", "chi cục" …), a few words long; None when the words there are no such name."""
    for sep in re.finditer(r"[\s,;]+", low[pos:]):
        at = pos + sep.start()
        if at == pos or not _DUTY.match(low[at:]):
            continue
        lead = re.match(r"[\s,;]*(?:va\s+)?", low[pos:at])
        start = pos + (lead.end() if lead else 0)
        name = low[start:at].strip(" ,;")
        if (
            name.startswith(_AGENCY_WORDS)
            and len(name.split()) <= 8
            and not re.search(r"[,;:()]", name)
        ):
            return start, start + len(name)
        return None
    return None


def duties(section: Section, register: Register) -> list[str]:
    """The duties a unit section gives, one clause each, as printed, without the units' names
    and the "Đề nghị" that open them: "Phối hợp với Sở Nội vụ thẩm định …"."""
    texts = [ln.text for ln in section.lines]
    if section.sentence_heading and section.heading is not None:
        texts.insert(0, section.heading.text)
    clauses: list[str] = []
    for text in texts:
        m = marker(text)
        text = ENTRY.sub("", m[2] if m else text)
        for clause in re.split(r";|\.\s+(?=[A-ZĐÀ-Ỹ])", text):
            clause = clause.strip()
            low = plain(clause)
            lead = LEAD.match(clause.lower())
            pos = lead.end() if lead else 0
            named = pos
            for mention in register.mentions(clause):
                if mention.start < pos or low[pos : mention.start].strip(" ,;") not in ("", "va"):
                    break
                pos = mention.end
            unlisted = _unlisted(low, pos) if pos > named else None
            if unlisted is not None:  # a unit the register lacks, listed with those it has
                pos = unlisted[1]
            clauses.append(clause[pos:].strip(" ,:"))
    return [c for c in clauses if c]


def supports(section: Section, register: Register) -> bool:
    """The section's duty is to support: its first duty is a support one, or one of its duties
    supports a unit of the register or a section of the letter ("phối hợp với Sở Nội vụ thẩm
    định …", "hỗ trợ … tại mục 1") — not a body outside the province."""
    found = duties(section, register)
    if not found:
        return False
    if gives_support(plain(found[0])):
        return True
    # "Bảo đảm hạ tầng, đường truyền … tại điểm 1 mục I": keeping another item's work running
    if helps(plain(found[0])) and any(references(d) for d in found):
        return True
    # "Bảo đảm hạ tầng, hỗ trợ các đơn vị trong quá trình …": keeping things running with a
    # support action beside it, and no date: help for the others' work, whatever it names
    if keeps_helping(plain("; ".join(found))):
        return True
    # "Sở Tài chính thẩm định dự toán … do Sở … tổng hợp tại khoản 2 mục này": work on what
    # another unit makes under another item serves that item
    first = found[0]
    made_by = any(
        re.search(r"(?:^|\s)(?:do|của)\s*$", first[: m.start].lower())
        for m in register.mentions(first)
    )
    if made_by and references(first):
        return True
    return any(
        gives_support(plain(d)) and (register.mentions(d) or references(d)) for d in found[1:]
    )
