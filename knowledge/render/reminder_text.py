"""The words of a reminder (the coordinator's digest is knowledge/deliverables/digest.py)."""

from __future__ import annotations

from datetime import date

from knowledge.calendar.deadlines import describe_days, fmt_date, is_past
from knowledge.calendar.hours import due_hour
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


def _hour(province: Province, key: str) -> str:
    """ "⏰ trước 17 giờ 00 — " for a task whose letter prints the hour its day ends at."""
    found = province.task_at(key)
    hour = due_hour(found[0].deadline_text) if found else ""
    return f"⏰ trước {hour} — " if hour else ""


def reminder_message(
    catalogue: Catalogue,
    province: Province,
    owed: dict[str, dict[date, list[str]]],
    statuses: dict,
    today: date,
    group: bool = False,
) -> str:
    """The one message of a chat's day: each agency's open rows and tasks grouped by deadline,
    soonest first (a group following several agencies gets them all in one message; it got one
    near-identical message per agency). `group`: only what works in a group is suggested."""
    agencies = sorted(owed)
    names = ", ".join(esc(a) for a in agencies)
    lines = [f"⏰ <b>Nhắc hạn — {names}</b> ({WEEKDAYS[today.weekday()]}, {fmt_date(today)})"]
    # the hint's example: the item due soonest still to come, else the most recently late (the
    # oldest late item read as what the reminder was about)
    firsts: list[tuple[bool, str]] = []  # (late, key): each date's first item
    for agency in agencies:
        if len(agencies) > 1:
            lines.append(f"\n🏢 <b>{esc(agency)}</b>")
        # a row under two dates (the province's and the decision's milestone) is one line, at
        # its first date, naming the other: listed twice it read as two things, both late
        dues_of: dict[str, list[date]] = {}
        for due in sorted(owed[agency]):
            for key in owed[agency][due]:
                dues_of.setdefault(key, []).append(due)
        for due in sorted(owed[agency]):
            keys = [k for k in owed[agency][due] if dues_of[k][0] == due]
            if not keys:
                continue
            late = is_past(due, today)
            icon = "⚠️" if late else "📅"
            lines.append(f"\n<b>{icon} Hạn {fmt_date(due)} — {esc(describe_days(today, due))}</b>")
            firsts.append((late, keys[0]))
            for key in keys:
                mark = "📌 " if key not in catalogue.rows else ""
                also = "".join(
                    f" (cả hạn {fmt_date(d)}: {esc(describe_days(today, d))})"
                    for d in dues_of[key][1:]
                )
                lines.append(
                    f"• {mark}{key_tag(key)} {esc(item_title(catalogue, province, key))}{also} — "
                    f"{_hour(province, key)}{esc(status_line(statuses.get((key, agency))))}"
                )
    coming = [key for late, key in firsts if not late]
    example = coming[0] if coming else firsts[-1][1] if firsts else ""
    if group:
        # /capnhat and /nhacnho are private-chat commands: in a group they were refused
        lines.append(
            "\nCán bộ đã được duyệt của cơ quan: <b>trả lời tin nhắn này</b> (ví dụ "
            f"<code>{esc(example)} xong</code>, <code>đã nộp rồi</code>), bot hỏi "
            "lại bằng nút "
            "trước khi ghi. Chưa đăng ký: nhắn riêng cho bot <code>/dangky &lt;cơ quan&gt;</code>."
            " Thôi nhận nhắc trong nhóm (quản trị viên nhóm): "
            "<code>/botheodoi &lt;cơ quan&gt;</code>."
        )
    else:
        lines.append(
            f"\nXong thì báo: <code>/capnhat {esc(example)} xong</code> · Tắt nhắc: "
            "<code>/nhacnho tat</code>"
        )
    return "\n".join(lines)
