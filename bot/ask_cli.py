"""`python -m bot ask "question" [--json] [--today D] [--province SLUG] [--agency NAME] [--db URL]`
and `--batch`: the answer as the chat gives it.

`--agency` asks as an officer of that agency ("bên em" is that agency); `--db` answers progress
questions from the statuses in that database (and with the assignment table in force there);
without it, nothing has been reported yet.
"""

from __future__ import annotations

import json
import sys

from bot.clock import today_local
from knowledge.catalogue.loader import default_catalogue
from knowledge.catalogue.model import Catalogue
from knowledge.reader.ask import Assistant
from knowledge.rules.standing import Mark, marks_of


def _statuses(args) -> tuple[Catalogue, dict[tuple[str, str], Mark]] | None:
    """The catalogue (with the table in force) and the statuses of --db; None after saying why."""
    if not args.db:
        return default_catalogue(), {}
    from bot.cli_context import open_context
    from db.repo import Repo

    context = open_context(args)
    if context is None:
        return None
    return context.catalogue, marks_of(Repo(context.sessions, context.province.slug).current_all())


def main(args) -> int:
    loaded = _statuses(args)
    if loaded is None:
        return 2
    catalogue, marks = loaded
    if args.province and args.province not in catalogue.provinces:
        known = ", ".join(catalogue.provinces)
        print(f"Không có tỉnh {args.province!r}. Các tỉnh: {known}", file=sys.stderr)
        return 2
    assistant = Assistant(catalogue)
    agency = None
    if args.agency is not None:
        agency = assistant.agencies.resolve(args.agency)
        if agency is None:
            print(f"Không nhận ra cơ quan {args.agency[:80]!r}.", file=sys.stderr)
            return 2
    today = args.today or today_local()

    def answer(question: str) -> None:
        result = assistant.ask(question, today, args.province, agency, marks)
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
