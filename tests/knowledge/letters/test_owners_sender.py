"""Who owes a task when the sender, unnamed bodies or a line leading into points are in its
item: the sender asking is not an owner, bodies the letter leaves unnamed owe nothing."""

from __future__ import annotations

from datetime import date

from knowledge.letters.extract import read_letter
from tests.knowledge.letters.districts import DISTRICTS
from tests.knowledge.letters.test_owners import HEAD, _read


def test_who_the_addressees_leave_out_is_no_part_of_the_title_and_data_go_to_the_sender(
    catalogue,
):
    text = (
        HEAD.replace(
            "- Các sở, ban, ngành;\n- UBND các huyện, thành phố.",
            "- Các Sở: Nội vụ, Tư pháp;\n- Công an tỉnh.",
        )
        + "1. Các cơ quan có tên tại Kính gửi (ngoại trừ Công an tỉnh) báo cáo tình hình hạ "
        "tầng số trước ngày 05 hằng tháng, kể từ tháng 1/2025.\n"
        "2. Công an tỉnh cung cấp số liệu về an ninh mạng trước ngày 20/12/2024.\n"
    )
    monthly, data = read_letter(
        text, catalogue, catalogue.province("tuyen-quang"), "stc.txt"
    ).tasks
    assert set(monthly.units) == {"Sở Nội vụ", "Sở Tư pháp"}
    assert monthly.title.startswith("Báo cáo tình hình hạ tầng số")
    assert data.units == ("Công an tỉnh",) and data.recipient == "Sở Tài chính"


def test_support_listed_with_a_unit_the_register_lacks_and_a_closing_that_names_the_sender(
    catalogue,
):
    """ "Viễn thông Tuyên Quang, Bưu điện tỉnh phối hợp, hỗ trợ các đơn vị …" then the usual
    closing "liên hệ Phòng …, Sở … để được hướng dẫn": the support was dropped without a word,
    for the unit the register lacks hid the duty, and the closing, under the last item, read as
    the support serving the sender's work."""
    text = HEAD.replace("SỞ TÀI CHÍNH", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG") + (
        "1. Các sở, ban, ngành rà soát thủ tục đủ điều kiện cung cấp dịch vụ công trực tuyến "
        "toàn trình, gửi Sở Thông tin và Truyền thông trước ngày 16/12/2024.\n"
        "2. Viễn thông Tuyên Quang, Bưu điện tỉnh phối hợp, hỗ trợ các đơn vị về hạ tầng kỹ "
        "thuật, hướng dẫn người dân nộp hồ sơ trực tuyến.\n"
        "Trong quá trình thực hiện, nếu có vướng mắc đề nghị liên hệ Phòng Công nghệ thông tin, "
        "Sở Thông tin và Truyền thông để được hướng dẫn.\n"
        "Trân trọng./.\n"
    )
    draft = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "cv.txt")
    (task,) = draft.tasks
    assert task.supporting == ("Viễn thông Tuyên Quang",)
    assert [p.message for p in draft.problems] == [
        "không có “Bưu điện tỉnh” trong danh sách đơn vị của tỉnh Tuyên Quang"
    ]
    # the register's units alone: supporting, and nothing to report
    alone = read_letter(
        text.replace(", Bưu điện tỉnh", ""), catalogue, catalogue.province("tuyen-quang"), "cv"
    )
    assert alone.tasks[0].supporting == ("Viễn thông Tuyên Quang",) and alone.problems == ()


def test_the_sender_opening_an_item_line_is_not_its_owner(catalogue):
    # the sender tells what it will do, then asks the item's units for something by a date
    draft = _read(
        catalogue,
        """1. Ủy ban nhân dân các huyện, thành phố
Sở Tài chính dự kiến tổ chức kiểm tra việc quyết toán tại một số địa phương. Đề nghị các \
huyện, thành phố gửi lịch làm việc về Sở Tài chính trước ngày 16/12/2024.
""",
    )
    (task,) = draft.tasks
    assert task.deadline == date(2024, 12, 16)
    assert set(task.units) == DISTRICTS
    assert not draft.unread


def test_owners_named_after_the_date_a_line_opens_with_owe_it(catalogue):
    draft = _read(
        catalogue,
        """1. Định kỳ trước ngày 10 hằng tháng, kể từ tháng 01/2025, Sở Y tế báo cáo số liệu \
giải ngân về Sở Tài chính.
""",
    )
    (task,) = draft.tasks
    assert task.recurrence is not None and task.units == ("Sở Y tế",)


def test_a_result_told_to_a_unit_is_received_by_it(catalogue):
    draft = _read(
        catalogue,
        """1. Sở Y tế hoàn thành cập nhật danh mục thuốc trên phần mềm trong tháng 01/2025; \
thông báo kết quả cho Sở Tài chính.
""",
    )
    (task,) = draft.tasks
    assert (task.units, task.recipient) == (("Sở Y tế",), "Sở Tài chính")


def test_bodies_the_letter_leaves_unnamed_owe_no_addressee_s_task_and_are_said(catalogue):
    # "các đơn vị có liên quan": neither the addressees nor any unit the register holds
    draft = _read(
        catalogue,
        """1. Sở Y tế gửi báo cáo quyết toán về Sở Tài chính trước ngày 20/12/2024.
2. Đề nghị các cơ quan, đơn vị có liên quan hoàn trả kinh phí thừa trước ngày 25/12/2024.
""",
    )
    first, second = draft.tasks
    assert first.units == ("Sở Y tế",)
    assert second.units == () and second.title.startswith("Hoàn trả kinh phí thừa")
    (said,) = [str(p) for p in draft.unread]
    assert said.startswith("dòng 13: không rõ đơn vị nào phải thực hiện nhiệm vụ này")
    assert "“các cơ quan, đơn vị có liên quan”" in said


def test_a_lead_cell_of_unnamed_bodies_owes_no_addressee_s_row(catalogue):
    draft = _read(
        catalogue,
        """| TT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn |
| --- | --- | --- | --- | --- |
| 1 | Lập báo cáo quyết toán | Sở Y tế | Sở Tư pháp | Trước ngày 20/12/2024 |
| 2 | Hoàn trả kinh phí thừa | cac don vi lien quan | | Trước ngày 25/12/2024 |
""",
    )
    first, second = draft.tasks
    assert first.units == ("Sở Y tế",) and first.supporting == ("Sở Tư pháp",)
    assert second.units == ()
    assert any("“cac don vi lien quan”" in str(p) for p in draft.unread)


def test_an_item_addressed_to_unnamed_agencies_owes_none_and_names_no_topic(catalogue):
    draft = _read(
        catalogue,
        """1. Sở Y tế gửi báo cáo quyết toán về Sở Tài chính trước ngày 20/12/2024.
2. Các sở, ngành liên quan:
- Rà soát các khoản chi chưa quyết toán, gửi Sở Tài chính trước ngày 27/12/2024.
""",
    )
    _, second = draft.tasks
    assert second.units == () and second.title.startswith("Rà soát các khoản chi")
    assert any("“Các sở, ngành liên quan”" in str(p) for p in draft.unread)


def test_the_line_leading_into_an_item_s_points_names_whose_they_are(catalogue):
    draft = _read(
        catalogue,
        """1. Kiểm kê tài sản công nghệ thông tin
Đề nghị Sở Y tế, Sở Nội vụ:
a) Kiểm kê máy chủ, thiết bị mạng đang sử dụng tại cơ quan;
b) Đánh giá hiện trạng phần mềm dùng chung;
c) Tổng hợp kết quả thực hiện điểm a, điểm b (theo Mẫu số 02 kèm theo) gửi Sở Tài chính \
trước ngày 15/12/2024.
2. Các sở, ban, ngành; UBND các huyện, thành phố rà soát dự toán năm 2025, gửi Sở Tài \
chính trước ngày 25/12/2024.
""",
    )
    counted, reviewed = sorted(draft.tasks, key=lambda t: t.deadline)
    # not every addressee: the two the item's lead-in line names
    assert set(counted.units) == {"Sở Y tế", "Sở Nội vụ"}
    assert set(DISTRICTS) <= set(reviewed.units)


def test_units_heading_an_item_whose_own_duty_supports_anothers_dated_clause_support_it(catalogue):
    draft = _read(
        catalogue,
        """1. Sở Y tế, Sở Nội vụ
Cho ý kiến đối với dự thảo Quy chế quản lý kinh phí; Sở Tài chính hoàn thiện Quy chế, trình UBND
tỉnh trước ngày 20/12/2024.
2. Sở Tư pháp
Báo cáo số liệu quyết toán năm 2024, gửi Sở Tài chính trước ngày 10/12/2024.
""",
    )
    rules, review = draft.tasks
    assert rules.units == ("Sở Tài chính",)
    assert set(rules.supporting) == {"Sở Y tế", "Sở Nội vụ"}
    # a heading unit whose own duty is the dated one owes it and supports nothing
    assert review.units == ("Sở Tư pháp",) and review.supporting == ()
