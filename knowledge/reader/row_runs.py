"""Several rows named by one row word and a run of numbers ("mục 29 30 31", "mục 29, 30 và
31", "406-29 và 30"): each number after the first is a row of the same decision. The question
reader finds only the first (row_refs.py); a statement that writes must offer every row it names,
never the first alone (knowledge/reader/keyed_items.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from knowledge.language.text import MarkedWords, Token
from knowledge.reader.row_refs import RowRef

MAX_NUMBER = 999  # a row's number has at most three digits, as row_refs reads it
# what joins one number of a run to the next besides a comma or a space ("29 và 30", "29 với
# 30"); never "hoặc" (one or the other is no statement about both)
_AND = MarkedWords("và với")


def _joins(token: Token) -> bool:
    return token in _AND


def _number(token: Token) -> str | None:
    fold = token.fold
    if fold.isdecimal() and len(fold) <= 3 and 0 < int(fold) <= MAX_NUMBER:
        return str(int(fold))
    return None


def with_runs(tokens: Sequence[Token], refs: Sequence[RowRef], stop: int) -> list[RowRef]:
    """`refs` with, after each, the rows of the run of numbers that follows it before `stop`
    (where the status words begin), each of the same decision; the first row of a run then has
    no sector words (the run's joiners are none)."""
    out: list[RowRef] = []
    taken = {r.start for r in refs}
    for ref in refs:
        run: list[RowRef] = []
        k = ref.end
        while k < min(stop, len(tokens)):
            number = _number(tokens[k])
            if number is not None and k not in taken:
                run.append(RowRef(ref.decision, number, (), k, k + 1))
                k += 1
            elif _joins(tokens[k]) and k + 1 < stop and _number(tokens[k + 1]) is not None:
                k += 1
            else:
                break
        out.append(replace(ref, sector=()) if run else ref)
        out += run
    return out


# A range of rows: "mục 29-31", "muc 29 đến 31", "406-29 tới 31", "mục 29 - mục 31", "406-23 đến
# 406-28" (both ends whole keys, of one decision). Only after a row word or a decision's key,
# and never a date ("mục 22 đến 31/8": the number before a "/" is a day), so that what is
# spread is rows.
_RANGE = re.compile(
    r"(?P<head>\b(?:mục|muc)\s+|\b(?P<decision>406|411)[-/])(?P<first>\d{1,3})\s*"
    r"(?:-|–|—|\bđến\b|\bden\b|\btới\b|\btoi\b)\s*"
    r"(?:(?:mục|muc)\s+|(?P<again>406|411)[-/](?=\d))?"
    r"(?P<last>\d{1,3})(?![/\d.,]\d)",
    re.IGNORECASE,
)
MAX_RANGE = 30  # rows one range may name; a wider one is left as typed (no row is guessed)


def spread_ranges(text: str) -> str:
    """`text` with each range of rows written as the run of its numbers ("mục 29-31" → "mục 29
    30 31"), which `with_runs` reads row by row; a range backwards or wider than MAX_RANGE is
    left as typed."""

    def spread(found: re.Match[str]) -> str:
        first, last = int(found["first"]), int(found["last"])
        if not first < last <= first + MAX_RANGE - 1:
            return found[0]
        if found["again"] and found["again"] != found["decision"]:
            return found[0]  # "406-23 đến 411-28": no run of one decision
        return found["head"] + " ".join(str(n) for n in range(first, last + 1))

    return _RANGE.sub(spread, text)


# Two whole row keys or more opening the words, joined by commas, "và", "với" or a range
# ("406-30, 406-31, 406-32 …", "406-30 đến 406-33 …" once spread): a list of rows typed whole,
# of which one status is then said
_LISTED = re.compile(
    r"^\s*(?:406|411)[-/]\d{1,3}(?!\d)"
    r"(?:(?:\s*(?:[,;]|\bvà\b|\bva\b|\bvới\b|\bvoi\b)\s*|\s+)"
    r"(?:(?:406|411)[-/])?\d{1,3}(?![\d/.-]))+"
    r"(?=[\s,;.]|$)",
    re.IGNORECASE,
)


def several_keys(text: str) -> bool:
    """The words open with a list or a range of two rows or more, typed as whole keys."""
    return _LISTED.match(spread_ranges(text)) is not None
