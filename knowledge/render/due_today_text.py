"""Beside a list of what is late, what falls due today and is still open: on a deadline day
nothing is late yet, and "Không có mục nào quá hạn" alone hides that most units have not sent
what is due by tonight. Counted from the same standings as the list (knowledge/rules/progress.py),
so it agrees with /tiendo and /nopbai."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from knowledge.calendar.deadlines import days_between, fmt_date, fmt_due
from knowledge.catalogue.model import Catalogue, Province
from knowledge.messages.markup import esc, key_tag
from knowledge.rules.progress import item_title
from knowledge.rules.standing import Standing, State


def due_today(units: Sequence[Standing], today: date) -> list[Standing]:
    """The units still open whose date ends today (late from tomorrow): a date that is a day
    off ends with the next working day (knowledge/calendar/last_day.py)."""
    return [s for s in units if s.state is State.OPEN and ends_today(s, today)]


def ends_today(s: Standing, today: date) -> bool:
    return s.due is not None and s.due <= today and days_between(today, s.due) == 0


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
        # a date off, its period running to today: the date and why (ux37 #4)
        due = mine[0].due
        why = f" — hạn {fmt_due(due)}" if due is not None and due != today else ""
        lines.append(f"• {pin}{key_tag(key)} {esc(label)} — {count}{why}")
    if any(s.is_task for s in units):
        lines.append(
            "Ai đã nộp, ai chưa: <code>/nopbai tinh</code>"
            if agency is None
            else "Xem và nộp: <code>/nopbai</code>"
        )
    return "\n".join(lines)
