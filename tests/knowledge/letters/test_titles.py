"""A task's title: the duty in the letter's words, without what other fields say."""

from __future__ import annotations

from knowledge.letters.extract import read_letter
from knowledge.letters.title_words import with_subject
from knowledge.letters.titles import title


def _title(register, text, date_phrase):
    start = text.index(date_phrase)
    return title(text, [(start, start + len(date_phrase))], register)


def test_who_does_it_and_with_whom_is_not_the_title(register):
    text = (
        "Sở Xây dựng chủ trì, phối hợp với Sở Tài chính, Sở Nội vụ hoàn thiện phần mềm cấp phép "
        "xây dựng trực tuyến trước ngày 30/8/2022."
    )
    assert _title(register, text, "trước ngày 30/8/2022") == (
        "Hoàn thiện phần mềm cấp phép xây dựng trực tuyến"
    )
    text = "Đề nghị các cơ quan, đơn vị gửi báo cáo tổng kết về Sở Nội vụ trước ngày 5/1/2023."
    assert _title(register, text, "trước ngày 5/1/2023") == ("Gửi báo cáo tổng kết về Sở Nội vụ")


def test_why_the_copy_by_e_mail_and_a_long_aside_are_left_out(register):
    text = (
        "Rà soát danh mục thủ tục hành chính (gồm tên thủ tục, mã số, cơ quan giải quyết, mức "
        "độ cung cấp hiện nay) theo Biểu số 04 kèm theo văn bản này, gửi Sở Tư pháp trước ngày "
        "12/9/2022 để tổng hợp, trình Chủ tịch UBND tỉnh, đồng thời gửi bản mềm qua thư điện "
        "tử tthc@example.vn."
    )
    assert _title(register, text, "trước ngày 12/9/2022") == (
        "Rà soát danh mục thủ tục hành chính theo Biểu số 04, gửi Sở Tư pháp"
    )


def test_the_sentence_and_the_clauses_up_to_the_date(register):
    text = (
        "Là đơn vị có tỷ lệ thấp nhất tỉnh. Kiểm tra lại quy trình tiếp nhận hồ sơ; báo cáo "
        "nguyên nhân về Sở Thông tin và Truyền thông trước ngày 20/10/2022; thường xuyên cập "
        "nhật kết quả trên Cổng."
    )
    assert _title(register, text, "trước ngày 20/10/2022") == (
        "Kiểm tra lại quy trình tiếp nhận hồ sơ; báo cáo nguyên nhân về Sở Thông tin và "
        "Truyền thông"
    )


def test_a_long_duty_keeps_its_first_clause_and_the_one_that_is_due(register):
    text = (
        "Tổng hợp nhu cầu trang bị máy tính của các phòng chuyên môn và các xã, thị trấn trên "
        "địa bàn; làm việc với các doanh nghiệp viễn thông về phương án thuê dịch vụ hạ tầng "
        "mạng và bảo trì thiết bị; báo cáo kết quả trước ngày 15/11/2022."
    )
    result = _title(register, text, "trước ngày 15/11/2022")
    assert result.startswith("Tổng hợp nhu cầu trang bị máy tính")
    assert result.endswith("; báo cáo kết quả") and "doanh nghiệp" not in result


def test_a_short_title_takes_the_letters_subject(register):
    subject = "báo cáo kết quả chuyển đổi số năm 2022"
    assert with_subject("Báo cáo quý III", subject, register) == (
        "Báo cáo quý III — báo cáo kết quả chuyển đổi số năm 2022"
    )
    long_enough = "Rà soát, chuẩn hóa dữ liệu thủ tục hành chính trên Cổng Dịch vụ công"
    assert with_subject(long_enough, subject, register) == long_enough


def test_the_other_dates_of_the_line_are_left_out_too(register):
    text = (
        "Báo cáo định kỳ 6 tháng về biên chế, gửi về Sở Nội vụ trước ngày 10/6 và 10/12 năm 2023."
    )
    first, second = text.index("trước ngày 10/6"), text.index(" và 10/12")
    spans = [(first, first + len("trước ngày 10/6")), (second, len(text) - 1)]
    assert title(text, spans, register) == "Báo cáo định kỳ 6 tháng về biên chế, gửi về Sở Nội vụ"


def test_a_helper_the_register_does_not_hold_is_left_out_too(register):
    text = (
        "Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ, Kho bạc Nhà nước tỉnh hướng dẫn quy "
        "trình thu phí trực tuyến; hoàn thành trong tháng 10/2022."
    )
    assert _title(register, text, "hoàn thành trong tháng 10/2022") == (
        "Hướng dẫn quy trình thu phí trực tuyến"
    )


def test_the_office_a_report_goes_through_is_the_recipients_not_the_titles(register):
    text = "Báo cáo UBND tỉnh (qua Văn phòng UBND tỉnh) kết quả rà soát trước ngày 4/4/2022."
    assert _title(register, text, "trước ngày 4/4/2022") == "Báo cáo UBND tỉnh kết quả rà soát"


def test_why_printed_before_the_request_is_not_the_title(register):
    text = (
        "Để kịp tổng hợp, trình Ủy ban nhân dân tỉnh trong tháng 9, đề nghị Sở Y tế rà soát "
        "danh mục thiết bị, gửi về Sở Tài chính trước ngày 10/9/2023."
    )
    assert _title(register, text, "trước ngày 10/9/2023") == (
        "Rà soát danh mục thiết bị, gửi về Sở Tài chính"
    )


def test_the_span_the_figures_cover_and_the_attachment_are_not_the_title(register):
    text = (
        "Tổng hợp số hồ sơ tiếp nhận từ ngày 01/01/2023 đến hết ngày 30/9/2023 theo mẫu gửi kèm "
        "văn bản này; báo cáo về Sở Nội vụ, hạn cuối ngày 15/10/2023."
    )
    assert _title(register, text, "hạn cuối ngày 15/10/2023") == (
        "Tổng hợp số hồ sơ tiếp nhận theo mẫu; báo cáo về Sở Nội vụ"
    )


def test_a_long_earlier_clause_of_other_work_gives_way_to_the_dated_one(register):
    text = (
        "UBND các huyện, thành phố chỉ đạo các trường học cập nhật đầy đủ hồ sơ học sinh trên cơ "
        "sở dữ liệu ngành giáo dục, bảo đảm thông tin chính xác, thống nhất với sổ sách lưu trữ "
        "tại trường; tổng hợp số học sinh đã được cấp mã định danh điện tử và số học sinh còn "
        "thiếu thông tin theo từng xã, gửi Sở Giáo dục và Đào tạo trước ngày 20/9/2024."
    )
    got = _title(register, text, "trước ngày 20/9/2024")
    assert got.startswith("Tổng hợp số học sinh đã được cấp mã định danh")
    # short enough, the clause before it stays: it says what the work is
    text = "Rà soát danh mục thủ tục hành chính; gửi Sở Tư pháp trước ngày 20/9/2024."
    assert _title(register, text, "trước ngày 20/9/2024").startswith("Rà soát danh mục")


def test_a_review_the_communes_are_directed_to_make_stays_with_its_report(register):
    # the report is that review's result: one duty, the review first (not "Tổng hợp …" alone)
    text = (
        "UBND các huyện, thành phố chỉ đạo UBND các xã, phường, thị trấn rà soát số hộ gia đình "
        "chưa được cấp mã số định danh cá nhân và số hộ đã cập nhật nhưng còn sai thông tin trên "
        "Cơ sở dữ liệu quốc gia về dân cư (số liệu từ ngày 01/01/2024 đến ngày 31/8/2024); "
        "tổng hợp, báo cáo kết quả (theo Mẫu số 03 kèm theo) "
        "gửi về Công an tỉnh trước ngày 20/9/2024."
    )
    got = _title(register, text, "trước ngày 20/9/2024")
    assert "rà soát số hộ gia đình" in got and "báo cáo kết quả" in got
    assert "số liệu" not in got  # the period the figures cover, brackets and all


TOPICS = """UBND TỈNH TUYÊN QUANG
SỞ KẾ HOẠCH VÀ ĐẦU TƯ
Số: 233/SKHĐT-TH
V/v rà soát dự án đầu tư công năm 2023
Tuyên Quang, ngày 02 tháng 3 năm 2023

Kính gửi: Các sở, ban, ngành.

Sở Kế hoạch và Đầu tư đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:
1. Rà soát tiến độ giải ngân vốn đầu tư công của các dự án do cơ quan, đơn vị làm chủ đầu tư
Các cơ quan, đơn vị lập danh sách dự án chậm giải ngân theo Biểu số 01 kèm theo văn bản này.
Kết quả rà soát gửi về Sở Kế hoạch và Đầu tư bằng văn bản điện tử qua Hệ thống quản lý văn \
bản và điều hành trước ngày 20/3/2023.
2. Đề xuất điều chỉnh kế hoạch vốn, bảo đảm giải ngân hết kế hoạch được giao
Các cơ quan, đơn vị đề xuất điều chỉnh theo Mẫu số 02 kèm theo văn bản này.
3. Thời gian thực hiện
- Đề xuất điều chỉnh (nội dung tại mục 2) gửi về Sở Kế hoạch và Đầu tư trước ngày 31/3/2023.
Trân trọng./.
"""


def test_a_result_or_a_short_name_is_titled_by_the_item_it_comes_from(catalogue):
    draft = read_letter(TOPICS, catalogue, catalogue.province("tuyen-quang"), "kh.txt")
    review, proposal = draft.tasks
    # "Kết quả rà soát gửi …": the result of the work the item's heading names, made on the
    # form the item names before the dated sentence; how it is sent is no part of it
    assert review.title.startswith("Rà soát tiến độ giải ngân vốn đầu tư công")
    assert "bằng văn bản" not in review.title and "Hệ thống quản lý" not in review.title
    assert review.forms == ("Biểu số 01",)
    # "Đề xuất điều chỉnh (nội dung tại mục 2)": the heading names it in full
    assert proposal.title.startswith(
        "Đề xuất điều chỉnh kế hoạch vốn gửi về Sở Kế hoạch và Đầu tư"
    )
    assert "mục 2" not in proposal.title
    assert proposal.forms == ("Mẫu số 02",)


def test_a_title_that_names_only_the_kind_of_work_takes_the_subject_however_long(register):
    subject = (
        "đánh giá kết quả thực hiện Chương trình chuyển đổi số giai đoạn 2021 - 2025 và đề xuất "
        "nhiệm vụ, dự án trọng tâm giai đoạn 2026 - 2030 của các cơ quan, đơn vị"
    )
    assert with_subject("Gửi báo cáo về Ủy ban nhân dân tỉnh", subject, register).endswith(
        "— " + subject
    )


def test_the_grounds_and_who_asks_printed_first_are_no_part_of_the_title(register):
    text = (
        "Thực hiện Thông tư số 05/2021/TT-BTTTT ngày 19/8/2021 của Bộ Thông tin và Truyền "
        "thông, Sở Thông tin và Truyền thông đề nghị Ủy ban nhân dân các huyện, thành phố báo "
        "cáo tình hình cung cấp dịch vụ bưu chính công ích trước ngày 10/6/2023."
    )
    assert _title(register, text, "trước ngày 10/6/2023") == (
        "Báo cáo tình hình cung cấp dịch vụ bưu chính công ích"
    )


LONG_NAMED_PLAN = """UBND TỈNH TUYÊN QUANG
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 30/KH-SVHTTDL
Tuyên Quang, ngày 6 tháng 3 năm 2023

KẾ HOẠCH
Số hóa di sản văn hóa năm 2023

Sở Văn hóa, Thể thao và Du lịch ban hành Kế hoạch NAME, như sau:
1. UBND các huyện, thành phố báo cáo kết quả thực hiện Kế hoạch (theo Mẫu số 02) về Sở Văn \
hóa, Thể thao và Du lịch trước ngày 15/11/2023.

Nơi nhận:
- Lưu: VT.
"""


def _plan_report(catalogue, name):
    text = LONG_NAMED_PLAN.replace("NAME", name)
    (task,) = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "kh.txt").tasks
    return task.title


def test_a_plans_whole_name_is_left_out_where_it_would_run_past_three_lines(catalogue):
    # "Kế hoạch" is the plan the opening names; a 30-word name would bury the duty on a phone
    long = (
        "ứng dụng công nghệ số trong bảo tồn di sản văn hóa vật thể, phi vật thể, tư liệu của "
        "các bảo tàng, thư viện và di tích trên địa bàn tỉnh giai đoạn 2023 - 2025"
    )
    title = _plan_report(catalogue, long)
    assert title.startswith("Báo cáo kết quả thực hiện Kế hoạch (theo Mẫu số 02) về Sở Văn hóa")
    assert "bảo tàng" not in title and len(title.split()) <= 30
    assert _plan_report(catalogue, "ứng dụng công nghệ số năm 2023").startswith(
        "Báo cáo kết quả thực hiện Kế hoạch ứng dụng công nghệ số năm 2023"
    )
