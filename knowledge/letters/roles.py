"""Units a letter names by the role it gives them: "Sở Thông tin và Truyền thông, Cơ quan Thường
trực Ban Chỉ đạo chuyển đổi số tỉnh, đề nghị …", "Sở Nội vụ (cơ quan thường trực Hội đồng thẩm
định …)", "… gửi về Cơ quan Thường trực Ban Chỉ đạo … (Sở Thông tin và Truyền thông)". Once
the letter says who holds a role, the role names that unit wherever it is printed ("… gửi về Cơ
quan Thường trực Ban Chỉ đạo chuyển đổi số tỉnh" is Sở TT&TT, the receiver).
"""

from __future__ import annotations

import re

from knowledge.letters.register import PROVINCE_COMMITTEE, Register
from knowledge.letters.text import Line

# A role a unit holds for a body of the province: the standing office or the lead of a steering
# board, a council, a working group ("Cơ quan Thường trực Ban Chỉ đạo …", "cơ quan chủ trì Tổ
# công tác …"); its name may hold a comma ("Ban Chỉ đạo phòng, chống dịch").
_HEAD = r"(?:(?:co quan|don vi)\s+(?:thuong truc|chu tri|dau moi)|thuong truc)\s+"
# "<unit> (<role>)", or "<unit>, <role>, đề nghị …" (the role ends at the comma before the
# letter's request)
_AFTER = re.compile(
    r"\s*(?:\(\s*(?P<role>" + _HEAD + r"[^;.()]{6,120}?)\s*\)"
    r"|,\s*(?P<listed>" + _HEAD + r"[^;.()]{6,120}?)\s*,\s*"
    r"(?=(?:de nghi|yeu cau|huong dan|thong bao|tran trong|kinh de nghi)\b))"
)
# "<role> (<unit>)"
_BEFORE = re.compile(r"(?P<role>" + _HEAD + r"[^;.()]{6,120})\s*\(\s*$")


def learn(lines: list[Line], register: Register) -> dict[str, str]:
    """The roles the letter says who holds: the role as printed → the unit."""
    roles: dict[str, str] = {}
    for line in lines:
        low = line.plain
        for m in register.mentions(line.text):
            if m.group or len(m.names) != 1 or m.names[0] == PROVINCE_COMMITTEE:
                continue
            after = _AFTER.match(low, m.end)
            if after:
                roles[_printed(line, after)] = m.names[0]
                continue
            before = _BEFORE.search(low[: m.start])
            if before and low[m.end :].lstrip().startswith(")"):
                roles[_printed(line, before)] = m.names[0]
    return roles


def _printed(line: Line, m: re.Match) -> str:
    group = "role" if m.group("role") else "listed"
    return line.text[m.start(group) : m.end(group)].strip()
