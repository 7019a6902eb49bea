"""Bodies of the genre the register may not hold ("Kho bạc Nhà nước tỉnh", "Cục Thuế tỉnh"),
named in a list of units before a duty: where such a name ends, so that a title leaves it out.
"""

from __future__ import annotations

import re

# The words a body of the genre the register may not hold is named with ("Kho bạc Nhà nước tỉnh",
# "Cục Thuế tỉnh", "Ngân hàng Nhà nước chi nhánh tỉnh"): its kind's word first.
_BODY = re.compile(r"[\s,]*(?:và\s+)?(?=(?:Sở|Kho bạc|Cục|Chi cục|Ban|Trung tâm|Ngân hàng|Đài)\s)")


def unknown_body(piece: str, pos: int) -> int:
    """The end of such a name from `pos`: at "tỉnh" within six words, else after its last
    capitalised word among the next four; `pos` when none starts there."""
    m = _BODY.match(piece, pos)
    if m is None:
        return pos
    words = list(re.finditer(r"\S+", piece[m.end() :]))[:7]
    for w in words[1:]:
        if w.group().rstrip(",;") == "tỉnh":
            return m.end() + w.end() - (len(w.group()) - len(w.group().rstrip(",;")))
    end = m.end() + words[0].end() if words else pos
    for w in words[1:5]:
        if not w.group()[:1].isupper():
            break
        end = m.end() + w.end()
    return end
