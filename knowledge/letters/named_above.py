"""A group a heading names back ("1. Ủy ban nhân dân các huyện nêu trên chỉ đạo …", "Các Sở có
tên tại Kính gửi …"): the units of that group the letter addresses, not the whole group. A letter
to three districts that then says "các huyện nêu trên" asks those three, never all seven.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (sections.py reads ABOVE from here)
    from knowledge.letters.sections import Section

# Right after the units a heading opens with: "nêu trên", "kể trên", "trên", "có tên tại Kính
# gửi", "nêu tại Kính gửi" (folded).
ABOVE = re.compile(
    r"^\s*(?:(?:neu|ke|noi)\s+tren|tren|(?:(?:co ten|neu|duoc neu)\s+)?(?:tai|o)\s+kinh gui)\b"
)


def narrow(sections: list[Section], addressed: tuple[str, ...]) -> None:
    """Each section whose heading names its units back keeps those the letter addresses (all
    of them still when the letter addresses none of the group: it named them elsewhere)."""
    for section in sections:
        if section.above:
            section.units = tuple(u for u in section.units if u in addressed) or section.units
