"""The words of a "Hoàn tác" or "↪️ Làm lại" pressed once more after it was done (a double tap,
or a button scrolled up to): what it already did, and when, and that nothing changed
(knowledge/rules/redo.py)."""

from __future__ import annotations

from datetime import datetime

from knowledge.messages.markup import esc, key_tag
from knowledge.messages.refusals import UNCHANGED
from knowledge.render.proposal_text import LABELS, shown
from knowledge.rules.proposal_changes import LoggedChange
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


def proposal_undone(change: LoggedChange, taken: LoggedChange, again: LoggedChange | None) -> str:
    """A proposal's edit `change` was taken back by the undo `taken` (its values before put
    back), and maybe made again since by `again` (the undo's own "↪️ Làm lại")."""
    back = "; ".join(
        f"{LABELS.get(field, field)}: <b>{shown(field, value)}</b>"
        for field, value in taken.after.items()
    )
    redone = f" Lần sửa đã được làm lại lúc {_at(again.at)}." if again is not None else ""
    return (
        f"Nút này đã dùng rồi: lần sửa đề xuất #{change.proposal_id} đã được hoàn tác lúc "
        f"{_at(taken.at)}, về {back}.{redone} {UNCHANGED}"
    )


def draft_edit_undone(said: str, taken_at: datetime, redo: bool, later: bool) -> str:
    """A letter draft's correction (`said`, as it was quoted back, already escaped) was taken
    back at `taken_at`, the draft back as before it; `redo`: the button was an undo's
    "↪️ Làm lại", and the correction was made again. `later`: corrected again since."""
    done = (
        f"sửa “{said}” đã được làm lại lúc {_at(taken_at)}"
        if redo
        else f"sửa “{said}” đã được hoàn tác lúc {_at(taken_at)}, bản nháp trở lại như trước "
        "lần sửa đó"
    )
    since = (
        " Bản nháp đã được sửa thêm sau đó: dùng các nút của bản nháp mới nhất." if later else ""
    )
    return f"Nút này đã dùng rồi: lần {done}.{since} {UNCHANGED}"


def submission_undone(
    form: str, task: str, version: int, agency: str, at: datetime | None, counted: int | None
) -> str:
    """Sending `version` of `form` for `task` was undone (at `at`); the unit's version
    counted now."""
    when = f" lúc {_at(at)}" if at is not None else ""
    now = (
        f"bản đang được tính: lần nộp {counted}"
        if counted is not None
        else f"không còn bản nào được tính: {esc(form)} coi như chưa nộp"
    )
    return (
        f"Nút này đã dùng rồi: lần nộp {version} {esc(form)} của {esc(agency)} "
        f"({key_tag(task)}) đã được hoàn tác{when}; {now}. {UNCHANGED}"
    )


def blank_form_undone(file_name: str, task: str, at: datetime, current: str | None) -> str:
    """A blank form's attach (`file_name`, for the task keyed `task`) was undone at `at`;
    the task's form in force now, if any."""
    now = f"mẫu đang dùng: {esc(current)}" if current else "nhiệm vụ chưa có mẫu trống"
    return (
        f"Nút này đã dùng rồi: mẫu trống {esc(file_name)} của {key_tag(task)} đã được hoàn "
        f"tác lúc {_at(at)}; {now}. {UNCHANGED}"
    )


def _at(at: datetime) -> str:
    return f"{at:%H:%M} {at.day}/{at.month}"
