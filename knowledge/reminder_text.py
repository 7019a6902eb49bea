"""The words of a reminder and of the coordinator's digest."""

from __future__ import annotations

from datetime import date

from knowledge.answers import esc, key_tag
from knowledge.deadlines import describe_days, fmt_date
from knowledge.model import Catalogue, Province
from knowledge.progress import AgencyDigest, status_line

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
MAX_DIGEST_KEYS = 8


def item_title(catalogue: Catalogue, province: Province, key: str) -> str:
    row = catalogue.rows.get(key)
    if row:
        return row.short_title
    task = next((t for t in province.tasks if t.id == key), None)
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
        late = due < today
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


def digest_message(province: Province, entries: list[AgencyDigest], today: date) -> str:
    """The coordinator's digest: the late count is the one /quahan tinh and /tiendo tinh give."""
    late = sum(len(e.late) for e in entries)
    unreported = sum(len(e.unreported) for e in entries)
    counts = f"<b>{late} mục quá hạn</b> ở {sum(1 for e in entries if e.late)} cơ quan"
    if unreported:
        counts += f"; {unreported} mục sắp đến hạn chưa báo cáo"
    lines = [
        f"📋 <b>Tổng hợp {esc(province.name)}</b> ({WEEKDAYS[today.weekday()]}, "
        f"{fmt_date(today)}): {counts}"
    ]
    for entry in entries:
        parts = []
        if entry.late:
            parts.append(f"quá hạn {len(entry.late)}: {_keys(entry.late)}")
        if entry.unreported:
            parts.append(f"chưa báo cáo {len(entry.unreported)}: {_keys(entry.unreported)}")
        lines.append(f"• <b>{esc(entry.agency)}</b> — " + "; ".join(parts))
    lines.append("\nXem chi tiết: <code>/tiendo tinh</code>")
    return "\n".join(lines)


def _keys(keys: tuple[str, ...]) -> str:
    shown = ", ".join(esc(k) for k in keys[:MAX_DIGEST_KEYS])
    return shown + (
        f" và {len(keys) - MAX_DIGEST_KEYS} mục khác" if len(keys) > MAX_DIGEST_KEYS else ""
    )
