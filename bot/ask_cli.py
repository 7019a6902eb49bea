"""`python -m bot ask "question" [--json] [--today D] [--province SLUG] [--agency NAME] [--db URL]`
and `--batch`: the answer as the chat gives it.

`--agency` asks as an officer of that agency ("bên em" is that agency); `--db` answers progress
questions from the statuses in that database (and with the assignment table in force there);
without it, nothing has been reported yet.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import datetime, time

from bot.clock import TZ, Clock, today_local
from bot.config import province_for
from knowledge.catalogue.loader import default_catalogue
from knowledge.reader.ask import Answer, Assistant


def _on_database(args, agency_name: str | None) -> Callable[[str], Answer] | None:
    """--db: the desk on that database (its table in force, its statuses), asked through the
    same use case as the chat; None after saying why."""
    from bot.cli_context import open_desk
    from usecases import asking

    opened = open_desk(args)
    if opened is None:
        return None
    _, desk = opened
    if args.today:
        desk.clock = Clock(datetime.combine(args.today, time(8), TZ))
    caller = None
    if agency_name is not None:
        agency = desk.assistant.agencies.resolve(agency_name)
        if agency is None:
            print(f"Không nhận ra cơ quan {agency_name[:80]!r}.", file=sys.stderr)
            return None
        caller = asking.officer_of(desk, agency)
    return lambda question: asking.answered_now(desk, caller, question).answer


def _embedded(args) -> Callable[[str], Answer] | None:
    """No database: the embedded catalogue, nothing reported yet."""
    catalogue = default_catalogue()
    args.province = province_for(args.province, args.config)  # --province, else the config's
    if args.province not in catalogue.provinces:
        known = ", ".join(catalogue.provinces)
        print(f"Không có tỉnh {args.province!r}. Các tỉnh: {known}", file=sys.stderr)
        return None
    assistant = Assistant(catalogue)
    agency = None
    if args.agency is not None:
        agency = assistant.agencies.resolve(args.agency)
        if agency is None:
            print(f"Không nhận ra cơ quan {args.agency[:80]!r}.", file=sys.stderr)
            return None
    today = args.today or today_local()
    return lambda question: assistant.ask(question, today, args.province, agency, {})


def main(args) -> int:
    ask = _on_database(args, args.agency) if args.db else _embedded(args)
    if ask is None:
        return 2

    def answer(question: str) -> None:
        result = ask(question)
        if args.json or args.batch:
            print(json.dumps(result.to_json(), ensure_ascii=False), flush=True)
        else:
            print(result.text)

    if args.batch:
        for line in sys.stdin:
            answer(line.rstrip("\n"))
        return 0
    if args.question is None:
        print(
            'Thiếu câu hỏi. Ví dụ: python -m bot ask "giấy phép xây dựng hạn khi nào"',
            file=sys.stderr,
        )
        return 2
    answer(args.question)
    return 0
