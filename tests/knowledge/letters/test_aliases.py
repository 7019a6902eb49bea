"""Short names a letter gives the units it lists ("(sau đây gọi là các đơn vị)"), read as
those units wherever the letter prints them after (knowledge/letters/aliases.py)."""

from __future__ import annotations

from knowledge.letters.aliases import learn
from knowledge.letters.extract import read_letter
from knowledge.letters.text import Line
from tests.knowledge.letters.districts import DISTRICTS

PLAN = """UBND TỈNH TUYÊN QUANG
SỞ XÂY DỰNG
Số: 19/KH-SXD
Tuyên Quang, ngày 4 tháng 5 năm 2023

KẾ HOẠCH
Cấp giấy phép xây dựng trực tuyến năm 2023

Thực hiện Kế hoạch số 25/KH-UBND ngày 10/02/2023 của UBND tỉnh, Sở Xây dựng ban hành Kế hoạch:
1. Sở Tài nguyên và Môi trường, UBND các huyện, thành phố (gọi tắt là các cơ quan) rà soát \
quy trình cấp phép theo hướng dẫn của Sở Xây dựng.
2. Các cơ quan gửi báo cáo kết quả rà soát về Sở Xây dựng trước ngày 15/6/2023.

Nơi nhận:
- Lưu: VT.
"""


def test_the_units_listed_before_the_bracket_are_its_short_name(register):
    lines = [
        Line(1, "Sở Y tế, Sở Tài chính và Công an tỉnh (sau đây gọi là các đơn vị) thực hiện:"),
        Line(2, "UBND tỉnh (sau đây gọi là cấp tỉnh) chỉ đạo"),  # the committee is no unit
        Line(3, "Các dự án (sau đây gọi là các công trình) được"),  # no unit before it
    ]
    assert learn(lines, register) == {
        "các đơn vị": ("Sở Y tế", "Sở Tài chính", "Công an tỉnh"),
    }


def test_a_duty_of_the_short_name_is_owed_by_the_units_it_stands_for(catalogue):
    draft = read_letter(PLAN, catalogue, catalogue.province("tuyen-quang"), "sxd.txt")
    assert not draft.problems
    (task,) = draft.tasks
    assert task.deadline.isoformat() == "2023-06-15"
    assert set(task.units) == {"Sở Tài nguyên và Môi trường", *DISTRICTS}
    assert task.recipient == "Sở Xây dựng"
