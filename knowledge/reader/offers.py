"""What a free text may be offered to write, before anything is written: one row or task and a
status (`Offer`), several (`Items`), or a task the words leave unclear (`Unclear`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from knowledge.rules.statuses import Status


@dataclass(frozen=True)
class Offer:
    key: str
    status: Status
    note: str = ""  # what follows the status words ("406-15 vướng mắc chờ máy chủ")
    # one form of several the task asks for, as printed ("Phụ lục III" of "Phụ lục I–IV"): the
    # statement says that form was sent, not the whole task
    part: str = ""
    # the unit named before the status words ("Sở Y tế đã nộp biểu 02"): whose it is, for an
    # admin writing for units (usecases/statuses.py); an officer writes for their own
    unit: str = ""
    # "xong 50%": said done, with a share below the whole; offered as under way, which the
    # offer says (knowledge/reader/shares.py)
    partial: bool = False
    # what was typed after the status and is no note about the item ("mà sao vẫn nhắc", "cho
    # Sở TT&TT"): left out of the note, and the offer says so (knowledge/reader/typed_notes.py)
    dropped: str = ""
    # the day the writer said it was sent ("đã gửi ngày 9/4"), read out of the note: the day
    # the status counts from, once confirmed (knowledge/reader/sent_dates.py)
    sent_on: date | None = None
    # the words an admin typed after "ghi thay" that name no unit ("ghi thay tn …"): said back
    # with the buttons of the units to choose from, never dropped in silence
    unit_typed: str = ""
    # the status words as typed, one slip from the status read ("vuogn mac"): the offer asks
    # "Có phải bạn muốn ghi …?" (knowledge/reader/status_spelling.py)
    spelled: str = ""


@dataclass(frozen=True)
class Items:
    """A statement naming several rows or tasks, each with its status ("406-22 xong, 406-11/Y
    tế đang làm", "406-22 và 406-14 xong rồi"): one offer an item, in the order typed; never
    the second item kept as the first's note."""

    offers: tuple[Offer, ...]


@dataclass(frozen=True)
class Unclear:
    """A statement about a task its words name, whose object names several tasks the writer's
    unit owes and nothing tells which: asked back, nothing offered."""

    keys: tuple[str, ...]
    status: Status
    unit: str = ""  # the unit the words write for ("ghi thay Công an tỉnh đã nộp …")
    note: str = ""  # said after the task's name ("…, chờ ký số"): the note of whichever is chosen
    sent_on: date | None = None  # the day said sent ("… ngày 16/9"): of whichever is chosen


@dataclass(frozen=True)
class Unread:
    """A statement naming several rows of which some are no row of either decision ("mục 29 và
    99 xong"): nothing offered, and the rows not read said back (`numbers`, as typed), with the
    offers of those read, each to be typed alone."""

    offers: tuple[Offer, ...]
    numbers: tuple[str, ...]
