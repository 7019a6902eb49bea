"""The reminder catch-up after a gap in the clock: a bot down for 30 days (or a test's clock
moved by a month) writes down, at its next tick, every reminder those days owed. Ours: the
days planned at once (knowledge/rules/reminders.py `plan_each`: the province's dates read once,
each date's reminder days counted once, a unit asked the standing rule only on a reminder day of
its dates or the overdue day, only the agencies some chat hears for) and written in one write
(usecases/reminders.py `record_days`). Baseline, kept below as it was before round 26: each day
planned alone for every agency (every row's dates read again, every unit's every row asked the
standing rule, the reminder days of every date counted again) and written alone.

Two registers: every unit of the province with one officer (the most a tick can owe), and three
units (a bot a few units use, as most tests' bots). Both write the same log: checked, row by row.

python bench/bench_catchup.py [--days 30] [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.clock import TZ, Clock  # noqa: E402
from bot.config import Config  # noqa: E402
from db.models import Officer  # noqa: E402
from knowledge.calendar.deadlines import is_past  # noqa: E402
from knowledge.calendar.workdays import WorkCalendar  # noqa: E402
from knowledge.catalogue.key_lists import join_keys  # noqa: E402
from knowledge.catalogue.model import Catalogue, Province, split_key  # noqa: E402
from knowledge.catalogue.plan import plan_first_day  # noqa: E402
from knowledge.rules.reminders import (  # noqa: E402
    LOOKAHEAD,
    Policy,
    Reminder,
    in_view,
    overdue_day,
    task_deadline,
)
from knowledge.rules.row_dates import part_dates, part_owners, row_deadlines  # noqa: E402
from knowledge.rules.standing import (  # noqa: E402
    Deadline,
    Mark,
    State,
    mark_of,
    milestone_marks,
    stand,
)
from usecases.desk import Desk  # noqa: E402
from usecases.reminders import record_days  # noqa: E402

SLUG = "tuyen-quang"
FIRST = date(2021, 4, 13)  # the day after the last tick: the plan's first weeks, 20/4 and 20/5
ADMIN = 9000
Marks = dict[tuple[str, str], Mark]


# -- the baseline: the planner and the tick's writes as they were before round 26 ---------------
def old_deadlines(
    catalogue: Catalogue, province: Province, start: date, end: date
) -> list[Deadline]:
    result = []
    first = plan_first_day(province)
    for assignment in province.assignments.values():
        row = catalogue.rows[assignment.key]
        parts = part_dates(catalogue, province, row)
        who = part_owners(catalogue, province, row) if parts else None
        result += row_deadlines(row, assignment, start, end, first, parts, who)
    for task in province.tasks:
        result += [
            task_deadline(task, due, agency)
            for due in task.occurrences(start, end)
            for agency in task.addressees
        ]
    return result


def old_offset(
    deadline: Deadline, day: date, calendar: WorkCalendar, policy: Policy
) -> int | None:
    if not calendar.is_working(day):
        return None
    found = None
    for offset in sorted(policy.offsets, reverse=True):
        if calendar.working_days_before(deadline.due, offset) == day:
            found = offset
    return found


def old_file_under(
    dated: list[Deadline], marks: Marks, day: date, calendar: WorkCalendar, policy: Policy
) -> tuple[Deadline, int] | None:
    first = dated[0]
    own = milestone_marks(first.key, first.agency, dated, marks)
    standing = stand(first.key, first.agency, first.role, dated, mark_of(first, marks), day, own)
    applies = standing.deadline
    if applies is None or standing.state not in (State.OPEN, State.LATE):
        return None
    ahead = [d for d in dated if not is_past(d.due, day)]
    near = [(d, o) for d in ahead if (o := old_offset(d, day, calendar, policy)) is not None]
    if standing.state is State.LATE:
        weekly = policy.overdue_every > 0 and overdue_day(day, calendar, policy.overdue_every)
        if not (near or weekly) or not calendar.is_working(day):
            return None
        return applies, -(day - applies.due).days
    return next(((d, o) for d, o in near if d == applies), near[0] if near else None)


def _item_order(deadline: Deadline):
    if deadline.role == "task":
        return (0, deadline.key, 0, "")
    decision, _, rest = deadline.key.partition("-")
    number, _, sub = rest.partition("/")
    return (1, decision, int(number) if number.isdigit() else 0, sub)


def old_plan_day(
    catalogue: Catalogue, province: Province, marks: Marks, day: date, policy: Policy
) -> list[Reminder]:
    calendar = catalogue.calendar
    if not calendar.is_working(day):
        return []
    start = date(day.year - 1, 1, 1) if policy.overdue_every > 0 else day
    units: dict[tuple[str, str], list[Deadline]] = {}
    in_views = {t.id: in_view(t, day) for t in province.tasks if t.recurring}
    for deadline in old_deadlines(catalogue, province, start, day + timedelta(days=LOOKAHEAD)):
        if deadline.recurring:
            passed, _ = in_views[split_key(deadline.key)[0]]
            if is_past(deadline.due, day) and deadline.due not in passed:
                continue
        units.setdefault((deadline.agency, deadline.key), []).append(deadline)
    found: dict[tuple[str, date, int], list[Deadline]] = {}
    for dated in units.values():
        filed = old_file_under(dated, marks, day, calendar, policy)
        if filed is not None:
            deadline, offset = filed
            found.setdefault((deadline.agency, deadline.due, offset), []).append(deadline)
    reminders = [
        Reminder(agency, due, offset, tuple(sorted(items, key=_item_order)))
        for (agency, due, offset), items in found.items()
    ]
    return sorted(reminders, key=lambda r: (r.agency, r.due, -r.offset))


def old_record_days(
    desk: Desk, days: list[date], marks: Marks, recipients: dict[str, list[int]]
) -> int:
    """The tick's loop before: `record_day` for each day, one write each."""
    recorded = 0
    for day in days:
        entries = []
        slug = desk.config.province
        planned = old_plan_day(
            desk.assistant.catalogue, desk.province, marks, day, desk.config.policy
        )
        for reminder in planned:
            keys = join_keys(reminder.keys)
            for chat_id in recipients.get(reminder.agency, []):
                entries.append(
                    {
                        "uniq": f"{slug}|{chat_id}|{reminder.due.isoformat()}|{keys}|"
                        f"{reminder.offset}|{reminder.agency}",
                        "chat_id": chat_id,
                        "day": day,
                        "agency": reminder.agency,
                        "due": reminder.due,
                        "offset": reminder.offset,
                        "keys": keys,
                    }
                )
        recorded += desk.reminders.record(entries, desk.clock.now())
    return recorded


# -- the run ---------------------------------------------------------------------------------
Record = Callable[[Desk, list[date], Marks, dict[str, list[int]]], int]


def fresh_desk(folder: Path, name: str, units: list[str], days: list[date]) -> Desk:
    desk = Desk.open(
        Config(database=f"sqlite:///{folder / name}.db", admins=[ADMIN], province=SLUG),
        Clock(datetime.combine(days[-1], datetime.min.time(), TZ).replace(hour=9)),
    )
    at = datetime(2021, 4, 1, 8, 0, tzinfo=TZ)
    with desk.sessions.begin() as s:
        for i, unit in enumerate(units):
            s.add(
                Officer(
                    user_id=100000 + i,
                    name=f"Cán bộ {i}",
                    agency=unit,
                    province=SLUG,
                    state="approved",
                    reminders=True,
                    requested_at=at,
                    decided_by=ADMIN,
                    decided_at=at,
                )
            )
    return desk


def one_run(record: Record, desk: Desk, days: list[date]) -> float:
    """CPU seconds of planning and writing down the days' reminders, on a fresh log."""
    marks = desk.statuses().marks
    recipients = desk.reminders.recipients()
    began = time.process_time()
    record(desk, days, marks, recipients)
    return time.process_time() - began


def log_of(desk: Desk) -> list[tuple]:
    return [
        (r.uniq, r.chat_id, r.day, r.agency, r.due, r.offset, r.keys, r.state)
        for r in desk.reminders.log()
    ]


def compare(units: list[str], days: list[date], repeat: int, folder: Path) -> tuple:
    runs: dict[str, list[float]] = {"old": [], "ours": []}
    logs: dict[str, list[tuple]] = {}
    for n in range(repeat):
        for name, record in (("old", old_record_days), ("ours", record_days)):
            desk = fresh_desk(folder, f"{name}-{len(units)}-{n}", units, days)
            seconds = one_run(record, desk, days)
            runs[name].append(seconds)
            logs[name] = log_of(desk)
            desk.close()
    assert logs["old"] == logs["ours"], "the two write different logs"
    return statistics.median(runs["old"]), statistics.median(runs["ours"]), len(logs["ours"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--first", type=date.fromisoformat, default=FIRST, help="YYYY-MM-DD")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="bench-catchup-"))
    days = [args.first + timedelta(days=i) for i in range(args.days)]
    probe = fresh_desk(folder, "probe", [], days)
    province = probe.province
    every = sorted(
        {a for t in province.tasks for a in t.addressees}
        | {a for row in province.assignments.values() for a in row.agencies}
    )
    probe.close()
    registers = {"every unit": every, "three units": every[:3]}
    print(
        f"{SLUG}: a {args.days}-day gap from {days[0]:%d/%m/%Y}, {args.repeat} runs each, "
        "CPU seconds (median), fresh SQLite log each run\n"
    )
    print("| register | officers | rows written | baseline s | ours s | ours / baseline |")
    print("|---|---|---|---|---|---|")
    for label, units in registers.items():
        old, ours, rows = compare(units, days, args.repeat, folder)
        print(f"| {label} | {len(units)} | {rows} | {old:.3f} | {ours:.3f} | {ours / old:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
