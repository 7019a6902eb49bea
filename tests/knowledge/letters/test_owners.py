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


def test_a_close_run_on_under_an_item_of_one_unit_asks_every_addressee(catalogue):
    body = """1. UBND các huyện, thành phố
Rà soát dự toán chuyển đổi số, gửi Sở Tài chính trước ngày 10/12/2024.
2. Sở Xây dựng
Hoàn thành quyết toán dự án Trung tâm dữ liệu trước ngày 20/12/2024.

Đề nghị các cơ quan, đơn vị gửi báo cáo tình hình thực hiện về Sở Tài chính trước ngày 27/12/2024.
"""
    tasks = _read(catalogue, body).tasks
    close = next(t for t in tasks if t.deadline == date(2024, 12, 27))
    # a plural cannot be the one unit heading item 2: the letter's addressees owe it
    assert "Sở Xây dựng" in close.units and set(close.units) >= DISTRICTS
    built = next(t for t in tasks if t.deadline == date(2024, 12, 20))
    assert built.units == ("Sở Xây dựng",)


def test_the_units_a_group_heads_with_are_still_the_ones_asked_under_it(catalogue):
    body = """1. UBND các huyện, thành phố
Rà soát dự toán chuyển đổi số. Đề nghị các đơn vị gửi Sở Tài chính trước ngày 10/12/2024.
"""
    (task,) = _read(catalogue, body).tasks
    assert set(task.units) == DISTRICTS


def test_partners_a_duty_heading_names_after_the_lead_support_its_timed_work(catalogue):
    body = """1. Đề nghị Sở Xây dựng chủ trì, Sở Tài chính và Sở Nội vụ phối hợp xây dựng \
định mức chi cho chuyển đổi số, theo các bước:
Bước 1: Khảo sát các đơn vị;
Bước 2: Dự thảo định mức.
Thời gian hoàn thành: trong tháng 12/2024.
"""
    (task,) = _read(catalogue, body).tasks
    assert task.units == ("Sở Xây dựng",)
    # the sender named among the partners has a part in the work, and supports it too
    assert set(task.supporting) == {"Sở Tài chính", "Sở Nội vụ"}
