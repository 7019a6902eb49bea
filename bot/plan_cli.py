"""`python -m bot reminders plan --from D --to D [--json]`: what would be sent when, to which agency, about which
rows, given the statuses in the database."""
from __future__ import annotations

import json
import sys

from bot.config import load_config
from db.repo import Repo
from db.session import make_engine, make_sessions, migrate
from knowledge.deadlines import describe_days, fmt_date
from knowledge.loader import default_catalogue
from knowledge.reminders import Mark, plan_range

MAX_DAYS = 3660


def main(args) -> int:
    config = load_config(args.config)
    catalogue = default_catalogue()
    slug = args.province or config.province
    if slug not in catalogue.provinces:
        print(f"Không có tỉnh {slug!r}. Các tỉnh: {', '.join(catalogue.provinces)}", file=sys.stderr)
        return 2
    start, end = getattr(args, "from"), args.to
    if end < start or (end - start).days > MAX_DAYS:
        print("Khoảng ngày không hợp lệ: --to phải sau --from và không quá 10 năm.", file=sys.stderr)
        return 2
    engine = make_engine(args.db or config.database)
    migrate(engine)
    repo = Repo(make_sessions(engine), slug)
    marks = {k: Mark(c.new, c.at.date()) for k, c in repo.current_all().items()}
    plan = plan_range(catalogue, catalogue.province(slug), marks, start, end, config.policy)
    if args.json:
        for day, reminder in plan:
            print(json.dumps(reminder.to_json(day), ensure_ascii=False))
        return 0
    for day, reminder in plan:
        print(f"{day.isoformat()} {reminder.agency}: hạn {fmt_date(reminder.due)} "
              f"({describe_days(day, reminder.due)}) — {', '.join(reminder.keys)}")
    if not plan:
        print("Không có nhắc hạn nào trong khoảng này.")
    return 0
