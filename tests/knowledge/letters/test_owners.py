"""Who owes a task when its item names only some of the addressees: the units a sentence of the
item opens with, or the units that direct the work ("… chỉ đạo …")."""

from __future__ import annotations

from datetime import date

from knowledge.letters.extract import read_letter
from tests.knowledge.letters.districts import DISTRICTS

HEAD = """UBND TỈNH TUYÊN QUANG
SỞ TÀI CHÍNH
Số: 311/STC-QLNS
V/v quyết toán kinh phí chuyển đổi số năm 2024
Tuyên Quang, ngày 2 tháng 12 năm 2024

Kính gửi:
- Các sở, ban, ngành;
- UBND các huyện, thành phố.

Sở Tài chính đề nghị các cơ quan, đơn vị thực hiện như sau:
"""


def _read(catalogue, body):
    text = HEAD + body + "\nTrân trọng./.\nNơi nhận:\n- Như trên;\n"
    return read_letter(text, catalogue, catalogue.province("tuyen-quang"), "stc.txt")


def test_units_a_sentence_of_the_item_names_owe_its_duty(catalogue):
    draft = _read(
        catalogue,
        """1. Quyết toán kinh phí
Sở Y tế, UBND huyện Hàm Yên là hai đơn vị còn dư dự toán chưa giải ngân. Đề nghị lập báo cáo \
thuyết minh, gửi Sở Tài chính chậm nhất ngày 20/12/2024.
""",
    )
    (task,) = draft.tasks
    assert task.deadline == date(2024, 12, 20)
    assert set(task.units) == {"Sở Y tế", "UBND huyện Hàm Yên"}


def test_units_that_direct_the_work_owe_it(catalogue):
    draft = _read(
        catalogue,
        """1. Báo cáo của cấp xã
UBND các huyện, thành phố chỉ đạo UBND cấp xã rà soát các khoản chi; tổng hợp kết quả gửi \
Sở Tài chính trước ngày 25/12/2024.
""",
    )
    (task,) = draft.tasks
    assert set(task.units) == DISTRICTS


def test_a_support_section_serves_the_work_of_the_units_it_names(catalogue):
    draft = _read(
        catalogue,
        """1. Các sở, ban, ngành
Lập dự toán kinh phí chuyển đổi số năm 2025, gửi Sở Tài chính trước ngày 15/12/2024.
2. Sở Nội vụ
Rà soát vị trí việc làm về công nghệ thông tin, gửi Sở Tài chính trước ngày 20/12/2024.
3. UBND các huyện, thành phố
Phối hợp, cho ý kiến đối với dự toán của các sở, ban, ngành khi được đề nghị.
""",
    )
    budget, posts = draft.tasks
    assert set(budget.supporting) >= DISTRICTS
    assert posts.units == ("Sở Nội vụ",) and not DISTRICTS & set(posts.supporting)


def test_a_unit_described_in_brackets_still_supports(catalogue):
    draft = _read(
        catalogue,
        """1. Sở Nội vụ
Cung cấp danh sách công chức được cấp chữ ký số, gửi Sở Tài chính trước ngày 16/12/2024.
Viễn thông Tuyên Quang (nhà cung cấp dịch vụ ký số) hỗ trợ kỹ thuật việc trích xuất danh sách.
""",
    )
    (task,) = draft.tasks
    assert task.units == ("Sở Nội vụ",)
    assert task.supporting == ("Viễn thông Tuyên Quang",)


def test_units_with_an_aside_on_who_they_are_owe_their_item_titled_by_its_duty(catalogue):
    text = HEAD + (
        "1. Các cơ quan, đơn vị có tên tại Kính gửi cung cấp số liệu chi ngân sách cho chuyển "
        "đổi số (số liệu tính đến hết ngày 30/11/2024). Số liệu chi ngân sách tổng hợp theo "
        "Biểu số 05 kèm theo văn bản này, gửi Sở Tài chính trước ngày 16/12/2024.\n"
        "2. Sở Y tế, UBND huyện Na Hang (là các đơn vị được kiểm toán năm 2024) chuẩn bị hồ "
        "sơ quyết toán, gửi Sở Tài chính chậm nhất ngày 20 tháng 12 năm 2024.\n"
        "Trân trọng./.\n"
    )
    draft = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "qt.txt")
    figures, accounts = draft.tasks
    # the dated sentence names what the one before has the units make
    assert figures.title.startswith("Cung cấp số liệu chi ngân sách cho chuyển đổi số")
    assert figures.forms == ("Biểu số 05",)
    assert set(accounts.units) == {"Sở Y tế", "UBND huyện Na Hang"}
    assert accounts.deadline == date(2024, 12, 20)


def test_work_on_what_another_item_makes_supports_that_item(catalogue):
    text = HEAD + (
        "1. Các cơ quan, đơn vị lập dự toán kinh phí chuyển đổi số năm 2025, gửi Sở Thông tin "
        "và Truyền thông trước ngày 10/12/2024.\n"
        "2. Sở Thông tin và Truyền thông tổng hợp danh mục nhiệm vụ, báo cáo Ủy ban nhân dân "
        "tỉnh trước ngày 25/12/2024.\n"
        "3. Sở Kế hoạch và Đầu tư thẩm định nguồn vốn của các nhiệm vụ do Sở Thông tin và "
        "Truyền thông tổng hợp tại khoản 2 mục này.\n"
        "Trân trọng./.\n"
    )
    draft = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "dt.txt")
    estimates, summary = draft.tasks
    assert "Sở Kế hoạch và Đầu tư" in estimates.units  # a member of the group owes item 1
    assert summary.units == ("Sở Thông tin và Truyền thông",)
    assert summary.supporting == ("Sở Kế hoạch và Đầu tư",)


def test_a_letter_wide_help_serves_the_task_it_names(catalogue):
    text = HEAD.replace("thực hiện như sau:", "thực hiện:") + (
        "- Báo cáo tình hình giải ngân kinh phí chuyển đổi số (theo Biểu 04 kèm theo), gửi về "
        "Sở Tài chính trước ngày 10 hằng tháng, kể từ tháng 1/2025.\n"
        "- Cử 01 cán bộ đầu mối theo dõi kinh phí chuyển đổi số, gửi về Sở Tài chính trước "
        "ngày 12/12/2024.\n"
        "Đề nghị Viễn thông Tuyên Quang hỗ trợ các cơ quan, đơn vị trích xuất số liệu báo cáo "
        "trên Hệ thống quản lý tài chính của tỉnh.\n"
        "Trân trọng./.\n"
    )
    draft = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "gn.txt")
    report, contact = draft.tasks
    assert report.supporting == ("Viễn thông Tuyên Quang",)
    assert contact.supporting == ()
    # "cử 01 cán bộ" is the group's own duty
    assert set(contact.units) >= DISTRICTS


def test_who_an_item_names_after_a_title_or_a_colon_owes_it_and_partners_listed_help(catalogue):
    text = HEAD + (
        "1. Đề nghị Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Y tế, Sở Giáo dục và Đào "
        "tạo xây dựng Phương án thanh toán học phí, viện phí, trình UBND tỉnh trước ngày "
        "20/12/2024.\n"
        "2. Các đơn vị: Sở Y tế, Sở Giáo dục và Đào tạo báo cáo số cơ sở đã thanh toán trực "
        "tuyến, gửi về Sở Tài chính trước ngày 15/12/2024.\n"
        "3. Chủ tịch UBND các huyện, thành phố chỉ đạo rà soát các khoản thu tại cấp xã; tổng "
        "hợp kết quả gửi Sở Tài chính trước ngày 25/12/2024.\n"
        "4. Sở Tư pháp có ý kiến về dự thảo Phương án tại mục 1.\n"
        "Trân trọng./.\n"
    )
    draft = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "tt.txt")
    plan, report, districts = draft.tasks
    assert plan.units == ("Sở Kế hoạch và Đầu tư",)
    assert set(plan.supporting) == {"Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Tư pháp"}
    assert set(report.units) == {"Sở Y tế", "Sở Giáo dục và Đào tạo"}
    assert set(districts.units) == DISTRICTS
    assert districts.title.startswith("Rà soát các khoản thu tại cấp xã")


def test_units_set_apart_owe_their_own_date(catalogue):
    text = HEAD + (
        "1. Các cơ quan, đơn vị gửi báo cáo quyết toán về Sở Tài chính trước ngày 20/12/2024; "
        "riêng Sở Y tế gửi trước ngày 27/12/2024.\nTrân trọng./.\n"
    )
    draft = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "rg.txt")
    every, health = draft.tasks
    assert health.units == ("Sở Y tế",) and health.deadline == date(2024, 12, 27)
    assert "Sở Y tế" not in every.units and set(every.units) >= DISTRICTS
    assert health.title == every.title


def test_a_line_that_sets_a_monthly_and_a_quarterly_report_sets_both(catalogue):
    text = HEAD + (
        "1. Các cơ quan, đơn vị gửi báo cáo tháng trước ngày 25 hằng tháng và báo cáo quý trước "
        "ngày 20 của tháng cuối quý về Sở Tài chính, kể từ tháng 01/2025.\nTrân trọng./.\n"
    )
    draft = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "bc.txt")
    again = [t.recurrence for t in draft.tasks]
    assert [(r.every, r.day, r.first) for r in again if r] == [
        ("month", 25, date(2025, 1, 25)),
        ("quarter", 20, date(2025, 3, 20)),
    ]


def test_the_addressees_less_those_the_line_leaves_out_owe_it(catalogue):
    text = (
        HEAD.replace(
            "- Các sở, ban, ngành;\n- UBND các huyện, thành phố.",
            "- Sở Y tế;\n- Sở Tư pháp;\n- Sở Nội vụ.",
        )
        + "Các cơ quan có tên tại Kính gửi (trừ Sở Nội vụ) gửi báo cáo quyết toán về Sở Tài "
        "chính trước ngày 20/12/2024.\nTrân trọng./.\nNơi nhận:\n- Như trên;\n"
    )
    draft = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "stc.txt")
    (task,) = draft.tasks
    assert set(task.units) == {"Sở Y tế", "Sở Tư pháp"}


def test_a_group_in_kinh_gui_less_those_it_leaves_out(catalogue):
    text = HEAD.replace(
        "- Các sở, ban, ngành;", "- Các sở, ban, ngành (trừ Sở Y tế, Sở Ngoại vụ);"
    ).replace("- UBND các huyện, thành phố.", "- Các Sở: Xây dựng, Y tế.")
    text += "Các cơ quan, đơn vị gửi báo cáo quyết toán trước ngày 20/12/2024.\n"
    text += "Trân trọng./.\nNơi nhận:\n- Như trên;\n"
    draft = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "stc.txt")
    assert not draft.problems
    (task,) = draft.tasks
    # Sở Y tế is left out of the group, and addressed again by the list of departments
    assert "Sở Ngoại vụ" not in task.units and {"Sở Y tế", "Sở Xây dựng"} <= set(task.units)
    assert "Sở Tài chính" not in task.units  # the sender, who receives


def test_a_request_in_a_sentence_of_its_own_names_who_owes_it_and_who_comments(catalogue):
    draft = _read(
        catalogue,
        "1. Thẩm định dự thảo Quy chế\n"
        "Sở Tài chính gửi kèm theo dự thảo Quy chế quản lý kinh phí. Đề nghị Sở Tư pháp thẩm "
        "định dự thảo, gửi Báo cáo thẩm định về Sở Tài chính trước ngày 16/12/2024.\n"
        "Sở Nội vụ, Sở Y tế nghiên cứu, cho ý kiến góp ý đối với dự thảo, gửi Sở Tư pháp để "
        "tổng hợp.\n"
        "Viễn thông Tuyên Quang bảo đảm đường truyền cho các cuộc họp thẩm định.\n",
    )
    assert not draft.problems
    (task,) = draft.tasks
    assert task.units == ("Sở Tư pháp",)
    assert set(task.supporting) == {"Sở Nội vụ", "Sở Y tế", "Viễn thông Tuyên Quang"}
    assert task.title.startswith("Thẩm định dự thảo")


def test_a_unit_that_keeps_something_working_and_sends_its_own_report_by_a_date_owes_it(
    catalogue,
):
    draft = _read(
        catalogue,
        "1. Hạ tầng\nViễn thông Tuyên Quang bảo đảm đường truyền, gửi báo cáo sự cố về Sở Tài "
        "chính trước ngày 16/12/2024.\n",
    )
    (task,) = draft.tasks
    assert task.units == ("Viễn thông Tuyên Quang",) and task.supporting == ()


def test_units_a_sentence_opens_with_then_any_verb_owe_it(catalogue):
    draft = _read(
        catalogue,
        "1. Mô hình tiêu biểu\n"
        "UBND các huyện, thành phố lựa chọn, đăng ký 01 mô hình chuyển đổi số cấp xã, gửi Sở "
        "Tài chính trước ngày 16/12/2024.\n",
    )
    (task,) = draft.tasks
    assert set(task.units) == DISTRICTS
    # what a unit is or did is no duty: the addressees owe the date
    done = _read(
        catalogue,
        "1. Quyết toán\nSở Y tế đã gửi báo cáo; các đơn vị còn lại gửi trước ngày 16/12/2024.\n",
    )
    (task,) = done.tasks
    assert len(task.units) > 20


def test_a_listed_head_of_districts_or_departments_opening_a_line_owes_it(catalogue):
    draft = _read(
        catalogue,
        "1. Ủy ban nhân dân các huyện: Hàm Yên, Yên Sơn báo cáo kết quả, gửi Sở Tài chính "
        "không muộn hơn 17h00 ngày 16/12/2024.\n"
        "2. Các Sở: Tư pháp, Xây dựng gửi ý kiến về dự thảo muộn nhất là ngày 20/12/2024.\n",
    )
    first, second = draft.tasks
    assert set(first.units) == {"UBND huyện Hàm Yên", "UBND huyện Yên Sơn"}
    assert first.title.startswith("Báo cáo kết quả")
    assert first.deadline_text == "không muộn hơn 17h00 ngày 16/12/2024"
    assert set(second.units) == {"Sở Tư pháp", "Sở Xây dựng"}
    assert second.title.startswith("Gửi ý kiến")


def test_the_sender_asking_in_other_words_is_not_who_owes_it(catalogue):
    draft = _read(
        catalogue,
        "1. Quyết toán\nSở Tài chính trân trọng đề nghị các đơn vị gửi báo cáo quyết toán "
        "trước ngày 16/12/2024.\n",
    )
    (task,) = draft.tasks
    assert not draft.problems and len(task.units) > 20


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
