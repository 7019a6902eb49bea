"""What a letter's opening says before its items: the grounds it acts on ("Căn cứ …", "Thực
hiện Quyết định …", the letter a reply answers), whose dates set nothing, and its own request
("…, Sở Y tế đề nghị: …"), which closes the grounds and may name who owes what follows; and why
a unit is in the Kính gửi list when the list says ("(để phối hợp)", "(để biết)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.letters.dates import Found
from knowledge.letters.register import PROVINCE_COMMITTEE, Register
from knowledge.letters.sections import RELATED
from knowledge.letters.text import Line

# A line that sends something (to the sender, when it names no one): the verb, not the noun
# ("theo báo cáo đánh giá", "các báo cáo").
SENDS = re.compile(r"(?<!theo )(?<!tai )(?<!cac )(?<!cua )\b(?:bao cao|gui|nop)\b")
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
# trợ …"): that letter's, not this one's.
_QUOTED = re.compile(r"(?:về việc|v/v)\s*$")
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
    if requests:
        return [f for f in found if f.start > requests[-1]]
    return [f for f in found if SENDS.search(clause_before(line.plain, f.start))]


def request_clause(line: Line) -> Line | None:
    """What follows the last request of a line, as a clause that opens with it ("giao Sở Y tế,
    Sở Tư pháp thực hiện …"); None when the line asks nothing."""
    requests = list(_REQUEST.finditer(line.text.lower()))
    if not requests:
        return None
    return Line(line.no, "giao " + line.text[requests[-1].end() :].lstrip(), line.gap)


def clause_before(low: str, end: int) -> str:
    return re.split(r"[;,.]\s", low[:end])[-1]


@dataclass(frozen=True)
class KinhGui:
    """The Kính gửi list read through the register."""

    acting: tuple[str, ...]  # the units addressed to act
    alone: frozenset[str]  # those of them named on their own, not as a member of a group
    joining: tuple[str, ...]  # units listed "(để phối hợp)": they support every task
    unknown: tuple[Line, ...]  # items that name no unit of the register


def addressees(items: list[Line], register: Register) -> KinhGui:
    """Who the Kính gửi list addresses and why; "Các cơ quan, đơn vị có liên quan" adds no one
    and is no unknown unit; a unit listed "(để biết)" only reads the letter."""
    acting: list[str] = []
    alone: set[str] = set()
    joining: list[str] = []
    unknown: list[Line] = []
    for item in items:
        found = register.mentions(item.text)
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
