"""What a unit supports, said as support ("phối hợp, góp ý"), never as owed: beside the dates a
unit asks for ("hạn gần nhất của bên em", "tháng 5 bên em có gì"), where it owes nothing or
its support comes first. A district that only comments on the provinces' proposals and
coordinates 406-11 was told "Không còn mục nào … có hạn" while those dates stood (ux29 #6).
The dates are the owners' and the sectors' (knowledge/rules/supporting.py `supports`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from knowledge.calendar.deadlines import fmt_date
from knowledge.catalogue.model import Province, Task
from knowledge.messages.markup import clipped, esc, key_tag
from knowledge.render.answers import support_date
from knowledge.rules.supporting import Support

SUPPORT_TITLE = 60  # a supported task's title in its one line
TASK_PART = "phối hợp, góp ý cho đơn vị nộp"
ROW_PART = "phối hợp với các ngành chủ trì (không có hạn riêng)"


def support_line(s: Support, today: date) -> str:
    """ "• 📌 Biểu 02 tq-2021-04-20 — phối hợp, góp ý …; hạn của đơn vị nộp: 20/4/2021 (còn 6
    ngày)"; a row: its key, the part, the sectors' date."""
    if s.task is not None:
        label = s.task.form or clipped(s.task.title, SUPPORT_TITLE)
        return (
            f"• 📌 {esc(label)} {key_tag(s.key)} — {TASK_PART}; hạn của đơn vị nộp: "
            f"{support_date(s.day, today)}"
        )
    return f"• {key_tag(s.key)} — {ROW_PART}; hạn các ngành chủ trì: {fmt_date(s.day)}"


def nearest_support(unit: str, found: Sequence[Support], today: date, owes: bool) -> str:
    """The block said after "hạn gần nhất" for `unit`: its first support date and what falls
    on it. `owes`: the answer above listed a date the unit owes (the support comes before it)."""
    if not found:
        return ""
    day = found[0].day
    lead = "Trước đó, việc" if owes else "Việc"
    lines = [
        f"\n<b>{lead} {esc(unit)} phối hợp gần nhất</b> (không phải nộp) — "
        f"{support_date(day, today)}:"
    ]
    return "\n".join([*lines, *(support_line(s, today) for s in found)])


def supports_in(label: str, found: Sequence[Support], today: date) -> str:
    """The block said after a period's dates: what the unit supports in it."""
    if not found:
        return ""
    lines = [f"\n<b>Phối hợp trong {esc(label)}</b> (không phải nộp):"]
    return "\n".join([*lines, *(support_line(s, today) for s in found)])


def nothing_owed_ahead(unit: str, province: str) -> str:
    """The head of "hạn gần nhất" for a unit that owes nothing from today on but supports."""
    return f"{esc(unit)} không còn hạn nào phải nộp từ hôm nay trở đi ({esc(province)})."


def supported_owners(
    unit: str, found: Sequence[tuple[Task, date | None]], province: Province, today: date
) -> str:
    """ "bên em góp ý cho sở nào" (ux32): each task `unit` only supports, by its form or title
    and key, the owners' date, and the units that owe it — whose deliverable it comments on."""
    if not found:
        return f"{esc(unit)} không có nhiệm vụ phối hợp, góp ý nào cho đơn vị khác."
    lines = [f"<b>{esc(unit)} phối hợp, góp ý cho các đơn vị nộp ({len(found)} nhiệm vụ):</b>"]
    for task, day in found:
        label = f"{task.form}: {clipped(task.title, SUPPORT_TITLE)}" if task.form else task.title
        owners = province.expand(task.addressees)
        lines.append(
            f"• 📌 {esc(clipped(label, SUPPORT_TITLE))} {key_tag(task.id)} — hạn của đơn vị "
            f"nộp: {support_date(day, today)}"
        )
        lines.append(f"   Góp ý cho {len(owners)} đơn vị: {esc('; '.join(owners))}")
    lines.append("\nCác bước, hồ sơ của đơn vị nộp: gõ mã nhiệm vụ để xem đủ.")
    return "\n".join(lines)
