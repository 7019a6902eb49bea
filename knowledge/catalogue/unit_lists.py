"""Several units named in one line ("sxd syt", "so y te va so xay dung", "Sở Y tế, ham yen"):
each one read, in order, and the words no unit claims said back.

A group follows every agency its /theodoi names. The line was split at commas only, so "sxd
syt" was read as the one agency it mentioned first and "so y te va so xay dung" as one, the
other dropped without a word. Here the longest run of words that names one unit whole (the
register's names and short forms, or the words only one unit's name holds, "ham yen") is taken
first, so a name with "và" or a comma in it ("Sở Tài nguyên và Môi trường", "Sở Lao động,
Thương binh và Xã hội") stays one unit, and "và", "," and ";" only separate.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from knowledge.catalogue.units import unit_read
from knowledge.language.text import strip_marks

_PIECE = re.compile(r"[^\s,;]+|[,;]")
_SEPARATORS = {",", ";", "va", "&", "+"}
LONGEST = 12  # words in the longest unit name ("Sở Lao động, Thương binh và Xã hội" is 9)


@dataclass(frozen=True)
class Listed:
    units: tuple[str, ...]  # in the order named, each once
    unread: tuple[str, ...]  # runs of words no unit claims, as typed


def _separator(piece: str) -> bool:
    return strip_marks(piece.lower()) in _SEPARATORS


def _joined(name: str) -> bool:
    return any(map(_separator, _PIECE.findall(name)))


def units_listed(text: str, whole: Callable[[str], str | None], units: Sequence[str]) -> Listed:
    """The units a line names, one after the other. `whole` reads a text as one unit's name
    (the register's), `units` are the province's units for the words only one holds."""
    pieces = _PIECE.findall(text)
    found: list[str] = []
    unread: list[list[str]] = []
    i, last_unread = 0, -2
    while i < len(pieces):
        if _separator(pieces[i]):
            i += 1
            continue
        for j in range(min(len(pieces), i + LONGEST), i, -1):
            if _separator(pieces[j - 1]):
                continue
            span = " ".join(pieces[i:j])
            name = unit_read(span, whole, units)
            if name is not None and any(map(_separator, pieces[i:j])) and not _joined(name):
                # the register reads tolerantly ("so tu phap, so" is Sở Tư pháp): a run across
                # a separator is one unit only when the name itself has "và" or a comma
                name = None
            if name is not None:
                if name not in found:
                    found.append(name)
                i = j
                break
        else:
            if last_unread == i - 1:
                unread[-1].append(pieces[i])
            else:
                unread.append([pieces[i]])
            last_unread = i
            i += 1
    return Listed(tuple(found), tuple(" ".join(words) for words in unread))
