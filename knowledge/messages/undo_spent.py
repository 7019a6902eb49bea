"""The words of a "Hoàn tác" or "↪️ Làm lại" pressed once more after it was done (a double tap,
or a button scrolled up to): what it already did, and when, and that nothing changed
(knowledge/rules/redo.py)."""

from __future__ import annotations

from datetime import datetime

from knowledge.messages.markup import esc, key_tag
from knowledge.messages.refusals import UNCHANGED
from knowledge.rules.statuses import Change


def _when(change: Change) -> str:
    at = change.at
    return f"{at:%H:%M} {at.day}/{at.month}"


def already_undone(change: Change, taken: Change) -> str:
    """`change` was taken back by the undo `taken`."""
    return (
        f"Nút này đã dùng rồi: {key_tag(change.key)} ({esc(change.agency)}) đã được hoàn tác "
        f"lúc {_when(taken)}, về <b>{esc(taken.new.label)}</b>. {UNCHANGED}"
    )


def already_redone(taken: Change, again: Change) -> str:
    """The status the undo `taken` took back was written again by `again`."""
    return (
        f"Nút này đã dùng rồi: {key_tag(taken.key)} ({esc(taken.agency)}) đã được ghi lại "
        f"<b>{esc(again.new.label)}</b> lúc {_when(again)}. {UNCHANGED}"
    )


def version_undone(what: str, number: int, at: datetime | None, now_number: int) -> str:
    """Version `number` of `what` ("công văn", "bảng phân công") was taken back already, by
    version `now_number`, at `at`."""
    when = f" lúc {at:%H:%M} {at.day}/{at.month}" if at is not None else ""
    return (
        f"Nút này đã dùng rồi: phiên bản {number} của {what} đã được hoàn tác{when} (dùng lại "
        f"phiên bản {number - 1}, nay là phiên bản {now_number}). {UNCHANGED}"
    )
