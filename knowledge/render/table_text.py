"""An assignment table's review in words, as plain lines the caller escapes for HTML (the chat)
or prints (the command line): a new table against the one in force (`render_diff`), one row
edited by /giao (`render_row_change`), and the list of versions (`render_version`). What changed
is knowledge/catalogue/table_versions.py's `diff`.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from knowledge.catalogue.table_versions import Entry, TableDiff, TableVersion


def render_diff(d: TableDiff, source: str, in_force: str) -> list[str]:
    """Plain lines (the caller escapes them for HTML): the totals, then each agency touched."""
    lines = [f"{source}: {d.new_count} mục. So với {in_force} ({d.old_count} mục):"]
    if d.empty:
        return [*lines, "không có gì khác."]
    same = d.new_count - len(d.added) - len(d.changed)
    lines.append(
        f"thêm {len(d.added)}, bỏ {len(d.removed)}, đổi {len(d.changed)}, giữ nguyên {same}."
    )
    if d.partial:
        lines.append(f"⚠️ Bảng mới thiếu {len(d.removed)} mục đang có (theo cơ quan bên dưới).")
    if d.rows:
        lines += ["", "Các mục đổi:", *(f"  đổi {row}" for row in d.rows)]
    return lines + render_agencies(d)


def render_agencies(d: TableDiff) -> list[str]:
    """Each agency touched: its counts before → after, the rows it gains or loses, its role
    changed (a row's deadline is said once, in the row's own line)."""
    lines: list[str] = []
    for a in d.agencies:
        lead_old, lead_new, coord_old, coord_new = a.counts
        lines.append("")
        lines.append(
            f"{a.agency}: chủ trì {lead_old} → {lead_new} mục, "
            f"phối hợp {coord_old} → {coord_new} mục"
        )
        if a.added:
            lines.append("  thêm: " + ", ".join(a.added))
        if a.removed:
            lines.append("  bỏ: " + ", ".join(a.removed))
        lines += [f"  đổi {c}" for c in a.changed]
    return lines


def render_row_change(key: str, before: Entry | None, after: Entry, number: int) -> list[str]:
    """Plain lines (the caller escapes them): the row before → after, field by field."""
    lines = [f"Sửa mục {key} trong bảng phân công đang dùng (phiên bản {number}):"]
    if before is None:
        lines[0] = f"Thêm mục {key} vào bảng phân công đang dùng (phiên bản {number}):"
    fields = (
        ("Chủ trì", before.lead if before else (), after.lead),
        ("Phối hợp", before.coordinate if before else (), after.coordinate),
    )
    for label, old, new in fields:
        was, now = ", ".join(old) or "—", ", ".join(new) or "—"
        lines.append(f"• {label}: {was} → {now}" if old != new else f"• {label}: {now}")
    old_deadline = before.deadline_text if before else ""
    if old_deadline != after.deadline_text:
        lines.append(f"• Hạn: {old_deadline or '—'} → {after.deadline_text or '—'}")
    else:
        lines.append(f"• Hạn: {after.deadline_text or '—'}")
    lines.append("Các mục khác giữ nguyên.")
    return lines


LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")  # the brief: all times are the province's


def render_version(v: TableVersion, in_force: bool) -> str:
    # the province's zone whatever the database gave back (PostgreSQL answers in its own)
    when = v.at.astimezone(LOCAL).strftime("%d/%m/%Y %H:%M") if v.at else "dữ liệu gốc"
    what = f"khôi phục phiên bản {v.restores}" if v.restores is not None else v.source
    who = f"quản trị {v.by}" if v.by is not None else ("dòng lệnh" if v.at else "")
    parts = [f"{v.number}", when, *([who] if who else []), what, f"{v.rows} mục"]
    return " · ".join(parts) + (" ← đang dùng" if in_force else "")
