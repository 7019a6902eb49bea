"""The words of a reminder (the coordinator's digest is knowledge/deliverables/digest.py)."""

from __future__ import annotations

from datetime import date

from knowledge.calendar.deadlines import describe_days, fmt_date, is_past
from knowledge.catalogue.model import Catalogue, Province
from knowledge.render.answers import esc, key_tag
from knowledge.render.progress_text import status_line

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


def item_title(catalogue: Catalogue, province: Province, key: str) -> str:
    row = catalogue.rows.get(key)
    if row:
        return row.short_title
    found = province.task_at(key)
    task = found[0] if found else None
    return (f"{task.form}: " if task and task.form else "") + (task.title if task else key)


def reminder_message(
    catalogue: Catalogue,
    province: Province,
    agency: str,
    owed: dict[date, list[str]],
    statuses: dict,
    today: date,
) -> str:
    """One message for one chat: the agency's open rows and tasks grouped by deadline, soonest
    first.
    """
    lines = [
        f"⏰ <b>Nhắc hạn — {esc(agency)}</b> ({WEEKDAYS[today.weekday()]}, {fmt_date(today)})"
    ]
    example = None
    for due in sorted(owed):
        late = is_past(due, today)
        icon = "⚠️" if late else "📅"
        lines.append(f"\n<b>{icon} Hạn {fmt_date(due)} — {esc(describe_days(today, due))}</b>")
        for key in owed[due]:
            mark = "📌 " if key not in catalogue.rows else ""
            lines.append(
                f"• {mark}{key_tag(key)} {esc(item_title(catalogue, province, key))} — "
                f"{esc(status_line(statuses.get((key, agency))))}"
            )
            example = example or key
    lines.append(
        f"\nXong thì báo: <code>/capnhat {esc(example)} xong</code> · Tắt nhắc: <code>/nhacnho "
        "tat</code>"
    )
    return "\n".join(lines)
