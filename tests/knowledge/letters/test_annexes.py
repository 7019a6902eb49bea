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
