"""The progress report (`/baocao` → tiến độ, `bot export tiendo`): one line per row or task and
unit, with its deadline as printed, where it stands (knowledge/rules/standing.py), its status and
its last change, laid out as a table (knowledge/deliverables/layout.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from knowledge.calendar.deadlines import describe_days, fmt_date
from knowledge.catalogue.model import Catalogue, Province, split_key
from knowledge.catalogue.occurrence_names import short_key, titled
from knowledge.deliverables.layout import Table
from knowledge.rules.progress import AGENCY_UNITS, PROVINCE_UNITS, ROLE_LABELS, standings
from knowledge.rules.standing import STATE_LABELS, Standing, State, marks_of
from knowledge.rules.statuses import STATUSES


@dataclass(frozen=True)
class ProgressLine:
    key: str
    title: str
    level: int | None
    unit: str  # the agency whose status this line is
    role: str  # chủ trì | phối hợp | nhiệm vụ
    lead: str
    coordinate: str
    deadline: str
    state: State
    standing: str  # "Quá hạn 2 ngày", "Còn 29 ngày", "Hoàn thành", "Không đủ điều kiện"
    status: str
    changed: str
    note: str


def progress_lines(
    catalogue: Catalogue, province: Province, changes: dict, today: date, agency: str | None
) -> list[ProgressLine]:
    """One line per unit (knowledge/rules/progress.py): the province's (each row with each lead
    agency,
    each task with each addressee) or one agency's (its lead and coordinating rows, its tasks).
    Rows in the order of the assignment table, then tasks; the units of a row in their order there.

    changes: (key, agency) -> the latest change (with new, note, at).
    """
    units = standings(catalogue, province, marks_of(changes), today, agency)
    order = {
        key: i for i, key in enumerate([*province.assignments, *(t.id for t in province.tasks)])
    }

    def position(s: Standing):
        assignment = province.assignments.get(s.key)
        task_id, due = split_key(s.key)
        task = province.task(task_id)
        owners = assignment.agencies if assignment else task.addressees if task else ()
        # a recurring task's occurrences in their order, after the task's place
        return (
            order.get(task_id, len(order)),
            due or date.min,
            owners.index(s.agency) if s.agency in owners else 0,
        )

    lines = []
    for s in sorted(units, key=position):
        change = changes.get((s.key, s.agency))
        lines.append(
            ProgressLine(
                key=s.key,
                title=_title(catalogue, province, s.key),
                level=catalogue.rows[s.key].level if s.key in catalogue.rows else None,
                unit=s.agency,
                role=ROLE_LABELS[s.role],
                lead=", ".join(province.assignments[s.key].lead)
                if s.key in province.assignments
                else "",
                coordinate=", ".join(province.assignments[s.key].coordinate)
                if s.key in province.assignments
                else "",
                deadline=_deadline_cell(catalogue, province, s),
                state=s.state,
                standing=_standing_cell(s),
                status=STATUSES[change.new]
                if change
                else STATUSES["chua_bat_dau"] + " (chưa báo cáo)",
                changed=_when(change.at) if change else "",
                note=change.note if change else "",
            )
        )
    return lines


def _title(catalogue: Catalogue, province: Province, key: str) -> str:
    if key in catalogue.rows:
        return catalogue.rows[key].short_title
    task_id, due = split_key(key)
    task = province.task(task_id)  # an occurrence: its task's title and its period
    if task is None:
        return key
    return titled(task, due, f"{task.form}: {task.title}" if task.form else task.title)


def _deadline_cell(catalogue: Catalogue, province: Province, s: Standing) -> str:
    """The deadline as printed, with the date that applies (and the decision's phase when the
    province's dates are all past and a national milestone applies).
    """
    assignment = province.assignments.get(s.key)
    if assignment is not None:
        text = assignment.deadline_text or catalogue.rows[s.key].deadline_text
        local = {m.due for m in assignment.milestones}
        if s.deadline is not None and s.deadline.due not in local:
            text = f"{text}; {s.deadline.label}" if assignment.deadline_text else s.deadline.label
    else:
        task = province.task(split_key(s.key)[0])
        text = task.deadline_text if task else ""
    if s.beside and not s.due:
        dates = ", ".join(fmt_date(d) for d in s.beside)
        return f"Tỉnh chưa giao hạn riêng; hạn các ngành chủ trì: {dates}"
    return f"{text} ({fmt_date(s.due)})" if s.due else text


def _standing_cell(s: Standing) -> str:
    if s.state in (State.DONE, State.CLOSED, State.ENDED):
        return STATE_LABELS[s.state]
    if s.due is None:
        # a district coordinating 406-11 owes none of its sectors' dates (Standing.beside)
        return "Chưa đến hạn (phối hợp, không có hạn riêng)" if s.beside else "Chưa có hạn"
    words = describe_days(s.today, s.due)
    return words[0].upper() + words[1:]


def _when(moment: datetime) -> str:
    return moment.strftime("%d/%m/%Y %H:%M")


def tiendo(
    catalogue: Catalogue, province: Province, changes: dict, today: date, agency: str | None
) -> Table:
    whose = agency or f"các cơ quan, đơn vị tỉnh {province.name}"
    units = AGENCY_UNITS if agency else PROVINCE_UNITS
    table = Table(
        sheet="Tiến độ",
        titles=[
            "BÁO CÁO TIẾN ĐỘ THỰC HIỆN DANH MỤC DỊCH VỤ CÔNG TRỰC TUYẾN NĂM 2021",
            f"(theo {province.assignments_label or 'bảng phân công của tỉnh'})",
            f"Cơ quan: {whose} — số liệu đến {fmt_date(today)}",
        ],
        headers=[
            [
                "Mục",
                "Tên dịch vụ công/TTHC, nhiệm vụ",
                "Mức độ",
                "Cơ quan báo cáo",
                "Vai trò",
                "Cơ quan chủ trì",
                "Cơ quan phối hợp",
                "Thời hạn hoàn thành",
                "Tình trạng",
                "Trạng thái",
                "Cập nhật lần cuối",
                "Ghi chú",
            ]
        ],
        merges=[],
        numbers=[f"({i})" for i in range(1, 13)],
        widths=[16, 55, 8, 30, 11, 32, 36, 30, 18, 22, 18, 40],
    )
    lines = progress_lines(catalogue, province, changes, today, agency)
    for line in lines:
        table.rows.append(
            [
                short_key(line.key),  # an occurrence as officers type it back
                line.title,
                line.level or "",
                line.unit,
                line.role,
                line.lead,
                line.coordinate,
                line.deadline,
                line.standing,
                line.status,
                line.changed,
                line.note,
            ]
        )
    counts = {state: sum(line.state is state for line in lines) for state in State}
    table.notes = [
        f"Mỗi dòng là một mục hoặc nhiệm vụ của một cơ quan ({units}), với trạng thái do chính "
        "cơ quan đó báo cáo.",
        f"Tổng số {len(lines)} dòng: {counts[State.DONE]} hoàn thành, "
        f"{counts[State.CLOSED]} không đủ điều kiện, {counts[State.LATE]} quá hạn, "
        f"{counts[State.OPEN]} chưa đến hạn"
        + (f", {counts[State.ENDED]} đã kết thúc theo dõi." if counts[State.ENDED] else "."),
    ]
    return table
