"""Row references in a question: "406-14", "406/14", "mục 22", "số 22 QĐ 411", "mục 11 lĩnh vực
tài chính" (the words after the number name a sub-row's sector), the number in words too ("mục
mười bốn", "dòng số mười bảy của 411", "thủ tục thứ ba mươi chín của 406")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from knowledge.language.spelled_numbers import ORDINAL_WORD, ordinal_at, spelled_number
from knowledge.language.text import MarkedWords, Token
from knowledge.language.vocabulary import (
    AFTER_A_ROW_NUMBER,
    LEVEL_VERBS,
    ORDINAL_ROW_NOUNS,
    ROW_WORDS,
)

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
# "có … không" around an unmarked "muc" and a level asks whether a service has the level
# ("co muc 4 khong"): "có" takes a level the way "đạt" does; the particles close the question
_HAS = MarkedWords("có")
_YES_NO = MarkedWords("không ko chưa")


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


def _row_number(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """(number, end) of what follows a row word at k, in figures or words, or as an ordinal
    ("thứ 14", "thứ mười bốn"). A number of one word ("tám", "sau") counts only where what is
    asked ends after it, a decision follows or a sector does: "so tu phap" is no row 4."""
    if k >= len(tokens):
        return None
    fold = tokens[k].fold
    if fold.isdecimal():
        return (int(fold), k + 1) if len(fold) <= 3 and int(fold) > 0 else None
    found = ordinal_at(tokens, k) or spelled_number(tokens, k)
    if found is None or found[0] <= 0:
        return None
    end = found[1]
    if end == k + 1 and end < len(tokens):
        after = tokens[end]
        if not (
            after in AFTER_A_ROW_NUMBER or after.fold in DECISIONS or after.fold in DECISION_LINKS
        ):
            return None
    return found


def has_level(tokens: Sequence[Token], k: int) -> bool:
    """Whether the unmarked row word at k stands in "có | muc <a level> | không": a level."""
    return (
        0 < k < len(tokens) - 2
        and tokens[k - 1] in _HAS
        and tokens[k + 1].fold in LEVELS
        and tokens[k + 2] in _YES_NO
    )


def row_noun_before(tokens: Sequence[Token], i: int) -> tuple[int, int] | None:
    """(start, i) of another of a row's names right before i: "thủ tục | thứ 3", "dịch vụ |
    thứ mười bốn" (an ordinal there counts rows), "dvc | muc 4" (a level there)."""
    for phrase in ORDINAL_ROW_NOUNS.phrases:
        start = i - len(phrase)
        if start >= 0 and all(tokens[start + n] in word for n, word in enumerate(phrase)):
            return start, i
    return None


def find_rows(tokens: Sequence[Token], compounds: Pairs = frozenset()) -> list[RowRef]:
    """Row references. `compounds`: the word pairs the documents print; a row word that closes
    one ("danh mục", "mã số", "biển số") is that compound's, not a row's number."""
    refs = []
    i, size = 0, len(tokens)
    while i < size:
        t = tokens[i]
        found: tuple[str | None, str, int] | None = None
        start = i
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
                or (t.raw != "mục" and has_level(tokens, i))
            )
            key = _row_key(nxt)
            counted = None if key or level else _row_number(tokens, i + 1)
            if key:
                found = (key[0], key[1], i + 2)
            elif counted:
                found = (None, str(counted[0]), counted[1])
        elif t in ORDINAL_WORD and (named := row_noun_before(tokens, i)):
            # "thủ tục thứ ba mươi chín": an ordinal after a row's other names counts rows, where
            # "thứ ba" alone is a weekday
            counted = ordinal_at(tokens, i)
            if counted and counted[0] > 0:
                found, start = (None, str(counted[0]), counted[1]), named[0]
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
        refs.append(RowRef(decision, number, tuple(tokens[end:stop]), start, end))
        i = end
    return refs
