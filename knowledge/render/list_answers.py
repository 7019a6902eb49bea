"""Lists by date, as Telegram HTML: an agency's rows and tasks, and what falls due in a period,
grouped under each date. Apart from the row cards and lines they list (answers.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from itertools import groupby

from knowledge.calendar.deadlines import describe_days, fmt_date, fmt_due, is_past
from knowledge.catalogue.model import Province
from knowledge.catalogue.views import RowView, TaskView
from knowledge.messages.empty_periods import named_keys, other_year_line
from knowledge.messages.markup import esc, key_tag
from knowledge.render.answers import due_phrase, row_line, support_due, task_line
from knowledge.rules.standing import State


def _filed(view: RowView) -> date:
    """The date a row is listed under in a list by date: its date in the period asked, unless
    the standing rule has it late since an earlier one (the province's 31/5 passed, the
    decision's 30/6 in June): then under that date, late, never under "còn 20 ngày" (ux24)."""
    s = view.dated
    if s is not None and s.state is State.LATE and s.due and view.deadline:
        return min(s.due, view.deadline)
    return view.deadline or date.max


def grouped_by_deadline(
    views: list[RowView], tasks: list[TaskView], today: date, show_lead: bool
) -> list[str]:
    # Within one date: tasks, then lead rows, then coordinating rows.
    entries = [
        (_filed(v), 2 if v.role == "coordinate" else 1, row_line(v, today, show_lead))
        for v in views
    ]
    entries += [(t.due or date.max, 0, task_line(t)) for t in tasks]
    entries.sort(key=lambda e: (e[0], e[1]))  # stable: the callers' order stays within a group
    lines = []
    for due, group in groupby(entries, key=lambda e: e[0]):
        heading = (
            "Chưa có hạn" if due == date.max else f"Hạn {fmt_due(due, describe_days(today, due))}"
        )
        # a date passed heads what is late since it (the standing rule's "passed")
        icon = "⚠️" if due != date.max and is_past(due, today) else "📅"
        lines.append(f"\n<b>{icon} {esc(heading)}</b>")
        lines += [e[2] for e in group]
    return lines


def agency_guess(agency: str) -> str:
    """The line before an agency's list when the question named it only by a word that is
    also the documents' ordinary wording."""
    return f"Có phải bạn hỏi {esc(agency)}? Nếu không, hãy gõ rõ tên cơ quan hoặc dịch vụ.\n\n"


def agency_head(
    agency: str,
    province: Province,
    lead: Sequence[RowView],
    coordinate: Sequence[RowView],
    tasks: Sequence[TaskView],
    today: date,
    supported: Sequence[TaskView],
) -> str:
    """An agency's list's first line: how many rows it leads and coordinates, its tasks."""
    return (
        f"<b>{esc(agency)}</b> — {esc(province.name)}: chủ trì {len(lead)} mục, phối hợp "
        f"{len(coordinate)} mục"
        + (f", {len(tasks)} nhiệm vụ của tỉnh" if tasks else "")
        + (f", phối hợp {len(supported)} nhiệm vụ" if supported else "")
        + f" (tính đến {fmt_date(today)})."
    )


def agency_answer(
    agency: str,
    province: Province,
    lead: list[RowView],
    coordinate: list[RowView],
    tasks: list[TaskView],
    today: date,
    supported: list[TaskView] | None = None,
) -> str:
    """supported: the province's tasks the agency supports (comments on, helps with) without
    owing anything."""
    supported = supported or []
    head = agency_head(agency, province, lead, coordinate, tasks, today, supported)
    lines = [head, *grouped_by_deadline(lead + coordinate, tasks, today, show_lead=False)]
    if supported:
        lines.append("\n<b>Phối hợp (không phải nộp):</b>")
        lines += [f"• {esc(t.task.title)} — {support_due(t.due, today)}" for t in supported]
    if not (lead or coordinate or tasks or supported):
        lines.append(f"Chưa có mục nào của {esc(province.name)} giao cho cơ quan này.")
    lines.append("\nGõ mã mục (ví dụ <code>406-14</code>) để xem chi tiết.")
    return "\n".join(lines)


DAY_LABELS = ("hôm ", "ngày ", "thứ ", "chủ nhật", "bữa ")


def _within(label: str) -> str:
    """ "trong tuần này", "trong Quý IV/2021", but "hôm qua", "ngày 30/9/2021": a single day
    takes no "trong" ("đến hạn trong hôm qua" is no Vietnamese)."""
    text = esc(label)
    return text if label.lower().startswith(DAY_LABELS) else f"trong {text}"


def period_answer(
    label: str,
    province: Province,
    views: list[RowView],
    tasks: list[TaskView],
    today: date,
    agency: str | None = None,
    after: tuple[date, list[str]] | None = None,
    nearest: bool = False,
    held: Sequence[str] = (),
    other: tuple[str, list[str]] | None = None,
) -> str:
    """`other`: for an empty month or quarter, the same one of another year with what is due
    in it: the year read is said, and the other named (ux36 #1). `after`: for a period nothing
    falls due in, the first date after it and what is due then (row keys, task ids).
    `nearest`: the question asked for the next date ("hạn gần nhất"), and nothing falls due
    from today on. `held`: rows with a date in the period that the unit is already late on by
    an earlier one, said late in the line beside (ux22 #1): "nothing due" alone would
    contradict the reminder of that date."""
    who = f" của {esc(agency)}" if agency else ""
    if not views and not tasks and nearest:
        return f"Không còn mục nào{who} có hạn từ hôm nay trở đi ({esc(province.name)})."
    if not views and not tasks:
        none = f"Không có mục nào{who} đến hạn {_within(label)} ({esc(province.name)})."
        if held:
            named = ", ".join(key_tag(k) for k in held)
            none = (
                f"Không có hạn mới nào{who} {_within(label)} ({esc(province.name)}); "
                f"{named} có hạn trong kỳ nhưng đã quá hạn từ trước (dòng ⚠️ dưới)."
            )
        if other is not None:
            none += "\n" + other_year_line(label, *other)
        if after is None:
            return none
        day, keys = after
        return f"{none}\nHạn gần nhất sau đó: {due_phrase(day, today)} — {named_keys(keys)}."
    head = (
        f"<b>Đến hạn {_within(label)}</b>{who} — {esc(province.name)}: "
        + ", ".join(
            count
            for count in (
                f"{len({v.key for v in views})} mục" if views else "",
                f"{len(tasks)} nhiệm vụ" if tasks else "",
            )
            if count
        )
        + "."
    )
    return "\n".join([head, *grouped_by_deadline(views, tasks, today, show_lead=agency is None)])
