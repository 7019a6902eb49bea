"""A unit that has its subordinates do the work ("Chỉ đạo Ủy ban nhân dân các xã, phường, thị
trấn …", "Chỉ đạo các phòng chuyên môn …") and then reports on it ("Báo cáo kết quả (theo Phụ lục
II) gửi Sở … trước …"): its task is the report on that work, named by the work, not by the
bodies it directs."""

from __future__ import annotations

from datetime import date

from knowledge.letters.directed import directed_work
from knowledge.letters.extract import read_letter

LETTER = """UBND TỈNH TUYÊN QUANG
SỞ Y TẾ
Số: 233/SYT-NVY
V/v tiêm chủng mở rộng năm 2024
Tuyên Quang, ngày 5 tháng 2 năm 2024

Kính gửi: Ủy ban nhân dân các huyện, thành phố.

1. Ủy ban nhân dân các huyện, thành phố
- Chỉ đạo Ủy ban nhân dân các xã, phường, thị trấn lập danh sách trẻ em trong độ tuổi tiêm \
chủng, thông báo lịch tiêm tới từng hộ gia đình.
- Báo cáo kết quả (theo Phụ lục II kèm theo) gửi Sở Y tế trước ngày 15/3/2024.
Trân trọng./.
Nơi nhận:
- Như trên;
"""


def test_the_report_on_the_work_subordinates_do(catalogue):
    draft = read_letter(LETTER, catalogue, catalogue.province("tuyen-quang"), "syt.txt")
    (task,) = draft.tasks
    assert task.deadline == date(2024, 3, 15) and len(task.units) == 7
    assert task.title.startswith("Báo cáo kết quả lập danh sách trẻ em")
    assert "xã, phường" not in task.title


def test_the_subordinates_directed_are_left_out():
    assert directed_work("Chỉ đạo các phòng chuyên môn rà soát thủ tục") == "rà soát thủ tục"
    assert directed_work("- Chỉ đạo UBND cấp xã niêm yết công khai") == "niêm yết công khai"
    assert directed_work("Chỉ đạo thực hiện nghiêm") is None  # no body directed
