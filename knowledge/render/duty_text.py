"""An agency's duty list ("bên em phải làm gì", "Sở Xây dựng phải làm gì, hạn khi nào") with
where each item stands for it, by the standing rule of /tiendo and /quahan
(knowledge/rules/standing.py): what is still owed under the date that applies to it (a row late
since the decision's date under that date, every occurrence of a recurring report still owed on
its own, as /quahan lists them), each said as /tiendo says it, then what is done, closed or
ended in a group of its own. It listed a row the unit had reported done as "quá hạn 31 ngày"
and left out a late monthly report /quahan listed (ux28 #3).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from itertools import groupby

from knowledge.calendar.deadlines import describe_days, fmt_due, is_past
from knowledge.catalogue.model import Catalogue, Province
from knowledge.catalogue.views import TaskView
from knowledge.messages.markup import esc, key_tag
from knowledge.render.progress_text import unit_line
from knowledge.render.support_text import support_line
from knowledge.rules.standing import Standing, State
from knowledge.rules.supporting import Support

_ROLE_ORDER = {"task": 0, "lead": 1, "coordinate": 2}
OWED = (State.OPEN, State.LATE)


def duty_answer(
    catalogue: Catalogue,
    agency: str,
    province: Province,
    head: str,
    units: Sequence[Standing],
    today: date,
    supported: Sequence[TaskView] = (),
) -> str:
    """`head`: the list's first line (its counts); `units`: the agency's standings
    (knowledge/rules/progress.py `standings`); `supported`: the tasks it only supports."""
    lines = [head]
    owed = sorted(
        (s for s in units if s.state in OWED),
        key=lambda s: (s.due or date.max, _ROLE_ORDER[s.role]),
    )
    for due, group in groupby(owed, key=lambda s: s.due or date.max):
        if due == date.max:
            heading, icon = "Chưa có hạn", "📅"
        else:
            heading = f"Hạn {fmt_due(due, describe_days(today, due))}"
            # a date passed heads what is late since it (the standing rule's "passed")
            icon = "⚠️" if is_past(due, today) else "📅"
        lines.append(f"\n<b>{icon} {esc(heading)}</b>")
        lines += [unit_line(catalogue, province, s, True) for s in group]
    finished = [s for s in units if s.state not in OWED]
    if finished:
        lines.append(f"\n<b>✅ Đã xong, đã đóng ({len(finished)})</b>")
        lines += [unit_line(catalogue, province, s, True) for s in finished]
    if supported:
        lines.append("\n<b>Phối hợp (không phải nộp):</b>")
        lines += [
            support_line(Support(t.due, t.task.id, t.task), today)
            if t.due is not None
            else f"• 📌 {esc(t.task.title)} {key_tag(t.task.id)}"
            for t in supported
        ]
    if not units and not supported:
        lines.append(f"Chưa có mục nào của {esc(province.name)} giao cho cơ quan này.")
    lines.append("\nGõ mã mục (ví dụ <code>406-14</code>) để xem chi tiết.")
    return "\n".join(lines)
