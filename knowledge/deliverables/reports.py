"""The forms the deadlines ask for, as tables: BIỂU 02 (proposals), a progress report on the BIỂU
01 rows, Phụ lục IV (services not eligible for level 4). Laid out like the forms in the seeds:
titles, two header rows, the column numbers, sections A/B/C by tier and I/II/... by sector.
Rendering to .xlsx is in knowledge/formats/xlsx.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from knowledge.calendar.deadlines import describe_days, fmt_date
from knowledge.catalogue.model import Catalogue, Province, split_key
from knowledge.language.text import fold
from knowledge.rules.progress import AGENCY_UNITS, PROVINCE_UNITS, ROLE_LABELS, standings
from knowledge.rules.standing import STATE_LABELS, Standing, State, marks_of
from knowledge.rules.statuses import STATUSES

TIER_SECTIONS = (("tinh", "A", "CẤP TỈNH"), ("huyen", "B", "CẤP HUYỆN"), ("xa", "C", "CẤP XÃ"))
ROMAN = (
    "I",
    "II",
    "III",
    "IV",
    "V",
    "VI",
    "VII",
    "VIII",
    "IX",
    "X",
    "XI",
    "XII",
    "XIII",
    "XIV",
    "XV",
    "XVI",
    "XVII",
    "XVIII",
    "XIX",
    "XX",
)
KINDS = ("bieu02", "tiendo", "phuluc4")


@dataclass
class Table:
    sheet: str
    titles: list[str]
    headers: list[list[str]]  # header rows; "" under a merged cell
    merges: list[tuple[int, int, int, int]]  # (row, col, row, col) within the header rows, 1-based
    numbers: list[str]  # "(1)", "(2)", ...
    rows: list[list] = field(default_factory=list)
    # indexes of rows that are section headings (bold)
    sections: set[int] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)
    widths: list[int] = field(default_factory=list)

    @property
    def width(self) -> int:
        return len(self.numbers)


def _roman(i: int) -> str:
    return ROMAN[i] if i < len(ROMAN) else str(i + 1)


def _sectioned(
    table: Table, items: Iterable, tier_of, sector_of, line_of, prefix: str = "Lĩnh vực "
) -> None:
    """A/B/C by tier, I/II/... by sector, then numbered lines, as the seed forms lay them out."""
    items = list(items)
    for tier, letter, label in TIER_SECTIONS:
        in_tier = [i for i in items if tier_of(i) == tier]
        if not in_tier:
            continue
        table.sections.add(len(table.rows))
        table.rows.append([letter, label] + [""] * (table.width - 2))
        sectors = list(dict.fromkeys(sector_of(i) for i in in_tier))
        for s_index, sector in enumerate(sectors):
            table.sections.add(len(table.rows))
            table.rows.append(
                [_roman(s_index), f"{prefix}{sector}" if sector else f"{prefix}(chưa ghi)"]
                + [""] * (table.width - 2)
            )
            for n, item in enumerate((i for i in in_tier if sector_of(i) == sector), start=1):
                table.rows.append([n, *line_of(item)])


def bieu02(province: Province, proposals: list, agency: str | None) -> Table:
    """proposals: objects with name, sector, tier, level, lead, coordinate, quarter, note (active
    ones).
    """
    whose = agency or f"các cơ quan, đơn vị tỉnh {province.name}"
    table = Table(
        sheet="Biểu 02",
        titles=[
            "BIỂU 02",
            "ĐỀ XUẤT DANH MỤC DỊCH VỤ CÔNG TRỰC TUYẾN TÍCH HỢP, CUNG CẤP",
            "TRÊN CỔNG DỊCH VỤ CÔNG QUỐC GIA NĂM 2021",
            f"Thuộc thẩm quyền giải quyết/phạm vi chức năng quản lý của {whose}",
        ],
        headers=[
            [
                "STT",
                "Tên dịch vụ công/TTHC đề xuất tích hợp, cung cấp trên Cổng DVC Quốc gia năm 2021",
                "Mức độ đang thực hiện",
                "",
                "Cơ quan chủ trì",
                "Cơ quan phối hợp",
                "Thời gian thực hiện (Quý II/Quý III năm 2021)",
                "Ghi chú",
            ],
            ["", "", "Mức 3", "Mức 4", "", "", "", ""],
        ],
        merges=[
            (1, 3, 1, 4),
            (1, 1, 2, 1),
            (1, 2, 2, 2),
            (1, 5, 2, 5),
            (1, 6, 2, 6),
            (1, 7, 2, 7),
            (1, 8, 2, 8),
        ],
        numbers=[f"({i})" for i in range(1, 9)],
        widths=[6, 60, 8, 8, 30, 36, 22, 36],
    )
    chosen = [p for p in proposals if agency is None or p.agency == agency]
    _sectioned(
        table,
        chosen,
        lambda p: p.tier,
        lambda p: p.sector,
        lambda p: [
            p.name,
            "x" if p.level == 3 else "",
            "x" if p.level == 4 else "",
            p.lead,
            ", ".join(p.coordinate),
            p.quarter,
            p.note,
        ],
    )
    table.sections.add(len(table.rows))
    table.rows.append(
        [
            "",
            "Tổng số DVCTT đề xuất tích hợp, kết nối",
            sum(p.level == 3 for p in chosen),
            sum(p.level == 4 for p in chosen),
            "",
            "",
            "",
            "",
        ]
    )
    table.notes = [
        "Cột (3) và (4): đánh dấu x theo mức độ đang thực hiện.",
        "Cột (7): Quý II/2021 hoặc Quý III/2021.",
    ]
    return table


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
    task = province.task(split_key(key)[0])  # an occurrence: its task's title
    return f"{task.form}: {task.title}" if task and task.form else task.title if task else key


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
    return f"{text} ({fmt_date(s.due)})" if s.due else text


def _standing_cell(s: Standing) -> str:
    if s.state in (State.DONE, State.CLOSED, State.ENDED):
        return STATE_LABELS[s.state]
    if s.due is None:
        return "Chưa có hạn"
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
                line.key,
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


def phuluc4(catalogue: Catalogue, province: Province, changes: dict, agency: str | None) -> Table:
    """Rows an agency set to khong_du_dieu_kien, with the reason it gave. The level now provided
    (columns 3, 4) is not something the bot knows: left for the agency to tick.
    """
    whose = agency or f"các cơ quan, đơn vị tỉnh {province.name}"
    table = Table(
        sheet="Phụ lục IV",
        titles=[
            "Phụ lục IV",
            "Danh sách các dịch vụ công không đủ điều kiện lên trực tuyến mức độ 4",
            "trong năm 2021",
            f"Cơ quan: {whose}",
        ],
        headers=[
            [
                "STT",
                "Lĩnh vực/DVCTT",
                "Mức độ DVCTT đang cung cấp",
                "",
                "Lý do không đủ điều kiện",
            ],
            ["", "", "Mức độ 2", "Mức độ 3", ""],
        ],
        merges=[(1, 3, 1, 4), (1, 1, 2, 1), (1, 2, 2, 2), (1, 5, 2, 5)],
        numbers=[f"({i})" for i in range(1, 6)],
        widths=[6, 70, 10, 10, 60],
    )
    chosen = [
        (key, owner, change)
        for (key, owner), change in changes.items()
        if change.new == "khong_du_dieu_kien" and (agency is None or owner == agency)
    ]
    chosen.sort(key=lambda t: (t[0] not in catalogue.rows, t[0], t[1]))

    def line(item):
        key, _owner, change = item
        row = catalogue.rows.get(key)
        return [f"{key} {row.short_title if row else key}", "", "", change.note]

    # BIỂU 01 rows are carried out by provincial agencies: section A (cấp tỉnh). The catalogues
    # give no sector
    # (lĩnh vực) per row, so the sections are the agencies that reported.
    chosen.sort(key=lambda t: t[1])
    _sectioned(table, chosen, lambda item: "tinh", lambda item: item[1], line, prefix="")
    table.notes = [
        "Cột (3), (4): cơ quan đánh dấu mức độ đang cung cấp (bot không có số liệu này).",
        "Các mục được nhóm theo cơ quan báo cáo (danh mục không ghi lĩnh vực của từng mục).",
        "Lý do: ghi chú của cơ quan khi cập nhật trạng thái “Không đủ điều kiện”.",
    ]
    return table


def make_report(
    kind: str,
    catalogue: Catalogue,
    province: Province,
    changes: dict,
    proposals: list,
    today: date,
    agency: str | None,
) -> Table:
    if kind == "bieu02":
        return bieu02(province, proposals, agency)
    if kind == "tiendo":
        return tiendo(catalogue, province, changes, today, agency)
    if kind == "phuluc4":
        return phuluc4(catalogue, province, changes, agency)
    raise ValueError(f"unknown report {kind!r}; one of {', '.join(KINDS)}")


def file_name(kind: str, province: Province, agency: str | None, today: date) -> str:
    whose = fold(agency).replace(" ", "-") if agency else province.slug
    return f"{kind}_{whose}_{today.isoformat()}.xlsx"
