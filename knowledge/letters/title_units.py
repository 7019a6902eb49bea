"""Who a duty's clause opens with, left out of its title: "Đề nghị các cơ quan, đơn vị …", "Sở Y tế
chủ trì, phối hợp với Sở Tư pháp …", "Các cơ quan nêu tại mục 1 …", "Ủy ban nhân dân các huyện nêu
trên …" (knowledge/letters/titles.py makes the rest of the title).
"""

from __future__ import annotations

import re

from knowledge.letters.bodies import unknown_body
from knowledge.letters.named_above import ABOVE
from knowledge.letters.register import Register
from knowledge.letters.sections import GENERIC, LEAD, RELATED
from knowledge.letters.text import plain

# An item's marker, "- ", "a) ", "1.2. ", before its text.
ITEM_MARK = re.compile(r"^(?:[-+•–*]|[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)])\s*")
# "chủ trì, phối hợp với …", "chủ trì, phối hợp Sở …" (the lead's partners named at once)
# ("cùng" folds as "cung": "phối hợp cung cấp số liệu" keeps its verb)
_WITH = r"(?:voi|cung(?! cap\b))"
_ROLE = re.compile(
    r"^[,:]?\s*(?:chu tri\s*(?:,|va)?\s*(?:phoi hop(?:\s+chat che)?\s+(?:" + _WITH + r"\s+)?)?"
    r"|phoi hop(?:\s+chat che)?\s+" + _WITH + r"\s+)?"
)
# The partners' own word after the lead's: "Sở A chủ trì, Sở B phối hợp cung cấp …", "…, Sở B
# hỗ trợ triển khai …"
_PARTNERS = re.compile(r"^[,:]?\s*(?:phoi hop(?:\s+chat che)?|ho tro)\s+(?!voi\b)")
# The units named by the item they were given ("[Các cơ quan] nêu tại khoản 1 mục II"), or by
# the list the letter attaches ("[Các cơ quan, đơn vị] có tên tại Phụ lục kèm theo").
_REFERRED = re.compile(
    r"^[,:]?\s*(?:(?:neu|co ten|duoc giao|duoc neu)\s+)?(?:tai|o|trong)\s+"
    r"(?:(?:(?:diem|khoan|muc|phan)\s+(?:[ivx]{1,4}|\d{1,2}|[a-z])\b[\s,]*(?:va\s+)?)+"
    r"|(?:cac\s+)?(?:phu luc|danh sach)(?:\s+so)?(?:\s+(?:\d{1,2}|[ivx]{1,4})\b)?"
    r"(?:\s+(?:kem theo|dinh kem)(?:\s+(?:cong van|van ban)(?:\s+nay)?)?)?\s*)"
    # "… tại mục 1 (của) Công văn này"
    r"(?:(?:cua\s+)?(?:cong van|van ban|ke hoach|thong bao)\s+nay\b\s*)?"
)
# A group of addressees named by the item that gave them work: "Các Sở, ngành có tên tại khoản
# 2", "các huyện nêu ở điểm b" (the group's words and the reference both say who, not what).
_GROUP = re.compile(
    r"^(?:thu truong\s+)?(?:cac|nhung)\s+(?:so|nganh|huyen|co quan|don vi|dia phuong)"
    r"(?:\s*(?:,|va)\s*(?:ban|nganh|so|co quan|don vi|dia phuong))*(?=\s)"
)
# Who the addressees named as a whole are, before their duty: "được giao …", "được kiểm tra
# …", "có …", "thuộc …",
# "sử dụng …", up to the verb of the duty (within a few words).
_QUALIFIED = re.compile(
    # ("được" alone: any part the letter gives them, "các đơn vị được kiểm tra gửi …")
    r"\s*(?:(?:duoc|co|thuoc|su dung|quan ly)\s+(?:\S+\s+){0,12}?"
    r"(?=(?:bao cao|gui|nop|lap|tong hop|xay dung|ra soat|thuc hien|de xuat|cung cap"
    r"|hoan thanh|trien khai|dang ky|cap nhat|to chuc)\b)"
    # "… chưa gửi báo cáo khẩn trương hoàn thiện …": those who have not yet, up to the urging
    # or to the aside that says who they are ("… chưa gửi báo cáo (có tên tại Kính gửi) …")
    r"|chua\s+(?:\S+\s+){1,6}?(?=khan truong\b|\())"
    r"(?:\s*\((?:co ten|neu|duoc neu)\b[^()]{0,40}\)\s*)?"
)
# The units named earlier, referred back to: "các Sở nêu trên", "các cơ quan, đơn vị kể trên".
_NAMED_ABOVE = re.compile(
    r"^(?:cac|nhung)\s+(?:so|co quan|don vi|dia phuong|huyen)"
    r"(?:\s*(?:,|va)\s*(?:ban|nganh|co quan|don vi|dia phuong))*\s+(?:neu|ke|noi)\s+tren\b"
)
_SOFT = re.compile(r"^[,:]?\s*(?:co trach nhiem|khan truong|tiep tuc|rieng)\s+")


# A clause of when, printed before the units it is theirs ("Sau khi được cấp, các cơ quan, đơn
# vị …", "Trong quá trình triển khai, Sở A …").
_WHEN = re.compile(r"^(?:sau khi|truoc khi|khi|trong qua trinh)\s[^,;.:]{1,80},\s*")


def _opens_with_units(rest: str, register: Register) -> bool:
    low = plain(rest)
    return bool(GENERIC.match(low)) or any(m.start < 2 for m in register.mentions(rest))


def who_left_out(piece: str, register: Register) -> str:
    """The duty without who does it and with whom: "Đề nghị các cơ quan, đơn vị gửi …" →
    "gửi …"; "Sở Y tế chủ trì, phối hợp với Sở Tư pháp hoàn thành …" → "hoàn thành …"."""
    led = False  # a lead's "chủ trì," was left out: its partners' "phối hợp" goes next
    for _ in range(6):
        low = plain(piece)
        cut = 0
        lead = LEAD.match(piece.lower())
        when = _WHEN.match(low)
        if lead:
            cut = lead.end()
        elif when and _opens_with_units(piece[when.end() :], register):
            cut = when.end()  # "Sau khi được cấp, các cơ quan … tiếp nhận …": the units next
        elif related := RELATED.match(low):  # "Các cơ quan, đơn vị liên quan rà soát …"
            cut = related.end()
        elif generic := GENERIC.match(low):
            cut = generic.end()
            # a group the register names at more length ("Các cơ quan chuyên môn thuộc UBND
            # tỉnh"): its whole name, not the general words it opens with
            longer = [m for m in register.mentions(piece) if m.start < 2 and m.end > cut]
            cut = run_end(piece, low, longer[0].start, register) if longer else cut
            # "Các cơ quan, đơn vị được giao kế hoạch vốn năm 2021 báo cáo …": who they are,
            # up to the duty
            cut = register.left_out(piece, cut)[1]  # "(trừ Công an tỉnh)": the units'
            qualified = _QUALIFIED.match(low, cut)
            cut = qualified.end() if qualified else cut
        elif (group := _GROUP.match(low)) and (ref := _REFERRED.match(low[group.end() :])):
            cut = group.end() + ref.end()  # "Các Sở có tên tại khoản 2 gửi …": "gửi …"
        elif referred := _REFERRED.match(low):  # what is left of "Các cơ quan nêu tại mục 1"
            cut = referred.end()
        elif above := _NAMED_ABOVE.match(low):  # "các Sở nêu trên thực hiện …"
            cut = above.end()
        else:
            mentions = [m for m in register.mentions(piece) if m.start < 2]
            if mentions:
                cut = run_end(piece, low, mentions[0].start, register)
            else:
                role = _ROLE.match(low)
                soft = _SOFT.match(low)
                if led and (partnered := _PARTNERS.match(low)):
                    cut = partnered.end()
                elif role and role.end():
                    led = "phoi hop" not in role.group()
                    partners = "phoi hop" in role.group()
                    cut = run_end(piece, low, role.end(), register) if partners else 0
                    cut = cut or role.end()
                elif soft:
                    cut = soft.end()
        if not cut:
            return piece
        piece = piece[cut:].lstrip(" ,:")
    return piece


def run_end(piece: str, low: str, pos: int, register: Register) -> int:
    """The end of the units named one after another from `pos` ("Sở A, Sở B và Sở C")."""
    end = register.names_end(piece, low, pos)
    end += back.end() if (back := ABOVE.match(low[end:])) else 0  # "… các huyện nêu trên"
    related = RELATED.match(low[end:].lstrip(" ,"))
    if related:
        end = len(low) - len(low[end:].lstrip(" ,")) + related.end()
    if end > pos:  # and a body the register does not hold, named in the same list
        end = unknown_body(piece, end)
    return end if end > pos else pos


def unnamed(printed: str, register: Register) -> str:
    """A clause as plain text past the units it opens with."""
    piece = ITEM_MARK.sub("", printed.strip())
    low = plain(piece)
    mentions = [m for m in register.mentions(piece) if m.start < 2]
    start = run_end(piece, low, mentions[0].start, register) if mentions else 0
    return low[start:].lstrip(" ,:")
