"""A letter's blank lines as it was typed, whatever an export did to them. Some exports double
every blank line; others double-space the text, a blank line after every line, so that each line
a page wrapped looks like a paragraph of its own. Both are undone exactly here, before any reader
sees the text: the reader tells paragraphs, wrapped lines and table rows apart by the blank lines
between them, and must read such a copy as it reads the letter.

A typed letter has lines that follow each other with no blank line between (a wrapped paragraph,
a list, a table) and single blank lines between paragraphs. A copy whose every run of blank
lines has an even length (never one blank line alone) had its blank lines doubled; a copy with
no two lines adjacent, every run of odd length and one at least of three was double-spaced (k
blank lines became 2k + 1).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from itertools import pairwise

# fewer gaps than this say nothing of how the whole text was spaced
_FEW = 6


def single_spaced(text: str) -> tuple[str, list[int]]:
    """`text` with its blank lines as typed, and for each of its lines the line of `text` it
    was (1-based), so what is said of a line points into the file as sent."""
    lines = text.split("\n")
    # (a page break, "\f", is a mark of its own, no blank line: exports do not double it)
    filled = [i for i, ln in enumerate(lines) if ln.strip(" \t\r")]
    runs = Counter(b - a - 1 for a, b in pairwise(filled))
    if sum(runs.values()) < _FEW:
        return text, list(range(1, len(lines) + 1))
    if all(run % 2 == 0 for run in runs) and max(runs) >= 2:
        keep = _kept(lines, filled, lambda run: run // 2)
    elif all(run % 2 == 1 for run in runs) and max(runs) >= 3:
        # (a letter typed a paragraph a line, one blank line between, is no double-spaced
        # copy: only a run of three shows a blank line the export doubled-spaced)
        keep = _kept(lines, filled, lambda run: (run - 1) // 2)
    else:
        return text, list(range(1, len(lines) + 1))
    return "\n".join(lines[i] for i in keep), [i + 1 for i in keep]


def _kept(lines: list[str], filled: list[int], blanks: Callable[[int], int]) -> list[int]:
    """The indices of the lines kept: every line with text, and of each run of blank lines
    between two of them the first `blanks(run)`; the blank lines before the first and after
    the last stay as they are."""
    keep = list(range(filled[0]))
    for a, b in pairwise(filled):
        keep.append(a)
        keep += list(range(a + 1, a + 1 + blanks(b - a - 1)))
    keep += list(range(filled[-1], len(lines)))
    return keep
