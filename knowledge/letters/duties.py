"""Which words say the duty a date sets, and whose it is: the clause of a line that holds the
date and names its owners, the units a clause sets apart ("riêng Sở Y tế …"), and when the dated
sentence does not say the duty itself, the work a list of steps makes up, an earlier sentence of
the item the dated one restates, the line or point a "Thời hạn: …" line dates, and the sentences
of a heading after its first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from knowledge.letters import dates, details
from knowledge.letters.dates import Found
from knowledge.letters.directed import directed_work
from knowledge.letters.firsts import D
from knowledge.letters.markers import ENTRY, unmarked
from knowledge.letters.model import Task
from knowledge.letters.opening import request_clause
from knowledge.letters.recurring import recurrence
from knowledge.letters.register import Register
from knowledge.letters.sections import Section
from knowledge.letters.steps import STEP
from knowledge.letters.text import Line, plain
from knowledge.letters.title_words import BARE, own_words
from knowledge.letters.titles import title as title_of
from knowledge.letters.units import lead_end, subject

# How a duty introduces its steps: "… theo các bước sau:", "… như sau:".
_STEPS_INTRO = re.compile(
    r"[\s,]*(?:(?:theo|như|với|gồm)\s+)?(?:các\s+)?(?:bước|nội dung|trình tự)?\s*"
    r"(?:như\s+)?sau\s*:?\s*$"
    # "… theo các bước:" the steps printed next, without "sau"
    r"|[\s,]*(?:theo|gồm)\s+(?:các\s+)?(?:bước|trình tự)\s*:?\s*$",
    re.I,
)


def stepped(section: Section, line: Line, register: Register) -> str:
    """ "… đề nghị Sở A khẩn trương thực hiện kiểm thử … theo các bước sau:" then "Bước 1: …"
    and, after the steps, "Kết quả … gửi về Sở … trước ngày …": the work the steps set out,
    which the dated line sends the result of."""
    lines = section.all_lines if section.number else section.own
    first = next(
        (i for i, ln in enumerate(lines) if ln.no < line.no and STEP.match(ln.plain)),
        None,
    )
    if not first or STEP.match(line.plain):
        return ""
    intro = lines[first - 1]
    sentence = re.split(r"(?<=[.;])\s+(?=[A-ZĐÀ-Ỹ])", intro.text)[-1]
    asked = request_clause(Line(intro.no, sentence)) or Line(intro.no, sentence)
    text = _STEPS_INTRO.sub("", asked.text)
    # (the units "nêu trên" are who, left out by the title; a work "nêu trên" is the steps')
    return re.sub(r"\s+nêu trên\b", "", title_of(text, [], register))


def stepped_to(section: Section, line: Line, dated: set[int], register: Register) -> str:
    """ "… đăng ký cấp chữ ký số … theo các bước sau:" then "- Bước 1: …", "- Bước 3: Gửi danh
    sách … trước ngày …": the date printed in a step, the one step of the list that has one,
    dates the work the steps make up, and that work is the one the sentence before them says
    (`dated`: the numbers of the letter's dated lines); "" when the line is no such step."""
    if not STEP.match(line.plain):
        return ""
    lines = section.all_lines if section.number else section.own
    at = next((i for i, ln in enumerate(lines) if ln is line), None)
    if at is None:
        return ""
    first = at
    while first and STEP.match(lines[first - 1].plain):
        first -= 1
    last = at
    while last + 1 < len(lines) and STEP.match(lines[last + 1].plain):
        last += 1
    if not first or any(ln.no in dated for ln in lines[first : last + 1] if ln is not line):
        return ""  # steps of their own dates are tasks of their own, each its step's work
    intro = lines[first - 1]
    sentence = re.split(r"(?<=[.;])\s+(?=[A-ZĐÀ-Ỹ])", intro.text)[-1]
    if not _STEPS_INTRO.search(sentence):
        return ""
    asked = request_clause(Line(intro.no, sentence)) or Line(intro.no, sentence)
    return title_of(_STEPS_INTRO.sub("", asked.text), [], register)


_SENT = ("gui", "nop")
# A short noun restated is the one an earlier sentence makes: "xây dựng kế hoạch …".
_MADE = (
    r"(?:xay dung|lap|hoan thien|cung cap|tong hop|chuan bi|de xuat|ra soat|bao cao)\s+(?:cac\s+)?"
)


def restated(section: Section, line: Line, found: Found, title: str, register: Register) -> str:
    """ "1. Các cơ quan … cung cấp thông tin, số liệu về … . Thông tin, số liệu tổng hợp theo
    Biểu số 01, gửi Sở … trước …": a dated sentence that names what an earlier sentence of
    its item has the units make is that duty, titled by the earlier sentence."""
    words = plain(title).replace(",", " ").split()[:3]
    if len(words) == 3 and words[2] in _SENT:  # "Kế hoạch gửi Sở …": the noun the line sends
        words = words[:2]
        lead = _MADE
    elif len(words) == 3:
        lead = ""
    else:
        return ""
    head = re.compile(lead + r"\b" + r"[\s,]+".join(map(re.escape, words)) + r"\b")
    # (an item's topic heading, "I. VỀ BÁO CÁO KẾT QUẢ …", names the item, no duty of it)
    topic = section.heading if not section.sentence_heading else None
    earlier = [ln.text for ln in section.all_lines if ln.no < line.no and ln is not topic]
    earlier.append(line.text[: line.text.rfind(". ", 0, found.start) + 1])
    for text in earlier:
        if STEP.match(plain(text)):
            continue  # one step of the work, not the work
        for sentence in re.split(r"(?<=[.;:])\s+(?=[A-ZĐÀ-Ỹ])", text):
            m = head.search(plain(sentence))
            if m and (lead or m.start() > 0):
                return title_of(sentence, [], register)
    return ""


# "Kết quả", "thời hạn", "thời gian": the result of the work before, when it is due
_REPORT = re.compile(r"^báo cáo(?:\s+kết quả)?\b", re.I)  # a report's noun, as printed
_SENDS_ONLY = {"ket", "qua", "thoi", "han", "gian"}
# what every report adds to its result: "khó khăn, vướng mắc (nếu có)", no work of its own
_REPORT_ASIDE = {"kho", "khan", "vuong", "mac", "neu", "co"}
_RESULT = re.compile(r"^bao cao ket qua\b")
_ASKS = re.compile(r"\b(?:de nghi|yeu cau|giao)\b")
# An item of a list or a step, not a paragraph: "- …", "(2) …", "a) …", "Bước 1: …".
_LISTED = re.compile(r"^\s*(?:[-+•–*]|\(?\d{1,2}\)|[a-zđ]\)|[Bb]ước\s+\d)")
# A bulleted item ("- …", "+ …", "• …"), not a numbered or lettered one (a point of its own).


def sent_on(section: Section, line: Line, found: Found, title: str, register: Register) -> str:
    """ "Các cơ quan rà soát nhu cầu … . Thời hạn gửi kết quả về Sở … trước ngày …": the dated
    sentence only says when and where the work of the sentence before it goes (a few words of
    its own at most); that sentence, not the sending, is the duty."""
    # (the date may open its sentence: the next sentence's capital is the date's phrase)
    starts = [m.end() for m in _SENTENCE.finditer(line.text, 0, found.start + 1)]
    dated = Line(line.no, line.text[starts[-1] if starts else 0 :])
    mentions = register.mentions(dated.text)
    if (_ASKS.search(dated.plain) and mentions) or subject(dated, mentions):
        return ""  # it asks someone for something: a duty of its own
    if starts:
        earlier = line.text[: starts[-1]]
    else:  # the dated sentence opens its line: the paragraph before it in the item, above
        # the list it introduces ("Kế hoạch gồm các nội dung chính: a) …; d) …")
        lines = [ln for ln in section.own if ln.no < line.no and ln is not section.heading]
        items: list[Line] = []
        while lines and _LISTED.match(lines[-1].text):
            items.insert(0, lines.pop())
        marker = ENTRY.match(line.text)
        kin = [ln for ln in items if marker and ENTRY.match(ln.text)]
        # (an item with a date of its own, one-off or recurring, is a duty of its own)
        undated = not any(recurrence(ln.text) or dates.deadlines(ln.text, None) for ln in items)
        if marker and kin and len(kin) == len(items) and undated and not STEP.match(line.plain):
            # the last item of a list that parts one duty ("- Rà soát …, lập danh sách …; - Nêu
            # rõ nguyên nhân …; - Gửi kết quả về Sở …, hạn chót …"): its first item says the work
            earlier = ENTRY.sub("", items[0].text)
        elif not lines or details.label_of(lines[-1]):
            return ""
        else:
            earlier = lines[-1].text
    sentences = re.split(r"(?<=[.;:])\s+(?=[A-ZĐÀ-Ỹ])", earlier.strip())
    if any(dates.deadlines(s, None) for s in sentences):
        return ""  # a duty of its own
    # the first sentence after any lead-in says the work; those after it its details ("Số liệu
    # báo cáo tính từ ngày 20 …")
    opened = [i for i, s in enumerate(sentences) if s.rstrip().endswith(":")]
    rest = sentences[opened[-1] + 1 :] if opened else sentences
    rest = rest or sentences[: opened[-1]]  # the work, then the lead-in to its list
    if not rest:
        return ""
    # "- Chỉ đạo UBND các xã … hướng dẫn người dân …; - Báo cáo kết quả … gửi Sở … trước …":
    # the report on the work the subordinates do
    directed = directed_work(ENTRY.sub("", rest[0]))
    work = title_of(directed or rest[0], [], register)
    said = own_words(work, register)
    added = own_words(title, register) - said - _SENDS_ONLY - _REPORT_ASIDE
    if len(said) <= BARE:
        return ""
    if len(added) <= BARE:
        report = _REPORT.match(title)
        # (the result of the work, reported: "- Rà soát …, khắc phục …; - Báo cáo kết quả thực
        # hiện …" is the report on that work, not the work)
        reported = directed or _RESULT.match(plain(title))
        if report is None or not reported or _REPORT.match(work):
            return work
        return f"{report.group(0)} {work[:1].lower()}{work[1:]}"
    # "… báo cáo kết quả … theo Biểu số 03. Báo cáo kèm theo tài liệu kiểm chứng gửi về Sở …":
    # the dated sentence opens with the deliverable the work before it makes, and adds to it
    noun = _DELIVERABLE_NOUN.match(dated.plain)
    if noun and re.search(rf"\b{noun.group(1)}\b", plain(work)):
        return f"{work}; {title[:1].lower()}{title[1:]}"
    return ""


# The deliverable a sentence opens with, bare, as its subject ("Báo cáo kèm theo …", "Hồ sơ
# gửi về …"): the one the work before it makes.
_DELIVERABLE_NOUN = re.compile(
    r"^(bao cao|ke hoach|danh sach|ho so|phuong an)\s+(?:kem theo|gui|nop|duoc gui|duoc nop)\b"
)


def duty_line(section: Section, block: list[Line], register: Register) -> Line | None:
    """What a "Thời hạn: …" line dates: its section's heading when that is a duty, unless a
    line under a topic heading asks the units it names for the work ("3. Khắc phục lỗi kết nối
    — Giao Sở A chủ trì, phối hợp với B rà soát, khắc phục …"); else the nearest line before it
    that is neither a label nor an item of a list."""
    heading = section.heading
    body = [
        ln
        for ln in reversed(block[:-1])
        if ln is not heading and not details.label_of(ln) and ln.text[:1] not in "-+•–*"
    ]
    if (
        heading is not None
        and not section.timing
        and (section.sentence_heading or not (section.units or section.generic))
    ):
        topic = not section.sentence_heading and not (section.units or section.generic)
        if topic and body and _asks_named(body[0], register):
            return body[0]
        return heading
    if body:
        return body[0]
    # "a) Rà soát nhu cầu …" then "b) Hạn chót: 25/10/2022": the point before dates
    siblings = section.parent.children if section.parent and section.timing else []
    before = [s for s in siblings if s.heading and heading and s.heading.no < heading.no]
    if before and not before[-1].timing and not before[-1].units:
        return before[-1].heading
    return None


def _asks_named(line: Line, register: Register) -> bool:
    """The line asks a unit it names by its name for work ("Giao Sở A chủ trì …"), not the
    addressees by their group ("Các cơ quan … tổng hợp …": the topic says their work)."""
    mentions = register.mentions(line.text)
    named = subject(line, mentions)
    return bool(named) and not any(m.group and set(m.names) & set(named) for m in mentions)


def after_first(section: Section) -> list[Line]:
    """A heading's sentences after its first, which sets the item's own work ("2. Giao Sở Y tế
    chủ trì …. Công an tỉnh phối hợp …; Sở Tư pháp góp ý …"): they may give others a support
    duty."""
    heading = section.heading
    if heading is None:
        return []
    m = re.search(r"[.;]\s+(?=[A-ZĐÀ-Ỹ])", heading.text)
    return [Line(heading.no, heading.text[m.end() :], heading.gap)] if m else []


@dataclass
class Clause:
    """The part of a line a task is read from, and where it starts in the line."""

    line: Line
    start: int


def own_clause(line: Line, found: Found, register: Register) -> Clause:
    """The clause of a line a date is in, when it names who does it ("Sở Y tế báo cáo … trước
    ngày 25/8; Sở Giáo dục và Đào tạo gửi … trước ngày 30/8": two duties, two owners; "Văn
    phòng gửi kèm dự thảo … . Đề nghị Sở Tư pháp thẩm định …, gửi … trước ngày …": the
    sentence's); else the whole line."""
    before = line.text[: found.start]
    sentences = [m.end() for m in _SENTENCE.finditer(before)]
    # "…, Văn bản số 1732/UBND-KSTT: Sở Kế hoạch và Đầu tư hoàn thành …": after a colon too
    starts = {before.rfind(";") + 1, before.rfind(": ") + 1, sentences[-1] if sentences else 0}
    starts -= {0}
    for start in sorted(starts, reverse=True):  # the nearest clause that names its owners
        clause = Line(line.no, line.text[start:].lstrip(), line.gap)
        if subject(clause, register.mentions(clause.text)):
            if _names_only(line.text[:start], register):
                # "Các Sở: Tư pháp, Y tế; Bảo hiểm xã hội tỉnh rà soát …": the ";" parts a
                # list of owners, all of whom do the clause's duty
                return Clause(line, 0)
            return Clause(clause, len(line.text) - len(clause.text))
    if not unmarked(before).strip():
        # the line opens with its date, the owners after it: "3. Định kỳ vào ngày 20 hằng
        # tháng, kể từ tháng 10/2022, UBND các huyện … báo cáo …"
        commas = [m.end() for m in re.finditer(",", line.text[: found.end + 60])]
        for start in [c for c in commas if c > found.end][:3]:
            clause = Line(line.no, line.text[start:].lstrip(), line.gap)
            if subject(clause, register.mentions(clause.text)):
                return Clause(clause, len(line.text) - len(clause.text))
    return Clause(line, 0)


def _names_only(text: str, register: Register) -> bool:
    """The text is only units' names (after an item's number), listed with commas, "và" or
    semicolons: a list of owners that goes on past it."""
    # (after the item's marker: "2. ", "Một là, "; and after what leads in to the names: the
    # request and its purpose, "Để hoàn thiện số liệu …, đề nghị các sở, ban, ngành tỉnh; …",
    # how often and by when, "Định kỳ hằng tháng, trước ngày 25, các Sở, ban, ngành; …")
    text = unmarked(text)
    text = text[lead_end(text) :]
    low = plain(text)
    mentions = register.mentions(text)
    if not mentions:
        return False
    pos, rest = 0, []
    for m in mentions:
        rest.append(low[pos : m.start])
        pos = m.end
    rest.append(low[pos:])
    left = re.sub(r"\b(?:va|cac)\b|[,;:]", " ", " ".join(rest))
    return not left.strip() and low.rstrip().endswith(";")


# Where a sentence starts within a line: after a full stop and before a capital.
_SENTENCE = re.compile(r"\.\s+(?=[A-ZĐÀ-Ỹ])")


def set_apart(drafted: list[tuple[D, Task]], register: Register) -> list[tuple[D, Task]]:
    """ "… gửi trước ngày 31/8; riêng Sở Y tế gửi trước ngày 05/9": the units a clause of
    the line sets apart owe its date, not the line's other one."""
    apart: dict[int, set[str]] = {}
    for d, t in drafted:
        if own_clause(d.line, d.found, register).line.plain.startswith("rieng "):
            apart.setdefault(d.line.no, set()).update(t.units)
    return [
        (d, t)
        if own_clause(d.line, d.found, register).line.plain.startswith("rieng ")
        else (
            d,
            replace(t, units=tuple(u for u in t.units if u not in apart.get(d.line.no, ()))),
        )
        for d, t in drafted
    ]
