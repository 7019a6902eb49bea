"""The markers of an outline's items, as printed, in one place for every reader of a letter:
"I.", "II)" (parts), "1.", "1)", "1.1", "1.2." (items and points), "a)" (points), "-", "+", "•"
(entries), "Bước n" (steps) and the enumerations a chairman's opinion is written in ("Một là,
…", "Thứ nhất, …"), whose word is read as the number it counts (knowledge/letters/sections.py
nests them by order of first use).

`marker` reads an item's level, number and heading; `opens_item` says a line starts an item of
its own (no wrap of the line above: knowledge/letters/text.py, scanned.py, soundness.py);
`numbered_item` is an item with a number or a letter (annexes.py, details.py); `ENTRY` is an
entry's bullet; `LIST_ENTRY` an entry of a list of names (the Kính gửi list, header.py).
"""

from __future__ import annotations

import re

from knowledge.letters.folding import plain

COUNTS = ("mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin", "muoi")
ORDINALS = ("nhat", "hai", "ba", "tu", "nam", "sau", "bay", "tam", "chin", "muoi")
# "Một là, giao Sở …": the count's word, "là", then a comma or colon before the item's text
_COUNTED = re.compile(r"^(?P<n>" + "|".join(COUNTS) + r")\s+la\s*[,:]\s*(?=\S)")
# "Thứ nhất, …", "Thứ hai: …" (not the weekday of "thứ hai, ngày 5/4": a comma and no date)
_ORDINAL = re.compile(r"^thu\s+(?P<n>" + "|".join(ORDINALS) + r")\s*[,:]\s*(?=\S)(?!ngay\b)")

# the markers' printed forms, the pieces every pattern below is made of
ROMAN = r"[IVX]{1,4}\s*[.)]"
NUMBER = r"\d{1,2}(?:\.\d{1,2})*"
LETTER = r"[a-zđ]\)"
BULLET = r"[-+•–*]"
STEP = r"(?i:bước)\s+\d"

# a line that opens an item of its own, never the rest of the line above: a part, a numbered
# item ("1.", "2)", "1.2." and "1.1" without its stop), a lettered point, an entry, a step
_OPENS = re.compile(
    rf"^(?:{ROMAN}|{NUMBER}[.)](?:\s|$)|\d{{1,2}}\.\d{{1,2}}\s|{LETTER}|{BULLET}|{STEP})"
)
# an item with a number or a letter, and the number with the space after it
_NUMBERED = re.compile(rf"^\s*(?:{ROMAN}|{NUMBER}\s*[.)]|\d{{1,2}}\.\d{{1,2}}|{LETTER})\s+")
# an item's number or letter and the space after it, even with nothing after ("3. ", "b)")
_POINT = re.compile(rf"^\s*(?:(?:{NUMBER}|[a-zđ])[.)])?\s*")
# an entry's bullet and the space after it ("- ", "+ ", "• ")
ENTRY = re.compile(rf"^\s*{BULLET}\s*")
# an entry of a list of names: a bullet or a number ("- Sở Y tế;", "1. Sở Y tế;")
LIST_ENTRY = re.compile(rf"^(?:{BULLET}|\d{{1,2}}[.)](?=\s))\s*")

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


def opens_item(text: str) -> bool:
    """`text` (a line as printed, stripped) opens an item of its own: a part, a numbered item, a
    lettered point, an entry or a step."""
    return _OPENS.match(text) is not None


def numbered_item(text: str) -> re.Match[str] | None:
    """The number or letter `text` opens with and the space after it ("1. ", "1.2 ", "b) ",
    "II. "), when it opens a numbered item."""
    return _NUMBERED.match(text)


def unmarked(text: str) -> str:
    """`text` without the number, letter or counted word its item opens with ("2. ", "b) ",
    "Một là, ", "Thứ hai: "): what the item itself says."""
    counted = enumerated(text)
    return counted[2] if counted else text[_POINT.match(text).end() :]  # type: ignore[union-attr]
