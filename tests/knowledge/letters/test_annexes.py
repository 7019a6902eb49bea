"""Tasks set only in an annexed table, per-unit dates in one cell, a support cell naming the
unit the reports go through (knowledge/letters/annexes.py, schedules.py)."""

from __future__ import annotations

from datetime import date

from knowledge.letters.extract import read_letter
from tests.knowledge.letters.districts import DISTRICTS

ANNEXED = """UBND TỈNH TUYÊN QUANG     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 3412/UBND-KSTT     Tuyên Quang, ngày 16 tháng 9 năm 2022
V/v đẩy mạnh số hóa hồ sơ thủ tục hành chính

Kính gửi:
- Các sở, ban, ngành;
- UBND các huyện, thành phố.

Chủ tịch UBND tỉnh yêu cầu:
1. Các cơ quan, đơn vị thực hiện các nhiệm vụ tại Phụ lục kèm theo Công văn này.
2. Cơ quan chủ trì từng nhiệm vụ báo cáo UBND tỉnh (qua Văn phòng UBND tỉnh) khi hoàn thành.

Nơi nhận:
- Như trên;
- Lưu: VT.
CHỦ TỊCH

PHỤ LỤC: DANH MỤC NHIỆM VỤ
TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn hoàn thành
1 | Rà soát danh mục giấy tờ số hóa | Sở Tư pháp | Văn phòng UBND tỉnh | Trước ngày 30/9/2022
2 | Số hóa kết quả giải quyết | UBND các huyện, thành phố | Sở Nội vụ | - UBND huyện Yên \
Sơn, UBND huyện Hàm Yên: trước ngày 31/10/2022; - Các huyện còn lại: trước ngày 15/12/2022
"""


def _read(catalogue, text=ANNEXED):
    return read_letter(text, catalogue, catalogue.province("tuyen-quang"), "pl.txt")


def test_an_annexed_table_sets_the_tasks_where_the_body_points_at_it(catalogue):
    draft = _read(catalogue)
    assert [t.deadline for t in draft.tasks] == [
        date(2022, 9, 30),
        date(2022, 10, 31),
        date(2022, 12, 15),
    ]
    first = draft.tasks[0]
    assert first.units == ("Sở Tư pháp",) and first.source == "pl.txt#mục 1, dòng 1"
    assert first.recipient == "UBND tỉnh (qua Văn phòng UBND tỉnh)"
    # the annex that lists the tasks is no form they are made on
    assert all(not t.forms for t in draft.tasks)


def test_a_unit_the_support_cell_names_supports_though_reports_go_through_it(catalogue):
    first = _read(catalogue).tasks[0]
    assert first.supporting == ("Văn phòng UBND tỉnh",)


def test_a_date_per_unit_in_one_cell_and_the_units_left(catalogue):
    _, named, rest = _read(catalogue).tasks
    assert set(named.units) == {"UBND huyện Yên Sơn", "UBND huyện Hàm Yên"}
    assert set(rest.units) == DISTRICTS - set(named.units)
    assert named.supporting == rest.supporting == ("Sở Nội vụ",)


def test_a_table_after_the_signature_the_body_never_names_sets_nothing(catalogue):
    text = ANNEXED.replace(
        "1. Các cơ quan, đơn vị thực hiện các nhiệm vụ tại Phụ lục kèm theo Công văn này.",
        "1. Các cơ quan, đơn vị báo cáo trước ngày 20/9/2022.",
    )
    draft = _read(catalogue, text)
    assert [t.deadline for t in draft.tasks] == [date(2022, 9, 20)]


DUE_PER_UNIT = """SỞ NỘI VỤ TỈNH TUYÊN QUANG     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 640/SNV-CCHC     Tuyên Quang, ngày 02 tháng 3 năm 2023
V/v khảo sát công tác văn thư, lưu trữ

Kính gửi: Ủy ban nhân dân các huyện: Na Hang, Hàm Yên, Sơn Dương.

Thực hiện kế hoạch năm 2023, Sở Nội vụ khảo sát tại các địa phương theo lịch tại Phụ lục kèm theo.
Sở Nội vụ đề nghị:
1. Ủy ban nhân dân các huyện có tên tại Phụ lục kèm theo rà soát hồ sơ lưu trữ, gửi báo cáo \
về Sở Nội vụ theo thời hạn tại cột "Hạn nộp báo cáo" của Phụ lục.

Nơi nhận:
- Như trên;
- Lưu: VT.
GIÁM ĐỐC

PHỤ LỤC
LỊCH KHẢO SÁT
(Kèm theo Văn bản số 640/SNV-CCHC ngày 02/3/2023 của Sở Nội vụ)
STT | Đơn vị | Thời gian khảo sát (dự kiến) | Hạn nộp báo cáo
1 | UBND huyện Na Hang | Sáng 20/3/2023 | Trước ngày 13/3/2023
2 | UBND huyện Hàm Yên | Sáng 22/3/2023 | Trước ngày 13/3/2023
3 | UBND huyện Sơn Dương | Sáng 27/3/2023 | Trước ngày 17/3/2023
"""


def test_an_annex_of_a_due_date_per_unit_sets_the_item_that_points_at_it(catalogue):
    # the opening names the annex too, as the schedule's basis: the rows are item 1's duty;
    # the column of when a visit is planned is no deadline, units sharing a date are one task
    draft = _read(catalogue, DUE_PER_UNIT)
    assert [(t.deadline, t.units) for t in draft.tasks] == [
        (date(2023, 3, 13), ("UBND huyện Na Hang", "UBND huyện Hàm Yên")),
        (date(2023, 3, 17), ("UBND huyện Sơn Dương",)),
    ]
    assert all(t.title.startswith("Rà soát hồ sơ lưu trữ") for t in draft.tasks)
    assert {t.recipient for t in draft.tasks} == {"Sở Nội vụ"}


NAMED_BIEU = """UBND TỈNH TUYÊN QUANG
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 52/KH-SNN
Tuyên Quang, ngày 8 tháng 3 năm 2023

KẾ HOẠCH
Chuyển đổi số ngành nông nghiệp năm 2023

I. NHIỆM VỤ
Thực hiện theo biểu chi tiết kèm theo.
II. TỔ CHỨC THỰC HIỆN
1. Hằng quý, trước ngày 15 tháng cuối quý, các đơn vị chủ trì báo cáo kết quả (theo Biểu số 01 \
kèm theo) về Sở Nông nghiệp và Phát triển nông thôn.

Nơi nhận:
- Lưu: VT.
GIÁM ĐỐC

BIỂU CHI TIẾT
| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| 1 | Cập nhật cơ sở dữ liệu giống cây trồng | Sở Khoa học và Công nghệ | Sở Nông nghiệp \
và Phát triển nông thôn | Tháng 8/2023 |
"""


def test_a_named_bieu_after_the_signature_is_a_table_of_tasks_a_numbered_one_a_form(catalogue):
    # the body points at "biểu chi tiết" (named, as the annex's head), not at "Biểu số 01"
    draft = _read(catalogue, NAMED_BIEU)
    row = next(t for t in draft.tasks if t.deadline == date(2023, 8, 31))
    assert row.units == ("Sở Khoa học và Công nghệ",) and row.source.endswith("dòng 1")
    assert row.title == "Cập nhật cơ sở dữ liệu giống cây trồng"
    # the sender its support cell names supports its row
    assert row.supporting == ("Sở Nông nghiệp và Phát triển nông thôn",)
    report = next(t for t in draft.tasks if t.recurrence is not None)
    assert report.forms == ("Biểu số 01",) and not row.forms
