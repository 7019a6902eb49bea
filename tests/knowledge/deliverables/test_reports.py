"""The forms as .xlsx: titles, header rows, column numbers, and the rows the database holds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from io import BytesIO

from openpyxl import load_workbook

from knowledge.deliverables.progress_report import tiendo
from knowledge.deliverables.reports import bieu02, make_report, phuluc4
from knowledge.formats.xlsx import render

TODAY = date(2021, 6, 2)
AT = datetime(2021, 6, 1, 9, 0)


@dataclass
class P:
    agency: str
    name: str
    sector: str
    tier: str
    level: int
    lead: str
    coordinate: tuple
    quarter: str
    note: str = ""


@dataclass
class C:
    new: str
    note: str
    at: datetime


def cells(table):
    sheet = load_workbook(BytesIO(render(table))).active
    return [[c for c in row] for row in sheet.iter_rows(values_only=True)]


def test_bieu02_laid_out_like_the_form(catalogue):
    tq = catalogue.province("tuyen-quang")
    proposals = [
        P(
            "Sở Xây dựng",
            "Cấp giấy phép di dời công trình",
            "Xây dựng",
            "tinh",
            3,
            "Sở Xây dựng",
            ("Công an tỉnh",),
            "Quý III/2021",
            "cần CSDL",
        ),
        P(
            "Sở Xây dựng",
            "Cấp phép xây dựng cấp huyện",
            "Xây dựng",
            "huyen",
            4,
            "Sở Xây dựng",
            (),
            "Quý II/2021",
        ),
        P(
            "Sở Y tế",
            "Cấp chứng chỉ hành nghề dược",
            "Dược",
            "tinh",
            4,
            "Sở Y tế",
            (),
            "Quý II/2021",
        ),
    ]
    rows = cells(bieu02(tq, proposals, "Sở Xây dựng"))
    assert rows[0][0] == "BIỂU 02"
    assert rows[1][0].startswith("ĐỀ XUẤT DANH MỤC DỊCH VỤ CÔNG TRỰC TUYẾN")
    assert "Sở Xây dựng" in rows[3][0]
    header = next(i for i, r in enumerate(rows) if r[0] == "STT")
    assert rows[header][2] == "Mức độ đang thực hiện" and rows[header + 1][2:4] == [
        "Mức 3",
        "Mức 4",
    ]
    assert rows[header + 2] == [f"({i})" for i in range(1, 9)]
    body = rows[header + 3 :]
    assert body[0][:2] == ["A", "CẤP TỈNH"] and body[1][:2] == ["I", "Lĩnh vực Xây dựng"]
    assert body[2] == [
        1,
        "Cấp giấy phép di dời công trình",
        "x",
        None,
        "Sở Xây dựng",
        "Công an tỉnh",
        "Quý III/2021",
        "cần CSDL",
    ]
    assert body[3][:2] == ["B", "CẤP HUYỆN"] and body[5][1] == "Cấp phép xây dựng cấp huyện"
    total = next(r for r in body if r[1] == "Tổng số DVCTT đề xuất tích hợp, kết nối")
    assert total[2:4] == [1, 1]
    everyone = cells(bieu02(tq, proposals, None))
    assert any(r[1] == "Cấp chứng chỉ hành nghề dược" for r in everyone)


def test_progress_report_holds_statuses_and_notes(catalogue):
    tq = catalogue.province("tuyen-quang")
    changes = {("406-14", "Sở Xây dựng"): C("hoan_thanh", "đã tích hợp", AT)}
    rows = cells(tiendo(catalogue, tq, changes, TODAY, "Sở Xây dựng"))
    assert rows[0][0].startswith("BÁO CÁO TIẾN ĐỘ")
    header = next(r for r in rows if r[0] == "Mục")
    assert header[3] == "Cơ quan báo cáo" and header[8] == "Tình trạng"
    line = next(r for r in rows if r[0] == "406-14")
    assert line[1] == "Cấp giấy phép xây dựng nhà ở riêng lẻ" and line[2] == 4
    assert line[3:5] == ["Sở Xây dựng", "chủ trì"]
    # done after its date: done, never late
    assert line[7:10] == ["Tháng 5/2021 (31/5/2021)", "Hoàn thành", "Hoàn thành"]
    assert line[11] == "đã tích hợp"
    late = next(r for r in rows if r[0] == "406-15")
    assert late[8:10] == ["Quá hạn 2 ngày", "Chưa bắt đầu (chưa báo cáo)"]
    task = next(r for r in rows if r[0] == "tq-2021-04-20")
    assert task[4] == "nhiệm vụ" and task[7] == "trước ngày 20/4/2021 (20/4/2021)"
    assert task[8] == "Quá hạn 43 ngày"


def test_province_progress_report_has_one_line_per_row_and_unit(catalogue):
    tq = catalogue.province("tuyen-quang")
    changes = {
        ("406-7", "Công an tỉnh"): C("hoan_thanh", "", AT),
        ("406-7", "Sở Tư pháp"): C("vuong_mac", "chờ hướng dẫn", AT),
    }
    whole = cells(tiendo(catalogue, tq, changes, TODAY, None))
    lines = {r[3]: r for r in whole if r[0] == "406-7"}
    # one line per lead agency, each with its own status
    assert sorted(lines) == ["Bảo hiểm xã hội tỉnh", "Công an tỉnh", "Sở Tư pháp"]
    assert lines["Công an tỉnh"][9] == "Hoàn thành"
    assert lines["Sở Tư pháp"][9:12:2] == ["Vướng mắc", "chờ hướng dẫn"]
    assert lines["Bảo hiểm xã hội tỉnh"][9] == "Chưa bắt đầu (chưa báo cáo)"
    assert sum(1 for r in whole if r[0] == "406-22") == 2
    # coordinating agencies have no line in the province's report
    assert not [r for r in whole if r[0] == "406-22" and r[3] == "Công an tỉnh"]
    # the 19 provincial agencies that owe the dossier, each on its own line (the 7 district units
    # only comment on it, 000 §4)
    assert sum(1 for r in whole if r[0] == "tq-2021-04-20") == 19


def test_phuluc4_lists_not_eligible_rows_with_reasons(catalogue):
    tq = catalogue.province("tuyen-quang")
    changes = {
        ("406-15", "Sở Xây dựng"): C("khong_du_dieu_kien", "Chưa số hóa quy hoạch", AT),
        ("406-14", "Sở Xây dựng"): C("hoan_thanh", "", AT),
    }
    rows = cells(phuluc4(catalogue, tq, changes, None))
    assert rows[0][0] == "Phụ lục IV" and "không đủ điều kiện" in rows[1][0]
    line = next(r for r in rows if r[0] == 1)
    assert (
        line[1] == "406-15 Cung cấp thông tin về quy hoạch xây dựng"
        and line[4] == "Chưa số hóa quy hoạch"
    )
    assert not any(r[1] and "406-14" in str(r[1]) for r in rows)
    assert make_report("phuluc4", catalogue, tq, {}, [], TODAY, "Sở Y tế").rows == []
