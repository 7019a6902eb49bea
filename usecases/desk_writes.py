"""Several statuses at once from the web desk, and the undo of one: the chat's rules and the same
append-only history (so /lichsu shows them), with nothing written unless every edit passes.

Each edit is decided as /capnhat decides it (knowledge/rules/statuses.py: whose status the person
writes, the note a status requires; knowledge/reader/writes.py: a status that already stands is
not appended again), and the whole batch is checked before the first write: one refused edit
refuses the batch. A page loaded on an assignment table that is no longer in force is refused
whole too: its rows may have changed hands. The batch is one use case, so one unit of work: a
failure halfway leaves nothing written either. The undo is the chat's (undoing.undo_status).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from knowledge.reader.capnhat_line import repeats
from knowledge.render.answers import esc, key_tag
from knowledge.rules.officers import may_write
from knowledge.rules.statuses import (
    STATUSES,
    Change,
    Status,
    Target,
    note_needed,
    single_target,
)
from usecases.behalf_told import record_told
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.early_occurrences import early_done
from usecases.milestones import milestone_for
from usecases.occurrences import occurrence_for
from usecases.results import UNCHANGED, Refusal
from usecases.runner import use_case
from usecases.statuses import Recorded
from usecases.undoing import undo_status

__all__ = ["Edit", "Problem", "Recorded", "Refused", "Written", "record_statuses", "undo_status"]

MAX_EDITS = 100  # an agency's rows and tasks fit several times over
MAX_NOTE = 1000  # as the chat keeps


class Problem(StrEnum):
    FORBIDDEN = "forbidden"  # not this person's row, or not an officer any more
    INVALID = "invalid"  # an unknown row or status, a missing note, a batch too big
    STALE = "stale"  # the page was loaded on another assignment table


@dataclass(frozen=True)
class Edit:
    key: str
    status: str
    note: str = ""
    # an admin writing for this unit ("ghi thay"), as `/capnhat <mã> <đơn vị> …` names it: the
    # way to write a row several units own, which is never picked for the admin
    unit: str | None = None


@dataclass(frozen=True)
class Refused:
    """Why a batch was refused, edit by edit (key None: the batch as a whole)."""

    problem: Problem
    reasons: list[tuple[str | None, str]]


@dataclass(frozen=True)
class Written:
    key: str
    agency: str
    status: Status
    change: Change | None  # None: that status already stood, nothing appended


def _known(desk: Desk, key: str) -> bool:
    """A row, a task, or one occurrence of a recurring task (the page lists occurrences)."""
    return key in desk.catalogue.rows or desk.province.task_at(key) is not None


def check(
    desk: Desk, who: Caller, edits: list[Edit], version: int
) -> list[tuple[Edit, Target, Status]] | Refused:
    """Each edit with whom it writes for and its status, or why the batch is refused."""
    refusal = may_write(who.actor)
    if refusal:
        return Refused(Problem.FORBIDDEN, [(None, who.standing)])
    desk.sync_table(force=True)
    if version != desk.table_number:
        return Refused(
            Problem.STALE,
            [
                (
                    None,
                    f"Bảng phân công đã đổi (phiên bản {desk.table_number}, trang đang mở theo "
                    f"phiên bản {version}). Tải lại trang rồi chọn lại. {UNCHANGED}",
                )
            ],
        )
    if not edits or len(edits) > MAX_EDITS:
        return Refused(
            Problem.INVALID, [(None, f"Mỗi lần ghi từ 1 đến {MAX_EDITS} mục. {UNCHANGED}")]
        )
    checked: list[tuple[Edit, Target, Status]] = []
    forbidden: list[tuple[str | None, str]] = []
    invalid: list[tuple[str | None, str]] = []
    seen: set[tuple[str, str | None]] = set()
    for edit in edits:
        key = edit.key
        if (key, edit.unit) in seen:
            invalid.append((key, f"{key_tag(key)} có hai lần trong cùng một lần ghi."))
            continue
        seen.add((key, edit.unit))
        if not _known(desk, key):
            invalid.append((key, f"Không có mục {key_tag(key)}."))
            continue
        if edit.status not in STATUSES:
            invalid.append((key, f"“{esc(edit.status[:40])}” không phải một trạng thái."))
            continue
        status = Status(edit.status)
        target = single_target(desk.province, who.actor, key, edit.unit)
        if isinstance(target, Refusal):
            forbidden.append((key, target.reason))
            continue
        note = edit.note.strip()
        what = note_needed(status)
        if what and not note:
            invalid.append((key, f"{key_tag(key)}: “{esc(status.label)}” cần {what}."))
            continue
        if len(note) > MAX_NOTE:
            invalid.append((key, f"{key_tag(key)}: ghi chú dài quá {MAX_NOTE} ký tự."))
            continue
        # a recurring task named by its bare id: the occurrence the unit's write settles, as in
        # the chat (usecases/occurrences.py)
        key = occurrence_for(desk, key, target.agency)
        # a row of several milestones owed: done settles the one that applies, as in the chat
        chosen = milestone_for(desk, key, target.agency, status, note)
        key = chosen.key if chosen is not None else key
        early = early_done(desk, key, status)
        if early is not None:  # a period not begun: refused as the chat refuses it (u47 #3)
            invalid.append((key, early.line))
            continue
        checked.append((Edit(key, status, note), target, status))
    if forbidden:
        return Refused(Problem.FORBIDDEN, forbidden + invalid)
    if invalid:
        return Refused(Problem.INVALID, invalid)
    return checked


@use_case(writes=True)
def record_statuses(
    desk: Desk, who: Caller, edits: list[Edit], version: int
) -> list[Written] | Refused:
    """Write every edit (one append each, as /capnhat does), or none when one is refused."""
    checked = check(desk, who, edits, version)
    if isinstance(checked, Refused):
        return checked
    now = desk.clock.now()
    written = []
    for edit, target, status in checked:

        def standing(current: Change | None, status: Status = status, note: str = edit.note):
            return repeats(current, status, note)

        # an admin writing a unit's row signs it "ghi thay", as /capnhat does
        behalf = who.writer if target.behalf else None
        change = desk.repo.record_unless(
            edit.key, target.agency, status, edit.note, who.user_id, now, standing, behalf
        )
        if change is not None:
            record_told(desk, change)  # written for the unit: its officers told (ux29 #2)
        written.append(Written(edit.key, target.agency, status, change))
    return written
