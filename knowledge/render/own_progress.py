"""/tiendo <agency>: a unit's own progress. Its percentage is that of what it answers for — the
rows it leads and the tasks addressed to it — as /tiendo tinh counts it (rules/progress.py
`apart`); the rows it only coordinates are listed apart with their own count, and the tasks it
only supports (comments on, helps with) in a line each, never counted nor said late for it
(u23c #5: a district that only coordinates 406-11 read "0/1 xong (0%)", as if failing)."""

from __future__ import annotations

from datetime import date

from knowledge.calendar.deadlines import fmt_date
from knowledge.catalogue.model import Catalogue, Province, Task
from knowledge.messages.markup import clipped, esc, key_tag
from knowledge.render.progress_text import agency_tally_text, tally_text, unit_line
from knowledge.render.support_text import support_line
from knowledge.rules.progress import AGENCY_UNITS, Marks, Tally, apart, by_agency, standings, tally
from knowledge.rules.standing import Standing
from knowledge.rules.supporting import Support

OWN_UNITS = "mục chủ trì và nhiệm vụ"
SUPPORT_TITLE = 60  # a supported task's title in its one line


def agency_progress(
    catalogue: Catalogue, province: Province, agency: str, marks: Marks, today: date
) -> str:
    """/tiendo <agency>: its tasks and lead rows with its percentage, then its coordinating rows
    and the tasks it supports, apart; a group ("UBND huyện"): each unit's count."""
    units = standings(catalogue, province, marks, today, agency)
    supported = supported_tasks(province, agency)
    if not units and not supported:
        return f"{esc(agency)} chưa được giao mục nào ở {esc(province.name)}."
    members = province.members(agency)
    if members != (agency,):
        # The group: each unit's count, not one list where seven units' lines look alike.
        lines = [
            f"<b>Tiến độ {esc(agency)}</b> — {len(members)} đơn vị, mỗi đơn vị báo cáo riêng "
            f"({AGENCY_UNITS}, tính đến {fmt_date(today)})"
        ]
        for unit, mine in by_agency(units).items():
            lines.append(f"• {esc(unit)}: {agency_tally_text(mine)}")  # as /tiendo tinh
        lines.append(f"Xem một đơn vị: <code>/tiendo {esc(members[-1])}</code>")
        return "\n".join(lines)
    counted, coordinating = apart(units)
    scope = f"{OWN_UNITS}, " if counted else ""
    lines = [
        f"<b>Tiến độ {esc(agency)}</b> — {own_head(units)} ({scope}tính đến {fmt_date(today)})"
    ]
    lines += [unit_line(catalogue, province, s, role=True) for s in counted]
    if coordinating:
        lines.append(
            f"\n<b>Phối hợp</b> (đếm riêng, không tính vào tỉ lệ): "
            f"{coordinating_text(tally(coordinating))}"
        )
        lines += [unit_line(catalogue, province, s, role=True) for s in coordinating]
    if supported:
        lines.append("\n<b>Nhiệm vụ phối hợp</b> (không phải nộp):")
        lines += [supported_line(t, today) for t in supported]
    return "\n".join(lines)


def own_head(units: list[Standing]) -> str:
    """A unit's own count, as its /tiendo and the web desk head it: its lead rows and tasks
    ("1/2 xong (50%)"), or that it answers for none (it only coordinates, or supports)."""
    counted = apart(units)[0]
    if counted:
        return tally_text(tally(counted))
    return "không chủ trì mục nào, không có nhiệm vụ phải nộp"


def coordinating_text(t: Tally) -> str:
    """ "0/1 mục báo xong": the coordinating rows' count, without a percentage that reads as a
    score; late ones said (a row it coordinates with a date of its own may be)."""
    text = f"{t.done}/{t.total} mục báo xong"
    return f"{text}, ❗{t.late} quá hạn" if t.late else text


def supported_tasks(province: Province, agency: str) -> list[Task]:
    """The tasks `agency` only supports: named among the supporting units, not an addressee."""
    members = set(province.members(agency))
    return [
        t
        for t in province.tasks
        if members & set(province.expand(t.supporting))
        and not members & set(province.expand(t.addressees))
    ]


def supported_line(task: Task, today: date) -> str:
    """One supported task: its form or title, its key, its part said as support, the owners'
    date (past: "đã qua", never late), as every answer about the unit says it."""
    if task.next_due(today) is None:
        return f"• 📌 {esc(task.form or clipped(task.title, SUPPORT_TITLE))} {key_tag(task.id)}"
    return support_line(Support(task.next_due(today) or today, task.id, task), today)
