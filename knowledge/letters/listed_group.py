"""A heading that names a group by what its members share and lists them: "1. Các cơ quan có dịch
vụ công trực tuyến phát sinh nhiều hồ sơ (gồm: Sở Tư pháp, Công an tỉnh)", the list in brackets
or in a footnote the heading calls (knowledge/letters/notes.py puts the footnote there). The
item is owed by the units listed: the group's words alone would read as every addressee.
"""

from __future__ import annotations

import re

from knowledge.letters.mentions import Mention

# "(gồm: …)", "(bao gồm …)"; not "(không bao gồm …)", which leaves units out
_LISTED = re.compile(r"\((?:bao\s+)?gom\b[^)]*\)")


def listed_members(low: str, mentions: list[Mention]) -> list[str]:
    """The units a heading's bracketed list names (`low`: the heading's plain form), or none."""
    found = _LISTED.search(low)
    if found is None:
        return []
    return [n for m in mentions if found.start() <= m.start < found.end() for n in m.names]
