"""Figures OCR read as the letters of the same shape: "2O21", "1O", "O1/01", "l5/10", "l2/KH".

A scan gives O or o for 0, and l or I for 1, inside a group of figures. Such a letter is read as
its figure only inside a group that holds a real figure and touches no other letter ("2O21",
"l5"), so words ("Ol", "II" of "quý II", "CO2", "H2O") are never changed. The reading keeps one
character for each printed one: the plain form (knowledge/letters/text.py) reads the figure and
the printed text, sliced at the same place, keeps what the scan printed ("trước ngày l5/10/2O21").
"""

from __future__ import annotations

import re

_FIGURE_OF = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"})
# a group of figures and look-alikes holding one real figure at least, between non-letters
_GROUP = re.compile(r"(?<![^\W\d_])[\dOolI]*\d[\dOolI]*(?![^\W\d_])")
_LOOK_ALIKE = re.compile(r"[OolI]\d|\d[OolI]")


def figures_read(printed: str, folded: str) -> str:
    """`folded` (one character for each of `printed`) with the look-alike letters of every
    group of figures in `printed` read as their figures."""
    if _LOOK_ALIKE.search(printed) is None:
        return folded
    out = list(folded)
    for m in _GROUP.finditer(printed):
        if _LOOK_ALIKE.search(m.group()):
            out[m.start() : m.end()] = m.group().translate(_FIGURE_OF)
    return "".join(out)


def as_figures(printed: str) -> str:
    """`printed` with its groups of figures read (a letter's number: "2O7/STC" → "207/STC")."""
    return figures_read(printed, printed)
