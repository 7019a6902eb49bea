"""Progress: what each unit owes, where it stands (knowledge/rules/standing.py), and the views of
it.

Units. A unit is one (row or task, agency) pair, counted with that agency's own latest status.
- The province's views (/tiendo tinh, /quahan tinh, the coordinator's digest, the province chart,
  the province-wide workbook) count each (row, lead agency) of the province's assignment table and
  each (task, addressee). Coordinating agencies are not counted there: the agencies that lead a
  row answer for it.
- An agency's views (/tiendo <agency>, /quahan <agency>, its chart, its own workbook) count its
  lead rows, the rows it coordinates (with its own status for them) and its tasks.
So an agency's section of /quahan tinh holds its late lead rows and tasks, and its own /quahan adds
the rows it coordinates. Every view of one scope takes its units from `standings` and their states
from `standing.stand`, so they give the same counts: done never includes closed (không đủ điều
kiện, counted on its own), and a done unit is never late.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from knowledge.calendar.deadlines import describe_days, fmt_date
from knowledge.catalogue.model import Catalogue, Province, Task, split_key
from knowledge.language.text import fold
from knowledge.render.answers import esc, key_tag
from knowledge.rules.reminders import in_view, row_deadlines, task_deadline
from knowledge.rules.standing import (
    DONE_STATUS,
    Mark,
    Role,
    Standing,
    State,
    mark_of,
    settled,
    stand,
)
from knowledge.rules.statuses import STATUS_ICONS, STATUSES, Change

Marks = dict[tuple[str, str], Mark]
ROLE_LABELS = {"lead": "chủ trì", "coordinate": "phối hợp", "task": "nhiệm vụ"}
_ROLE_ORDER = {"task": 0, "lead": 1, "coordinate": 2}
PROVINCE_UNITS = "mục chủ trì và nhiệm vụ của từng cơ quan"
AGENCY_UNITS = "mục chủ trì, phối hợp và nhiệm vụ"


def agency_order(name: str) -> tuple[str, str]:
    """Vietnamese alphabetical order for agency names: "Ủy ban" beside "Uỷ", "Đ" beside "D"."""
    return (fold(name), name)


def key_order(key: str) -> tuple:
    """Tasks (ids that are not row keys) first, then rows by decision, number and sector."""
    decision, _, rest = key.partition("-")
    number, _, sub = rest.partition("/")
    if not (decision.isdigit() and number.isdigit()):
        return (0, key, 0, "")
    return (1, decision, int(number), sub)


def _in_order(items: Iterable[Standing]) -> list[Standing]:
    return sorted(
        items,
        key=lambda s: (
            agency_order(s.agency),
            _ROLE_ORDER[s.role],
            s.due or date.max,
            key_order(s.key),
        ),
    )


def standings(
    catalogue: Catalogue, province: Province, marks: Marks, today: date, agency: str | None = None
) -> list[Standing]:
    """Every unit of a scope and where it stands: the province's (agency None) or one agency's
    (see the module docstring), by agency in Vietnamese order, then tasks, lead and coordinating
    rows, each by the date that applies. "UBND huyện" in a province that lists its units is the
    units' standings together, each unit with its own status.
    """
    if agency is not None and province.members(agency) != (agency,):
        return _in_order(
            s
            for m in province.members(agency)
            for s in standings(catalogue, province, marks, today, m)
        )
    result = []
    for assignment in province.assignments.values():
        owners = assignment.lead if agency is None else (agency,)
        if agency is not None and agency not in assignment.agencies:
            continue
        dated = row_deadlines(catalogue.rows[assignment.key], assignment)
        for owner in owners:
            role: Role = "lead" if owner in assignment.lead else "coordinate"
            mine = [d for d in dated if d.agency == owner]
            mark = marks.get((assignment.key, owner))
            result.append(stand(assignment.key, owner, role, mine, mark, today))
    for task in province.tasks:
        result += task_standings(task, marks, today, agency)
    return _in_order(result)


def task_standings(
    task: Task, marks: Marks, today: date, agency: str | None = None
) -> list[Standing]:
    """Where a provincial task stands for each of its addressees (or for `agency` alone, none
    when the task is not addressed to it), in the order the task lists them. A recurring task
    gives, per addressee, each passed occurrence still owed (late, keyed by its occurrence) and
    the next occurrence; an occurrence met or closed once passed is history.
    """
    if agency is not None and agency not in task.addressees:
        return []
    passed, upcoming = in_view(task, today)
    result = []
    for owner in task.addressees if agency is None else (agency,):
        if not task.recurring:
            mine = [task_deadline(task, due, owner) for due in [*passed, upcoming] if due]
            result.append(stand(task.id, owner, "task", mine, marks.get((task.id, owner)), today))
            continue
        for due in passed:
            deadline = task_deadline(task, due, owner)
            mark = mark_of(deadline, marks)
            if settled(deadline, mark) is None:
                result.append(stand(deadline.key, owner, "task", [deadline], mark, today))
        if upcoming is not None:
            deadline = task_deadline(task, upcoming, owner)
            mark = mark_of(deadline, marks)
            result.append(stand(deadline.key, owner, "task", [deadline], mark, today))
    return result


def standing_of(
    catalogue: Catalogue, province: Province, key: str, agency: str, marks: Marks, today: date
) -> Standing | None:
    """Where one row or task stands for one agency; None when the agency owes nothing for it.
    A recurring task by its bare id: the occurrence that applies (the oldest still owed, else
    the next)."""
    found = [
        s
        for s in standings(catalogue, province, marks, today, agency)
        if s.key == key or split_key(s.key)[0] == key
    ]
    return found[0] if found else None


@dataclass(frozen=True)
class Tally:
    total: int
    done: int
    closed: int
    late: int

    @property
    def open(self) -> int:
        return self.total - self.done - self.closed - self.late


def tally(items: Iterable[Standing]) -> Tally:
    items = list(items)
    return Tally(
        len(items),
        sum(s.state is State.DONE for s in items),
        sum(s.state is State.CLOSED for s in items),
        sum(s.state is State.LATE for s in items),
    )


def by_agency(items: Iterable[Standing]) -> dict[str, list[Standing]]:
    """Units grouped by agency, agencies in Vietnamese order (as `standings` returns them)."""
    groups: dict[str, list[Standing]] = {}
    for s in items:
        groups.setdefault(s.agency, []).append(s)
    return dict(sorted(groups.items(), key=lambda kv: agency_order(kv[0])))


# -- words ----------------------------------------------------------------------------------------


def status_line(code: str | None) -> str:
    code = code or "chua_bat_dau"
    return f"{STATUS_ICONS[code]} {STATUSES[code]}"


def item_title(catalogue: Catalogue, province: Province, key: str) -> str:
    row = catalogue.rows.get(key)
    if row:
        return row.short_title
    found = province.task_at(key)
    if found is None:
        return key
    task = found[0]
    if task.form:
        return task.form
    return task.title if len(task.title) <= 60 else task.title[:60].rsplit(" ", 1)[0] + "…"


def when_text(s: Standing) -> str:
    """ "hạn 31/5/2021, mốc 1/2 (quá hạn 2 ngày)"; no days for done or closed units."""
    if s.due is None:
        return "chưa có hạn"
    phase = f", mốc {s.phase}/{s.phases}" if s.phases > 1 else ""
    text = f"hạn {fmt_date(s.due)}{phase}"
    if s.state in (State.OPEN, State.LATE):
        text += f" ({describe_days(s.today, s.due)})"
    return text


def tally_text(t: Tally) -> str:
    parts = [f"{t.done}/{t.total} xong"]
    if t.closed:
        parts.append(f"⛔{t.closed} không đủ điều kiện")
    if t.late:
        parts.append(f"❗{t.late} quá hạn")
    return ", ".join(parts)


def unit_status(s: Standing) -> str:
    """The status the unit counts under; a monthly task done for an earlier month says so."""
    text = status_line(s.code)
    if s.status == DONE_STATUS and s.state in (State.OPEN, State.LATE):
        text += " (kỳ trước đã xong)"
    return text


def _unit_line(catalogue: Catalogue, province: Province, s: Standing, role: bool) -> str:
    pin = "📌 " if s.is_task else ""
    label = f" [{ROLE_LABELS[s.role]}]" if role and not s.is_task else ""
    mark = " ❗<b>QUÁ HẠN</b>" if s.state is State.LATE else ""
    return (
        f"• {pin}{key_tag(s.key)} {esc(item_title(catalogue, province, s.key))}{label} — "
        f"{esc(unit_status(s))} — {esc(when_text(s))}{mark}"
    )


def agency_progress(
    catalogue: Catalogue, province: Province, agency: str, marks: Marks, today: date
) -> str:
    """/tiendo <agency>: its tasks, lead rows and coordinating rows, each with its state."""
    units = standings(catalogue, province, marks, today, agency)
    if not units:
        return f"{esc(agency)} chưa được giao mục nào ở {esc(province.name)}."
    members = province.members(agency)
    if members != (agency,):
        # The group: each unit's count, not one list where seven units' lines look alike.
        lines = [
            f"<b>Tiến độ {esc(agency)}</b> — {len(members)} đơn vị, mỗi đơn vị báo cáo riêng "
            f"({AGENCY_UNITS}, tính đến {fmt_date(today)})"
        ]
        for unit, mine in by_agency(units).items():
            lines.append(f"• {esc(unit)}: {tally_text(tally(mine))}")
        lines.append(f"Xem một đơn vị: <code>/tiendo {esc(members[-1])}</code>")
        return "\n".join(lines)
    lines = [
        f"<b>Tiến độ {esc(agency)}</b> — {tally_text(tally(units))} "
        f"({AGENCY_UNITS}, tính đến {fmt_date(today)})"
    ]
    lines += [_unit_line(catalogue, province, s, role=True) for s in units]
    return "\n".join(lines)


def province_progress(catalogue: Catalogue, province: Province, marks: Marks, today: date) -> str:
    """/tiendo tinh: each agency's count, then the province's."""
    units = standings(catalogue, province, marks, today)
    lines = [f"<b>Tiến độ {esc(province.name)}</b> ({PROVINCE_UNITS}, tính đến {fmt_date(today)})"]
    for agency, mine in by_agency(units).items():
        lines.append(f"• {esc(agency)}: {tally_text(tally(mine))}")
    lines.append(f"<b>Toàn tỉnh: {tally_text(tally(units))}</b>")
    return "\n".join(lines)


def late_report(
    catalogue: Catalogue, province: Province, marks: Marks, today: date, agency: str | None = None
) -> str:
    """/quahan: the late units of one agency, or (agency None) of the province by agency."""
    late = [
        s for s in standings(catalogue, province, marks, today, agency) if s.state is State.LATE
    ]
    return units_report(catalogue, province, late, today, agency, LATE_WORDS)


@dataclass(frozen=True)
class ReportWords:
    heading: str  # "Mục quá hạn"
    counted: str  # "mục quá hạn"
    empty: str  # "Không có mục nào quá hạn. 👍"


LATE_WORDS = ReportWords("Mục quá hạn", "mục quá hạn", "Không có mục nào quá hạn. 👍")
OPEN_WORDS = ReportWords("Việc chưa xong", "mục chưa xong", "Không còn mục nào chưa xong. 👍")
DONE_WORDS = ReportWords("Đã hoàn thành", "mục đã xong", "Chưa có mục nào hoàn thành.")


def units_report(
    catalogue: Catalogue,
    province: Province,
    units: list[Standing],
    today: date,
    agency: str | None,
    words: ReportWords,
    within: str = "",
) -> str:
    """Some units of one agency, or (agency None) of the province by agency, one line each with
    the date that applies and the status: /quahan, and the progress questions asked in words.
    within: the period they were narrowed to, as a label."""
    groups = by_agency(units)
    whose = esc(agency) if agency else f"toàn tỉnh {esc(province.name)}"
    scope = AGENCY_UNITS if agency else PROVINCE_UNITS
    span = f" trong {esc(within)}" if within else ""
    head = f"<b>{words.heading}{span} — {whose}</b> ({scope}, tính đến {fmt_date(today)})"
    if not units:
        return head + "\n" + words.empty
    count = f"<b>{len(units)} {words.counted}</b>" + (
        f" ở {len(groups)} cơ quan" if not agency else ""
    )
    lines = [head, count]
    several = agency is None or province.members(agency) != (agency,)
    for name, mine in groups.items():
        if several:
            lines.append(f"\n<b>{esc(name)}</b> — {len(mine)} mục")
        for s in mine:
            pin = "📌 " if s.is_task else ""
            label = f" [{ROLE_LABELS[s.role]}]" if agency and not s.is_task else ""
            lines.append(
                f"• {pin}{key_tag(s.key)} {esc(item_title(catalogue, province, s.key))}{label} — "
                f"{esc(when_text(s))} — {esc(STATUSES[s.code])}"
            )
    return "\n".join(lines)


def history_text(key: str, changes: Sequence[Change], names: dict[int, str]) -> str:
    if not changes:
        return f"{key_tag(key)}: chưa có cập nhật nào."
    lines = [f"<b>Lịch sử {esc(key)}</b>"]
    for c in changes:
        old = STATUSES.get(c.old, "—") if c.old else "—"
        # written for the unit by someone else: their name as stored with the change
        who = f"do {c.behalf} ghi thay" if c.behalf else names.get(c.by, str(c.by))
        note = f" — “{esc(c.note)}”" if c.note else ""
        lines.append(
            f"• {esc(c.at.strftime('%d/%m/%Y %H:%M'))} {esc(c.agency)}: {esc(old)} → "
            f"<b>{esc(STATUSES[c.new])}</b> ({esc(who)}){note}"
        )
    return "\n".join(lines)
