"""A letter read into a draft of the tasks it sets (knowledge/letters/model.py).

Every duty with a date or a period is a task. Its units come, in this order, from the line that
sets it ("Sở Y tế gửi …"), from the section it stands in when the section is addressed to units,
from the section a "Thời gian thực hiện" line refers to, or else from the "Kính gửi" list less
the units whose sections only support (phối hợp, cho ý kiến góp ý, hỗ trợ) — those are its
`supporting`. What cannot be read is a Problem at its line; nothing is guessed in its place.
"""

from __future__ import annotations

import re
from datetime import date

from knowledge.catalogue.model import Catalogue, Province
from knowledge.letters import dates
from knowledge.letters.header import Header, read_header, sender_of
from knowledge.letters.model import Draft, Letter, Problem, Recurrence, Task
from knowledge.letters.register import PROVINCE_COMMITTEE, Mention, Register
from knowledge.letters.sections import SUPPORT, Section, classify, split_sections
from knowledge.letters.text import Line, lines_of, plain

_ITEM = re.compile(r"^[-+•–*]\s*")
_STEP = re.compile(r"^(?:[-+•–*]\s*)?buoc\s+\d+\s*[:.)]")
_CONTENTS = re.compile(
    r"\b(?:ho so|thanh phan ho so|bao cao|tai lieu)\s+(?:gom|bao gom)(?:\s+co)?\s*:?\s*$"
)
_CONTENT_ITEM = re.compile(r"^(?:[+•–*-]|[a-zđ]\)|\d+\))\s*")
_RECIPIENT = re.compile(
    r"\b(?:gui|nop|chuyen)\s+(?:ve\s+|den\s+|toi\s+|cho\s+|tai\s+|qua\s+)?$"
    r"|\bbao cao\s+(?:ve\s+|len\s+|cho\s+)?$|\bve\s+$|\btrinh\s+$"
)
_SENDS = re.compile(r"\b(?:bao cao|gui|nop)\b")
_HELPERS = re.compile(r"\bphoi hop(?:\s+chat che)?\s+(?:voi\s+)?$")
_SECTION_REF = re.compile(r"\b(?:muc|phan)\s+(\d{1,2}|[ivx]{1,4})\b")
_FORM = re.compile(
    r"(?P<kind>bieu mau so|bieu mau|mau so|bieu so|bieu|phu luc|mau)"
    r"(?:\s+(?P<n>(?:so\s+)?(?:\d{1,2}[a-z]?|[ivx]{1,5}\b)"
    r"(?:\s*(?:,|va|-|–)\s*(?:\d{1,2}[a-z]?|[ivx]{1,5}\b))*))?"
)
_FORM_LEAD = re.compile(r"(?:theo|kem theo|tai|\()\s*(?:cac\s+)?(?:mau\s+)?$")
_STOP = set(
    "va cac cua cho ve tren trong thuc hien de nghi theo nam voi tai duoc co la nay do "
    "tinh so don vi co quan truoc ngay gui".split()
)
LETTER_WORDS = ("kinh_gui", "subject", "number")


def read_letter(
    text: str, catalogue: Catalogue, province: Province, name: str = "công văn"
) -> Draft:
    """The draft of a letter's text; `name` (the file) starts every task's source."""
    lines = lines_of(text)
    header = read_header(lines)
    register = Register(catalogue, province)
    body = lines[header.body_start : header.body_end]
    sections = split_sections(body)
    for section in sections:
        classify(section, register)
    sender = sender_of(header, register, sections[0].lines[:8] + body[:3])
    letter = Letter(header.number, header.date, sender, header.subject)
    problems: list[Problem] = list(header.problems)
    if not (set(LETTER_WORDS) & header.seen) and "date" not in header.seen:
        return Draft(letter, (), (Problem(None, NOT_A_LETTER),))
    reader = _Reader(header, register, sections, sender, name)
    tasks = reader.tasks()
    problems += reader.problems
    if header.date is None and header.month is None and not any(t.deadline for t in tasks):
        problems.append(Problem(None, "công văn không có ngày tháng nào đọc được"))
    if not tasks:
        problems.append(Problem(None, "không thấy nhiệm vụ nào có thời hạn trong công văn"))
    return Draft(letter, tuple(tasks), tuple(problems))


NOT_A_LETTER = (
    "đây không phải một công văn: không thấy “Kính gửi”, số, ngày tháng hay trích yếu (V/v)"
)


class _Reader:
    def __init__(
        self,
        header: Header,
        register: Register,
        sections: list[Section],
        sender: str | None,
        name: str,
    ):
        self.header, self.register, self.sections = header, register, sections
        self.sender, self.name = sender, name
        self.problems: list[Problem] = [p for s in sections for p in s.problems]
        self.support = [s for s in sections if s.support_only]
        self.helping = {id(s): _helpers_in(s, register) for s in sections}
        self.addressed, self.unknown = self._addressees()
        self._reported_unknown = False

    def _addressees(self) -> tuple[tuple[str, ...], list[Line]]:
        names: list[str] = []
        unknown: list[Line] = []
        for item in self.header.addressees:
            found = self.register.mentions(item.text)
            if found:
                names += [n for m in found for n in m.names if n != PROVINCE_COMMITTEE]
            else:
                unknown.append(item)
        if self.sender:
            names = [n for n in names if n != self.sender]
        return self.register.sort(names), unknown

    def tasks(self) -> list[Task]:
        result: list[Task] = []
        for section in self.sections:
            for line in section.all_lines:
                result += self._line_tasks(section, line)
        return result

    def _line_tasks(self, section: Section, line: Line) -> list[Task]:
        year = self.header.year
        found = dates.deadlines(line.text, year)
        again = dates.recurrence(line.text)
        if again is not None:
            found = [f for f in found if f.end <= again.start or f.start >= again.end]
            found.insert(0, again)
        found = [f for f in found if not self._own_work(line, f) and not self._past(f)]
        return [self._task(section, line, f) for f in found]

    def _past(self, found: dates.Found) -> bool:
        """ "có thời hạn hoàn thành trong tháng 8/2021" in a September letter: a period already
        over when the letter was written describes, it does not set a date."""
        period = not re.search(r"\d\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|ngay", plain(found.text))
        return bool(period and found.due and self.header.date and found.due < self.header.date)

    def _own_work(self, line: Line, found: dates.Found) -> bool:
        """ "Sau ngày 20/4, Sở … sẽ tổng hợp": the sender's own next step, no one's task."""
        before = line.plain[: found.start]
        clause = re.split(r"[.;]", before)[-1]
        return (
            " se " in f" {clause} "
            and self.sender is not None
            and any(
                self.sender in m.names for m in self.register.mentions(line.text[: found.start])
            )
        )

    def _task(self, section: Section, line: Line, found: dates.Found) -> Task:
        problems: list[Problem] = []
        linked = self._linked(section, line)
        scope = [s for s in (linked, section) if s is not None]
        mentions = self.register.mentions(line.text)
        recipient = self._recipient(line, mentions) or next(
            (r for ln in (linked.all_lines if linked else []) if (r := self._recipient(ln, None))),
            None,
        )
        if recipient is None and self.sender and _SENDS.search(line.plain):
            recipient = self.sender
        units, supporting = self._units(section, linked, line, mentions, problems)
        units = tuple(u for u in units if u not in (recipient, self.sender, PROVINCE_COMMITTEE))
        supporting = tuple(
            u for u in supporting if u not in units and u not in (recipient, self.sender)
        )
        if not units:
            problems.append(Problem(line.no, "không rõ đơn vị nào phải thực hiện nhiệm vụ này"))
        deadline, recurrence = None, None
        if found.error:
            problems.append(Problem(line.no, f"{found.error} (“{found.text}”)"))
        elif found.every:
            first = dates.first_occurrence(found, self.header.date)
            if first is None:
                problems.append(
                    Problem(
                        line.no, f"không rõ lần đầu của “{found.text}” (công văn không ghi ngày)"
                    )
                )
            recurrence = Recurrence(found.every, found.day, first)
        else:
            deadline = found.due
            floor = self.header.date or (
                date(self.header.month[0], self.header.month[1], 1) if self.header.month else None
            )
            if deadline and floor and deadline < floor:
                problems.append(
                    Problem(
                        line.no,
                        f"hạn {deadline.day}/{deadline.month}/{deadline.year} trước ngày của "
                        "công văn",
                    )
                )
        self.problems += problems
        numbers = sorted({s.number for s in scope if s.number}, key=_section_order)
        source = self.name + (f"#mục {' và mục '.join(numbers)}" if numbers else "")
        return Task(
            title=_title(line.text, found, linked),
            deadline=deadline,
            deadline_text=found.text,
            recurrence=recurrence,
            units=units,
            supporting=self.register.sort(supporting),
            forms=_forms([line] + (linked.all_lines if linked else [])),
            recipient=recipient,
            steps=_steps(scope),
            contents=_contents(scope),
            source=source,
        )

    def _linked(self, section: Section, line: Line) -> Section | None:
        """The section whose work a timing line dates: one it names ("nội dung tại mục 1"), else
        the one sharing most of its words; the line's own section when it is not about timing.
        """
        if not section.timing:
            return None
        candidates = [s for s in self.sections if s.number and not s.timing and not s.support_only]
        named = {m.group(1) for m in _SECTION_REF.finditer(line.plain)}
        for s in candidates:
            if s.number.lower() in named:
                return s
        words = _words(line.plain)
        if not words:
            return None
        best, score = None, 0.0
        for s in candidates:
            text = " ".join(ln.plain for ln in s.all_lines)
            common = len(words & _words(text)) / len(words)
            forms = set(_forms([line])) & set(_forms(s.all_lines))
            common += 0.5 * bool(forms)
            if common > score:
                best, score = s, common
        return best if score >= 0.5 else None

    def _recipient(self, line: Line, mentions: list[Mention] | None) -> str | None:
        found = mentions if mentions is not None else self.register.mentions(line.text)
        for m in found:
            if _RECIPIENT.search(line.plain[max(0, m.start - 30) : m.start]):
                return m.names[0] if len(m.names) == 1 else None
        return None

    def _units(
        self,
        section: Section,
        linked: Section | None,
        line: Line,
        mentions: list[Mention],
        problems: list[Problem],
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        helpers = [
            n
            for m in mentions
            if _HELPERS.search(line.plain[max(0, m.start - 25) : m.start])
            for n in m.names
        ]
        subject = _subject(line, mentions)
        support = [n for s in self.support for n in s.units]
        helping = [*self.helping[id(section)], *(self.helping[id(linked)] if linked else ())]
        if not section.number:  # a letter without sections: its support clauses are letter-wide
            helping += [n for s in self.sections for n in self.helping[id(s)]]
        helpers += helping
        if subject:
            return subject, tuple(helpers)
        for owner in (section, linked):
            if owner is not None and owner.units and not owner.support_only:
                refers = [
                    n
                    for s in self.support
                    if owner.number
                    and owner.number.lower()
                    in {m.group(1) for ln in s.all_lines for m in _SECTION_REF.finditer(ln.plain)}
                    for n in s.units
                ]
                return owner.units, (*owner.supporting, *helpers, *refers)
        if self.unknown and not self._reported_unknown:
            self._reported_unknown = True
            for item in self.unknown:
                problems.append(
                    Problem(
                        item.no,
                        f"không có “{item.text}” trong danh sách đơn vị của tỉnh "
                        f"{self.register.province.name}",
                    )
                )
        units = tuple(n for n in self.addressed if n not in support and n not in helping)
        owners = {s.number.lower() for s in (section, linked) if s is not None and s.number}
        general = [
            n for s in self.support if not (refs := _refs(s)) or refs & owners for n in s.units
        ]
        return units, (*helpers, *general)


def _refs(section: Section) -> set[str]:
    return {m.group(1) for ln in section.all_lines for m in _SECTION_REF.finditer(ln.plain)}


def _helpers_in(section: Section, register: Register) -> tuple[str, ...]:
    """Units a section gives a support duty in passing: "Đề nghị Công an tỉnh phối hợp …;
    Viễn thông Tuyên Quang hỗ trợ kỹ thuật …"."""
    names: list[str] = []
    for line in section.lines:
        for clause in re.split(r"(?<=[;.])\s+", line.text):
            low = plain(clause)
            pos = len(low) - len(re.sub(r"^(?:[-+•–*]\s*)?(?:de nghi|giao|yeu cau)?\s*", "", low))
            found: list[str] = []
            for m in register.mentions(clause):
                if low[pos : m.start].strip(" ,;") not in ("", "va", "cac"):
                    break
                found += m.names
                pos = m.end
            if found and low[pos:].strip(" ,:").startswith(SUPPORT):
                names += found
    return tuple(n for n in names if n != PROVINCE_COMMITTEE)


def _subject(line: Line, mentions: list[Mention]) -> tuple[str, ...]:
    """The units a line opens with, as the ones that do it ("Sở Y tế gửi …", "Đề nghị Công an
    tỉnh và Sở Tư pháp …")."""
    low = line.plain
    pos = len(low) - len(re.sub(r"^(?:[-+•–*]\s*)?(?:giao|de nghi|yeu cau)?\s*", "", low))
    names: list[str] = []
    for m in mentions:
        if low[pos : m.start].strip(" ,;") not in ("", "va", "cac"):
            break
        names += m.names
        pos = m.end
    if names and re.match(
        r"^\s*[,:]?\s*(?:chu tri|khan truong|thuc hien|gui|nop|bao cao|"
        r"hoan thanh|tong hop|xay dung|co trach nhiem|tiep tuc|ra soat|"
        r"lap|cung cap|de xuat|chu dong)",
        low[pos:],
    ):
        return tuple(dict.fromkeys(names))
    return ()


def _words(low: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", low) if w not in _STOP and len(w) > 1}


def _section_order(number: str) -> tuple[int, str]:
    return (int(number), "") if number.isdigit() else (0, number)


def _title(text: str, found: dates.Found, linked: Section | None = None) -> str:
    title = (text[: found.start] + " " + text[found.end :]).strip()
    topic = linked.heading.text if linked and linked.heading and not linked.units else ""
    if topic:
        # "Hồ sơ gửi về Sở … thẩm định" dated in "Thời gian thực hiện" is the dossier of the
        # section it refers to: its heading says what the dossier is about
        topic = re.split(r"\s+(?:để|nhằm)\s+", topic)[0].strip(" .:;")
        verb = re.search(r"\s(?:gửi|nộp|báo cáo)\b", title)
        if verb and 0 < verb.start() <= 20:
            head, tail = title[: verb.start()], title[verb.start() :]
            title = f"{_ITEM.sub('', head)} {topic[:1].lower()}{topic[1:]}{tail}"
    title = _ITEM.sub("", title)
    title = re.sub(r"\s+([,.;:)])", r"\1", re.sub(r"\s{2,}", " ", title))
    title = re.sub(r"[\s,;:]*(?:\(\s*\))?[\s,;:.]*(?:/\.)?$", "", title)
    title = re.sub(r"(?:,|\bvà|\bvà chậm nhất|\bđể)\s*$", "", title).strip(" ,;:.")
    return title[:1].upper() + title[1:]


def _forms(lines: list[Line]) -> tuple[str, ...]:
    """The forms a task is to be made on, as printed: "(theo Biểu 02)", "theo các phụ lục I,
    II, III, IV" (one each), "Mẫu số 01"; not a table cited for reference ("tại cột 12, Biểu 03")
    or the letter's own annex of dates."""
    found: list[str] = []
    for line in lines:
        low = line.plain
        for m in _FORM.finditer(low):
            if m.start() and low[m.start() - 1].isalpha():
                continue
            before = low[max(0, m.start() - 16) : m.start()]
            if "cot" in before or not (_FORM_LEAD.search(before) or m.group("n")):
                continue
            if not _FORM_LEAD.search(before) and "kem theo" in low[m.end() : m.end() + 20]:
                continue
            kind = line.text[m.start() : m.start() + len(m.group("kind"))]
            kind = kind[:1].upper() + kind[1:].lower()
            if not m.group("n"):
                if m.group("kind") in ("phu luc", "bieu mau", "mau"):
                    found.append(kind)
                continue
            printed = line.text[m.start("n") : m.end("n")]
            prefix = "số " if printed.lower().startswith("số") else ""
            numbers = re.split(r"\s*(?:,|và|-|–)\s*", re.sub(r"^(?i:số)\s+", "", printed))
            found += [f"{kind} {prefix}{n.upper()}" for n in numbers if n]
    return tuple(dict.fromkeys(found))


def _steps(scope: list[Section]) -> tuple[str, ...]:
    """ "Bước n" items; without them, the numbered items ("1.1.", "1.2.") that each name the
    form they are made on — the parts of the deliverable."""
    steps: list[str] = []
    for s in scope:
        steps += [_ITEM.sub("", ln.text) for ln in s.all_lines if _STEP.match(ln.plain)]
    if not steps:
        for s in scope:
            steps += [
                ln.text
                for ln in s.lines
                if re.match(r"^\d{1,2}\.\d{1,2}\.?\s", ln.text) and _forms([ln])
            ]
    return tuple(dict.fromkeys(steps))


def _contents(scope: list[Section]) -> tuple[str, ...]:
    items: list[str] = []
    for s in scope:
        lines = s.all_lines
        for i, ln in enumerate(lines):
            if not _CONTENTS.search(ln.plain.rstrip(" :")) and not _CONTENTS.search(ln.plain):
                continue
            for item in lines[i + 1 :]:
                if _STEP.match(item.plain) or not _CONTENT_ITEM.match(item.plain):
                    break
                items.append(_CONTENT_ITEM.sub("", item.text).strip())
    return tuple(dict.fromkeys(items))
