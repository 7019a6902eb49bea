"""Progress views: an agency's rows with statuses, the province by agency, a row's history."""

from __future__ import annotations

from datetime import date

from knowledge.answers import esc, key_tag
from knowledge.deadlines import describe_days, fmt_date
from knowledge.model import Catalogue, Province
from knowledge.statuses import DONE, STATUS_ICONS, STATUSES
from knowledge.views import ROLE_LABELS, agency_rows

# statuses: (key, agency) -> status code


def status_line(code: str | None) -> str:
    code = code or "chua_bat_dau"
    return f"{STATUS_ICONS[code]} {STATUSES[code]}"


def agency_progress(
    catalogue: Catalogue, province: Province, agency: str, statuses: dict, today: date
) -> str:
    lead, coordinate = agency_rows(catalogue, province, agency, today)
    views = lead + coordinate
    tasks = province.tasks_of(agency)
    if not views and not tasks:
        return f"{esc(agency)} chưa được giao mục nào ở {esc(province.name)}."
    done = sum(1 for v in views if statuses.get((v.key, agency)) in DONE)
    lines = [
        f"<b>Tiến độ {esc(agency)}</b> — {done}/{len(views)} mục đã xong (tính đến "
        f"{fmt_date(today)})"
    ]
    for task in tasks:
        code = statuses.get((task.id, agency))
        due = task.next_due(today)
        late = due and due < today and code not in DONE
        mark = " ❗<b>QUÁ HẠN</b>" if late else ""
        when = f"hạn {fmt_date(due)} ({describe_days(today, due)})" if due else "chưa có hạn"
        lines.append(
            f"• 📌 {key_tag(task.id)} {esc(task.form or task.title[:60])} — "
            f"{esc(status_line(code))} — {esc(when)}{mark}"
        )
    for v in views:
        code = statuses.get((v.key, agency))
        late = v.deadline and v.deadline < today and code not in DONE
        mark = " ❗<b>QUÁ HẠN</b>" if late else ""
        when = (
            f"hạn {fmt_date(v.deadline)} ({describe_days(today, v.deadline)})"
            if v.deadline
            else "chưa có hạn"
        )
        lines.append(
            f"• {key_tag(v.key)} {esc(v.row.short_title)} [{ROLE_LABELS.get(v.role or '', '')}] — "
            f"{esc(status_line(code))} — {esc(when)}{mark}"
        )
    return "\n".join(lines)


def province_progress(
    catalogue: Catalogue, province: Province, statuses: dict, today: date
) -> str:
    agencies = sorted({a for assignment in province.assignments.values() for a in assignment.lead})
    lines = [f"<b>Tiến độ {esc(province.name)}</b> (mục chủ trì, tính đến {fmt_date(today)})"]
    total_done = total = total_late = 0
    for agency in agencies:
        lead, _ = agency_rows(catalogue, province, agency, today)
        done = sum(1 for v in lead if statuses.get((v.key, agency)) in DONE)
        late = sum(
            1
            for v in lead
            if v.deadline and v.deadline < today and statuses.get((v.key, agency)) not in DONE
        )
        total, total_done, total_late = total + len(lead), total_done + done, total_late + late
        flag = f" — ❗{late} quá hạn" if late else ""
        lines.append(f"• {esc(agency)}: {done}/{len(lead)} xong{flag}")
    lines.append(f"<b>Toàn tỉnh: {total_done}/{total} xong, {total_late} quá hạn</b>")
    return "\n".join(lines)


def history_text(key: str, changes: list, names: dict[int, str]) -> str:
    if not changes:
        return f"{key_tag(key)}: chưa có cập nhật nào."
    lines = [f"<b>Lịch sử {esc(key)}</b>"]
    for c in changes:
        old = STATUSES.get(c.old, "—") if c.old else "—"
        who = names.get(c.by, str(c.by))
        note = f" — “{esc(c.note)}”" if c.note else ""
        lines.append(
            f"• {esc(c.at.strftime('%d/%m/%Y %H:%M'))} {esc(c.agency)}: {esc(old)} → "
            f"<b>{esc(STATUSES[c.new])}</b> ({esc(who)}){note}"
        )
    return "\n".join(lines)
