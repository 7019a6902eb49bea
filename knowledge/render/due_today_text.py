"""Beside a list of what is late, what falls due today and is still open: on a deadline day
nothing is late yet, and "Không có mục nào quá hạn" alone hides that most units have not sent
what is due by tonight. Counted from the same standings as the list (knowledge/rules/progress.py),
so it agrees with /tiendo and /nopbai."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from knowledge.calendar.deadlines import fmt_date
from knowledge.catalogue.model import Catalogue, Province
from knowledge.messages.markup import esc, key_tag
from knowledge.rules.progress import item_title
from knowledge.rules.standing import Standing, State


def due_today(units: Sequence[Standing], today: date) -> list[Standing]:
    """The units still open whose date is today (late from tomorrow)."""
    return [s for s in units if s.state is State.OPEN and s.due == today]


def due_today_note(
    catalogue: Catalogue,
    province: Province,
    units: Sequence[Standing],
    today: date,
    agency: str | None,
) -> str:
    """ "⏰ Hạn hôm nay (20/4/2021), chưa quá hạn: • tq-2021-04-20 Biểu 02 — 18 đơn vị chưa
    nộp"; empty when nothing open falls due today. `units`: the open ones due today."""
    if not units:
        return ""
    groups: dict[str, list[Standing]] = {}
    for s in units:
        groups.setdefault(s.key, []).append(s)
    lines = [f"\n⏰ <b>Hạn hôm nay ({fmt_date(today)})</b>, chưa quá hạn:"]
    for key, mine in groups.items():
        found = province.task_at(key) if mine[0].is_task else None
        label = found[0].form if found and found[0].form else item_title(catalogue, province, key)
        verb = "chưa nộp" if mine[0].is_task else "chưa xong"
        count = verb if agency and len(mine) == 1 else f"{len(mine)} đơn vị {verb}"
        pin = "📌 " if mine[0].is_task else ""
        lines.append(f"• {pin}{key_tag(key)} {esc(label)} — {count}")
    if any(s.is_task for s in units):
        lines.append(
            "Ai đã nộp, ai chưa: <code>/nopbai tinh</code>"
            if agency is None
            else "Xem và nộp: <code>/nopbai</code>"
        )
    return "\n".join(lines)
