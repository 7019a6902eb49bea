"""The button flow of /capnhat: the rows and tasks an agency may update (step 1), a row's
statuses (step 2); and how /capnhat is typed (its usage lines)."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.render.answers import esc
from knowledge.rules.statuses import Status
from usecases import prompts, refs
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.prompts import StatusPrompt
from usecases.results import Refusal
from usecases.runner import use_case

USAGE = (
    "Cú pháp: <code>/capnhat &lt;mã mục&gt; &lt;trạng thái&gt; [ghi chú]</code>, ví dụ "
    "<code>/capnhat 406-14 xong</code>. Trạng thái: chưa bắt đầu, đang làm, kiểm thử, xong, "
    "vướng mắc (kèm ghi chú), không đủ điều kiện (kèm lý do)."
)
ADMIN_USAGE = (
    "Quản trị viên ghi thay một đơn vị: <code>/capnhat &lt;mã mục&gt; &lt;đơn vị&gt; "
    "&lt;trạng thái&gt; [ghi chú]</code>, ví dụ <code>/capnhat tq-2021-04-20 Sở Y tế đã nộp"
    "</code>."
)
STALE_BUTTON = "Nút này không còn hợp lệ. Gõ /capnhat để chọn lại."


@dataclass(frozen=True)
class Item:
    key: str
    title: str


@dataclass(frozen=True)
class RowChoice:
    """The button flow, step 1: the agency's rows and tasks (empty: nothing assigned)."""

    agency: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class StatusChoice:
    """Step 2: the statuses to choose from for one row."""

    key: str
    statuses: tuple[Status, ...]
    unclear: bool = False  # the typed line named the row but no status
    unit: str | None = None  # an admin's choice for another unit: the status is written for it


def rows_to_update(desk: Desk, agency: str | None, admin: bool = False) -> RowChoice | Refusal:
    if agency is None:
        return Refusal(USAGE + (" " + ADMIN_USAGE if admin else ""))
    province, catalogue = desk.province, desk.catalogue
    titles = {t.id: t.form or t.title for t in province.tasks}
    keys = [a.key for a in province.rows_of(agency)] + [t.id for t in province.tasks_of(agency)]
    items = tuple(Item(k, titles.get(k) or catalogue.rows[k].short_title) for k in keys)
    if not items:
        return Refusal(f"{esc(agency)} chưa được giao mục nào.\n{USAGE}")
    return RowChoice(agency, items)


@use_case(writes=True)
def choose_status(desk: Desk, caller: Caller, row: str) -> StatusChoice | Refusal:
    """A row chosen by its button: its statuses, by a button or typed (a prompt waits)."""
    key = refs.item_key(desk, row)
    if key is None:
        return Refusal(STALE_BUTTON)
    return status_choice(desk, caller, key)


def status_choice(
    desk: Desk, caller: Caller, key: str, unclear: bool = False, unit: str | None = None
) -> StatusChoice:
    """One row's statuses, shown as buttons; the chat waits for the status typed instead."""
    if caller.chat_id is not None:
        prompts.wait_for(desk, caller.chat_id, caller.user_id, StatusPrompt(key, unit or ""))
    return StatusChoice(key, tuple(Status), unclear, unit)
