"""An admin's last change of the assignment table (a /giao row, a table applied, a rollback) as
one of the writes "hoàn tác" is about (usecases/undoing.py): the table's versions are an
append-only log, each with who applied it and when, so the newest one the admin applied is
found as their last status or submission is (ux36 #3, where "hoàn tác" right after a /giao
apply offered an older file of another unit). Whether its "Hoàn tác" may still take it back is
the one check `undo_table` makes.
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.catalogue.importer import applied_label
from knowledge.catalogue.table_versions import TableVersion
from knowledge.messages.undo_spent import version_undone
from knowledge.rules.last_act import took_back
from knowledge.rules.statuses import WINDOW_MINUTES, within_window
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.results import Refusal, known_id


@dataclass(frozen=True)
class TableAct:
    """A version of the table the caller applied: `what` names it ("sửa đổi /giao 406-22")."""

    version: TableVersion
    what: str


def last_table(desk: Desk, caller: Caller) -> TableAct | None:
    """The newest version of the province's table the caller applied (None: none, or not an
    admin's desk)."""
    if desk.tables is None or not caller.is_admin:
        return None
    mine = [
        v
        for v in desk.tables.history(desk.config.province)
        if v.by == caller.user_id and v.at is not None
    ]
    return TableAct(mine[-1], applied_label(mine[-1].source)) if mine else None


def table_refusal(desk: Desk, number: int) -> Refusal | None:
    """Why version `number` cannot be taken back by its "Hoàn tác" now: a newer version is in
    force (perhaps its own undo), or it was applied more than 10 minutes ago."""
    assert desk.tables is not None
    slug = desk.config.province
    if not known_id(number) or number != desk.tables.in_force_number(slug):
        after = desk.tables.version(slug, number + 1) if known_id(number) else None
        if after is not None and took_back(number, "rollback", after.restores):
            return Refusal(version_undone("bảng phân công", number, after.at, after.number))
        return Refusal(
            "Đã có phiên bản mới hơn: không hoàn tác được phiên bản này. Không có gì thay đổi."
        )
    applied = desk.tables.version(slug, number)
    if applied is None or applied.at is None or not within_window(applied.at, desk.clock.now()):
        return Refusal(
            f"Đã quá {WINDOW_MINUTES} phút: không hoàn tác bằng nút được nữa. "
            "Quay lại phiên bản trước bằng "
            f"<code>python -m bot import --rollback {number - 1}</code>. Không có gì thay đổi."
        )
    return None
