"""What the province's table gives each agency to do in a row, as a question's evidence.

An officer asks about their own part of a row in the table's words, not the title's: "Sở Y tế
chủ trì chia sẻ thông tin, dữ liệu về khám sức khỏe lái xe" is Sở Y tế's part of 406-22 ("Đổi
giấy phép lái xe"). So when the question names the agency (or the asker's agency is known), the
role texts of its rows are read too: a row whose role text prints several of the question's
word pairs is the row asked about. Pairs that many role texts print ("chủ trì", "phối hợp",
"tổ chức triển khai") say nothing of which row.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Sequence

from knowledge.catalogue.model import Province
from knowledge.language.text import fold, tokenize
from knowledge.reader.asking import first_person
from knowledge.reader.matching import expand_words
from knowledge.reader.parse import Parsed
from knowledge.reader.question_words import Word

ROLE_DF = 3  # a pair in this many of a province's role texts is the wording of every assignment
ROLE_PAIRS = 3  # pairs of the question a role text must print to name its row
Pair = tuple[str, str]
BULLET = re.compile(r"(?:^|\s)-\s")  # the table's cells list each agency's part as "- …"


@functools.lru_cache(maxsize=4096)
def _pairs(text: str) -> frozenset[Pair]:
    return frozenset(itertools.pairwise(expand_words([t.fold for t in tokenize(text)])))


_COMMON: dict[int, tuple[object, frozenset[Pair]]] = {}


def _common(province: Province) -> frozenset[Pair]:
    """The pairs of the province's table in force that many role texts print (computed once
    per table: a table applied anew is another dict)."""
    table = province.assignments
    cached = _COMMON.get(id(table))
    if cached is not None and cached[0] is table:
        return cached[1]
    count: Counter[Pair] = Counter()
    for a in table.values():
        count.update(_pairs(a.role_text))
    found = frozenset(p for p, c in count.items() if c >= ROLE_DF)
    if len(_COMMON) > 64:
        _COMMON.clear()
    _COMMON[id(table)] = (table, found)
    return found


@functools.lru_cache(maxsize=4096)
def _part(text: str, agency: str) -> str:
    """The agency's own part of a role text: its bullets ("- Sở Y tế chủ trì …") that name it,
    or the whole text when none does."""
    name = fold(agency)
    mine = [p for p in BULLET.split(text) if name in fold(p)]
    return " ".join(mine) or text


def role_row(province: Province, agency: str, words: Sequence[Word]) -> str | None:
    """The row of the agency whose role text (its own part of it) prints the most of the
    question's word pairs (ROLE_PAIRS at least, and clearly one), or None."""
    rows = province.rows_of(agency)
    if not rows:
        return None
    common = _common(province)
    adjacent = [(a, b) for a, b in itertools.pairwise(words) if b.at == a.at + 1]
    asked = {(a.known or a.typed, b.known or b.typed) for a, b in adjacent}
    asked |= {(a.typed, b.typed) for a, b in adjacent}
    asked -= common
    counts = sorted(
        ((len(asked & _pairs(_part(a.role_text, agency))), a.key) for a in rows), reverse=True
    )
    best, key = counts[0]
    if best < ROLE_PAIRS or (len(counts) > 1 and counts[1][0] == best):
        return None
    return key


def own_sector(province: Province, agency: str | None, key: str, parsed: Parsed) -> str | None:
    """The one sub-row of `key`'s row (a row split by sector, "406-11/Y tế") that the agency
    leads in the province's table, when the asker speaks of their own unit and the question
    names no sector; else None."""
    if agency is None or not first_person(parsed) or sector_named(parsed, key):
        return None
    parent = key.split("/", 1)[0]
    led = [
        a.key
        for a in province.rows_of(agency)
        if a.key.startswith(parent + "/") and a.role_of(agency) == "lead"
    ]
    return led[0] if len(led) == 1 else None


def sector_named(parsed: Parsed, key: str) -> bool:
    """Whether the question prints the sector of a sub-row ("lĩnh vực tư pháp" for
    "406-11/Tư pháp"); a row not split by sector names none."""
    _, _, sector = key.partition("/")
    folds = {t.fold for t in parsed.tokens}
    words = [t.fold for t in tokenize(sector) if t.fold not in ("va",)]
    return bool(words) and all(w in folds for w in words)
