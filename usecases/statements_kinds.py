"""What a free-text status statement is read as (usecases/statements.py): a status said with no
row, or one status said of several items, with why; nothing written before a press."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from knowledge.reader.writes import Offer
from knowledge.rules.statuses import Status


@dataclass(frozen=True)
class BareStatus:
    """A status said with no row ("xong rồi"): which row is read from the writer's last write
    (`last_row_offer`), in a trip to the database a question does not need. `sending`: "đã
    nộp rồi", about a task's document only."""

    status: Status
    sending: bool = False


class Why(StrEnum):
    """Why one status is offered for several items, which the offer says first."""

    REMINDER = "reminder"  # a reply to a reminder of several ("xong rồi")
    MATCHED = "matched"  # the words named several tasks ("đã gửi báo cáo rồi", two reports)
    PARTS = "parts"  # a parent row whose several sub-rows are the writer's ("406-11 xong")
    NAMED = "named"  # the message named several items ("406-22 và 406-14 xong")
    # a status said alone about nothing the chat names ("xong rồi ạ"): the unit's items still
    # owed, soonest due first; said as a sending ("đã nộp rồi ạ"), its tasks only
    OWED = "owed"
    OWED_SENT = "owed_sent"


@dataclass(frozen=True)
class Several:
    """One status said of several items: the same offer for each item it may be said of, one
    button an item (usecases/reminder_replies.py); nothing written before a press."""

    offers: tuple[Offer, ...]
    why: Why = Why.REMINDER
    parent: str = ""  # Why.PARTS: the row the writer named
    skipped: str = ""  # the items named that are not the writer's, and why: said beside
    dated: bool = False  # the day sent is the first offer's alone (usecases/two_clauses.py)
