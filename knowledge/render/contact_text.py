"""Whom a unit turns to about the plan ("… thì liên hệ ai"): the province's coordinator, and
whoever the letters say the unit's tasks are sent to where that is someone else."""

from __future__ import annotations

from html import escape

from knowledge.catalogue.model import Province


def contact_line(prov: Province, name: str) -> str:
    """One line after the unit's list; the names as the province's data prints them."""
    members = set(prov.members(name))
    recipients = {
        t.recipient
        for t in prov.tasks
        if t.recipient and members & (set(t.addressees) | set(t.supporting))
    }
    line = f"📞 Liên hệ: {escape(prov.coordinator)} (đầu mối kế hoạch của tỉnh)"
    others = sorted(r for r in recipients if r != prov.coordinator)
    if others:
        line += "; gửi hồ sơ, báo cáo về: " + ", ".join(escape(r) for r in others)
    return line + ". Mỗi mục: hỏi cơ quan chủ trì ghi ở mục đó."
