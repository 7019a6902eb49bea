"""A task's title: the duty's own words on the line that dates it (its clause, less the dates
and the units' names), the duty a "Thời hạn: …" line dates, or the steps it sums up; the letter's
subject when the line says nothing of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.letters import dates
from knowledge.letters.amended import amended_duty
from knowledge.letters.duties import (
    Clause,
    duty_line,
    own_clause,
    restated,
    sent_on,
    stepped_to,
)
from knowledge.letters.duties import stepped as stepped_work
from knowledge.letters.references import ANYWHERE, references
from knowledge.letters.register import Register
from knowledge.letters.sections import Section
from knowledge.letters.text import Line, plain
from knowledge.letters.timing import DELIVERABLE, clause_at
from knowledge.letters.title_words import FORM_ASIDE, MAX_WORDS, with_subject
from knowledge.letters.titles import title as title_of
from knowledge.letters.topics import drafted


@dataclass
class Place:
    """Where a task's date was read: its line and phrase, the section a timing line dates, the
    lines of its timing block, the block's labelled fields, and whether it is a timing line."""

    line: Line
    found: dates.Found
    linked: Section | None
    block: list[Line]
    fields: dict[str, Line]
    timed: bool


def task_title(
    section: Section,
    at: Place,
    dated: list[tuple[Line, dates.Found]],
    register: Register,
    subject: str | None,
    letter: list[Line],
) -> str:
    """The title of the task dated at `at` in `section`; `dated`: every date of the letter,
    `letter`: its lines."""
    line, found, linked = at.line, at.found, at.linked
    duty = at.fields.get("title") or duty_line(section, at.block, register) if at.timed else None
    own = own_clause(line, found, register)
    changed = amended_duty(own.line, letter) or amended_duty(line, letter)
    if duty is None and changed is not None:
        duty = Line(line.no, changed, line.gap)  # the duty an amending letter re-dates
        spans = [(f.start, f.end) for f in dates.deadlines(changed, None)]
        title = title_of(changed, spans[:1] or [], register)
    elif duty is not None:
        title = title_of(duty.text, [], register)
    else:
        within = section.parent if section.heading is line else section
        if own.start and own.line.plain.startswith("rieng "):
            # "…; riêng Sở Y tế gửi trước …": the line's duty, for these units later
            own, found = (
                Clause(Line(line.no, line.text[: own.start], line.gap), 0),
                next((f for ln, f in dated if ln is line), found),
            )
        # a label's date ("Thời gian hoàn thành kết nối: 15/9/2022"): its words stay
        start = found.start + found.text.find(":") + 1
        spans = [(start - own.start, found.end - own.start)]
        spans += [  # the line's other dates ("trước ngày 15/6 và 15/12") are no duty either
            (f.start - own.start, f.end - own.start)
            for ln, f in dated
            if ln is line and f is not found and f.start >= own.start
        ]
        spans = list(dict.fromkeys(spans))  # a counted date is a new phrase, the same span
        # (a date before the clause, "Định kỳ hằng tháng, trước ngày 25, các Sở …; UBND …
        # báo cáo …", is none of its words)
        spans = [(max(a, 0), b) for a, b in spans if b > 0]
        title = title_of(own.line.text, spans, register, linked, within)
        bare = title_of(own.line.text, spans, register)
        scheduled = own.start > 0 and (not bare or bare.startswith("("))
        if scheduled:
            # "… gửi về Sở … theo thời hạn sau: Sở Y tế trước ngày …; UBND … trong vòng …": a
            # clause of names and a date (an aside at most); the duty is the line's before its
            # schedule, without the schedule's label ("…; thời hạn:")
            duty_text = line.text[: own.start]
            duty_text = duty_text[: duty_text.find(":")] if ":" in duty_text else duty_text
            head, _, tail = duty_text.rpartition(";")
            duty_text = head if head and len(tail.split()) <= 3 else duty_text
            bare = title_of(duty_text, [], register)
            title = title_of(duty_text, [], register, linked, within) or bare
        stepped = stepped_work(section, line, register)
        # "… thực hiện theo các bước:": the steps say the work, the line before them nothing
        stepped = "" if _only_when(stepped) else stepped
        to = stepped_to(section, line, {ln.no for ln, _ in dated}, register)
        if to and not scheduled:
            title = to
        elif stepped and bare and (_at_steps(bare) or _only_when(bare)):
            title = stepped  # "Thời hạn hoàn thành các bước nêu trên: …": the steps' work
        elif stepped and bare:
            title = f"{stepped}; {bare[:1].lower()}{bare[1:]}"
        elif not scheduled and (work := sent_on(section, line, found, bare, register)):
            title = work
        elif section.number and not scheduled:
            title = restated(section, line, found, bare, register) or title
        # (the clause of the date: "Hồ sơ tại mục 1 gửi trước …; kết quả tại mục 2 gửi trước …")
        clause = clause_at(line.text[: found.start] + line.text[found.end :], found.start)
        if linked is not None and linked is not section and points_only(clause, register):
            # "Nội dung tại mục 1: hoàn thành trước …": the work the item it names sets out
            set_out = section_duty(linked)
            work = title_of(set_out.text, [], register) if set_out else ""
            title = on_work(title, work) if work else title
    title = _topic_of_steps(title, section)
    if not title and subject:
        return subject[:1].upper() + subject[1:]
    title = drafted(title, section, line.no)
    named = named_by_subject(title, subject)
    if named == title:
        named = named_earlier(title, [ln for ln in letter if ln.no < line.no])
    # (the forms named in a bracket are short to read, whatever their count of words)
    if len(FORM_ASIDE.sub("", named).split()) > MAX_WORDS >= len(title.split()):
        # a document's whole name would take the title past what a phone shows in three lines
        # ("Báo cáo kết quả thực hiện Kế hoạch (theo Biểu số 02)" in a plan whose name is 25
        # words long): the letter's own words, which name it there, stay
        named = title
    return with_subject(named, subject, register)


# A deliverable named bare, what it is said elsewhere: "hoàn thiện báo cáo theo đề cương …",
# "gửi báo cáo về Sở …" (followed by how, where, or nothing).
# (nouns only: "đề xuất" also proposes, "danh mục đề xuất" is a proposed list)
_NOUNS = r"\b(?:bao cao|ke hoach|danh sach|ho so|phuong an|de an)\b"
_BARE = re.compile(r"(?P<n>" + _NOUNS + r")(?=\s*(?:[,;(]|$|theo\b|ve\b|gui\b))")


# … or led by a few words the subject goes on from: "gửi danh sách rà soát, tổng hợp …" in a
# letter "V/v … gửi danh sách rà soát dịch vụ công đủ điều kiện …" (what was reviewed)
_LED = re.compile(r"(?P<n>" + _NOUNS + r")(?:\s+[a-z0-9]+){1,4}(?=\s*(?:[,;(]|$))")
# A noun the report only qualifies: "kỳ báo cáo" (the period), "chế độ báo cáo", "đề cương …".
_OF_REPORTING = re.compile(r"\b(?:ky|che do|de cuong|thoi diem)$")


def named_by_subject(title: str, subject: str | None) -> str:
    """ "Hoàn thiện báo cáo theo đề cương …" in a letter "V/v gia hạn thời gian gửi báo cáo
    đánh giá hiệu quả cung cấp dịch vụ công trực tuyến năm 2021": the bare deliverable is the
    one the subject names, in its words."""
    if not subject:
        return title
    low = plain(title)
    m = _BARE.search(low) or _LED.search(low)
    # the noun after a verb ("hoàn thiện báo cáo"), not the head of a title or the end of a
    # noun ("Hồ sơ đề xuất gửi về …")
    if m is None or not m.start() or re.search(DELIVERABLE.pattern + r"\s*$", low[: m.start()]):
        return title
    before = low[: m.start()].rstrip()
    if _OF_REPORTING.search(before):
        return title  # "trong cùng kỳ báo cáo": the report names a period, no deliverable
    if ";" in before or before.endswith((",", " va")):
        # "Rà soát, đánh giá kết quả …; lập báo cáo (theo Mẫu số 02)", "Đánh giá kết quả … và
        # báo cáo": the report of the work before it, not whatever the whole letter's subject
        # reports on
        return title
    if re.search(_NOUNS, before[max(map(before.rfind, ",;:(")) + 1 :]):
        # "Xây dựng Kế hoạch số hóa hồ sơ, kết quả …": the noun ends another document's name
        # (the plan's), it is no deliverable of its own; the letter's words stay as printed
        return title
    named = re.search(r"\b" + re.escape(m.group(0)) + r"\s+\S", plain(subject))
    if named is None:
        return title
    whole = subject[named.start() :].strip(" .")
    return title[: m.start()] + whole + title[m.end() :]


# What follows a document's noun when it is no name: "Kế hoạch này", "Kế hoạch số 12/KH-…",
# "Kế hoạch (gửi kèm …)", "Kế hoạch nêu trên", "Kế hoạch của …", "ban hành Kế hoạch như sau:".
_NO_NAME = re.compile(r"\s*(?:$|[,;.:(]|(?:nay|tren|neu|so|kem|da|duoc|cua|tai|theo|nhu\s+sau)\b)")
# The end of a document's name: its year ("… năm 2022"), else the clause's end.
_NAME_YEAR = re.compile(r"^[^.;:()]{0,160}?\bnam\s+\d{4}\b")
_NAME_CLAUSE = re.compile(r"^[^,.;:()]{1,120}")


def named_earlier(title: str, earlier: list[Line]) -> str:
    """ "Nghiên cứu dự thảo Kế hoạch, có văn bản tham gia ý kiến …" after an opening that
    names "Kế hoạch đẩy mạnh tiếp nhận hồ sơ … năm 2022": the bare document (printed with its
    capital, as a document's name is) is the one the letter named before, in its words."""
    low = plain(title)
    m = _BARE.search(low)
    if m is None or not m.start() or not title[m.start()].isupper():
        return title
    if re.search(DELIVERABLE.pattern + r"\s*$", low[: m.start()]):
        return title
    noun = m.group("n")
    for ln in earlier:
        for found in re.finditer(rf"\b{noun}\s+(?=\S)", ln.plain):
            if not ln.text[found.start()].isupper() or _NO_NAME.match(ln.plain, found.end()):
                continue
            rest = ln.plain[found.end() :]
            extent = _NAME_YEAR.match(rest) or _NAME_CLAUSE.match(rest)
            if extent is None:
                continue
            name = ln.text[found.start() : found.end() + extent.end()].strip()
            return title[: m.start()] + name + title[m.end() :]
    return title


# A reference to items of the letter, with what leads it in: "tại mục 1, 2", "nêu tại điểm a
# mục 3".
_REFERENCE = re.compile(
    r"\b(?:(?:neu|quy dinh)\s+)?(?:tai|o)\s+(?:(?:muc|diem|khoan|phan)\s+[0-9a-z.]+"
    r"(?:\s*(?:,|va)\s*[0-9a-z.]+)*\s*)+"
)
# Words that say only that the work is done or sent, not what it is.
_EMPTY = set(
    "cac noi dung nhiem vu cong viec hoan thanh thuc hien gui xong truoc ngay chay nhat cham "
    "trong thang".split()
)


# "các bước nêu trên", "các bước trên", "các bước tại văn bản này": the steps printed above
_STEPS_ABOVE = re.compile(r"\bcac\s+buoc\s+(?:(?:neu|ke)\s+)?tren\b")


# "Thực hiện theo các bước (sau)": how the work is done, not what it is
_BY_STEPS = re.compile(
    r"^(?:thuc hien|trien khai)\s+(?:theo\s+)?(?:cac|nhung)\s+buoc(?:\s+sau)?\b"
)


def _topic_of_steps(title: str, section: Section) -> str:
    """A title that only says the work goes by steps ("Thực hiện theo các bước; gửi hồ sơ")
    under an item headed by its work ("2. Đề xuất danh mục dịch vụ công … cấp huyện, cấp
    xã"): the heading names the work, the rest of the title what is sent."""
    m = _BY_STEPS.match(plain(title))
    if m is None:
        return title
    topic = next(
        (
            s.heading.text.rstrip(" :.")
            for s in section.ancestry
            if s.heading is not None and not (s.units or s.generic or s.sentence_heading)
        ),
        "",
    )
    rest = title[m.end() :].strip(" ,;:.")
    return f"{topic}, {rest}" if topic and rest else topic or title


def _at_steps(title: str) -> bool:
    """A title that only says the steps set out above are to be done ("hoàn thành các bước nêu
    trên")."""
    low = plain(title)
    m = _STEPS_ABOVE.search(low)
    if m is None:
        return False
    rest = re.findall(r"[a-z]+", low[: m.start()] + " " + low[m.end() :])
    return not [w for w in rest if w not in _EMPTY]


def _only_when(title: str) -> bool:
    """A title of no work, only its completion ("Hoàn thành", "Thực hiện xong"): what the
    dated line says after the steps of the work above it."""
    words = re.findall(r"[a-z]+", plain(title))
    return bool(words) and all(w in _EMPTY for w in words)


def points_only(title: str, register: Register | None = None) -> bool:
    """A title of a few words beside a reference to other items: "Các nội dung tại mục 1, 2
    hoàn thành", "Hồ sơ tại mục 1 gửi" — the work is the items', not the line's. With the
    `register`, also a few words the reference follows at once, and after it only where the
    work goes and how often: "Kết quả rà soát tại điểm 1.1 mục I gửi về Sở …", "Báo cáo tại
    điểm 1.2 mục I thực hiện định kỳ hằng tháng, gửi về Sở …" (not "Các cơ quan nêu tại khoản
    1 gửi đề án …", whose reference names the units, nor a bracket's gloss)."""
    low = plain(title)
    m = _REFERENCE.search(low)
    if m is None:
        return False
    rest = re.findall(r"[a-z]+", low[: m.start()] + " " + low[m.end() :])
    if len([w for w in rest if w not in _EMPTY]) <= 4:
        return True
    if register is None:
        return False
    for unit in reversed(register.mentions(title)):
        title = title[: unit.start] + " " + title[unit.end :]
    low = plain(title)
    m = _REFERENCE.search(low)
    if m is None or "(" in low[: m.start()]:
        return False
    head = [w for w in re.findall(r"[a-z]+", low[: m.start()]) if w not in _EMPTY | _WHEN_WHERE]
    # (a bracket after it says how it goes: "(bản điện tử gửi qua Hệ thống quản lý văn bản)")
    after = re.sub(r"\([^()]*\)", " ", low[m.end() :])
    tail = [w for w in re.findall(r"[a-z]+", after) if w not in _EMPTY | _WHEN_WHERE]
    return len(head) <= 4 and not tail


# How often and where to: "định kỳ hằng tháng, gửi về …, kể từ tháng sau".
_WHEN_WHERE = set(
    "ve dinh ky hang moi ke bat dau tu sau toi tiep theo quy nam tuan lan thoi han gian".split()
)


def section_duty(section: Section) -> Line | None:
    """The line that sets out an item's work: its heading when that is a duty ("1. Giao Sở …
    chủ trì …"), else its first line of prose (under a topic or the units it addresses), else
    its heading."""
    heading = section.heading
    if heading is not None and section.sentence_heading:
        return heading
    body = [ln for ln in section.all_lines if ln is not heading and ln.text[:1] not in "-+•–*"]
    return body[0] if body else heading


# A title that only points at another item's work: "Hoàn thành nội dung nêu tại mục 1", "Thực
# hiện các nhiệm vụ tại điểm a mục 2".
_POINTER = re.compile(
    r"^(?:\S+\s+){0,3}?(?:cac\s+)?(?:noi dung|nhiem vu|cong viec|viec)\s+"
    r"(?:(?:da\s+)?(?:neu|quy dinh|de ra|giao)\s+)?tai\s+(?:muc|diem|khoan|dong)\b"
)


def pointed_titles(titled: list[tuple[tuple[str, ...], str]]) -> list[str]:
    """Each (section path, title) of the tasks in order, its title; a title that only points at
    another item's work ("Hoàn thành nội dung nêu tại mục 1" in the item for another unit) is
    that item's task's title, when the item sets one task."""
    by_path: dict[tuple[str, ...], list[str]] = {}
    for path, title in titled:
        by_path.setdefault(path, []).append(title)
    out: list[str] = []
    for _, title in titled:
        low = plain(title)
        reported = _REPORTED.match(low)
        refs = references(title) if _POINTER.match(low) or reported else []
        named = [by_path.get(tuple(r for r in ref if r != ANYWHERE), []) for ref in refs]
        if len(named) != 1 or len(named[0]) != 1 or named[0][0] == title:
            out.append(title)
        elif reported:
            # "Báo cáo kết quả thực hiện nhiệm vụ tại điểm 2 mục II, gửi về Sở …": a report on
            # that item's own task, named by its work (where it goes is the recipient's)
            work = named[0][0]
            rest = title[reported.end() :]
            rest = "" if _SENT_ON.match(plain(rest)) else rest
            out.append(
                f"{title[: reported.start('ref')].rstrip()}: {work[:1].lower()}{work[1:]}{rest}"
            )
        else:
            out.append(named[0][0])
    return out


def on_work(title: str, work: str) -> str:
    """The title of a dated line that names its work by an item, that item's `work`: itself
    ("Kết quả rà soát tại điểm 1.1 …", "Báo cáo tại điểm 1.2 …" — the item's deliverable), or
    a report on it ("Báo cáo kết quả thực hiện nhiệm vụ tại điểm 3 mục I …" over an item that
    does the work, "chỉ đạo … cập nhật …")."""
    reported = _REPORTED.match(plain(title))
    head = plain(title[: reported.start("ref")]).split() if reported else []
    if len(head) <= 2 or plain(work).startswith(("bao cao", "tong hop")):
        return work
    assert reported is not None
    return f"{title[: reported.start('ref')].rstrip()}: {work[:1].lower()}{work[1:]}"


# A report on another item's work: "Báo cáo kết quả thực hiện nhiệm vụ tại điểm 2 mục II",
# "Tổng hợp, báo cáo kết quả thực hiện các nội dung nêu tại mục 1".
_REPORTED = re.compile(
    r"^(?:tong hop,?\s+)?bao cao(?:\s+ket qua)?(?:\s+(?:thuc hien|trien khai))?"
    r"(?:\s+(?:cac\s+)?(?:noi dung|nhiem vu|cong viec|viec))?\s+"
    r"(?P<ref>(?:(?:da\s+)?(?:neu|quy dinh|de ra|giao)\s+)?tai\s+(?:(?:muc|diem|khoan|phan)\s+"
    r"[0-9a-z.]+\s*)+)"
)
# What the rest of such a title says is where it goes: ", gửi về Sở …", "gửi Sở …".
_SENT_ON = re.compile(r"^[\s,;]*(?:gui|nop)\b")
