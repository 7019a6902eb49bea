"""`python -m bot status [--db URL] --json`: every current status with its history."""

from __future__ import annotations

import json

from bot.config import load_config
from db.repo import Repo
from db.session import make_sessions, open_database
from knowledge.rules.statuses import STATUSES


def main(args) -> int:
    config = load_config(args.config)
    engine = open_database(args.db or config.database, writable=False)
    repo = Repo(make_sessions(engine), config.province)
    history = repo.history()
    out = []
    for (key, agency), change in sorted(repo.current_all().items()):
        out.append(
            {
                "key": key,
                "agency": agency,
                "status": change.new,
                "note": change.note,
                "by": change.by,
                "at": change.at.isoformat(),
                "history": [c.to_json() for c in history if c.key == key and c.agency == agency],
            }
        )
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=None))
    else:
        for item in out:
            print(
                f"{item['key']} — {item['agency']}: {STATUSES[item['status']]} ({item['by']}, "
                f"{item['at']})"
            )
        if not out:
            print("Chưa có cập nhật nào.")
    return 0
