"""How a letter points at its own sections: "tại điểm b mục 1", "nêu tại khoản 1 Mục II",
"mục 1, mục 2"; each reference is a path of section numbers, outer first, and names a section or
one it is in (knowledge/letters/sections.py gives each section its path)."""

from __future__ import annotations

import re

from knowledge.letters.markers import COUNTS, ORDINALS
from knowledge.letters.text import plain

# "điểm b khoản 1 Mục II", "điểm a, điểm b mục 1", "mục 1, mục 2": the printed words (mục, not
# mức), each with its number, a finer one completed by the coarser one after it.
_REF = re.compile(
    # ("Mục III.2": item 2 of part III, as "mục 1.2" is point 2 of item 1)
    r"\b(mục|phần|khoản|điểm|dòng)\s+((?:(?:[ivx]{1,4}|\d{1,2})(?:\.\d{1,2})?|[a-zđ])\b"
    r"(?:\s*(?:,|và)\s*(?:[ivx]{1,4}|\d{1,2}|[a-zđ])\b(?!\s*[./]))*)",
    re.I,
)
# A letter typed without marks has only the folded words ("tai diem 1 muc I"); there "muc" may
# be a "mức" too, but a level is followed by "độ" or a figure a reference rarely has alone.
_REF_FOLDED = re.compile(
    _REF.pattern.replace("(mục|phần|khoản|điểm|dòng)", "(muc|phan|khoan|diem|dong)"), re.I
)
_RANK = {"mục": 0, "phần": 0, "khoản": 1, "điểm": 2, "dòng": 3}
_RANK |= {"muc": 0, "phan": 0, "khoan": 1, "diem": 2, "dong": 3}
# A reference the letter anchors at itself: "điểm 1.1 văn bản này", "khoản 2 của công văn này".
_ANCHORED = re.compile(r"\s+(?:của\s+)?(?:văn bản|công văn)\s+này\b")
# An item of a chairman's enumeration named by its word: "nội dung tại Một là", "ở Thứ hai"
# (knowledge/letters/markers.py counts them as the items 1, 2, …).
_COUNTED_REF = re.compile(
    r"\b(?:tai|o)\s+(?:(?:noi dung|nhiem vu|muc|phan)\s+)?(?:(?P<c>"
    + "|".join(COUNTS)
    + r")\s+la|thu\s+(?P<o>"
    + "|".join(ORDINALS)
    + r"))\b"
)
ANYWHERE = "*"  # first element of a reference that names no part: "điểm b khoản 1"


def references(text: str) -> list[tuple[str, ...]]:
    """The sections a text refers to, outer number first: [("ii", "1", "b")]; the finest of
    nested ones ("nêu tại mục 1 … tại điểm b mục 1" → only ("1", "b"))."""
    paths: list[tuple[str, ...]] = []
    pending: list[list[tuple[int, str]]] = []
    for m in (_REF_FOLDED if text.isascii() else _REF).finditer(text.lower()):
        rank = _RANK[m.group(1).lower()]
        values = [v for v in re.split(r"\s*(?:,|và)\s*", m.group(2).lower()) if v]
        if pending and pending[0][-1][0] == rank:
            pending += [[(rank, v)] for v in values]
        elif pending and pending[0][-1][0] > rank:
            pending = [[*p, (rank, v)] for p in pending for v in values[:1]]
        else:
            paths += [_path(p) for p in pending]
            pending = [[(rank, v)] for v in values]
        if rank and all(len(p) == 1 for p in pending) and _ANCHORED.match(text.lower(), m.end()):
            # "tại điểm 2 văn bản này": the letter's own item, counted from its top
            pending = [[(0, v) for _, v in p] for p in pending]
            rank = 0
        if rank == 0:
            paths += [_path(p) for p in pending]
            pending = []
    paths += [_path(p) for p in pending]
    for m in _COUNTED_REF.finditer(plain(text)):
        words = COUNTS if m.group("c") else ORDINALS
        paths.append((str(words.index(m.group("c") or m.group("o")) + 1),))
    found = list(dict.fromkeys(paths))
    return [p for p in found if not any(q != p and _within(q, p) for q in found)]


def _path(parts: list[tuple[int, str]]) -> tuple[str, ...]:
    ordered = sorted(parts)
    head = () if ordered[0][0] == 0 else (ANYWHERE,)
    path: tuple[str, ...] = ()
    for _, value in ordered:
        numbers = tuple(value.split("."))
        # "điểm 1.1 mục 1": the point's number repeats the item's, as its section's path has
        # it ("1", "1"), not ("1", "1", "1")
        within = len(numbers) > 1 and numbers[: len(path)] == path
        path += numbers[len(path) :] if within else numbers
    return head + path


def _within(finer: tuple[str, ...], coarser: tuple[str, ...]) -> bool:
    return len(finer) > len(coarser) and finer[: len(coarser)] == coarser


def refers_to(ref: tuple[str, ...], path: tuple[str, ...], tops: set[str]) -> bool:
    """A reference names a section or one it is in: from the outer number; or anywhere along
    the way for one that names no part ("điểm b khoản 1"), or whose part the letter has not
    ("mục 2" in a letter of parts I, II: its item 2)."""
    if ref[0] != ANYWHERE and ref[0] in tops:
        return path[: len(ref)] == ref
    if ref[0] != ANYWHERE and len(path) > 1 and path[0] in tops and not path[0].isdigit():
        # "mục 2" in a letter of parts I, II: an item of a part, not a point "1.2" within one
        return path[1 : 1 + len(ref)] == ref
    ref = ref[1:] if ref[0] == ANYWHERE else ref
    return any(path[i : i + len(ref)] == ref for i in range(len(path)))
