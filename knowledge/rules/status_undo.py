"""How a status change is undone (the status before it appended, never history rewritten), and
which write a status said alone is about: split from statuses.py, which says what a change is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from knowledge.catalogue.model import Province
from knowledge.rules.decisions import Refusal, Refused
from knowledge.rules.officers import Actor
from knowledge.rules.statuses import Change, Status, within_window, write_target


@dataclass(frozen=True)
class Restore:
    """What an undo appends: the status and note before the change, and the day it said the
    document was sent (a corrected day's undo puts the day before back)."""

    status: Status
    note: str
    sent_on: date | None = None


def newer_change(change: Change, newer: Change | None = None, by: str = "") -> Refusal:
    """`change` is no longer the latest of its row and unit: `newer` is, written by `by` (a
    name, "bạn"), which the refusal says, so that an officer sees whose change stands."""
    if newer is None:
        return Refusal(Refused.NEWER_STATUS_CHANGE, key=change.key, agency=change.agency)
    return Refusal(
        Refused.NEWER_STATUS_CHANGE,
        key=change.key,
        agency=change.agency,
        by=by,
        status=newer.new,
        at=newer.at,
    )


def undo(
    province: Province,
    who: Actor,
    change: Change | None,
    previous: Change | None,
    latest_id: int | None,
    now: datetime | None = None,
) -> Restore | Refusal:
    """Undoing `change` appends the status and note before it (`previous`; none means Chưa bắt
    đầu): by the same person while they may still write that row for that agency, or by an admin;
    only while `change` is still the latest for its row and agency, and within WRITE_WINDOW of it.
    History is never rewritten.
    """
    if change is None:
        return Refusal(Refused.CHANGE_NOT_FOUND)
    if now is not None and not within_window(change.at, now):
        return Refusal(Refused.STATUS_UNDO_TOO_LATE, key=change.key)
    if not who.is_admin:
        if who.user_id != change.by:
            return Refusal(Refused.STATUS_UNDO_NOT_YOURS)
        target = write_target(province, who, change.key)
        if isinstance(target, Refusal):
            return target
        if target != change.agency:
            return Refusal(Refused.NO_LONGER_WRITES, key=change.key, agency=change.agency)
    if latest_id != change.id:
        return newer_change(change)
    if previous is None:
        return Restore(Status.CHUA_BAT_DAU, "")
    return Restore(previous.new, previous.note, previous.sent_on)


def said_of_last_write(change: Change | None, now: datetime, sending: bool, is_task: bool) -> bool:
    """A status said alone ("xong rồi") is about the writer's last write when that write is still
    within the undo's window, was no undo (that took a write back), and — said as a sending
    ("đã nộp rồi") — is a task's, which has a document to send."""
    return (
        change is not None
        and change.undoes is None
        and within_window(change.at, now)
        and (is_task or not sending)
    )
