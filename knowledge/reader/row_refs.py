"""Row references in a question: "406-14", "406/14", "mục 22", "số 22 QĐ 411", "mục 11 lĩnh vực
tài chính" (the words after the number name a sub-row's sector)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from knowledge.language.text import MarkedWords, Token
from knowledge.language.vocabulary import LEVEL_VERBS, ROW_WORDS

DECISIONS = ("406", "411")
Pairs = frozenset[tuple[str, str]]
# what may stand between a row's number and its decision: "mục 5 QĐ 411", "số 6 của 411",
# "dòng 6 bên 411" (on 411's side), "dòng 5 trong danh mục 411" (the annex's own name)
DECISION_LINKS = frozenset(
    {"qd", "quyet", "dinh", "cua", "theo", "trong", "thuoc", "ben", "danh", "muc"}
)
LINKS_SPAN = 4  # "trong danh mục | 411": the most words between the number and its decision
# "hàng" closes everyday nouns of trade no document prints, and is then no row: "nhà hàng 3
# tầng" (a restaurant), "cửa hàng" (a shop), "ngân hàng" (a bank), "khách hàng" (a customer),
# "mặt hàng" (goods), "đơn hàng" (an order)
_HANG = MarkedWords("hàng")
_BEFORE_HANG = MarkedWords("nhà cửa ngân khách mặt đơn")


@dataclass(frozen=True)
class RowRef:
    decision: str | None  # None: "mục 22" without a decision
    number: str
    sector: tuple[Token, ...]  # words after the number, e.g. a sector of row 11
    start: int
    end: int


def _row_key(text: str) -> tuple[str, str] | None:
    """ "406-14", "406/14", "411.16" as (decision, number)."""
    for sep in "-/.":
        head, _, tail = text.partition(sep)
        if head in DECISIONS and tail.isdecimal() and len(tail) <= 3 and sep in text:
            return head, str(int(tail))
    return None


LEVELS = ("2", "3", "4")  # the service levels the decisions count (mức độ 2, 3, 4)


def level_run(tokens: Sequence[Token], k: int) -> int:
    """Where a list of levels in order ("3 4", "2, 3, 4") starting at k ends, or k if there is
    none: "dvc muc 3 4" lists levels, never rows 3 and 4 one after the other."""
    end = k
    while end < len(tokens) and tokens[end].fold in LEVELS:
        if end > k and int(tokens[end].fold) != int(tokens[end - 1].fold) + 1:
            break
        end += 1
    return end if end - k >= 2 else k


def find_rows(tokens: Sequence[Token], compounds: Pairs = frozenset()) -> list[RowRef]:
    """Row references. `compounds`: the word pairs the documents print; a row word that closes
    one ("danh mục", "mã số", "biển số") is that compound's, not a row's number."""
    refs = []
    i, size = 0, len(tokens)
    while i < size:
        t = tokens[i]
        found: tuple[str | None, str, int] | None = None
        fold = t.fold  # a key holds its separator: most words are not tried as one
        key = _row_key(fold) if "-" in fold or "/" in fold or "." in fold else None
        if key:
            found = (key[0], key[1], i + 1)
        elif t.fold in DECISIONS and i + 1 < len(tokens) and tokens[i + 1].fold.isdecimal():
            found = (t.fold, str(int(tokens[i + 1].fold)), i + 2)
        elif (
            t.fold in DECISIONS
            and i + 2 < len(tokens)
            and tokens[i + 1] in ROW_WORDS
            and tokens[i + 2].fold.isdecimal()
            and len(tokens[i + 2].fold) <= 3
            and int(tokens[i + 2].fold) > 0
        ):
            # "411 mục 16": the decision first, then the row
            found = (t.fold, str(int(tokens[i + 2].fold)), i + 3)
        elif (
            t in ROW_WORDS
            and i + 1 < len(tokens)
            and not (i and (tokens[i - 1].fold, t.fold) in compounds)
            and not (i and t in _HANG and tokens[i - 1] in _BEFORE_HANG)
            # "chung chi ... xay dung hang 2": typed without marks after a pair the documents
            # print, "hang" is the grade ("hạng 2") of what they name, no row
            and not (
                i >= 2
                and t in _HANG
                and t.raw.isascii()
                and (tokens[i - 2].fold, tokens[i - 1].fold) in compounds
            )
            and tokens[i + 1].fold not in DECISIONS  # "mục 406" alone names the decision
        ):
            nxt = tokens[i + 1].fold
            after = tokens[i + 2].fold if i + 2 < len(tokens) else ""
            # "mức độ 4", "lên mức 4": a level, not a row.
            level = t.fold == "muc" and (
                after == "do"
                or nxt == "do"
                or (i > 0 and tokens[i - 1] in LEVEL_VERBS)
                or (t.raw != "mục" and level_run(tokens, i + 1) > i + 1)
            )
            key = _row_key(nxt)
            if key:
                found = (key[0], key[1], i + 2)
            elif nxt.isdecimal() and len(nxt) <= 3 and not level and int(nxt) > 0:
                found = (None, str(int(nxt)), i + 2)
        if found is None:
            i += 1
            continue
        decision, number, end = found
        for k in range(end, min(end + LINKS_SPAN + 1, len(tokens))):
            if tokens[k].fold in DECISIONS and decision is None:
                decision = tokens[k].fold
                end = k + 1
                break
            if tokens[k].fold not in DECISION_LINKS:
                break
        stop = end
        while stop < len(tokens) and not tokens[stop].is_number and stop - end < 8:
            stop += 1
        refs.append(RowRef(decision, number, tuple(tokens[end:stop]), i, end))
        i = end
    return refs
