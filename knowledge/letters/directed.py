"""Work a unit has its subordinates do: "Chỉ đạo Ủy ban nhân dân các xã, phường, thị trấn hướng
dẫn người dân …", "Đôn đốc các phòng chuyên môn rà soát …". The unit's own deliverable is then its
report on that work ("Báo cáo kết quả (theo Phụ lục II) gửi Sở … chậm nhất …"), named by the work
the subordinates do, not by the bodies it directs.
"""

from __future__ import annotations

import re

from knowledge.letters.text import plain

# The directing verb, then the subordinate bodies: the commune committees ("UBND các xã,
# phường, thị trấn", "UBND cấp xã"), or the unit's own offices ("các phòng, ban chuyên môn",
# "các cơ quan chuyên môn trực thuộc", "các đơn vị trực thuộc"); on the folded text.
_DIRECTED = re.compile(
    r"^(?:[-+•–*]\s*)?(?:chi dao|don doc)\s+"
    r"(?:(?:ubnd|uy ban nhan dan)\s+(?:cac\s+)?(?:cap\s+xa|xa|phuong|thi tran)"
    r"(?:\s*(?:,|va)\s*(?:xa|phuong|thi tran))*"
    r"|(?:cac\s+)?(?:phong|co quan|don vi|bo phan)(?:\s*(?:,|va)\s*(?:phong|ban|co quan|don vi))*"
    r"(?:\s+(?:chuyen mon|truc thuoc|thuoc|cap huyen|cap xa))+)"
    r"\s*,?\s+(?=\S)"
)


def directed_work(text: str) -> str | None:
    """The work `text` has subordinates do, as printed ("hướng dẫn người dân …"); None when it
    directs no subordinate body."""
    low = plain(text)
    m = _DIRECTED.match(low)
    if m is None or len(low) != len(text):
        return None
    # (folding keeps every letter's place: the folded end is the printed one)
    return text[m.end() :].strip() or None
