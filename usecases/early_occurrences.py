"""/capnhat saying done of an occurrence of a recurring report whose period has not begun
("/capnhat tq-2021-06-25 đã nộp" on 20/5, the June report of a monthly task): never written
silently (under way or stuck may be said of a period ahead; only done closes it). The
rule is the one every file path asks (knowledge/deliverables/period_begun.py, u42): the period
not begun is said ("kỳ tháng 6/2021 chưa bắt đầu"), and the occurrence due now is offered for a
press with the status typed; before the task's first period (its bare id too: "/capnhat
tq-2021-06-25 đã nộp" on 20/5 when that id is the task's, first due 25/6), nothing is offered.
"""

from __future__ import annotations

from dataclasses import replace

from knowledge.calendar.deadlines import fmt_date
from knowledge.deliverables.period_begun import begun_due, not_begun
from knowledge.reader.writes import Offer
from knowledge.render.answers import key_tag
from knowledge.rules.standing import DONE_STATUS
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.results import UNCHANGED, Refusal
from usecases.status_offers import offer_status
from usecases.status_results import Offered, UnitAsked


def early_write(desk: Desk, caller: Caller, offer: Offer) -> Offered | UnitAsked | Refusal | None:
    """Inside a use case that writes: the occurrence due now offered in place of one whose
    period has not begun (said first), or a refusal when none has begun; None when the key
    names no such occurrence (then written as typed)."""
    found = desk.province.task_at(offer.key)
    if found is None or offer.status != DONE_STATUS:
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
    if now is None:
        return Refusal(f"{line} {UNCHANGED}")
    offered = offer_status(desk, caller, replace(offer, key=task.key_of(now)))
    if isinstance(offered, Refusal):
        return Refusal(f"{line}\n{offered.reason}")
    if isinstance(offered, Offered):
        said = f"{line} Kỳ đang đến hạn:"
        return replace(offered, skipped=f"{said}\n{offered.skipped}" if offered.skipped else said)
    return offered
