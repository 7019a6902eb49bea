"""The markers of an outline's levels, as printed: "I.", "1.1.", "1.", "1)", "a)", and the
enumerations a chairman's opinion is written in ("Một là, …", "Thứ nhất, …"), whose word is read
as the number it counts (knowledge/letters/sections.py nests them by order of first use).
"""

from __future__ import annotations

import re

from knowledge.letters.text import plain

COUNTS = ("mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin", "muoi")
ORDINALS = ("nhat", "hai", "ba", "tu", "nam", "sau", "bay", "tam", "chin", "muoi")
# "Một là, giao Sở …": the count's word, "là", then a comma or colon before the item's text
_COUNTED = re.compile(r"^(?P<n>" + "|".join(COUNTS) + r")\s+la\s*[,:]\s*(?=\S)")
# "Thứ nhất, …", "Thứ hai: …" (not the weekday of "thứ hai, ngày 5/4": a comma and no date)
_ORDINAL = re.compile(r"^thu\s+(?P<n>" + "|".join(ORDINALS) + r")\s*[,:]\s*(?=\S)(?!ngay\b)")

_PATTERNS = (
    ("roman", re.compile(r"^(?P<n>[IVX]{1,4})\s*[.)]\s+(?P<h>\S.*)$")),
    ("decimal", re.compile(r"^(?P<n>\d{1,2}\.\d{1,2})\.?\s+(?P<h>\S.*)$")),
    ("arabic", re.compile(r"^(?P<n>\d{1,2})\s*\.\s+(?P<h>\S.*)$")),
    ("paren", re.compile(r"^(?P<n>\d{1,2})\s*\)\s+(?P<h>\S.*)$")),
    ("letter", re.compile(r"^(?P<n>[a-zđ])\)\s+(?P<h>\S.*)$")),
)


def marker(text: str) -> tuple[str, str, str] | None:
    """(kind, number as printed or counted, heading) when `text` opens with an outline marker."""
    for kind, pattern in _PATTERNS:
        m = pattern.match(text)
        if m:
            return kind, m.group("n"), m.group("h")
    return enumerated(text)


def enumerated(text: str) -> tuple[str, str, str] | None:
    """("counted", "2", the rest) for "Hai là, …" and "Thứ hai, …" opening `text`; only with a
    capital first letter, as an item opens (a sentence's "hai là" is no marker)."""
    if not text[:1].isupper():
        return None
    low = plain(text)
    m = _COUNTED.match(low)
    if m:
        return "counted", str(COUNTS.index(m.group("n")) + 1), text[m.end() :]
    m = _ORDINAL.match(low)
    if m:
        return "counted", str(ORDINALS.index(m.group("n")) + 1), text[m.end() :]
    return None
