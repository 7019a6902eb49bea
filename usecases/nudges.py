""" "Nhắc các đơn vị chưa nộp": who a round of reminders would reach, and the round itself (one
reminder per chat of each unit missing a document being collected, at most once a day per unit),
for the chat's /nopbai tinh button and the web desk alike.

Who is missing what is knowledge/deliverables/tracking.py; the reminders go through the reminder
log like the daily ones (db/reminder_repo.py) and are delivered by the composition root's
`deliver_owed`, which the caller awaits on the event loop.
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.deliverables.tracking import missing_by_unit
from knowledge.rules.decisions import Refusal
from knowledge.rules.officers import Actor
from usecases.desk_views import tracked
from usecases.ports import Services

ADMIN_ONLY = "Chỉ quản trị viên (Sở TT&amp;TT) nhắc được các đơn vị."
SETTLED = ("sent", "dropped")


@dataclass(frozen=True)
class NudgePlan:
    owed: dict[str, tuple[tuple[str, ...], list[int]]]  # unit -> (task ids, its chats)
    unreachable: list[str]  # missing units with no officer or group to remind
    already: list[str]  # missing units reminded earlier today

    @property
    def chats(self) -> dict[str, int]:
        return {unit: len(chats) for unit, (_, chats) in self.owed.items()}


@dataclass(frozen=True)
class NudgeRound:
    reached: dict[str, int]  # unit -> chats reminded now
    unreachable: list[str]
    already: list[str]


def plan_nudges(svc: Services, who: Actor) -> NudgePlan | Refusal:
    if not who.is_admin:
        return Refusal(ADMIN_ONLY)
    today = svc.clock.today()
    missing = missing_by_unit(tracked(svc), today)
    already = sorted({r.agency for r in svc.reminders.nudges(today)} & set(missing))
    recipients = svc.reminders.recipients()
    owed = {
        unit: (tuple(dict.fromkeys(u.task.id for u in items)), recipients[unit])
        for unit, items in missing.items()
        if unit not in already and recipients.get(unit)
    }
    unreachable = [u for u in missing if u not in already and not recipients.get(u)]
    return NudgePlan(owed, unreachable, already)


def record_nudges(svc: Services, who: Actor) -> NudgeRound | Refusal:
    """Write the round down in the reminder log (the caller then delivers what it owes)."""
    plan = plan_nudges(svc, who)
    if isinstance(plan, Refusal):
        return plan
    reached = svc.reminders.record_nudges(svc.clock.today(), plan.owed, svc.clock.now())
    already = plan.already + [u for u, n in reached.items() if n == 0]  # another press first
    return NudgeRound({u: n for u, n in reached.items() if n}, plan.unreachable, sorted(already))


def failed_nudges(svc: Services, reached: dict[str, int]) -> int:
    """Reminders of this round not delivered yet: retried at the next tick, as a daily one."""
    today = svc.clock.today()
    return sum(
        1 for r in svc.reminders.nudges(today) if r.agency in reached and r.state not in SETTLED
    )
