"""What a letter's opening says before its items: the grounds it acts on ("Căn cứ …", "Thực
hiện Quyết định …", the letter a reply answers), whose dates set nothing, and its own request
("…, Sở Y tế đề nghị: …"), which closes the grounds and may name who owes what follows; and why
a unit is in the Kính gửi list when the list says ("(để phối hợp)", "(để biết)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from knowledge.letters.date_shapes import SLASHED_DATE
from knowledge.letters.dates import Found
from knowledge.letters.markers import ENTRY
from knowledge.letters.register import PROVINCE_COMMITTEE, Mention, Register
from knowledge.letters.sections import RELATED
from knowledge.letters.text import Line, plain
from knowledge.letters.units import subject

# A line that sends something (to the sender, when it names no one): the verb, not the noun
# ("theo báo cáo đánh giá", "các báo cáo"); services are provided to the people, not sent
# ("cung cấp dịch vụ công trực tuyến", "tích hợp, cung cấp trên Cổng …", "bảo đảm cung cấp
# trực tuyến toàn trình": the way a service is given); nor what others do
# when the work serves them ("phục vụ xác thực … khi nộp hồ sơ trực tuyến", "hướng dẫn tổ
# chức, cá nhân nộp hồ sơ …": the people hand in, the unit sends nothing).
SENDS = re.compile(
    r"(?<!theo )(?<!tai )(?<!cac )(?<!cua )(?<!khi )(?<!ca nhan )(?<!nguoi dan )(?<!cong dan )"
    r"(?<!doanh nghiep )\b(?:bao cao|gui|nop"
    # (services provided are no work sent: "cung cấp (toàn bộ, đầy đủ các, 25) dịch vụ công …")
    r"|cung cap(?!\s+(?:(?:toan bo|day du|them|nhung)\s+)?(?:\d+\s+)?(?:cac\s+)?dich vu"
    r"|\s+(?:tren|truc tuyen)\b))\b"
)
# The opening's grounds: the documents the letter acts on, not duties ("Căn cứ …", "Thực hiện
# Quyết định …", "Theo kết quả rà soát …"); a date in them, before the request, sets nothing.
_GROUNDS = re.compile(
    r"^(?:can cu|thuc hien\s+(?:quyet dinh|nghi quyet|nghi dinh|thong tu|chi thi|ke hoach|van ban"
    r"|cong van|y kien|chi dao|chuong trinh)|theo\s+(?:quyet dinh|ke hoach|van ban|cong van"
    r"|ket qua|de nghi|chi dao)|qua\s+ket qua|tiep theo|de |nham "
    # a reply: the letter it answers, whose dates are that letter's ("Sở … nhận được Công văn số
    # … (theo đó, … dự kiến hoàn thành trong tháng 8/2022). Phúc đáp …")
    r"|(?:[^.;:]{0,60}\s)?(?:nhan duoc|tiep nhan|da nhan)\s+(?:cong van|van ban|to trinh|bao cao"
    r"|phieu|thu|de nghi)|phuc dap|tra loi\s+(?:cong van|van ban))"
)
# A request the grounds quote from another letter's subject ("Công văn số … về việc đề nghị hỗ
# trợ …") or from its body ("Văn bản số … của UBND tỉnh …, trong đó yêu cầu hoàn thành … trước
# ngày …"): that letter's, not this one's.
_QUOTED = re.compile(r"(?:về việc|v/v|trong đó|theo đó)\s*$")
# Why a unit is in the Kính gửi list, when the list says: to support (group 1), or only to know
# ("(để biết)", "(để báo cáo)"); a unit listed without it is addressed to act.
PURPOSE = re.compile(
    r"\(\s*(?:de\s+)?(?:(phoi hop|ho tro|tham gia)|biet|b/c|bao cao|theo doi)[^)]*\)"
)
# The letter's request, printed ("giao", not the "Giáo" of "Sở Giáo dục"): on the lowered text.
# Not the "giao" of "giao thông" (transport: "Sở Giao thông vận tải"), "giao dịch" or "bàn giao".
_REQUEST = re.compile(
    r"(?<!\w)(?:đề nghị|yêu cầu|(?<!bàn )giao(?!\s+(?:thông|dịch)\b)|chỉ đạo|hướng dẫn)(?!\w)"
)


def set_in_grounds(line: Line, found: list[Found]) -> list[Found]:
    """The dates an opening line of grounds sets: those after the letter's own request, which
    closes its grounds ("…, Sở Y tế đề nghị: …"; one quoted from a plan it acts on, "trong đó
    giao …", comes before); with no request, only a date something is sent by ("…, các đơn vị
    gửi … trước"). Any other opening line sets all it prints."""
    if not _GROUNDS.match(line.plain):
        return found
    lowered = line.text.lower()
    requests = [
        m.start() for m in _REQUEST.finditer(lowered) if not _QUOTED.search(lowered[: m.start()])
    ]
    # the dates of a quoted request, up to the letter's own (if any), are the quoted letter's
    quoted = [
        m.start() for m in _REQUEST.finditer(lowered) if _QUOTED.search(lowered[: m.start()])
    ]
    found = [
        f
        for f in found
        if not any(q < f.start and not any(q < r < f.start for r in requests) for q in quoted)
    ]
    if requests:
        after = [f for f in found if f.start > requests[-1]]
        if after:
            return after
        # the request dates nothing: the date the sentence just before it sets the sending by
        # ("…, Sở … gia hạn thời gian gửi báo cáo đến trước 17h00 ngày 24/9. Đề nghị các cơ
        # quan … gửi về Sở …") is its deadline
        starts = [0] + [m.end() for m in _SENTENCES.finditer(line.text, 0, requests[-1] + 1)]
        before = starts[-2] if len(starts) > 1 else None
        return [
            f
            for f in found
            if before is not None
            and before <= f.start < starts[-1]
            and SENDS.search(clause_before(line.plain, f.start))
        ]
    return [f for f in found if SENDS.search(clause_before(line.plain, f.start))]


_SENTENCES = re.compile(r"\.\s+(?=[A-ZĐÀ-Ỹ])|;\s+")


# A sentence that tells what happened on a past day: "Ngày 02/11/2023, Sở … ban hành Văn bản …,
# đề nghị … trước ngày 15/11/2023.", "Đến hết ngày 15/11/2023, Sở … mới nhận được …".
_RECOUNTS = re.compile(r"^(?:ngay|(?:tinh\s+)?den\s+(?:het\s+)?ngay|tu\s+ngay)\s+\d")


def recounted(line: Line, found: Found, floor: date | None) -> bool:
    """A date before the letter's (`floor`) in a sentence that recounts what happened: the
    history the letter acts on (the earlier letter's deadline it extends), no task of its own
    and no deadline set in the past."""
    if found.due is None or floor is None or found.due >= floor:
        return False
    starts = [0] + [m.end() for m in re.finditer(r"[.;]\s+(?=[A-ZĐÀ-Ỹ])", line.text)]
    start = max(a for a in starts if a <= found.start)
    return bool(_RECOUNTS.match(line.plain[start:]))


def request_clause(line: Line) -> Line | None:
    """What follows the last request of a line, as a clause that opens with it ("giao Sở Y tế,
    Sở Tư pháp thực hiện …"); None when the line asks nothing."""
    low = line.text.lower()
    requests = list(_REQUEST.finditer(low))
    # "đề nghị các Sở … thực hiện kiểm thử, đề nghị tích hợp các dịch vụ …": a request word
    # listed after a comma among the acts an earlier request of the sentence asks for is one
    # of those acts (to propose the integration), not a new request
    requests = [
        m
        for i, m in enumerate(requests)
        if not i
        or not low[: m.start()].rstrip().endswith(",")
        or re.search(r"[.;:]\s", low[requests[i - 1].end() : m.start()])
    ]
    if not requests:
        return None
    return Line(line.no, "giao " + line.text[requests[-1].end() :].lstrip(), line.gap)


def requested(lead_in: list[Line], register: Register, sender: str | None) -> tuple[str, ...]:
    """The units the opening's request names ("Sở … đề nghị Sở Y tế, Sở Tư pháp thực hiện
    các nội dung sau:"), when it names some of the addressees rather than all ("các cơ
    quan, đơn vị"): they owe what no section gives to others."""
    for line in reversed(lead_in):
        clause = request_clause(line)
        if clause is None:
            continue
        named = subject(clause, register.mentions(clause.text))
        return register.sort(n for n in named if n != sender)
    return ()


def clause_before(low: str, end: int) -> str:
    return re.split(r"[;,.]\s", low[:end])[-1]


@dataclass(frozen=True)
class KinhGui:
    """The Kính gửi list read through the register."""

    acting: tuple[str, ...]  # the units addressed to act
    alone: frozenset[str]  # those of them named on their own, not as a member of a group
    joining: tuple[str, ...]  # units listed "(để phối hợp)": they support every task
    unknown: tuple[Line, ...]  # items that name no unit of the register


# "Các cơ quan, đơn vị có tên tại danh sách (Phụ lục) kèm theo": the units are named in the
# attached list (read only when the letter prints it: else the item is a unit unknown).
_LISTED = re.compile(
    r"\bco ten (?:tai|trong|theo|o)\s+(?:cac\s+)?(?:danh sach|phu luc)\b"
    # named by what they do, with the list attached: "(theo Danh sách kèm theo)"
    r"|\b(?:theo|tai|trong)\s+(?:cac\s+)?danh sach\s+(?:kem theo|dinh kem|gui kem)\b"
)
# The heading of such a list after the signature: "DANH SÁCH CÁC CƠ QUAN, ĐƠN VỊ …", or under
# an annex's heading, the units it holds: "PHỤ LỤC" then "CÁC CƠ QUAN, ĐƠN VỊ THỰC HIỆN …".
_LIST_HEADING = re.compile(r"^danh sach\b")
_UNITS_HEADING = re.compile(r"^(?:cac\s+)?(?:co quan|don vi)\b")
# A duty's owners named as the units an attached list holds: "Các đơn vị có tên tại Phụ lục kèm
# theo Công văn này rà soát …", "Các cơ quan có tên trong Danh sách kèm theo …" (the annex).
_OWNERS_LISTED = re.compile(
    r"^(?:\d{1,2}[.)]\s*)?(?:de nghi\s+)?(?:cac\s+)?(?:co quan,?\s*)?(?:don vi|co quan)\s+"
    r"co ten (?:tai|trong|theo|o)\s+(?:cac\s+)?(?P<annex>danh sach|phu luc(?:\s+so)?"
    r"(?:\s+(?:\d{1,2}|[ivx]{1,4})\b)?)"
)


def owners_listed(line: Line) -> str | None:
    """The annex a line's owners are named by ("Các đơn vị có tên tại Phụ lục kèm theo …" →
    "phu luc"), plain; None when the line names them otherwise."""
    m = _OWNERS_LISTED.match(line.plain.strip())
    return m.group("annex") if m else None


# The list's head row ("STT | Cơ quan | …"): its "STT" is no unit's code.
_HEAD_ROW = re.compile(r"^(?:stt|tt|so tt)\s*[|:]")
# The heading of another annex, which ends the list.
_ANNEX = re.compile(r"^(?:phu luc|bieu|mau)\b")


# A copy sent for the unit to act on: "Nơi nhận: … - Sở Kế hoạch và Đầu tư (để thực hiện);".
_TO_ACT = re.compile(r"\(\s*(?:de\s+)?thuc hien\s*\)")
_COPIES = re.compile(r"^noi nhan\b")


def copied_to_act(after_body: list[Line], register: Register) -> list[Line]:
    """The copy list's entries sent "(để thực hiện)" to units of the register: addressees as
    the Kính gửi's are (a letter adds units that way without writing them into its Kính gửi);
    "(để biết)", "(để phối hợp)", a bare entry and the sender's own offices ("Văn phòng Sở
    (thực hiện)") add no one who owes."""
    start = next((i for i, ln in enumerate(after_body) if _COPIES.match(ln.plain)), None)
    if start is None:
        return []
    found: list[Line] = []
    for line in after_body[start + 1 :]:
        if not ENTRY.match(line.plain):
            break
        if _TO_ACT.search(line.plain):
            entry = ENTRY.sub("", line.text)
            entry = entry[: entry.find("(")].strip(" ;.")
            named = [m for m in register.mentions(entry) if m.names != (PROVINCE_COMMITTEE,)]
            if named and not _name_goes_on(entry, named, register):
                found.append(Line(line.no, entry))
    return found


def listed_units(after_body: list[Line], register: Register) -> tuple[str, ...]:
    """The units an attached list names ("DANH SÁCH CÁC CƠ QUAN, ĐƠN VỊ …" and its rows),
    for a Kính gửi that sends the letter to those "có tên tại danh sách kèm theo"."""
    names: list[str] = []
    inside = annexed = False
    for line in after_body:
        low = line.plain.strip(" *#")
        heading = line.text.strip(" *#")[:9].isupper()
        if heading and (_LIST_HEADING.match(low) or (annexed and _UNITS_HEADING.match(low))):
            inside = True
            continue
        annexed = bool(_ANNEX.match(low)) and len(low.split()) <= 4
        if inside and annexed:
            break
        # (not the annex's "(Kèm theo Văn bản số … của Sở …)": the letter, not a listed unit)
        if inside and not _HEAD_ROW.match(low) and not low.startswith("(kem theo"):
            names += [
                n for m in register.mentions(line.text) for n in m.names if n != PROVINCE_COMMITTEE
            ]
    return tuple(dict.fromkeys(names))


# A capitalised word after a unit's name, past a comma or "và": the name goes on.
_GOES_ON = re.compile(r"(?:\s*,\s*|\s+và\s+|\s+)([A-ZĐÀ-Ỹ][^\s,;.()]*)")


def _name_goes_on(text: str, found: list[Mention], register: Register) -> bool:
    """ "Sở Khoa học, Công nghệ và Đổi mới sáng tạo", "Sở Nông nghiệp và Môi trường": a body
    the register does not hold whose name starts like one it does; not "Công an tỉnh Tuyên
    Quang" (the province's name) nor "Sở Y tế, Sở Tư pháp" (the next unit)."""
    starts = {m.start for m in found}
    province = plain(register.province.name).split()[0]
    for m in found:
        if m.group or any(n.startswith("UBND") for n in m.names):
            continue  # "các huyện: Lâm Bình, Na Hang" names places, not one body
        more = _GOES_ON.match(text, m.end)
        if more and more.start(1) not in starts and plain(more.group(1)) != province:
            return True
    return False


def addressees(items: list[Line], register: Register, listed: tuple[str, ...] = ()) -> KinhGui:
    """Who the Kính gửi list addresses and why; "Các cơ quan, đơn vị có liên quan" adds no one
    and is no unknown unit; a unit listed "(để biết)" only reads the letter; "Các cơ quan, đơn
    vị có tên tại danh sách kèm theo" are the `listed` units."""
    acting: list[str] = []
    alone: set[str] = set()
    joining: list[str] = []
    unknown: list[Line] = []
    for item in items:
        found = register.mentions(item.text)
        if _name_goes_on(item.text, found, register):
            unknown.append(item)
            continue
        if not found and listed and _LISTED.search(item.plain):
            acting += listed
            alone |= set(listed)
            continue
        if not found:
            if not RELATED.match(item.plain):
                unknown.append(item)
            continue
        names = [n for m in found for n in m.names if n != PROVINCE_COMMITTEE]
        purpose = PURPOSE.search(item.plain)
        if purpose and purpose.group(1):
            joining += names
        elif not purpose:
            acting += names
            alone |= {n for m in found if not m.group for n in m.names}
    return KinhGui(tuple(acting), frozenset(alone), tuple(joining), tuple(unknown))


# "Ngày 14/6/2021, Ủy ban nhân dân tỉnh ban hành Văn bản số 1732/…", "Ngày 31/8/2022, Bộ … có
# Văn bản số …": an earlier document, told.
_ISSUED = re.compile(
    rf"^ngay\s+{SLASHED_DATE}\s*,.*\b(?:ban hanh|co|gui)\s+"
    r"(?:van ban|cong van|ke hoach|quyet dinh|thong bao)\s+so\b"
)
# A sentence that retells another document's request: it opens with that document, dated ("Ngày
# 10/8/2022, Văn phòng Chính phủ có Công văn số … đề nghị …", "Tại Công văn số 215/… ngày
# 13/4/2022, Sở … đã đề nghị …"); the second form only with the past "đã" of a request made then.
_DOC = r"(?:van ban|cong van|ke hoach|quyet dinh|thong bao)\s+so\b"
_CITED_AT = re.compile(r"^(?:tai|theo)\s+" + _DOC + rf"[^,]*\bngay\s+{SLASHED_DATE}\s*,")
_MADE_THEN = re.compile(r"\bda\s+(?:co\s+van ban\s+)?(?:de nghi|yeu cau|giao|chi dao|huong dan)\b")


# … or the dated document is the sentence's subject: "Văn bản số 3363/UBND-KSTT ngày 10/4/2020
# của UBND tỉnh đã yêu cầu định kỳ hằng tháng …" (with the past "đã" as well).
_DOC_SAID = re.compile(
    r"^" + _DOC + rf"[^,;.]{{0,40}}\bngay\s+{SLASHED_DATE}\b[^,;]{{0,80}}?"
    r"\bda\s+(?:de nghi|yeu cau|giao|chi dao|huong dan|quy dinh)\b"
)


# … or a central body asks the provinces in it, what the letter relays: "Theo đó, Bộ Thông tin
# và Truyền thông đề nghị Ủy ban nhân dân các tỉnh, thành phố … báo cáo … trước ngày …" (the
# province's part is in the letter's own items)
_CENTRAL_ASKS = re.compile(
    r"^(?:theo do\s*,\s*)?(?:bo(?!\s+(?:phan|chi so)\b)|cuc|tong cuc|chinh phu"
    r"|thu tuong(?:\s+chinh phu)?|van phong chinh phu)\s[^,;.]{0,80}?"
    r"\b(?:de nghi|yeu cau)\s+(?:uy ban nhan dan|ubnd)\s+cac\s+tinh\b"
)


def recited(sentence: str) -> bool:
    """The sentence (plain) retells an earlier document's request, its dates that document's:
    "Ngày 10/8/2022, Văn phòng Chính phủ có Công văn số … đề nghị các địa phương hoàn thành
    trước ngày 30/9/2022."; "Tại Công văn số 215/… ngày 13/4/2022, Sở … đã đề nghị … gửi báo
    cáo trước ngày 20/4/2022"; "Văn bản số … ngày … đã yêu cầu định kỳ hằng tháng …"."""
    low = sentence.strip(" -+•")
    return (
        bool(_ISSUED.match(low))
        or bool(_CITED_AT.match(low) and _MADE_THEN.search(low))
        or bool(_DOC_SAID.match(low))
        or bool(_CENTRAL_ASKS.match(low))
    )


# The letter's own word after the history: "… có ý kiến như sau:", "… đề nghị …".
_OWN_WORD = re.compile(r"\bco y kien\b|\bnhu sau\s*:\s*$")


# The earlier document's own request, retold: "- Khoản 2 Công văn số 845 đề nghị UBND …".
_ITS_REQUEST = re.compile(
    r"\b(?:cong van|van ban|ke hoach|quyet dinh|thong bao)\s+so\s+[\w/.-]+\s+"
    r"(?:de nghi|yeu cau|giao|quy dinh)\b"
)


def retold(opening: list[Line]) -> set[int]:
    """The lines of the opening that retell an earlier document's duties ("Ngày 14/6/2021, UBND
    tỉnh ban hành Văn bản số 1732/…; khoản 1 của Văn bản giao …: - Điểm b: … hoàn thành trong
    tháng 7/2021"), up to the letter's own word: their dates are that document's."""
    found: set[int] = set()
    inside = False
    for line in opening:
        if _ISSUED.match(line.plain):
            inside = True
        elif inside and (
            _OWN_WORD.search(line.plain)
            or (_REQUEST.search(line.text.lower()) and not _ITS_REQUEST.search(line.plain))
        ):
            inside = False
        if inside:
            found.add(line.no)
    return found
