"""Who owes a task an item points at or lays out in points: "các Sở nêu tại mục 1" (that item's
doers of that kind), "a) work; b) support; c) sent by a date" (the work's units), a last step
that sends the work (its receiver), the sender's own report, and a cited document's old duty
in the grounds (no task of this letter)."""

from __future__ import annotations

from datetime import date

from knowledge.letters.extract import read_letter

HEAD = """UBND TỈNH TUYÊN QUANG
SỞ TÀI CHÍNH
Số: 512/STC-TH
V/v công khai ngân sách năm 2024
Tuyên Quang, ngày 3 tháng 6 năm 2024

Kính gửi:
- Sở Y tế;
- Sở Xây dựng;
- Sở Nội vụ;
- UBND huyện Na Hang;
- UBND huyện Yên Sơn.

"""


def _read(catalogue, body):
    text = HEAD + body + "\nTrân trọng./.\nNơi nhận:\n- Như trên;\n"
    return read_letter(text, catalogue, catalogue.province("tuyen-quang"), "stc.txt")


def test_the_sở_an_item_points_at_owe_the_task_not_its_helpers(catalogue):
    draft = _read(
        catalogue,
        """Sở Tài chính đề nghị các cơ quan, đơn vị thực hiện như sau:
1. Công khai dự toán
Các Sở: Y tế, Xây dựng thực hiện:
a) Công khai dự toán ngân sách năm 2024 (theo Biểu 01 kèm theo);
b) Gửi kết quả về Sở Tài chính trước ngày 28/6/2024.
UBND huyện Na Hang phối hợp cung cấp số liệu cho các Sở nêu trên.
2. Báo cáo định kỳ
Kể từ quý III/2024, các Sở nêu tại mục 1 báo cáo tình hình công khai, gửi Sở Tài chính \
trước ngày 20 của tháng cuối quý.
""",
    )
    monthly = next(t for t in draft.tasks if t.recurrence)
    assert set(monthly.units) == {"Sở Y tế", "Sở Xây dựng"}


def test_the_units_an_item_pointed_at_opens_with_owe_the_task(catalogue):
    draft = _read(
        catalogue,
        """Sở Tài chính đề nghị các cơ quan, đơn vị thực hiện như sau:
1. Rà soát khoản chi
Sở Y tế, Sở Xây dựng rà soát các khoản chi thường xuyên, gửi Sở Tài chính trước ngày 20/6/2024.
Sở Nội vụ cho ý kiến đối với nội dung chi con người.
2. Định kỳ trước ngày 10 hằng tháng, kể từ tháng 7/2024, các cơ quan nêu tại mục 1 báo cáo \
tiến độ giải ngân, gửi Sở Tài chính.
""",
    )
    monthly = next(t for t in draft.tasks if t.recurrence)
    assert set(monthly.units) == {"Sở Y tế", "Sở Xây dựng"}


def test_a_duty_a_cited_document_set_is_no_task(catalogue):
    draft = _read(
        catalogue,
        """Công văn số 77/UBND-TH ngày 12/3/2023 của UBND tỉnh đã yêu cầu định kỳ ngày 05 hằng \
tháng báo cáo tình hình giải ngân. Tuy nhiên, nhiều cơ quan còn chậm.
Sở Tài chính đề nghị Sở Y tế, Sở Xây dựng rà soát, báo cáo về Sở Tài chính trước ngày 20/6/2024.
""",
    )
    assert [t.deadline for t in draft.tasks] == [date(2024, 6, 20)]


def test_a_point_that_sends_is_owed_by_the_point_giving_the_work(catalogue):
    draft = _read(
        catalogue,
        """Sở Tài chính đề nghị các cơ quan, đơn vị thực hiện như sau:
1. Về số liệu quyết toán
a) Sở Y tế, Sở Xây dựng tổng hợp số liệu quyết toán năm 2023 (theo Biểu số 01 kèm theo);
b) Sở Nội vụ phối hợp đối chiếu số liệu biên chế với các cơ quan nêu tại điểm a;
c) Số liệu gửi về Sở Tài chính trước ngày 25/6/2024.
""",
    )
    (task,) = draft.tasks
    assert set(task.units) == {"Sở Y tế", "Sở Xây dựng"}
    assert set(task.supporting) == {"Sở Nội vụ"}


def test_the_last_step_that_sends_the_work_names_its_receiver(catalogue):
    draft = _read(
        catalogue,
        """Sở Tài chính đề nghị Sở Y tế, Sở Xây dựng triển khai phần mềm kế toán, hoàn thành \
trong tháng 8/2024, theo các bước sau:
Bước 1: Cài đặt phần mềm.
Bước 2: Nhập số dư đầu kỳ.
Bước 3: Báo cáo kết quả triển khai về Sở Tài chính.
""",
    )
    (task,) = draft.tasks
    assert task.recipient == "Sở Tài chính"


def test_the_sender_reporting_up_by_a_date_owes_its_own_task(catalogue):
    draft = _read(
        catalogue,
        """Sở Tài chính đề nghị các cơ quan, đơn vị thực hiện như sau:
1. Sở Y tế, Sở Xây dựng báo cáo dự toán, gửi Sở Tài chính trước ngày 20/6/2024.
2. Sở Tài chính tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 30/6/2024.
""",
    )
    own = next(t for t in draft.tasks if t.deadline == date(2024, 6, 30))
    assert own.units == ("Sở Tài chính",)


def test_a_request_to_the_addressees_but_some_leaves_those_out(catalogue):
    draft = _read(
        catalogue,
        """Sở Tài chính đề nghị các cơ quan, đơn vị thực hiện như sau:
1. Dự toán năm 2025
Đề nghị các cơ quan có tên tại Kính gửi (trừ Sở Nội vụ) lập dự toán, gửi Sở Tài chính trước \
ngày 20/6/2024.
""",
    )
    (task,) = draft.tasks
    assert "Sở Nội vụ" not in task.units
    assert "Sở Y tế" in task.units


def test_an_item_headed_by_a_request_to_the_addressees_but_some_leaves_those_out(catalogue):
    draft = _read(
        catalogue,
        """Sở Tài chính đề nghị như sau:
1. Đề nghị các cơ quan có tên tại Kính gửi (trừ Sở Nội vụ):
Lập dự toán năm 2025, gửi Sở Tài chính trước ngày 20/6/2024.
""",
    )
    (task,) = draft.tasks
    assert "Sở Nội vụ" not in task.units
    assert "Sở Y tế" in task.units


SPLIT = """Sở Tài chính đề nghị các cơ quan thực hiện như sau:
I. NỘI DUNG
1. Sở Y tế, Sở Xây dựng
1.1. Kiểm kê tài sản công được giao quản lý, đối chiếu với sổ kế toán (theo Mẫu số 01).
1.2. Báo cáo tình hình sử dụng kinh phí tự chủ của đơn vị (theo Mẫu số 02).
2. Sở Nội vụ
Phối hợp hướng dẫn các Sở nêu tại mục 1 trong việc kiểm kê tại điểm 1.1 mục I.
II. THỜI GIAN
1. Kết quả kiểm kê tại điểm 1.1 mục I gửi về Sở Tài chính trước ngày 30/6/2024.
2. Báo cáo tại điểm 1.2 mục I gửi về Sở Tài chính định kỳ hằng quý, trước ngày 10 của tháng \
cuối quý, kể từ quý sau.
"""


def test_a_date_in_another_part_that_names_the_work_by_its_point_is_titled_by_that_point(
    catalogue,
):
    draft = _read(catalogue, SPLIT)
    count, report = draft.tasks
    assert count.title.startswith("Kiểm kê tài sản công được giao quản lý")
    assert count.deadline == date(2024, 6, 30) and count.forms == ("Mẫu số 01",)
    assert report.title.startswith("Báo cáo tình hình sử dụng kinh phí tự chủ")
    # "kể từ quý sau" in a letter of 3/6/2024: the quarter after June's
    assert report.recurrence is not None and report.recurrence.first == date(2024, 9, 10)
    assert "quý sau" not in report.title  # when it starts is no part of what it is
    assert set(count.units) == set(report.units) == {"Sở Y tế", "Sở Xây dựng"}
    # the support names the units by their item and the work by its point: that point's task
    assert count.supporting == ("Sở Nội vụ",) and report.supporting == ()


def test_a_report_on_another_item_s_dated_work_is_titled_by_that_work(catalogue):
    draft = _read(
        catalogue,
        """I. NHIỆM VỤ
1. Sở Y tế, Sở Xây dựng hoàn thành số hóa hồ sơ thủ tục hành chính còn hiệu lực trong \
quý III/2024.
2. UBND huyện Na Hang hoàn thành chuyển đổi IPv6 trước ngày 30/9/2024.
II. BÁO CÁO
Sở Y tế, Sở Xây dựng báo cáo kết quả thực hiện nhiệm vụ tại điểm 1 mục I, gửi về Sở Tài chính \
trước ngày 10/10/2024.
""",
    )
    work, _, report = draft.tasks
    assert work.title.startswith("Hoàn thành số hóa hồ sơ")
    assert report.title == (
        "Báo cáo kết quả thực hiện nhiệm vụ: hoàn thành số hóa hồ sơ thủ tục hành chính còn "
        "hiệu lực"
    )
    assert report.recipient == "Sở Tài chính" and report.deadline == date(2024, 10, 10)


PARTS = """I. NHIỆM VỤ
1. Giao Sở Y tế chủ trì, phối hợp với Sở Nội vụ kiểm tra hồ sơ nhân sự của các bệnh viện.
2. Giao Sở Xây dựng hướng dẫn các huyện lập quy hoạch chung đô thị.
3. UBND huyện Na Hang chỉ đạo các xã rà soát hộ nghèo.
II. TỔ CHỨC THỰC HIỆN
1. Nhiệm vụ tại điểm 1 mục I hoàn thành trước ngày 31/7/2024.
2. Nhiệm vụ tại điểm 2 mục I hoàn thành trong quý III/2024.
3. UBND huyện Na Hang báo cáo kết quả thực hiện nhiệm vụ tại điểm 3 mục I về Sở Tài chính \
trước ngày 15/8/2024.
"""


def test_an_item_a_timing_line_dates_by_its_number_is_a_duty_whatever_its_verb(catalogue):
    # "hướng dẫn" may give support; dated by "Nhiệm vụ tại điểm 2 mục I", it is the work owed
    check, guide, _ = _read(catalogue, PARTS).tasks
    assert guide.units == ("Sở Xây dựng",) and guide.deadline == date(2024, 9, 30)
    assert guide.title.startswith("Hướng dẫn các huyện lập quy hoạch")
    assert check.units == ("Sở Y tế",) and check.supporting == ("Sở Nội vụ",)


def test_a_report_on_the_work_of_the_item_it_dates_is_titled_as_a_report_on_it(catalogue):
    *_, report = _read(catalogue, PARTS).tasks
    assert report.title.startswith("Báo cáo kết quả thực hiện nhiệm vụ: ")
    assert "rà soát hộ nghèo" in report.title
    assert report.units == ("UBND huyện Na Hang",) and report.recipient == "Sở Tài chính"


TIMED = """I. NỘI DUNG
1. Sở Y tế, Sở Nội vụ
1.1. Rà soát danh sách viên chức y tế cơ sở (theo Phụ lục 1).
1.2. Cập nhật cơ sở dữ liệu viên chức vào phần mềm quản lý.
2. UBND huyện Yên Sơn
Thống kê trạm y tế xã thiếu bác sĩ (theo Phụ lục 2).
3. Sở Xây dựng phối hợp với UBND huyện Yên Sơn khảo sát các trạm y tế nêu tại mục 2.
II. THỜI GIAN THỰC HIỆN
1. Thời hạn gửi kết quả rà soát tại điểm 1.1: trước ngày 15/7/2024.
2. Nội dung tại điểm 1.2 hoàn thành trong quý III/2024.
3. Kết quả thống kê tại mục 2 gửi Sở Tài chính chậm nhất ngày 30/7/2024.
"""


def test_item_2_in_a_letter_of_parts_names_an_item_not_the_timing_part_s_own(catalogue):
    listed, updated, counted = _read(catalogue, TIMED).tasks
    assert listed.title.startswith("Rà soát danh sách viên chức")  # "Thời hạn gửi …" is when
    assert updated.supporting == () and counted.supporting == ("Sở Xây dựng",)
    assert counted.units == ("UBND huyện Yên Sơn",)


def test_an_item_of_a_part_is_no_point_of_another_item():
    from knowledge.letters.references import refers_to

    tops = {"i", "ii"}
    assert refers_to(("2",), ("i", "2"), tops)
    assert not refers_to(("2",), ("i", "1", "2"), tops)
    assert refers_to(("1", "2"), ("i", "1", "2"), tops)


def test_a_letter_typed_without_marks_points_at_its_items_the_same_way(catalogue):
    draft = _read(
        catalogue,
        """I. NHIEM VU
1. Giao So Y te chu tri, phoi hop voi So Noi vu kiem tra ho so nhan su cac benh vien.
2. Giao So Xay dung chu tri ra soat quy hoach chung do thi.
II. THOI GIAN
1. Nhiem vu tai diem 1 muc I: hoan thanh truoc ngay 31/7/2024.
2. Nhiem vu tai diem 2 muc I: hoan thanh truoc ngay 30/8/2024.
""",
    )
    check, plan = draft.tasks
    assert check.units == ("Sở Y tế",) and check.supporting == ("Sở Nội vụ",)
    assert check.title.lower().startswith("kiem tra ho so nhan su")
    assert plan.units == ("Sở Xây dựng",) and plan.deadline == date(2024, 8, 30)
