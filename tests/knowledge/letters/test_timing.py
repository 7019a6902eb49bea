"""A "Thời gian thực hiện" part dating the work of items set out earlier: by the item it names
("khoản 2 mục I"), or by the units the line opens with."""

from __future__ import annotations

from datetime import date

from knowledge.letters.extract import read_letter

LETTER = """UBND TỈNH TUYÊN QUANG
SỞ NỘI VỤ
Số: 98/SNV-TCBC
V/v xây dựng đề án vị trí việc làm
Tuyên Quang, ngày 4 tháng 3 năm 2024

Kính gửi:
- Các sở, ban, ngành;
- UBND các huyện, thành phố.

Sở Nội vụ đề nghị:
I. NHIỆM VỤ
1. Các sở, ban, ngành
Xây dựng đề án vị trí việc làm theo Phụ lục I kèm theo.
2. Sở Tài chính
Thẩm định nhu cầu kinh phí của các đề án, lập dự toán theo Phụ lục II kèm theo.
3. Sở Tư pháp
Phối hợp với Sở Tài chính rà soát dự toán tại khoản 2.
II. THỜI GIAN THỰC HIỆN
- Các cơ quan nêu tại khoản 1 mục I gửi đề án về Sở Nội vụ trước ngày 10/4/2024.
- Sở Tài chính hoàn thiện dự toán, gửi Sở Nội vụ trước ngày 30/4/2024.

Trân trọng./.
Nơi nhận:
- Như trên;
"""


def test_a_timing_line_dates_the_item_it_names_or_its_units_own(catalogue):
    draft = read_letter(LETTER, catalogue, catalogue.province("tuyen-quang"), "snv.txt")
    plans, budget = draft.tasks
    assert plans.deadline == date(2024, 4, 10) and plans.forms == ("Phụ lục I",)
    assert "UBND huyện Na Hang" not in plans.units
    assert plans.title.startswith("Gửi đề án")
    assert budget.deadline == date(2024, 4, 30)
    assert budget.units == ("Sở Tài chính",)
    assert budget.supporting == ("Sở Tư pháp",)
    assert budget.forms == ("Phụ lục II",)


PLAN = """UBND TỈNH TUYÊN QUANG
SỞ NỘI VỤ
Số: 99/SNV-CCHC
V/v xây dựng kế hoạch cải cách hành chính
Tuyên Quang, ngày 4 tháng 3 năm 2024

Kính gửi:
- Sở Tư pháp;
- Sở Tài chính.

I. NHIỆM VỤ
1. Sở Tư pháp
Hướng dẫn các cơ quan rà soát thủ tục; xây dựng dự thảo Kế hoạch kiểm soát thủ tục hành chính \
năm 2025 của tỉnh, gửi Sở Nội vụ.
2. Sở Tài chính
Phối hợp với Sở Tư pháp bố trí kinh phí thực hiện Kế hoạch tại khoản 1.
II. TỔ CHỨC THỰC HIỆN
1. Thời gian thực hiện:
- Sở Tư pháp hoàn thiện dự thảo Kế hoạch, gửi Sở Nội vụ trước ngày 15/4/2024.
2. Giao Sở Tư pháp theo dõi, đôn đốc việc thực hiện.

Trân trọng./.
Nơi nhận:
- Như trên;
"""


def test_a_timing_line_dates_the_earlier_item_of_its_units_and_names_its_document(catalogue):
    draft = read_letter(PLAN, catalogue, catalogue.province("tuyen-quang"), "snv.txt")
    (task,) = draft.tasks
    assert task.units == ("Sở Tư pháp",)
    assert task.supporting == ("Sở Tài chính",)
    assert "Kế hoạch kiểm soát thủ tục hành chính năm 2025" in task.title


PARTNERED = """UBND TỈNH TUYÊN QUANG
SỞ Y TẾ
Số: 140/SYT-VP
V/v kết nối dữ liệu khám chữa bệnh
Tuyên Quang, ngày 5 tháng 6 năm 2023

Kính gửi:
- Bảo hiểm xã hội tỉnh;
- UBND các huyện, thành phố.

Sở Y tế đề nghị:
1. Bảo hiểm xã hội tỉnh
Chủ trì, phối hợp với Sở Tài chính, Sở Tư pháp hoàn thành kết nối dữ liệu khám chữa bệnh \
với Hệ thống thông tin một cửa điện tử của tỉnh.
2. UBND các huyện, thành phố
Rà soát các cơ sở khám chữa bệnh chưa kết nối dữ liệu, gửi danh sách về Sở Y tế.
3. Thời gian thực hiện
- UBND các huyện, thành phố gửi danh sách (mục 2) trước ngày 20/6/2023.
- Hoàn thành kết nối dữ liệu khám chữa bệnh (mục 1): trong tháng 8/2023.

Trân trọng./.
Nơi nhận:
- Như trên;
"""


def test_the_partners_of_an_item_a_timing_line_dates_support_its_task(catalogue):
    draft = read_letter(PARTNERED, catalogue, catalogue.province("tuyen-quang"), "syt.txt")
    by_date = {t.deadline: t for t in draft.tasks}
    linking = by_date[date(2023, 8, 31)]
    assert linking.units == ("Bảo hiểm xã hội tỉnh",)
    assert set(linking.supporting) == {"Sở Tài chính", "Sở Tư pháp"}
    assert by_date[date(2023, 6, 20)].supporting == ()  # item 2's task has no partner
