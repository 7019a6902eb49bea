"""`python -m bot reminders plan --from D --to D [--json]`: what would be sent when, to which
agency, about which rows, given the statuses in the database.
"""

from __future__ import annotations

import json
import sys

from bot.cli_context import open_desk
from knowledge.calendar.deadlines import describe_days, fmt_date
from usecases.reminders import plan_days

MAX_DAYS = 3660


def main(args) -> int:
    start, end = getattr(args, "from"), args.to
    if end < start or (end - start).days > MAX_DAYS:
        print(
            "Khoảng ngày không hợp lệ: --to phải sau --from và không quá 10 năm.", file=sys.stderr
        )
        return 2
    opened = open_desk(args)
    if opened is None:
        return 2
    _, desk = opened
    plan = desk.call(plan_days, start, end)
    if args.json:
        for day, reminder in plan:
            print(json.dumps(reminder.to_json(day), ensure_ascii=False))
        return 0
    for day, reminder in plan:
        print(
            f"{day.isoformat()} {reminder.agency}: hạn {fmt_date(reminder.due)} "
            f"({describe_days(day, reminder.due)}) — {', '.join(reminder.keys)}"
        )
    if not plan:
        print("Không có nhắc hạn nào trong khoảng này.")
    return 0
