"""What a task's lines say besides its date: who receives it, and a task laid out as labelled
lines ("Thời gian: …", "Đơn vị thực hiện: …", the rows of a table in the body). Its forms are
knowledge/letters/form_names.py's, its steps knowledge/letters/steps.py's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.letters.markers import numbered_item
from knowledge.letters.opening import SENDS
from knowledge.letters.register import PROVINCE_COMMITTEE, Mention, Register
from knowledge.letters.sections import TIMING
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


# (a bare "Chủ trì …" opening a line is the verb of a lead's own duty, "4. Sở Tư pháp – Chủ trì
# làm sạch …", not the column's name)
_ROLE = re.compile(
    r"^(?:[-+•–*]\s*)?(?:cac\s+)?(?:"
    + "|".join(label for label in LABELS["units"] if label != "chu tri")
    + r")\b(?!\s*:)"
)


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
    # "Kết quả thực hiện các nhiệm vụ tại mục 2, 3 và 4 gửi về …" in a letter whose only
    # numbered items are the table's rows: those rows (not "mục 1 của Văn bản số …", a part of
    # another document)
    bare = re.compile(
        rf"\bmuc\s+(?:\d{{1,3}}\s*(?:,|va|muc|\s)*)*?{re.escape(number)}\b(?!\s*[/.]\d)"
        rf"(?![\s,]*(?:(?:va\s+)?muc\s+\d+[\s,]*)*(?:cua|tai)\s+{_CITED})"
    )
    # (an item of the letter's own, "1. …", "II. …", "a) …", not a row of its table)
    rows_only = not any(numbered_item(ln.text) for ln in lines if not ln.table)
    return [
        ln
        for ln in lines
        if not ln.table
        and (
            row.search(ln.plain) or item.search(ln.plain) or (rows_only and bare.search(ln.plain))
        )
    ]


_CITED = r"(?:cong van|van ban|quyet dinh|ke hoach|thong bao|nghi quyet|chi thi|thong tu)\b"


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
# …"), or a clause of it after what the letter carries out ("Thực hiện Kế hoạch số …; để có số
# liệu tham mưu UBND tỉnh báo cáo …, Sở … đề nghị …"), and the request that ends that purpose.
_PURPOSE = re.compile(r"(?:^(?:[-+•–*]\s*)?|[;,.]\s*)(?:de|nham)\s(?!nghi\b)")
_REQUESTED = re.compile(r"\b(?:de nghi|yeu cau)\b")


def _purpose_end(low: str) -> int:
    """Where the purpose a line opens with ends: at its request (`low`: the line plain); 0 when
    the line opens with none, or asks nothing after it."""
    # (a request before the purpose is another's, cited: "Bộ … đề nghị các tỉnh …. Để …")
    for request in _REQUESTED.finditer(low):
        if _PURPOSE.search(low, 0, request.start()):
            return request.start()
    return 0


# A bracket right after the receiver, and what in it names where the work goes: an office of
# the receiver ("qua Phòng …", "Trung tâm …") or the unit a role stands for.
_ASIDE = re.compile(r"^\s*\(([^()]{3,90})\)")
_WHO = re.compile(
    r"^\s*(?:qua\s+)?(?:Phòng|Trung tâm|Văn phòng|Chi cục|Bộ phận|Tổ|Ban|Sở|Công an|Bảo hiểm)"
    r"\s+[A-ZĐÀ-Ỹ]"
)


# What the letter says follows a missed deadline: "Sau thời hạn trên, đơn vị nào chưa gửi, Sở
# … sẽ tổng hợp, báo cáo …", "Quá thời hạn trên, …": the sender's next step, not the duty's.
_SEQUEL = re.compile(
    r"(?<=[.;])\s+(?:sau|qua)\s+(?:thoi han|han|ngay)\s+(?:noi |neu )?(?:tren|nay)\b"
)


def before_sequel(line: Line, end: int) -> Line:
    """`line` up to the sentence after its date (from `end`) that says what follows a missed
    deadline."""
    sequel = _SEQUEL.search(line.plain, end)
    return replace(line, text=line.text[: sequel.start()]) if sequel else line


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
