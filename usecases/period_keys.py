"""`/capnhat T9/2021 đã nộp`: a period typed where the key stands names the occurrence of the
one recurring task the writer's unit owes that falls in it; of several, each one's exact line
is given, nothing written (knowledge/catalogue/occurrence_names.py reads the period)."""

from __future__ import annotations

import re

from knowledge.catalogue.occurrence_names import decode
from knowledge.messages import offers
from knowledge.render.answers import esc
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.results import UNCHANGED, Refusal

# the command, then a month or a quarter (with or without its year) where the key stands
_LEADING_PERIOD = re.compile(
    r"^(?P<command>/\w+(?:@\w+)?)\s+"
    r"(?P<period>(?:t|th|thang|tháng)\s*\d{1,2}(?:\s*/\s*\d{4})?"
    r"|(?:q|quy|quý)\s*(?:[1-4]|iv|iii|ii|i)\s*/\s*\d{4})"
    r"(?P<rest>(?:\s.*)?)$",
    re.I | re.S,
)


def period_alone(desk: Desk, caller: Caller, line: str) -> str | Refusal | None:
    """The line with the recurring task's id put before the period, when the period names an
    occurrence of exactly one task the caller's unit owes (an admin: of any unit); several:
    their exact lines; none: said so. None when the line does not start with a period."""
    found = _LEADING_PERIOD.match(line.strip())
    if found is None:
        return None
    period, rest = found["period"], found["rest"].strip()
    province, today = desk.province, desk.clock.today()
    owed = province.tasks if caller.actor.is_admin else province.tasks_of(caller.agency or "")
    tasks = [t for t in owed if t.recurring and decode(t, period, today) is not None]
    if len(tasks) == 1:
        return f"{found['command']} {tasks[0].id} {period} {rest}".strip()
    said = rest or "<trạng thái>"
    if not tasks:
        whose = "" if caller.actor.is_admin else f" của {esc(caller.agency or '')}"
        return Refusal(
            f"«{esc(period)}» là một kỳ, nhưng không có nhiệm vụ định kỳ nào{whose} có kỳ này. "
            f"Gõ mã nhiệm vụ trước kỳ, ví dụ <code>/capnhat &lt;mã nhiệm vụ&gt; {esc(period)} "
            f"{esc(said)}</code>. {UNCHANGED}"
        )
    lines = "; ".join(offers.code(f"/capnhat {t.id} {period} {said}") for t in tasks[:5])
    return Refusal(
        f"«{esc(period)}» là kỳ của {len(tasks)} nhiệm vụ định kỳ. Gõ: {lines}. {UNCHANGED}"
    )
