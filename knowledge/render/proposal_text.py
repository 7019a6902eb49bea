"""A proposal's change as the chat quotes it back: each field it set, its value before and after
("Mức: 3 → <b>4</b>"), every value escaped."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from knowledge.calendar.deadlines import fmt_date
from knowledge.messages.markup import esc
from knowledge.rules.proposal_changes import LoggedChange
from knowledge.rules.proposals import TIERS

LABELS = {
    "name": "Tên",
    "sector": "Lĩnh vực",
    "tier": "Cấp",
    "level": "Mức",
    "lead": "Chủ trì",
    "coordinate": "Phối hợp",
    "quarter": "Thời gian",
    "note": "Ghi chú",
    "state": "Trạng thái",
}
STATES = {"active": "còn hiệu lực", "withdrawn": "đã rút"}


def shown(field: str, value: Any) -> str:
    """A field's value as the officer reads it, HTML-escaped; "—" for nothing."""
    if field == "tier":
        text = TIERS.get(value, value or "")
    elif field == "coordinate":
        text = ", ".join(value or ())
    elif field == "state":
        text = STATES.get(value, value or "")
    else:
        text = "" if value is None else str(value)
    return esc(text) if text else "—"


def quote(change: LoggedChange) -> str:
    """Each field the change set, one line: "Mức: 3 → <b>4</b>"."""
    return "\n".join(
        f"  {LABELS.get(field, field)}: {shown(field, change.before.get(field))} → "
        f"<b>{shown(field, value)}</b>"
        for field, value in change.after.items()
    )


def sent_differs(version: int, at: datetime, due: date | None) -> str:
    """The unit's proposals changed after it sent BIỂU 02: Sở TT&TT holds the version sent."""
    by = f" trước {fmt_date(due)}" if due else ""
    return (
        f"⚠️ Bản BIỂU 02 đã nộp (lần {version}, {at.strftime('%H:%M %d/%m/%Y')}) khác đề xuất "
        f"hiện tại: Sở TT&amp;TT chỉ nhận bản đã nộp. Nộp lại bản mới{by}: /nop bieu02"
    )


def synced(added: int, changed: int, withdrawn: int, restored: int, undone: bool = False) -> str:
    """How a BIỂU 02 sent as a file (or its undo) changed the unit's proposals (/dexuat)."""
    parts = [
        f"{word} {n}"
        for word, n in (
            ("thêm", added),
            ("sửa", changed),
            ("khôi phục", restored),
            ("rút", withdrawn),
        )
        if n
    ]
    head = "trở lại như trước lần nộp" if undone else "nay theo BIỂU 02 này"
    return f"Đề xuất của đơn vị (/dexuat) {head}: " + ", ".join(parts) + "."
