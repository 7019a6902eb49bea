"""A plan (Kế hoạch) read like a letter: no Kính gửi, its duties under "TỔ CHỨC THỰC HIỆN", one
section per agency, some dated and some not, and a report every year."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.letters.extract import read_letter
from knowledge.letters.model import DraftError, Recurrence

PLAN = """ỦY BAN NHÂN DÂN     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH TUYÊN QUANG     Độc lập - Tự do - Hạnh phúc
Số: 51/KH-UBND     Tuyên Quang, ngày 10 tháng 3 năm 2024

KẾ HOẠCH
Phát triển nền tảng học tập số trong trường phổ thông
giai đoạn 2024 - 2026

Căn cứ Quyết định số 131/QĐ-TTg của Thủ tướng Chính phủ;

I. MỤC TIÊU
- Năm 2024: 60% trường phổ thông dùng nền tảng học tập số.
- Đến hết năm 2026: 100% trường phổ thông dùng nền tảng học tập số.

II. TỔ CHỨC THỰC HIỆN
1. Sở Giáo dục và Đào tạo
- Chủ trì triển khai Kế hoạch; hướng dẫn các trường thực hiện.
- Tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh định kỳ hằng năm trước ngày 20/11.
2. Sở Tài chính
Tham mưu bố trí kinh phí thực hiện Kế hoạch.
3. Sở Thông tin và Truyền thông
Phối hợp với Sở Giáo dục và Đào tạo thực hiện nhiệm vụ tại khoản 1 Mục này.

Nơi nhận:
- Các sở, ban, ngành;
"""


def _read(catalogue, text):
    return read_letter(text, catalogue, catalogue.province("tuyen-quang"), "kh.txt")


def test_a_plans_yearly_report_recurs_every_year_from_the_next_date(catalogue):
    draft = _read(catalogue, PLAN)
    assert draft.letter.subject.startswith("Phát triển nền tảng học tập số")
    assert not draft.blocking
    (task,) = draft.tasks  # the targets of "MỤC TIÊU" and the undated duties are no tasks
    # the undated duty of Sở Tài chính is no task: said to be looked at, not held against it
    (note,) = draft.notes
    assert "khoản 2 nêu Sở Tài chính nhưng chưa gắn vào nhiệm vụ nào" in note.message
    assert task.deadline is None
    assert task.recurrence == Recurrence("year", 20, date(2024, 11, 20))
    assert task.deadline_text == "định kỳ hằng năm trước ngày 20/11"
    assert task.units == ("Sở Giáo dục và Đào tạo",)
    assert task.supporting == ("Sở Thông tin và Truyền thông",)
    assert task.recipient == "UBND tỉnh"
    assert task.to_json()["recurrence"] == {"every": "year", "day": 20, "first": "2024-11-20"}


def test_a_yearly_recurrence_goes_to_json_and_back():
    data = {"every": "year", "day": 15, "first": "2023-12-15"}
    assert Recurrence.from_json(data) == Recurrence("year", 15, date(2023, 12, 15))
    with pytest.raises(DraftError):
        Recurrence.from_json({**data, "every": "week"})
