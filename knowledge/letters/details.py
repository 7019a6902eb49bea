"""What a task's lines say besides its date: the forms it is made on, who receives it, and a
task laid out as labelled lines ("Thời gian: …", "Đơn vị thực hiện: …", the rows of a table in
the body). Its steps are knowledge/letters/steps.py's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.letters.cited import cited
from knowledge.letters.opening import SENDS
from knowledge.letters.register import PROVINCE_COMMITTEE, Mention, Register
from knowledge.letters.sections import TIMING, Section
from knowledge.letters.text import Line, plain
from knowledge.letters.units import helper_clauses

# The verb before the unit that receives what is sent: "gửi về Sở …", "báo cáo Ủy ban nhân dân
# tỉnh", "trình UBND tỉnh", "tham mưu UBND tỉnh ban hành …", "thông báo … cho Sở …".
_RECIPIENT = re.compile(
    r"\b(?:gui|nop|chuyen)\s+(?:ve\s+|den\s+|toi\s+|cho\s+|tai\s+|qua\s+)?$"
    r"|\bbao cao\s+(?:ve\s+|len\s+|cho\s+)?$|\bve\s+$|\btrinh\s+$|\btham muu\s+(?:cho\s+)?$"
    # "thông báo kết quả cho Sở …": what is told goes to that unit
    r"|\bthong bao(?:\s+ket qua)?\s+(?:cho|den|toi)\s+$"
)
# "(qua Văn phòng UBND tỉnh)" after the receiver: the unit it goes through.
_CHANNEL = re.compile(r"^\s*\(\s*qua\s+([^)]{3,80})\)")
_FORM = re.compile(
    r"(?P<kind>bieu mau so|bieu mau|mau bieu so|mau bieu|mau so|bieu so|bieu|phu luc|mau)"
    r"(?:\s+(?P<n>(?:so\s+)?(?:\d{1,2}[a-z]?(?:/[a-z]{1,8}(?:-[a-z]{1,10})*)?|[ivx]{1,5}\b)"
    r"(?:\s*(?:,|va|-|–)\s*(?:\d{1,2}[a-z]?|[ivx]{1,5}\b))*))?"
)
# An outline the letter encloses for a report, named as printed: "theo Đề cương kèm theo", "theo
# Đề cương báo cáo kèm theo" (not "theo đề cương tại Phụ lục I", where the annex is the form);
# a later duty made on the same one points back at it ("theo Đề cương báo cáo nêu trên").
_OUTLINE = re.compile(
    r"\btheo\s+(?P<w>de cuong(?:\s+bao cao)?)\s+(?:(?:gui\s+)?kem theo|neu tren|tren)\b"
)
# A sheet the letter encloses to be filled, named by what it collects: "điền thông tin vào Phiếu
# khảo sát kèm theo", "theo Phiếu đăng ký gửi kèm theo" (a form with no number).
# A form named so too ("theo Mẫu thống kê kèm theo"): "Mẫu" printed as a name's first word.
_SHEET = re.compile(
    r"\b(?:theo|vao|dien)\s+(?P<w>(?:phieu|mau)(?:\s+(?!(?:va|gui|so|bieu)\b)[a-z]+){1,4}?)"
    r"\s+(?:gui\s+)?(?:kem theo|dinh kem)\b"
)
# One form's number in a list of them; a number may carry its kind's code ("Mẫu 03/BC").
_FORM_NUMBER = re.compile(
    r"(?<!\w)(?:\d{1,2}[a-z]?(?:/[a-z]{1,8}(?:-[a-z]{1,10})*)?|[ivx]{1,5}\b)"
)
# What comes before a form the work is made on: "theo Biểu 02", "(theo các phụ lục …)", "tại
# Phụ lục", a label ("Biểu mẫu: Phụ lục 2").
# An annex said to come with the letter is one too: "(có Phụ lục kèm theo)".
FORM_LEAD = re.compile(r"(?:theo|kem theo|tai|\(\s*(?:co\s+)?|:)\s*(?:cac\s+)?(?:mau\s+)?$")
# A form named after another thing the work follows: "theo đề cương và Biểu 01 kèm theo …".
_BESIDE = re.compile(r"\btheo\s+(?:[^\s,;.]+\s+){1,3}va\s*$")
# The words for a form in general ("theo mẫu", "theo biểu mẫu kèm theo"): they stand for the form
# the letter names elsewhere, when it does.
GENERIC_FORMS = ("Mẫu", "Biểu mẫu")
# "theo mẫu đính kèm": the general word printed with how it comes, kept as printed
_ATTACHED = re.compile(r"\s+dinh kem\b")
_ATTACHED_FORM = re.compile(r"^(?:bieu mau|mau bieu|mau) dinh kem$")

# The labels of a task laid out line by line or as a table (a .docx table in the body reads as
# "label: value" lines, knowledge/formats/letter_file.py), by what each gives.
LABELS = {
    "title": (
        "noi dung",
        "noi dung cong viec",
        "noi dung thuc hien",
        "cong viec",
        "ten cong viec",
        "ten nhiem vu",
        "nhiem vu",
        "ten bao cao",
    ),
    "units": (
        "don vi thuc hien",
        "co quan thuc hien",
        "don vi chu tri",
        "co quan chu tri",
        "don vi bao cao",
        "doi tuong thuc hien",
        "don vi",  # a table of a date per unit: "STT | Đơn vị | Thời hạn"
        "chu tri",  # a table of assignments: "TT | Nhiệm vụ | Chủ trì | Phối hợp | Thời hạn"
    ),
    "supporting": (
        "don vi phoi hop",
        "co quan phoi hop",
        "don vi ho tro",
        "co quan ho tro",
        "phoi hop",
    ),
    "recipient": ("noi nhan", "noi gui", "co quan tiep nhan", "don vi tiep nhan", "gui ve"),
    "forms": ("bieu mau", "mau bieu", "mau bao cao", "bieu mau bao cao"),
    "timing": TIMING,
    # what the work yields, and where it goes when it is sent ("Báo cáo (Mẫu số 02) gửi Sở …")
    "product": ("san pham", "san pham dau ra", "ket qua dau ra", "ket qua"),
}
_LABELLED = re.compile(r"^(?:[-+•–*]\s*)?(?P<label>[^:]{2,40}?)\s*:\s*(?P<value>\S.*)$")


def label_of(line: Line) -> tuple[str, Line] | None:
    """ "Thời gian: Trước ngày 24/02/2023" → ("timing", the value as a line of its own)."""
    m = _LABELLED.match(line.text)
    if not m:
        return None
    label = plain(m.group("label")).strip()
    key = head_kind(label) if line.table else None  # a column's name, as its head printed it
    for kind, names in LABELS.items():
        if label in names:
            key = kind
    return (key, Line(line.no, m.group("value"), line.gap)) if key else None


def head_kind(head: str) -> str | None:
    """The kind of a table's column by its head (plain): a label's name, or a name it opens
    with, the longest ("Nội dung nhiệm vụ" is "nội dung", "Đơn vị phối hợp thực hiện" is "đơn
    vị phối hợp", not "đơn vị")."""
    best: tuple[int, str] | None = None
    for kind, names in LABELS.items():
        for name in names:
            opens = head == name or head.startswith(name + " ")
            if opens and (best is None or len(name) > best[0]):
                best = (len(name), kind)
    if best:
        return best[1]
    # a head in other words names its column by a word of its kind anywhere ("Cơ quan, đơn vị
    # thực hiện", "Cơ quan được giao chủ trì", "Hạn hoàn thành"); support first, as "Đơn vị
    # phối hợp thực hiện" also says "thực hiện"
    if len(head.split()) > 8:
        return None  # a sentence, not a column's name
    return next((kind for kind, word in _HEAD_WORDS if word.search(head)), None)


_HEAD_WORDS = (
    ("supporting", re.compile(r"\b(?:phoi hop|ho tro)\b")),
    # who does it, not how it went ("Tình hình thực hiện" is no column of units)
    ("units", re.compile(r"\b(?:chu tri|dau moi|don vi|co quan)\b|^thuc hien$")),
    ("timing", re.compile(r"\b(?:thoi han|thoi gian|thoi diem|han|tien do)\b")),
    ("forms", re.compile(r"\b(?:bieu mau|mau bieu|bieu so|phu luc)\b")),
    ("title", re.compile(r"\b(?:nhiem vu|noi dung|cong viec)\b")),
)


_ROLE = re.compile(r"^(?:[-+•–*]\s*)?(?:cac\s+)?(?:" + "|".join(LABELS["units"]) + r")\b(?!\s*:)")


def by_role(line: Line) -> bool:
    """A sentence to the units a table's units column names, by that column's name ("Đơn vị
    chủ trì từng nhiệm vụ báo cáo …"), not a row's labelled cell ("Đơn vị chủ trì: Sở …")."""
    return _ROLE.match(line.plain) is not None


def about_row(lines: list[Line], number: str) -> list[Line]:
    """The lines outside a table of tasks that name its row `number`: "Kết quả thực hiện nhiệm
    vụ tại dòng 1 và dòng 2 … gửi về Sở Nội vụ" is said of rows 1 and 2, not of row 3."""
    # "dòng 1 và dòng 2", or the row by the task it holds: "Kế hoạch … (nhiệm vụ 1) gồm …"
    row = re.compile(
        rf"\b(?:dong|nhiem vu(?:\s+so)?)\s+(?:\d{{1,3}}\s*(?:,|va|dong|nhiem vu|\s)*)*?"
        rf"{re.escape(number)}\b(?!\s*[/.]\d)"
    )
    # "Các nội dung tại mục 1, mục 2 của Bảng trên": the table's rows by their numbers
    item = re.compile(
        rf"\bmuc\s+(?:\d{{1,3}}\s*(?:,|va|muc|\s)*)*?{re.escape(number)}\b(?=[\s,]*(?:(?:va\s+)?muc"
        rf"\s+\d+[\s,]*)*(?:cua|trong|tai)\s+bang\b)"
    )
    return [ln for ln in lines if not ln.table and (row.search(ln.plain) or item.search(ln.plain))]


def record(lines: list[Line]) -> dict[str, Line]:
    """The labelled lines among `lines`, the first of each kind."""
    found: dict[str, Line] = {}
    for line in lines:
        labelled = label_of(line)
        if labelled and labelled[0] not in found:
            found[labelled[0]] = labelled[1]
    return found


def recipient(
    line: Line, register: Register, mentions: list[Mention] | None = None, anywhere: bool = False
) -> tuple[str | None, tuple[str, ...]]:
    """Who receives what the line sends, and the units that are (the receiver and the one it
    goes through): "báo cáo Ủy ban nhân dân tỉnh (qua Văn phòng UBND tỉnh)" → ("UBND tỉnh (qua
    Văn phòng UBND tỉnh)", both). `anywhere`: the line is a label's value, its first unit."""
    found = mentions if mentions is not None else register.mentions(line.text)
    why = 0 if anywhere else _purpose_end(line.plain)
    for m in found:
        if m.start < why:
            continue  # "Để có cơ sở tham mưu UBND tỉnh …, Sở … đề nghị …": why, not where to
        if not anywhere and not _RECIPIENT.search(line.plain[max(0, m.start - 30) : m.start]):
            continue
        if len(m.names) != 1:
            return None, ()
        name = m.names[0]
        channel = _CHANNEL.match(line.text[m.end :])
        through = register.mentions(channel.group(1)) if channel else []
        if len(through) == 1 and len(through[0].names) == 1:
            # the unit it goes through as printed ("qua Sở TT&TT"), as the letter names it
            return f"{name} (qua {through[0].printed})", (name, through[0].names[0])
        # as the letter prints it ("Sở TT&TT"), a role too; the province's committee in the one
        # spelling the draft gives it everywhere (its sender, its units)
        shown = name if name == PROVINCE_COMMITTEE else m.printed
        aside = _ASIDE.match(line.text[m.end :])
        if aside and _WHO.match(aside.group(1)):
            # "… (qua Phòng Cải cách hành chính)", "… (Trung tâm Công nghệ thông tin …)", a
            # role's "(Sở Thông tin và Truyền thông)": the office it goes to, as printed
            shown = f"{shown} ({aside.group(1).strip()})"
        return shown, (name,)
    return None, ()


# A sentence opening with what the work is for ("Để có cơ sở tham mưu UBND tỉnh …, Sở … đề nghị
# …"), and the request that ends that purpose.
_PURPOSE = re.compile(r"^(?:[-+•–*]\s*)?(?:de|nham)\s")
_REQUESTED = re.compile(r"\b(?:de nghi|yeu cau)\b")


def _purpose_end(low: str) -> int:
    """Where the purpose a line opens with ends: at its request (`low`: the line plain); 0 when
    the line opens with none, or asks nothing after it."""
    if not _PURPOSE.match(low):
        return 0
    request = _REQUESTED.search(low)
    return request.start() if request else 0


# A bracket right after the receiver, and what in it names where the work goes: an office of
# the receiver ("qua Phòng …", "Trung tâm …") or the unit a role stands for.
_ASIDE = re.compile(r"^\s*\(([^()]{3,90})\)")
_WHO = re.compile(
    r"^\s*(?:qua\s+)?(?:Phòng|Trung tâm|Văn phòng|Chi cục|Bộ phận|Tổ|Ban|Sở|Công an|Bảo hiểm)"
    r"\s+[A-ZĐÀ-Ỹ]"
)


def receiver(
    line: Line,
    register: Register,
    *,
    mentions: list[Mention],
    fields: dict[str, Line],
    around: list[Line],
    further: list[Line],
    sender: str | None,
) -> tuple[str | None, tuple[str, ...]]:
    """Who receives a task's work: named on its line, in a "Nơi nhận:" label, on the lines
    `around` a "Thời hạn: …" line, then on the `further` ones (the section a timing line dates,
    the opening's "kết quả … gửi về Sở …", nearest first); else the sender, when the work is
    sent ("báo cáo", "gửi") and the letter says not to whom."""
    found = recipient(line, register, mentions)
    if found[0] is None and "recipient" in fields:
        found = recipient(fields["recipient"], register, anywhere=True)
    if found[0] is None and "product" in fields:
        found = recipient(fields["product"], register)
    for ln in [*around, *further]:
        if found[0] is not None:
            break
        found = recipient(ln, register)
    # a row whose product is a report ("Sản phẩm: Báo cáo (Biểu số 01)") sends it; not
    # another unit's support clause beside the duty ("…; UBND các huyện phối hợp, chỉ đạo các
    # trường cung cấp thông tin …")
    sends = any(SENDS.search(c) for ln in (line, *around) for c in _own_clauses(ln, register))
    sends = sends or any(_SENT.search(ln.plain) for ln in _products(fields))
    if found[0] is None and sender and sends:
        found = (sender, (sender,))
    return found


def _own_clauses(line: Line, register: Register) -> list[str]:
    """The clauses of a line (plain), but those giving a unit a support duty."""
    aiding = {clause for _, clause in helper_clauses([line], register)}
    clauses = [plain(t) for t in re.split(r"(?<=[;.])\s+", line.text)]
    # a name in quotes is a title, not a verb ("dịch vụ “Cung cấp thông tin về quy hoạch”")
    return [_QUOTED.sub(" ", c) for c in clauses if c not in aiding]


_QUOTED = re.compile(r"\"[^\"]{1,200}\"|“[^”]{1,200}”")


# a product that is sent, not a state ("Dịch vụ được cung cấp trực tuyến")
_SENT = re.compile(r"\b(?:bao cao|gui|nop)\b")


def _products(fields: dict[str, Line]) -> list[Line]:
    return [fields["product"]] if "product" in fields else []


def forms(lines: list[Line], lead_needed: bool = False) -> tuple[str, ...]:
    """The forms a task is to be made on, as printed: "(theo Biểu 02)", "theo các phụ lục I,
    II, III, IV" (one each), "Mẫu số 01"; not a table cited for reference ("tại cột 12, Biểu 03",
    an annex "để tham khảo") or the letter's own annex of dates. `lead_needed`: only those the
    text says the work is made on ("theo …")."""
    found: list[str] = []
    for line in lines:
        low = line.plain
        sheets = [m for m in _SHEET.finditer(low) if _named_sheet(line.text, m)]
        named_at = {m.start("w") for m in sheets}
        last_end, last_lead = -1, False
        for m in _FORM.finditer(low):
            if m.start() and low[m.start() - 1].isalpha():
                continue
            if m.start() in named_at:
                continue  # the first word of a form's name ("Mẫu thống kê"), read whole below
            before = low[max(0, m.start() - 16) : m.start()]
            # "theo Biểu mẫu số 01, Biểu mẫu số 02": the lead goes on along the list
            listed = last_lead and re.fullmatch(r"\s*(?:,|va)\s*", low[last_end : m.start()])
            lead = (
                FORM_LEAD.search(before)
                or listed
                or _BESIDE.search(low, max(0, m.start() - 40), m.start())
            )
            last_end, last_lead = m.end(), bool(lead)
            if "cot" in before or not (lead or (m.group("n") and not lead_needed)):
                continue
            if not lead and "kem theo" in low[m.end() : m.end() + 20]:
                continue
            if cited(low, m.start(), m.end()):
                continue  # "các dịch vụ … được giao tại Biểu 01": a table the work is about
            kind = line.text[m.start() : m.start() + len(m.group("kind"))]
            kind = kind[:1].upper() + kind[1:].lower()
            if not m.group("n"):
                attached = _ATTACHED.match(low, m.end()) if m.group("kind") != "phu luc" else None
                if attached:  # "theo mẫu đính kèm": the general word, as printed
                    found.append(line.text[m.start() : attached.end()])
                elif m.group("kind") in ("phu luc", "bieu mau", "mau"):
                    found.append(kind)
                continue
            printed = line.text[m.start("n") : m.end("n")]
            prefix = "số " if printed.lower().startswith("số") else ""
            numbers = _FORM_NUMBER.finditer(low, m.start("n") + len(prefix), m.end("n"))
            found += [f"{kind} {prefix}{_number(line.text[x.start() : x.end()])}" for x in numbers]
        for m in _OUTLINE.finditer(low):
            word = line.text[m.start("w") : m.end("w")]
            found.append(word[:1].upper() + word[1:].lower())
        for m in sheets:
            found.append(line.text[m.start("w") : m.end("w")])
    return tuple(dict.fromkeys(found))


def _named_sheet(text: str, m: re.Match[str]) -> bool:
    """A sheet's name, or a form's printed as a name ("Mẫu thống kê"; "theo mẫu báo cáo kèm
    theo" is the general word, given the enclosed form's name by `specific`)."""
    return m.group("w").startswith("phieu") or text[m.start("w")] == "M"


def _number(printed: str) -> str:
    """A form's number as printed, a Roman one in capitals ("phụ lục ii" → "II"; "Biểu số 1a",
    "Mẫu số 01/BC-STP" kept)."""
    return printed.upper() if re.fullmatch(r"[ivxIVX]+", printed) else printed


def specific(found: tuple[str, ...], enclosed: tuple[str, ...]) -> tuple[str, ...]:
    """A task's forms with the general word for a form ("theo mẫu") given its name: dropped
    beside a form the task names ("theo mẫu (có Phụ lục kèm theo)" → "Phụ lục"), else the form
    the letter says it encloses ("theo mẫu gửi kèm văn bản này" and, in the copy list, "Như trên
    (kèm theo Mẫu số 04)" → "Mẫu số 04"); kept as printed when the letter names none."""
    named = tuple(
        f for f in found if f not in GENERIC_FORMS and not _ATTACHED_FORM.match(plain(f))
    )
    if named or not found:
        return named
    return enclosed or found


# A report named by what it points at, not what it says: "Báo cáo kết quả thực hiện điểm b
# khoản này (theo Phụ lục 03)", "Báo cáo kết quả thực hiện (theo Phụ lục I) về …".
_POINTING = re.compile(
    r"^bao cao ket qua thuc hien\s*(?:(?:diem|khoan|muc)\s+\w+\s*(?:khoan|muc)?\s*(?:nay|\w+)?)?"
    r"\s*(?:\(|ve\b|gui\b|$)"
)


def pointing(title: str) -> bool:
    """The title only points at the work ("Báo cáo kết quả thực hiện điểm b khoản này")."""
    return _POINTING.match(plain(title)) is not None


def shared_forms(section: Section, dated: Callable[[Section], bool]) -> tuple[str, ...]:
    """Forms a dateless item beside the task's prescribes for the letter's reports ("3. Nội dung
    báo cáo theo đề cương tại Phụ lục I"): the task's when it names none of its own and is owed
    by the addressees, not by a unit a section names. `dated`: a section that sets a date."""
    parent = section.parent if section.number else None
    if parent is None or any(s.units for s in section.ancestry):
        return ()  # a unit's own duty is no report of the letter's addressees
    found: list[str] = []
    for sibling in parent.children:
        if sibling is section or sibling.units or sibling.generic or sibling.support_only:
            continue
        if not dated(sibling):
            found += forms(sibling.all_lines, lead_needed=True)
    return tuple(dict.fromkeys(found))
