"""Whether a text is a whole letter of this province, before any task is read from it: a note or
a sheet is no letter; a letter whose issuer is another province's committee sets nothing for
this province's units (publishing it would chase them for another province's report); a letter
with no "Nơi nhận", no "Trân trọng" and no signer after its body was cut off (a file holding only
its first page, which may well end on a whole sentence: the structure says so, not the last
mark), and its last duty cannot be read whole; one whose close follows an item of its outline left
open (and not ending on its date) lost a page between them. A closing paragraph
after the items ("Trong quá trình thực hiện … liên hệ …") printed without its full stop,
before "Nơi nhận" and the signature, is a whole letter: the close, not a punctuation mark,
says the letter ends there.
"""

from __future__ import annotations

import re

from knowledge.catalogue.model import Province
from knowledge.catalogue.units import province_names
from knowledge.language.text import fold
from knowledge.letters.dates import deadlines
from knowledge.letters.header import MOTTO, Header
from knowledge.letters.markers import opens_item
from knowledge.letters.model import Problem
from knowledge.letters.text import Line

LETTER_WORDS = ("kinh_gui", "subject", "number", "date")
NOT_A_LETTER = (
    "đây không phải một công văn: không thấy đủ các phần của công văn (“Kính gửi”, số, ngày "
    "tháng, trích yếu V/v)"
)
# The issuer's parent body in the header: "UBND TỈNH NINH THUẬN", "ỦY BAN NHÂN DÂN TỈNH …".
_COMMITTEE = re.compile(r"\b(?:ubnd|uy ban nhan dan)\s+(?:tinh|thanh pho)\s+(?P<rest>.+)$")
_CLOSING = re.compile(r"\bnoi nhan\b")
# A signer's title in capitals, the close of a letter that prints neither "Nơi nhận" nor "Trân
# trọng" ("KT. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "TRƯỞNG BAN"), or the mark of a signature ("(Đã ký)").
_SIGNER = re.compile(
    r"^(?:(?:kt|tm|tl|q)\s*\.|(?:pho\s+)?(?:giam doc|chu tich|chanh van phong|truong|"
    r"thu truong|tong giam doc)\b)"
)
_SIGNED = re.compile(r"^\(?\s*da ky\b")
_ENDS = re.compile(r"[.;:!?)”\"…]\s*$")


def is_letter(lines: list[Line], header: Header) -> bool:
    """A letter prints at least two of its parts (a draft may leave its number and date blank,
    an OCR its motto); a note, an e-mail or a sheet opening "Kính gửi …" prints one at most."""
    motto = any(ln.plain.startswith(MOTTO) for ln in lines[: header.body_start + 1])
    return len(set(LETTER_WORDS) & header.seen) + motto >= 2


def foreign(lines: list[Line], header: Header, province: Province) -> Problem | None:
    """The letter's issuer is another province's people's committee (or a body under it)."""
    own = fold(province.name)
    names = sorted(((fold(n), n) for n in province_names()), key=lambda p: -len(p[0]))
    for line in lines[: header.body_start]:
        m = _COMMITTEE.search(fold(line.text))
        if m is None:
            continue
        rest = m.group("rest")
        found = next((n for f, n in names if rest == f or rest.startswith(f + " ")), None)
        if found is None or fold(found) == own:
            return None
        return Problem(
            line.no,
            f"công văn của tỉnh {found}, không phải của tỉnh {province.name}: không lấy nhiệm "
            "vụ nào cho các đơn vị của tỉnh",
        )
    return None


def strangers(header: Header, province: Province) -> Problem | None:
    """A Kính gửi unit that carries another province's name ("Viễn thông Tuyên Quang" in a
    letter of Khánh Hòa): a letter made from another province's template, whose units are not
    this province's."""
    own = fold(province.name)
    others = [(fold(n), n) for n in province_names() if fold(n) != own]
    for item in header.addressees:
        text = f" {fold(item.text).strip(' ;.,')} "
        found = next((n for f, n in others if f" {f} " in text or text.endswith(f" {f} ")), None)
        if found is not None:
            return Problem(
                item.no,
                f"“{item.text.strip(' -;.')}” là đơn vị của tỉnh {found}, không phải của tỉnh "
                f"{province.name}: kiểm tra lại danh sách Kính gửi",
            )
    return None


def cut_off(lines: list[Line], header: Header) -> Problem | None:
    """The letter lost its last page: nothing of a letter's close follows the body (no "Nơi
    nhận", no "Trân trọng", no signer's title), whatever its last line ends with — a page
    that ends on a whole sentence is still only the first page; or its close follows a
    sentence left open (a page between them missing)."""
    body = lines[header.body_start : header.body_end]
    closed = any(_CLOSING.search(ln.plain) for ln in lines)
    if not body or (closed and header.body_end >= len(lines)):
        return None  # a close printed where it could not be placed: the body's end is unknown
    last = body[-1]
    tail = last.text[-40:].strip()
    signed = any(
        (ln.text.isupper() and _SIGNER.match(ln.plain)) or _SIGNED.match(ln.plain)
        for ln in body[-8:]
    )
    if not closed and signed:
        return None  # a signer closes it, though "Nơi nhận" was left out
    if not closed and header.body_end >= len(lines):
        return Problem(
            last.no,
            f"công văn bị cắt: sau dòng cuối (“…{tail}”) không có phần Nơi nhận và chữ ký; "
            "hãy gửi đủ các trang",
        )
    if _ENDS.search(last.text) or last.table:
        return None
    if closed and not opens_item(last.text.strip()):  # (an item is where a duty is)
        return None  # the closing paragraph, its full stop left out
    if closed and any(f.end >= len(last.text.rstrip()) for f in deadlines(last.text, None)):
        return None  # an item ending on its date, whole but for the stop
    if closed:
        return Problem(
            last.no,
            f"công văn thiếu trang: câu cuối trước phần Nơi nhận dừng giữa chừng "
            f"(“…{last.text[-40:].strip()}”); hãy gửi đủ các trang",
        )
    return Problem(
        last.no,
        f"công văn bị cắt: dòng cuối dừng giữa câu (“…{tail}”), không có phần Nơi nhận và chữ "
        "ký; hãy gửi đủ các trang",
    )
