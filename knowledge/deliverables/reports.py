"""The forms the deadlines ask for, as tables: BIỂU 02 (proposals), the progress report on the
BIỂU 01 rows (knowledge/deliverables/progress_report.py), Phụ lục IV (services not eligible for
level 4). Laid out like the forms in the seeds (knowledge/deliverables/layout.py): titles, two
header rows, the column numbers, sections A/B/C by tier and I/II/... by sector. Rendering to .xlsx
is in knowledge/formats/xlsx.py.
"""

from __future__ import annotations

from datetime import date

from knowledge.catalogue.model import Catalogue, Province
from knowledge.deliverables.forms import FORMS
from knowledge.deliverables.layout import Table, sectioned
from knowledge.deliverables.progress_report import tiendo
from knowledge.language.text import fold

KINDS = ("bieu02", "tiendo", "phuluc4")


def bieu02(province: Province, proposals: list, agency: str | None) -> Table:
    """proposals: objects with name, sector, tier, level, lead, coordinate, quarter, note (active
    ones).
    """
    whose = agency or f"các cơ quan, đơn vị tỉnh {province.name}"
    form = FORMS["bieu02"]
    table = Table(
        sheet="Biểu 02",
        titles=[*form.titles, f"{form.unit_label} {whose}"],
        headers=[list(row) for row in form.headers],
        merges=list(form.merges),
        numbers=[f"({i})" for i in range(1, 9)],
        widths=[6, 60, 8, 8, 30, 36, 22, 36],
    )
    chosen = [p for p in proposals if agency is None or p.agency == agency]
    sectioned(
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


def phuluc4(catalogue: Catalogue, province: Province, changes: dict, agency: str | None) -> Table:
    """Rows an agency set to khong_du_dieu_kien, with the reason it gave. The level now provided
    (columns 3, 4) is not something the bot knows: left for the agency to tick.
    """
    whose = agency or f"các cơ quan, đơn vị tỉnh {province.name}"
    form = FORMS["pl4"]
    table = Table(
        sheet="Phụ lục IV",
        titles=[*form.titles, f"Cơ quan: {whose}"],
        headers=[list(row) for row in form.headers],
        merges=list(form.merges),
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
    sectioned(table, chosen, lambda item: "tinh", lambda item: item[1], line, prefix="")
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
