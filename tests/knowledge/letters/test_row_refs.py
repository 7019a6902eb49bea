"""A table of tasks after the signature: a row's support cell may name the units of another row
("Các cơ quan tại nhiệm vụ 1"), and a recurring row with its first occurrence dated in the same
cell is one duty, its forms read in its own note cell."""

from __future__ import annotations

from knowledge.letters.extract import read_letter

LETTER = """UBND TỈNH KHÁNH HÒA
Số: 1520/UBND-KSTT
V/v triển khai chữ ký số trong giải quyết thủ tục hành chính
Khánh Hòa, ngày 14 tháng 3 năm 2024

Kính gửi:
- Các Sở: Công Thương, Nội vụ, Thông tin và Truyền thông;
- UBND các huyện, thị xã, thành phố.

Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện nhiệm vụ theo Phụ lục kèm theo.
Nơi nhận:
- Như trên;
KT. CHỦ TỊCH

PHỤ LỤC
PHÂN CÔNG NHIỆM VỤ
STT | Nhiệm vụ | Cơ quan thực hiện | Cơ quan phối hợp | Thời gian hoàn thành | Ghi chú
1 | Đăng ký chứng thư số cho công chức Bộ phận Một cửa, gửi Sở Thông tin và Truyền thông | Sở \
Công Thương, Sở Nội vụ |  | Trước ngày 10/4/2024 | Theo Mẫu số 01
2 | Cấu hình ký số trên Hệ thống thông tin giải quyết thủ tục hành chính | Sở Thông tin và \
Truyền thông | Các cơ quan tại nhiệm vụ 1 | Tháng 5/2024 |
3 | Báo cáo số hồ sơ được ký số, gửi Sở Nội vụ | UBND các huyện, thị xã, thành phố |  | Hằng \
quý, trước ngày 10 của tháng đầu quý sau; kỳ đầu tiên trước ngày 10/7/2024 | Theo Mẫu số 02
"""


def _read(catalogue):
    return read_letter(LETTER, catalogue, catalogue.province("khanh-hoa"), "ks.txt")


def test_a_support_cell_naming_another_row_is_that_rows_units(catalogue):
    tasks = _read(catalogue).tasks
    assert set(tasks[1].units) == {"Sở Thông tin và Truyền thông"}
    assert set(tasks[1].supporting) == {"Sở Công Thương", "Sở Nội vụ"}


def test_a_recurring_row_with_its_first_date_keeps_its_form(catalogue):
    tasks = _read(catalogue).tasks
    third = tasks[2]
    assert third.recurrence is not None and third.recurrence.every == "quarter"
    assert third.forms == ("Mẫu số 02",)
    assert tasks[0].forms == ("Mẫu số 01",)
