"""Steps that print their own period between their number and their colon ("Bước 1 (từ ngày …
đến ngày …): …") are steps all the same: the date printed in the last one dates the work the
sentence before them sets, and each step keeps its period, at its end."""

from __future__ import annotations

from datetime import date

from knowledge.letters.extract import read_letter
from knowledge.letters.steps import step_text

LETTER = """UBND TỈNH TUYÊN QUANG
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 540/STTTT-BCVT
V/v kiểm tra an toàn thông tin các cổng thông tin điện tử
Tuyên Quang, ngày 2 tháng 3 năm 2024

Kính gửi:
- Sở Nội vụ;
- Sở Xây dựng.

1. Kiểm tra an toàn thông tin cổng thông tin điện tử thành phần
Sở Nội vụ, Sở Xây dựng tự kiểm tra theo các bước sau:
Bước 1 (từ ngày 04/3/2024 đến ngày 08/3/2024): Rà soát tài khoản quản trị, gỡ bỏ tài khoản \
không còn sử dụng.
Bước 2 (từ ngày 11/3/2024 đến ngày 13/3/2024): Cập nhật bản vá cho máy chủ cổng thông tin.
Bước 3: Lập báo cáo kết quả kiểm tra (theo Biểu số 01) gửi về Sở Thông tin và Truyền thông \
trước 16 giờ 30 ngày 15/3/2024.
Trân trọng./.
Nơi nhận:
- Như trên;
"""


def test_steps_with_their_own_periods_are_the_works_steps(catalogue):
    draft = read_letter(LETTER, catalogue, catalogue.province("tuyen-quang"), "atbm.txt")
    (task,) = draft.tasks
    assert task.deadline == date(2024, 3, 15)  # the steps' windows are no deadlines
    assert len(task.steps) == 3
    assert task.steps[0].endswith("(từ ngày 04/3/2024 đến ngày 08/3/2024).")
    # titled by the work the steps are of, not by the last step that sends it
    assert not task.title.startswith("Bước")
    assert "tự kiểm tra" in task.title.lower()
    assert task.forms == ("Biểu số 01",)
    assert set(task.units) == {"Sở Nội vụ", "Sở Xây dựng"}


def test_a_step_shows_its_period_after_its_work():
    assert (
        step_text("- Bước 2 (từ ngày 11/3 đến ngày 13/3): Cập nhật bản vá.")
        == "Bước 2: Cập nhật bản vá (từ ngày 11/3 đến ngày 13/3)."
    )
    assert step_text("Bước 3: Gửi báo cáo") == "Bước 3: Gửi báo cáo"
