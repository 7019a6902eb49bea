"""A "Thời gian thực hiện" part that dates each point of the work on a line of its own and then
says, once, where the work goes ("Hồ sơ … gửi về Sở … (qua Phòng …)"): each dated point is sent
there, as printed."""

from __future__ import annotations

from knowledge.letters.extract import read_letter

LETTER = """UBND TỈNH TUYÊN QUANG
SỞ TÀI CHÍNH
Số: 318/STC-QLNS
V/v lập dự toán kinh phí chuyển đổi số năm 2025
Tuyên Quang, ngày 8 tháng 7 năm 2024

Kính gửi:
- Sở Y tế;
- Sở Giáo dục và Đào tạo.

1. Nội dung thực hiện
a) Các Sở: Y tế, Giáo dục và Đào tạo rà soát nhu cầu đầu tư hạ tầng (theo Mẫu số 01).
b) Các cơ quan tại điểm a lập dự toán kinh phí năm 2025 (theo Mẫu số 02).
2. Thời gian thực hiện
- Nội dung tại điểm a mục 1: trước ngày 25/7/2024.
- Nội dung tại điểm b mục 1: chậm nhất ngày 15/8/2024.
Hồ sơ rà soát và dự toán gửi về Sở Tài chính (qua Phòng Quản lý ngân sách).
Trân trọng./.
Nơi nhận:
- Như trên;
"""


def test_each_dated_point_goes_where_the_timing_part_sends_it(catalogue):
    draft = read_letter(LETTER, catalogue, catalogue.province("tuyen-quang"), "stc.txt")
    assert len(draft.tasks) == 2
    for task in draft.tasks:
        assert task.recipient == "Sở Tài chính (qua Phòng Quản lý ngân sách)"
    assert [t.forms for t in draft.tasks] == [("Mẫu số 01",), ("Mẫu số 02",)]
