"""A period's answer for one unit with where each item stands ("tháng 8 bên em phải xong những
gì"): what is still to finish, each with its status, before what is done or closed, counted
apart ("3 đã xong/đóng"), so an officer is never sent back to rows /tiendo shows done. The
states are knowledge/rules/progress.py's `standings`, the one rule /tiendo and /quahan use."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from itertools import groupby

from knowledge.calendar.deadlines import describe_days, fmt_date, fmt_due
from knowledge.catalogue.views import RowView, TaskView
from knowledge.messages.markup import esc, key_tag
from knowledge.render.answers import row_line, task_line
from knowledge.render.list_answers import grouped_by_deadline
from knowledge.render.progress_text import status_line
from knowledge.rules.progress import FINISHED
from knowledge.rules.standing import Standing, State


def _task_standing(view: TaskView, units: Sequence[Standing]) -> Standing | None:
    """The unit's standing for the task's occurrence the period holds, by its own key: never
    another occurrence's (a month ahead read September's "Hoàn thành", ux28 #2)."""
    key = view.task.key_of(view.due) if view.due is not None else view.task.id
    return next((s for s in units if s.is_task and s.key == key), None)


def _finished_text(s: Standing) -> str:
    """A unit's item it has nothing left to do for: its status, an ended one with the day its
    tracking ended ("⏹ đã kết thúc theo dõi 18/10/2021 — không phải nộp"), as /nopbai says."""
    if s.state is State.ENDED and s.ended is not None:
        return f"⏹ đã kết thúc theo dõi {fmt_date(s.ended)} — không phải nộp"
    return status_line(s.code)


def period_with_standing(
    head: str,
    views: Sequence[RowView],
    tasks: Sequence[TaskView],
    today: date,
    units: Sequence[Standing],
) -> str:
    """`head`: the period answer's first line ("Đến hạn trong Tháng 8/2021 của … : 11 mục.");
    `units`: the unit's standings, with the standing of each occurrence of `tasks` it owes
    (knowledge/rules/occurrences.py `occurrence_standing`)."""
    rows = {s.key: s for s in units if not s.is_task}
    entries: list[tuple[date, int, str]] = []
    left: dict[str, None] = {}  # the keys still to finish (a row due twice in the span is one)
    finished: list[tuple[str, Standing]] = []
    for v in views:
        s = rows.get(v.key)
        if s is not None and s.state in FINISHED:
            finished.append((v.key, s))
            continue
        status = f" — {status_line(s.code)}" if s is not None else ""
        order = 2 if v.role == "coordinate" else 1
        left[v.key] = None
        entries.append((v.deadline or date.max, order, row_line(v, today) + status))
    for t in tasks:
        s = _task_standing(t, units)
        if s is not None and s.state in FINISHED:
            finished.append((s.key, s))
            continue
        status = f" — {status_line(s.code)}" if s is not None else ""
        left[t.task.id] = None
        entries.append((t.due or date.max, 0, task_line(t) + status))
    done = len(dict.fromkeys(k for k, _ in finished))
    # nothing done yet: the head as it was, each line with its status
    lines = [
        f"{head.rstrip('.')}; còn phải xong {len(left)}, {done} đã xong/đóng." if done else head
    ]
    entries.sort(key=lambda e: (e[0], e[1]))
    for due, group in groupby(entries, key=lambda e: e[0]):
        when = "Chưa có hạn" if due == date.max else f"Hạn {fmt_due(due)}"
        days = "" if due == date.max else f" ({describe_days(today, due)})"
        lines.append(f"\n<b>📅 {esc(when + days)}</b>")
        lines += [e[2] for e in group]
    if finished:
        said = ", ".join(
            f"{key_tag(k)} ({esc(_finished_text(s))})" for k, s in dict(finished).items()
        )
        lines.append(f"\n<b>Đã xong/đóng ({done})</b>: {said}")
    return "\n".join(lines)


def province_period(
    head: str,
    views: Sequence[RowView],
    tasks: Sequence[TaskView],
    today: date,
    done: tuple[set[str], set[tuple[str, date | None]]],
) -> str | None:
    """The province's list of a period ("tuần sau tỉnh có hạn gì") with the rows and tasks
    every unit has done or closed (`done`: progress.done_by_all) said apart after the rest,
    counted in the head, as one unit's list says its own; None when none is (the list by
    dates alone). It read only dates: a task every unit had sent was listed as still due."""
    rows, sent = done
    left_views = [v for v in views if v.key not in rows]
    left_tasks = [t for t in tasks if (t.task.id, t.due) not in sent]
    finished = list(
        dict.fromkeys(
            [v.key for v in views if v.key in rows]
            + [t.task.id for t in tasks if (t.task.id, t.due) in sent]
        )
    )
    if not finished:
        return None
    left = len(dict.fromkeys([v.key for v in left_views] + [t.task.id for t in left_tasks]))
    lines = [f"{head.rstrip('.')}; còn phải xong {left}, {len(finished)} mọi đơn vị đã xong."]
    lines += grouped_by_deadline(list(left_views), list(left_tasks), today, show_lead=True)
    named = ", ".join(key_tag(k) for k in finished)
    lines.append(f"\n<b>Mọi đơn vị đã xong/đóng ({len(finished)})</b>: {named}")
    return "\n".join(lines)
