"""Dates before the letter's own date. A letter cites, amends and frames its duties with dates
that have passed: the earlier letter's deadline it moves, the day an old certificate was issued,
the end of a data window. Such a date on a duty's line is a distractor, not the letter's
demand, and one such line must not refuse a letter whose other duties read whole: its task is
set aside and the draft says so as a doubt the coordinator checks. Only when every dated duty
of the letter has passed is the letter itself wrong ("hạn 15/9 trong công văn ngày 18/9"), and
then the problem stands and nothing is published.
"""

from __future__ import annotations

from datetime import date

from knowledge.calendar.deadlines import fmt_date
from knowledge.letters.model import DOUBT, Problem, Task

PAST = "trước ngày của công văn"


def past_message(due: date) -> str:
    """What the reader says of a deadline before the letter's date."""
    return f"hạn {due.day}/{due.month}/{due.year} {PAST}"


def set_aside(
    tasks: list[Task], problems: list[Problem], floor: date | None
) -> tuple[list[Task], list[Problem]]:
    """`tasks` less those due before `floor` when others remain; `problems` with each such
    task's refusal turned into a doubt."""
    past = [t for t in tasks if floor and t.deadline and t.deadline < floor]
    if not past or len(past) == len(tasks):
        return tasks, problems
    gone = {past_message(t.deadline) for t in past if t.deadline}
    # the lines of the set-aside duties: what else was unread there (its units) goes with them
    lines = {p.line for p in problems if p.message in gone}
    said = [
        Problem(
            p.line,
            f"{DOUBT}: {p.message} ({fmt_date(floor)}): đó là ngày của văn bản được dẫn, hạn "
            "cũ hoặc kỳ số liệu, không tính là nhiệm vụ; thêm nhiệm vụ nếu đây là hạn mới",
        )
        if p.message in gone and floor
        else p
        for p in problems
        if p.message in gone or p.doubt or p.line is None or p.line not in lines
    ]
    return [t for t in tasks if t not in past], said
