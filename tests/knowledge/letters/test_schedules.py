"""A date per unit in one sentence or cell (knowledge/letters/schedules.py)."""

from __future__ import annotations

from knowledge.letters.dates import Found
from knowledge.letters.extract import read_letter
from knowledge.letters.register import Register
from knowledge.letters.schedules import scheduled
from knowledge.letters.text import Line


def _at(line: Line, phrase: str) -> Found:
    start = line.text.index(phrase)
    return Found(start, start + len(phrase), phrase)


def test_each_clause_names_the_units_its_date_is_for(catalogue):
    register = Register(catalogue, catalogue.province("tuyen-quang"))
    line = Line(1, "Sở Y tế, Công an tỉnh: trước ngày 15/9/2023; Sở Tư pháp trước ngày 20/9/2023")
    first = scheduled(line, _at(line, "trước ngày 15/9/2023"), register)
    second = scheduled(line, _at(line, "trước ngày 20/9/2023"), register)
    assert first is not None and first.names == ("Sở Y tế", "Công an tỉnh")
    assert second is not None and second.names == ("Sở Tư pháp",)


def test_the_units_left_are_those_no_other_clause_names(catalogue):
    register = Register(catalogue, catalogue.province("tuyen-quang"))
    line = Line(1, "- Sở Y tế: trước ngày 15/9/2023; - Các đơn vị còn lại: trước ngày 20/9/2023")
    rest = scheduled(line, _at(line, "trước ngày 20/9/2023"), register)
    assert rest is not None and rest.names == () and rest.others == {"Sở Y tế"}


def test_names_listed_before_a_dated_clause_owe_its_date_with_it(catalogue):
    # a ";" apart in the list of owners is no schedule: the first part has no date of its own
    register = Register(catalogue, catalogue.province("tuyen-quang"))
    line = Line(1, "Sở Y tế; UBND huyện Yên Sơn định kỳ hằng tháng, trước ngày 05, báo cáo")
    both = scheduled(line, _at(line, "định kỳ hằng tháng, trước ngày 05"), register)
    assert both is not None and both.names == ("Sở Y tế", "UBND huyện Yên Sơn")


def test_a_clause_that_does_more_than_name_units_is_no_schedule(catalogue):
    register = Register(catalogue, catalogue.province("tuyen-quang"))
    line = Line(1, "Sở Y tế gửi báo cáo trước ngày 15/9/2023; Sở Tư pháp trước ngày 20/9/2023")
    assert scheduled(line, _at(line, "trước ngày 15/9/2023"), register) is None
    alone = Line(2, "Sở Y tế: trước ngày 15/9/2023")
    assert scheduled(alone, _at(alone, "trước ngày 15/9/2023"), register) is None


SCHEDULED = """UBND TỈNH TUYÊN QUANG     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIAO THÔNG VẬN TẢI
Số: 2210/SGTVT-QLVT     Tuyên Quang, ngày 11 tháng 9 năm 2023
V/v đổi giấy phép lái xe trực tuyến

Kính gửi:
- Sở Y tế;
- Công an tỉnh;
- Sở Tài chính.

Sở Giao thông vận tải đề nghị:
1. Các cơ quan cử cán bộ đầu mối hướng dẫn người dân nộp hồ sơ, gửi về Sở Giao thông vận tải \
theo thời hạn sau: Sở Y tế, Công an tỉnh trước ngày 15/9/2023; Sở Tài chính trước ngày 20/9/2023.
2. Các cơ quan rà soát, cập nhật hồ sơ công chức lên Phần mềm; thời hạn: Sở Tài chính hoàn \
thành trước ngày 05 tháng 10 năm 2023; Sở Y tế (do số lượng lớn) hoàn thành trước ngày 31 tháng \
10 năm 2023.

Nơi nhận:
- Như trên;
"""


def test_the_tasks_of_a_schedule_are_titled_by_the_duty_before_it(catalogue):
    tasks = read_letter(SCHEDULED, catalogue, catalogue.province("tuyen-quang"), "s.txt").tasks
    assert [t.units for t in tasks] == [
        ("Sở Y tế", "Công an tỉnh"),
        ("Sở Tài chính",),
        ("Sở Tài chính",),
        ("Sở Y tế",),
    ]
    assert all(t.title.startswith("Cử cán bộ đầu mối") for t in tasks[:2])
    assert all(t.title.startswith("Rà soát, cập nhật hồ sơ công chức") for t in tasks[2:])
