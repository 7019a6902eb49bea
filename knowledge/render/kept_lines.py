"""A unit's line, written once per standing: an agency's duty list and /tiendo write a line
for each of a few dozen units at every question, and with nothing reported the standings are
the same objects from question to question (knowledge/rules/unmarked.py), so their lines are
too. Kept by the standing's identity, the standing, the catalogue and the province held beside
the text, so that an id reused by a newer object is never answered from an older one; a
standing computed afresh (with statuses) is a new object and written anew."""

from __future__ import annotations

from collections.abc import Callable

from knowledge.catalogue.model import Catalogue, Province
from knowledge.rules.standing import Standing

LINES_KEPT = 4_096  # a province's units over a few days, and the agencies' lists of each
_LINES: dict[tuple[int, bool], tuple[Standing, Catalogue, Province, str]] = {}


def kept_line(
    catalogue: Catalogue,
    province: Province,
    s: Standing,
    role: bool,
    write: Callable[[Catalogue, Province, Standing, bool], str],
) -> str:
    """`write(catalogue, province, s, role)`, written once for this standing object."""
    key = (id(s), role)
    held = _LINES.get(key)
    if held is not None and held[0] is s and held[1] is catalogue and held[2] is province:
        return held[3]
    text = write(catalogue, province, s, role)
    if len(_LINES) >= LINES_KEPT:
        _LINES.clear()
    _LINES[key] = (s, catalogue, province, text)
    return text
