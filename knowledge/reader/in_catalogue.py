"""The catalogue named as itself: "… có trong danh mục không" asks whether a service is in the
decisions' annexes (each titled "DANH MỤC DỊCH VỤ CÔNG TRỰC TUYẾN"), not for rows or duties:
the "mục" of "danh mục" is no row."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.language.progress_words import DUE_WORDS
from knowledge.language.text import MarkedWords, Token
from knowledge.reader.list_asked import LIST_NOUNS
from knowledge.reader.parse import Parsed
from knowledge.reader.row_refs import DECISIONS

CATALOGUE = ("danh", "muc")  # the annexes' own name for the list, folded
# "có trong danh mục", "thuộc danh mục", "ngoài danh mục": whether a thing is in the list. Not
# "vào": "đưa vào danh mục" is the proposal to add to it, which is a task's own work
MEMBERSHIP = MarkedWords("trong thuộc ngoài")
# "việc" closing a verb is a job, no duty: "làm việc" (to work), "nghỉ việc", "thôi việc" (to
# quit), "mất việc" (to lose one's job), "tìm việc", "xin việc" (to look for one)
_DUTY = MarkedWords("việc")
# "theo 406": according to the decision, as "trong" is in it
_AFTER = MarkedWords("theo")
# "QĐ 406", "quyết định 411", "danh mục 406": the words that may stand before its number
_DECISION_WORDS = {"qd", "quyet", "dinh", "danh", "muc"}
_JOB_VERBS = MarkedWords("làm nghỉ thôi mất tìm xin")


def rows_named(parsed: Parsed) -> bool:
    """ "hạn", "mục", "việc": the question speaks of deadlines, rows or duties (as `names_rows`
    in asking.py), the "mục" of "danh mục" left out."""
    tokens = parsed.tokens
    domain = {i for s in parsed.others if s.kind == "domain" for i in range(s.start, s.end)}
    return any(
        (t in DUE_WORDS or t.fold in LIST_NOUNS)
        and not _of_catalogue(tokens, i)
        and not (i > 0 and t in _DUTY and tokens[i - 1] in _JOB_VERBS)
        for i, t in enumerate(tokens)
        if i not in domain
    )


def _of_catalogue(tokens: Sequence[Token], i: int) -> bool:
    return i > 0 and (tokens[i - 1].fold, tokens[i].fold) == CATALOGUE


def catalogue_named(parsed: Parsed) -> set[int]:
    """The indexes of "danh mục" asked of as the catalogue a thing is or is not in ("… có trong
    danh mục không"): no task's words, though a task's title prints "Danh mục" (the proposal
    of 20/4 is "Hồ sơ đề xuất Danh mục DVCTT …")."""
    tokens = parsed.tokens
    found = {
        k
        for i in range(1, len(tokens))
        if _of_catalogue(tokens, i) and i >= 2 and tokens[i - 2] in MEMBERSHIP
        for k in (i - 1, i)
    }
    # "phải làm những gì theo 406", "trong QĐ 411": a decision's number alone (no row's: those
    # are parsed.rows), after a word of membership, names the catalogue as itself
    rows = {i for r in parsed.rows for i in range(r.start, r.end)}
    for i, t in enumerate(tokens):
        if t.fold not in DECISIONS or i in rows:
            continue
        k = i - 1
        while k >= 0 and tokens[k].fold in _DECISION_WORDS:
            k -= 1
        if k >= 0 and (tokens[k] in MEMBERSHIP or tokens[k] in _AFTER):
            found |= set(range(k, i + 1))
    return found
