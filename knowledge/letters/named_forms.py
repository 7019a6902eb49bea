"""Forms named by what they hold rather than numbered: the letter encloses "BIỂU TỔNG HỢP" after
its signature and the body asks for the report "theo Mẫu số 02 và Biểu tổng hợp kèm theo". The
annex's heading says the name is a form's; the body's use of it says the task is made on it.
"""

from __future__ import annotations

import re

from knowledge.letters.text import Line, plain

# An annex heading in capitals: a form's word and a short name, no number ("BIỂU TỔNG HỢP").
_NAMED_HEADING = re.compile(r"^(?:bieu|mau|phu luc)\s+(?:[a-z]+\s*){1,3}$")
_NO_NAME = {"kem", "theo", "so", "cua", "va", "luc"}
_NUMBERED = re.compile(r"^(?:bieu|mau|phu luc)\s+(?:mau\s+)?(?:so\s+)?(?:\d|[ivx]{1,5}\b)")


def annexed_names(after_body: list[Line]) -> tuple[str, ...]:
    """The names of the forms the letter encloses by a heading of their own, in sentence
    case ("Biểu tổng hợp")."""
    found: list[str] = []
    for line in after_body:
        text = line.text.strip(" .:")
        low = plain(text)
        if not text.isupper() or _NUMBERED.match(low) or not _NAMED_HEADING.match(low):
            continue
        if set(low.split()[1:]) & _NO_NAME:  # "PHỤ LỤC KÈM THEO": no name of its own
            continue
        found.append(text[:1] + text[1:].lower())
    return tuple(dict.fromkeys(found))


def named_in(lines: list[Line], names: tuple[str, ...]) -> tuple[str, ...]:
    """The enclosed forms `lines` name, as the body prints them."""
    found: list[str] = []
    for name in names:
        pattern = re.compile(r"\b" + re.escape(plain(name)) + r"\b")
        for line in lines:
            m = pattern.search(line.plain)
            if m:
                found.append(line.text[m.start() : m.end()])
                break
    return tuple(dict.fromkeys(found))
