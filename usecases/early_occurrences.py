"""Done said of an occurrence of a recurring report whose period has not begun ("/capnhat
tq-2021-06-25 đã nộp" on 20/5, the June report of a monthly task): never written (under way
or stuck may be said of a period ahead; only done closes it). The rule is the one every file
path asks (knowledge/deliverables/period_begun.py, u42), and every status path asks it here,
once (`early_done`): /capnhat, a statement in chat offered for a press
(usecases/status_offers.py `offer_status`), the next period a repeat suggests
(usecases/status_writes.py `sent_ahead`) and the write itself (`write_status`, the last guard
of a press on an offer made before). The period not begun is said ("kỳ tháng 6/2021 chưa bắt
đầu"), and the occurrence due now is offered for a press with the status typed; before the
task's first period (its bare id too), nothing is offered.
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.calendar.deadlines import fmt_date
from knowledge.deliverables.period_begun import begun_due, not_begun
from knowledge.messages import offers
from knowledge.render.answers import key_tag
from knowledge.rules.standing import DONE_STATUS
from usecases.desk import Desk
from usecases.results import UNCHANGED


@dataclass(frozen=True)
class EarlyDone:
    """Done said of an occurrence whose period has not begun: its key, the line that says so,
    and the occurrence whose period has begun (due now, or just gone), None before the first."""

    key: str
    line: str
    now: str | None


def early_done(desk: Desk, key: str, status: str) -> EarlyDone | None:
    """The one check of every status path: done (`status`) said of the occurrence `key` names
    (its bare id: the one due now, or before the first period that first one) whose period has
    not begun today; None for any other status, task or key."""
    found = desk.province.task_at(key)
    if found is None or status != DONE_STATUS:
        return None  # under way or stuck may be said of a period ahead: only done closes it
    task, due = found
    today = desk.clock.today()
    now = begun_due(task, today)
    if due is None and task.recurring and now is None:
        due = task.next_due(today)  # a bare id before its first period: that first occurrence
    early = not_begun(task, due, today)
    if early is None or due is None:
        return None
    line = (
        f"{key_tag(task.key_of(due))}: kỳ {early.period} chưa bắt đầu (từ "
        f"{fmt_date(early.begins)}), chưa ghi."
    )
    return EarlyDone(task.key_of(due), line, task.key_of(now) if now is not None else None)


def early_refusal(early: EarlyDone) -> str:
    """The one line said where a unit would be asked for done of a period not begun (an
    admin's write on an item several units owe): nothing asked, the occurrence due now given
    as the command to type, the unit in it (the button would not carry the unit)."""
    if early.now is None:
        return f"{early.line} {UNCHANGED}"
    then = offers.code(offers.capnhat_line(early.now, "đã nộp", "<đơn vị>"))
    return f"{early.line} Kỳ đang đến hạn: {then}. {UNCHANGED}"
