"""Two statements in one message ("406-11/Y tế xong rồi ạ, còn biểu 02 thì đã gửi bằng văn bản
hôm 19/4 nhé", ux38 #1): each clause read alone for its own item, both offered by a button each
(and "Ghi cả 2"), the day said written only with the item it was said of. Nothing is written
before a press. Only when both clauses read as one status each of different items with the
same status; else the message is read whole, as before."""

from __future__ import annotations

from knowledge.reader.contrast_clauses import contrast_split
from knowledge.reader.writes import Offer
from usecases import statements
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.statements_kinds import Several, Why


def two_said(desk: Desk, caller: Caller, text: str, replied: str) -> Several | None:
    """The two clauses' offers, the one that said a day first (its day kept for it alone)."""
    if replied:
        return None
    split = contrast_split(text)
    if split is None:
        return None
    read = [statements.read_statement(desk, caller, clause, "") for clause in split]
    first, second = read
    if not isinstance(first, Offer) or not isinstance(second, Offer):
        return None
    if first.key == second.key or first.status != second.status or first.unit != second.unit:
        return None
    if first.sent_on is not None and second.sent_on is not None:
        return None  # a day each: which day goes with the press is not guessed
    dated, plain = (second, first) if second.sent_on is not None else (first, second)
    return Several((dated, plain), Why.NAMED, dated=dated.sent_on is not None)
