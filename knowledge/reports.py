"""The forms the deadlines ask for, as tables: BIỂU 02 (proposals), a progress report on the BIỂU
01 rows, Phụ lục IV (services not eligible for level 4). Laid out like the forms in the seeds:
titles, two header rows, the column numbers, sections A/B/C by tier and I/II/... by sector.
Rendering to .xlsx is in knowledge/xlsx.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from knowledge.deadlines import fmt_date
from knowledge.model import Catalogue, Province
from knowledge.statuses import STATUSES
from knowledge.text import fold
from knowledge.views import row_view

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
    lead: str
    coordinate: str
    deadline: str
    status: str
    changed: str
    note: str


def progress_lines(
    catalogue: Catalogue, province: Province, changes: dict, today: date, agency: str | None
) -> list[ProgressLine]:
    """One line per BIỂU 01 row and responsible agency: each lead agency, or the asked agency's own
    role.

    changes: (key, agency) -> the latest change (with new, note, at).
    """
    lines = []
    for assignment in province.assignments.values():
        row = catalogue.rows[assignment.key]
        owners = [agency] if agency else list(assignment.lead)
        if agency and agency not in assignment.agencies:
            continue
        view = row_view(row, province, today)
        deadline = assignment.deadline_text or row.deadline_text
        if view.deadline:
            deadline = f"{deadline} ({fmt_date(view.deadline)})"
        for owner in owners:
            change = changes.get((row.key, owner))
            lines.append(
                ProgressLine(
                    key=row.key,
                    title=row.short_title,
                    level=row.level,
                    lead=", ".join(assignment.lead),
                    coordinate=", ".join(assignment.coordinate),
                    deadline=deadline,
                    status=STATUSES[change.new]
                    if change
                    else STATUSES["chua_bat_dau"] + " (chưa báo cáo)",
                    changed=_when(change.at) + f" — {owner}" if change else "",
                    note=change.note if change else "",
                )
            )
    return lines


def _when(moment: datetime) -> str:
    return moment.strftime("%d/%m/%Y %H:%M")


def tiendo(
    catalogue: Catalogue, province: Province, changes: dict, today: date, agency: str | None
) -> Table:
    whose = agency or f"các cơ quan, đơn vị tỉnh {province.name}"
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
                "Tên dịch vụ công/TTHC",
                "Mức độ",
                "Cơ quan chủ trì",
                "Cơ quan phối hợp",
                "Thời hạn hoàn thành",
                "Trạng thái",
                "Cập nhật lần cuối",
                "Ghi chú",
            ]
        ],
        merges=[],
        numbers=[f"({i})" for i in range(1, 10)],
        widths=[16, 55, 8, 32, 36, 26, 22, 30, 40],
    )
    for line in progress_lines(catalogue, province, changes, today, agency):
        table.rows.append(
            [
                line.key,
                line.title,
                line.level or "",
                line.lead,
                line.coordinate,
                line.deadline,
                line.status,
                line.changed,
                line.note,
            ]
        )
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
