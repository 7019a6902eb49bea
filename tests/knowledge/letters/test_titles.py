"""A task's title: the duty in the letter's words, without what other fields say."""

from __future__ import annotations

from pathlib import Path

from knowledge.letters.extract import read_letter
from knowledge.letters.text import Line
from knowledge.letters.title_words import with_subject
from knowledge.letters.titles import title

LETTERS = Path(__file__).resolve().parents[2] / "data" / "letters"


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


ITEMS = """UBND TỈNH TUYÊN QUANG     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ TÀI CHÍNH     Độc lập - Tự do - Hạnh phúc
Số: 88/STC-QLNS     Tuyên Quang, ngày 2 tháng 10 năm 2023
V/v lập dự toán ngân sách năm 2024

Kính gửi: Các sở, ban, ngành.

1. Báo cáo đánh giá thực hiện dự toán năm 2023 và xây dựng dự toán chi thường xuyên năm 2024
Các cơ quan, đơn vị lập báo cáo theo các Biểu số 05, 06 kèm theo, gửi Sở Tài chính trước ngày \
20/10/2023.
2. Báo cáo tháng
Các cơ quan, đơn vị được giao dự toán năm 2023 báo cáo tình hình giải ngân trước ngày 25 hằng \
tháng.
3. Thẩm định quy chế chi tiêu
Sở Tài chính gửi kèm theo dự thảo Quy chế chi tiêu nội bộ của các cơ quan hành chính tỉnh. Đề \
nghị Sở Tư pháp thẩm định dự thảo theo quy định, gửi Sở Tài chính trước ngày 30/10/2023.
Trân trọng./.
Nơi nhận:
- Như trên;
"""


def test_titles_of_a_kind_of_work_a_qualified_subject_and_a_draft_named_before(catalogue):
    report, monthly, appraisal = read_letter(
        ITEMS, catalogue, catalogue.province("tuyen-quang"), "stc.txt"
    ).tasks
    # "lập báo cáo theo các Biểu …" names only the kind of work: the item's heading says which
    assert report.title.startswith("Báo cáo đánh giá thực hiện dự toán năm 2023 và xây dựng")
    # who the addressees are ("được giao dự toán năm 2023") is no part of the duty
    assert monthly.title.startswith("Báo cáo tình hình giải ngân")
    # "thẩm định dự thảo" is the draft the sentence before names
    assert appraisal.title.startswith(
        "Thẩm định dự thảo Quy chế chi tiêu nội bộ của các cơ quan hành chính tỉnh"
    )


def test_an_item_that_opens_with_a_counted_date_keeps_its_duty_whole(catalogue):
    text = (
        "UBND TỈNH TUYÊN QUANG\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố: 812/STNMT-VPĐK\n"
        "V/v số hóa hồ sơ địa chính\nTuyên Quang, ngày 12 tháng 3 năm 2024\n\n"
        "Kính gửi: Ủy ban nhân dân các huyện, thành phố.\n\n"
        "1. Trong vòng 07 ngày kể từ ngày ký văn bản này, cử cán bộ đầu mối và đăng ký kế hoạch "
        "chi tiết (theo Mẫu số 01), gửi Sở Tài nguyên và Môi trường.\n"
        "Nơi nhận:\n- Như trên;\n"
    )
    (task,) = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "t.txt").tasks
    assert task.title.startswith("Cử cán bộ đầu mối và đăng ký kế hoạch chi tiết")


POINTING = """UBND TỈNH TUYÊN QUANG
SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG

Số: 95/STNMT-VP
V/v số hóa hồ sơ đất đai

Tuyên Quang, ngày 05 tháng 3 năm 2024

Kính gửi:
- UBND huyện Hàm Yên;
- UBND huyện Yên Sơn.

1. Đối với UBND huyện Hàm Yên
Chỉ đạo Văn phòng đăng ký đất đai chi nhánh huyện quét, lưu trữ hồ sơ địa chính gốc trước \
ngày 30/4/2024.
2. Đối với UBND huyện Yên Sơn
Hoàn thành nội dung nêu tại mục 1 trong tháng 5/2024.

Trân trọng./.
Nơi nhận:
- Như trên;
"""


def test_a_duty_that_points_at_another_item_is_named_by_its_work(catalogue):
    draft = read_letter(POINTING, catalogue, catalogue.province("tuyen-quang"), "tn.txt")
    first, second = draft.tasks
    assert "lưu trữ hồ sơ địa chính gốc" in first.title
    assert second.title == first.title
    assert second.units == ("UBND huyện Yên Sơn",)


SENT_AFTER = """UBND TỈNH TUYÊN QUANG
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 233/SKHCN-QLCN
V/v thống kê thiết bị đo lường
Tuyên Quang, ngày 4 tháng 3 năm 2025

Kính gửi: UBND các huyện, thành phố.

1. Thống kê thiết bị
Các đơn vị kiểm đếm số cân đối chứng đặt tại các chợ trên địa bàn. Thời hạn gửi kết quả về Sở \
Khoa học và Công nghệ trước ngày 28/3/2025.
2. Phân công đầu mối
Đề nghị các đơn vị chọn một công chức theo dõi đo lường ở mỗi xã.
Danh sách gửi Sở Khoa học và Công nghệ chậm nhất ngày 14/3/2025.
3. Kiểm tra định kỳ
Các đơn vị lập kế hoạch kiểm tra cân tại chợ. Đề nghị Sở Công Thương thẩm định kế hoạch, gửi Sở \
Khoa học và Công nghệ trước ngày 30/4/2025.
Trân trọng./.
Nơi nhận:
- Như trên;
"""


def test_a_date_sent_in_the_sentence_after_the_duty_titles_that_duty(catalogue):
    counting, naming, checking = read_letter(
        SENT_AFTER, catalogue, catalogue.province("tuyen-quang"), "kh.txt"
    ).tasks
    # "Thời hạn gửi kết quả về Sở … trước …" says only when and where the work goes
    assert counting.title == "Kiểm đếm số cân đối chứng đặt tại các chợ trên địa bàn"
    # the paragraph before, when the dated one opens its own line
    assert naming.title == "Chọn một công chức theo dõi đo lường ở mỗi xã"
    # a dated sentence that asks someone for something is a duty of its own
    assert "thẩm định kế hoạch" in checking.title and "lập kế hoạch" not in checking.title


def test_the_work_is_the_first_sentence_of_the_paragraph_before_not_its_details(catalogue):
    text = SENT_AFTER.replace(
        "đo lường ở mỗi xã.\n",
        "đo lường ở mỗi xã. Công chức được chọn phải có trình độ đại học trở lên.\n",
    )
    naming = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "kh.txt").tasks[1]
    assert naming.title == "Chọn một công chức theo dõi đo lường ở mỗi xã"


def test_a_bare_deliverable_is_the_one_the_subject_names():
    from knowledge.letters.naming import named_by_subject

    subject = "gia hạn thời gian gửi báo cáo đánh giá chỉ số chuyển đổi số năm 2023"
    assert named_by_subject("Hoàn thiện báo cáo theo đề cương, gửi về Sở Nội vụ", subject) == (
        "Hoàn thiện báo cáo đánh giá chỉ số chuyển đổi số năm 2023 theo đề cương, gửi về Sở Nội vụ"
    )
    # a qualified noun, a title's head, the end of a noun ("hồ sơ đề xuất") stay as printed
    for printed in (
        "Hoàn thiện báo cáo tình hình giải ngân, gửi về Sở Nội vụ",
        "Báo cáo gửi về Sở Nội vụ",
        "Lập hồ sơ đề xuất gửi Sở Nội vụ",
        "Lập danh mục đề xuất (theo Biểu số 02) gửi Sở Nội vụ",  # "đề xuất" also proposes
        # the report of the work before it (ux20: letter 742's variants)
        "Rà soát, đánh giá kết quả kết nối dữ liệu dân cư; lập báo cáo (theo Mẫu số 02)",
        "Đánh giá kết quả kết nối dữ liệu dân cư và báo cáo (theo Mẫu số 02)",
    ):
        assert named_by_subject(printed, "báo cáo đề xuất nhiệm vụ năm 2025") == printed


def test_a_noun_that_ends_a_documents_name_is_quoted_as_printed(catalogue):
    """ux30 #9: "Xây dựng Kế hoạch số hóa hồ sơ, kết quả …" was drafted "Kế hoạch số hóa hồ sơ
    năm 2021, kết quả …", the subject's words put inside the letter's."""
    from knowledge.letters.naming import named_by_subject

    subject = "xây dựng kế hoạch chuyển đổi hồ sơ lưu trữ năm 2022"
    printed = "Xây dựng Kế hoạch chuyển đổi hồ sơ, tài liệu lưu trữ giấy sang dạng số năm 2022"
    assert named_by_subject(printed, subject) == printed
    # a bare deliverable after its verb is still the one the subject names
    assert named_by_subject("Lập hồ sơ, gửi về Sở Nội vụ", subject) == (
        "Lập hồ sơ lưu trữ năm 2022, gửi về Sở Nội vụ"
    )
    text = (LETTERS / "named_plan.txt").read_text(encoding="utf-8")
    (task,) = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "kh.txt").tasks
    assert task.title.startswith(printed + " của cơ quan, đơn vị")


def test_a_copy_to_another_body_is_no_part_of_the_title(register):
    text = (
        "Tổng hợp số cơ sở bán hàng qua sàn thương mại điện tử, gửi Sở Y tế trước ngày "
        "10/5/2022, đồng gửi Sở Công Thương để theo dõi."
    )
    assert _title(register, text, "trước ngày 10/5/2022") == (
        "Tổng hợp số cơ sở bán hàng qua sàn thương mại điện tử, gửi Sở Y tế"
    )


def test_steps_and_a_bare_completion_line_are_titled_by_the_work(catalogue):
    """ "1. Sở A — Chủ trì, phối hợp với Sở B xây dựng … theo các bước: Bước 1 … Hoàn thành
    chậm nhất ngày …": the work, without "theo các bước" nor "hoàn thành"; Sở B supports."""
    text = (LETTERS / "steps_then_done.txt").read_text(encoding="utf-8")
    tasks = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "kh.txt").tasks
    assert tasks[0].title == "Xây dựng bộ dữ liệu đất đai dùng chung của tỉnh"
    assert (tasks[0].units, tasks[0].supporting) == (
        ("Sở Tài nguyên và Môi trường",),
        ("Sở Nội vụ",),
    )
    assert len(tasks[0].steps) == 3


def test_the_link_a_systems_work_must_make_is_that_work(register):
    text = (
        "Chủ trì hoàn thành nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh, "
        "bảo đảm kết nối, đồng bộ trạng thái hồ sơ với Cổng Dịch vụ công quốc gia trước ngày "
        "30/9/2021."
    )
    assert "kết nối, đồng bộ trạng thái hồ sơ" in _title(register, text, "trước ngày 30/9/2021")
    # a standard is no work: "bảo đảm đúng thời hạn" is left out
    text = "Hoàn thành tích hợp các dịch vụ, bảo đảm đúng thời hạn trước ngày 30/9/2021."
    assert _title(register, text, "trước ngày 30/9/2021") == "Hoàn thành tích hợp các dịch vụ"


def test_a_date_that_opens_its_own_sentence_after_the_duty_titles_that_duty(catalogue):
    text = SENT_AFTER.replace(
        "Thời hạn gửi kết quả về Sở Khoa học và Công nghệ trước ngày 28/3/2025.",
        "Thời hạn: 28/3/2025.",
    ).replace(
        "Danh sách gửi Sở Khoa học và Công nghệ chậm nhất ngày 14/3/2025.",
        "Đề nghị hoàn thành trước ngày 14/3/2025.",
    )
    counting, naming, _ = read_letter(
        text, catalogue, catalogue.province("tuyen-quang"), "kh.txt"
    ).tasks
    assert counting.title == "Kiểm đếm số cân đối chứng đặt tại các chợ trên địa bàn"
    # a request that names no one is no duty of its own
    assert naming.title == "Chọn một công chức theo dõi đo lường ở mỗi xã"


def test_when_and_who_before_the_duty_are_no_part_of_its_title(register):
    text = "Định kỳ hằng tháng, trước ngày 25, báo cáo số hồ sơ trực tuyến gửi về Sở Y tế."
    assert title(text, [], register) == "Báo cáo số hồ sơ trực tuyến gửi về Sở Y tế"
    text = "Định kỳ hằng quý, các đơn vị báo cáo kết quả khám bệnh từ xa, gửi về Sở Y tế."
    assert title(text, [], register).startswith("Báo cáo kết quả khám bệnh từ xa")


STEPPED = """UBND TỈNH TUYÊN QUANG
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN

Số: 233/SNN-KH
V/v cập nhật dữ liệu mã số vùng trồng

Tuyên Quang, ngày 02 tháng 3 năm 2023

Kính gửi: UBND các huyện, thành phố.

1. Đề nghị UBND các huyện, thành phố cập nhật dữ liệu mã số vùng trồng cây ăn quả theo trình tự \
sau:
- Bước 1: Phòng Nông nghiệp thống kê diện tích vùng trồng trên địa bàn.
- Bước 2: Gửi bảng thống kê (theo Biểu số 01) về Sở Nông nghiệp và Phát triển nông thôn trước \
ngày 20/3/2023.
2. Đề nghị UBND các huyện, thành phố lập kế hoạch kiểm tra vùng trồng theo các bước sau:
- Bước 1: Rà soát danh sách vùng trồng trước ngày 10/4/2023.
- Bước 2: Gửi kế hoạch kiểm tra về Sở Nông nghiệp và Phát triển nông thôn trước ngày 25/4/2023.
Trân trọng./.
Nơi nhận:
- Như trên;
"""


def test_a_date_in_the_one_dated_step_titles_the_work_the_steps_make_up(catalogue):
    updating, listing, planning = read_letter(
        STEPPED, catalogue, catalogue.province("tuyen-quang"), "snn.txt"
    ).tasks
    # the last step carries the date; the work is the sentence that introduces the steps
    assert updating.title == "Cập nhật dữ liệu mã số vùng trồng cây ăn quả"
    assert len(updating.steps) == 2
    # steps dated one by one are tasks of their own, each its step's work
    assert "Rà soát danh sách vùng trồng" in listing.title
    assert "Gửi kế hoạch kiểm tra" in planning.title


def test_what_two_dates_leave_between_commas_is_one_comma(register):
    text = (
        "Định kỳ 6 tháng, trước ngày 15/6 và 15/12 hằng năm, tổng hợp kết quả sử dụng phần mềm, "
        "báo cáo Sở Nội vụ."
    )
    assert ",," not in _title(register, text, "trước ngày 15/6 và 15/12 hằng năm")


def test_a_bare_document_is_the_one_the_letter_named_before():
    from knowledge.letters.naming import named_earlier

    opening = Line(
        12,
        "Để có cơ sở ban hành Kế hoạch chuyển đổi số trong ngành tư pháp năm 2024, Sở Tư pháp "
        "đề nghị:",
    )
    printed = "Góp ý dự thảo Kế hoạch, gửi về Sở Tư pháp"
    assert named_earlier(printed, [opening]) == (
        "Góp ý dự thảo Kế hoạch chuyển đổi số trong ngành tư pháp năm 2024, gửi về Sở Tư pháp"
    )
    # a document referred to ("Kế hoạch này", "Kế hoạch số …") names nothing; a noun printed
    # in lower case is no document's name
    for other in ("Thực hiện Kế hoạch số 12/KH-UBND, Sở Tư pháp đề nghị:", "Kế hoạch này"):
        assert named_earlier(printed, [Line(12, other)]) == printed
    assert named_earlier("Góp ý dự thảo kế hoạch, gửi về Sở", [opening]).endswith(
        "kế hoạch, gửi về Sở"
    )


def test_a_long_title_leaves_where_it_goes_to_the_recipient(register):
    text = (
        "Các Sở rà soát các thủ tục hành chính thuộc thẩm quyền giải quyết, đề xuất danh mục "
        "thủ tục đủ điều kiện cung cấp dịch vụ công trực tuyến toàn trình (theo Phụ lục I kèm "
        "theo), gửi về Sở Thông tin và Truyền thông trước ngày 25/7/2022."
    )
    got = _title(register, text, "trước ngày 25/7/2022")
    assert got.endswith("dịch vụ công trực tuyến toàn trình (theo Phụ lục I)")
    # a short one keeps it: it says what is due
    text = "Rà soát danh mục thiết bị, gửi về Sở Tài chính trước ngày 10/9/2023."
    assert _title(register, text, "trước ngày 10/9/2023") == (
        "Rà soát danh mục thiết bị, gửi về Sở Tài chính"
    )


def test_a_report_on_progress_of_no_named_work_takes_the_subject(register):
    subject = (
        "đẩy mạnh tích hợp, cung cấp dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia "
        "theo Quyết định số 411/QĐ-TTg"
    )
    got = with_subject("Báo cáo tiến độ thực hiện (theo Phụ lục)", subject, register)
    assert got == f"Báo cáo tiến độ thực hiện (theo Phụ lục) — {subject}"
    # the progress of named work says what it is on its own
    named = "Báo cáo tiến độ thực hiện tích hợp thanh toán trực tuyến"
    assert with_subject(named, subject, register) == named


def test_a_date_printed_before_the_text_titles_its_first_sentence(register):
    # "Định kỳ trước ngày 18 hằng tháng, " was cut off before the text: its span is before it
    text = (
        "kể từ tháng 3/2022, Sở Tư pháp báo cáo kết quả giải quyết hồ sơ trực tuyến (theo Phụ "
        "lục 02) gửi về Sở Thông tin và Truyền thông. Số liệu báo cáo tính từ ngày 15 của tháng "
        "trước."
    )
    assert title(text, [(-34, -2)], register) == (
        "Báo cáo kết quả giải quyết hồ sơ trực tuyến (theo Phụ lục 02) gửi về Sở Thông tin và "
        "Truyền thông"
    )


BULLETED = """UBND TỈNH TUYÊN QUANG
SỞ TƯ PHÁP
Số: 88/STP-HCTP
V/v rà soát thủ tục chứng thực
Tuyên Quang, ngày 04 tháng 3 năm 2024

Kính gửi: UBND các huyện, thành phố.

1. Rà soát thủ tục chứng thực
UBND các huyện, thành phố thực hiện:
- Rà soát các thủ tục chứng thực đang giải quyết tại cấp huyện, lập danh sách thủ tục còn \
vướng mắc (theo Mẫu số 02);
- Đề xuất phương án xử lý đối với từng thủ tục;
- Gửi kết quả về Sở Tư pháp, hạn chót ngày 29/3/2024.
Trân trọng./.
Nơi nhận:
- Như trên;
"""


def test_the_last_bullet_that_only_sends_is_titled_by_the_first(catalogue):
    # the bullets part one duty; the dated one says only when and where its result goes
    draft = read_letter(BULLETED, catalogue, catalogue.province("tuyen-quang"), "stp.txt")
    (task,) = draft.tasks
    assert task.title.startswith("Rà soát các thủ tục chứng thực đang giải quyết tại cấp huyện")
    assert task.forms == ("Mẫu số 02",) and task.recipient == "Sở Tư pháp"
    # a bullet with a date of its own is a duty of its own: the last is not the first's work
    dated = BULLETED.replace("phương án xử lý", "phương án xử lý trước ngày 20/3/2024,")
    first, sent = read_letter(dated, catalogue, catalogue.province("tuyen-quang"), "s.txt").tasks
    assert "đề xuất phương án xử lý" in first.title.lower()
    assert "gửi kết quả" in sent.title.lower() and "Rà soát các" not in sent.title


def test_the_start_and_how_often_printed_first_are_not_the_title(register):
    # "Từ năm 2025, định kỳ 6 tháng một lần, …": when, before who and what
    text = (
        "Từ năm 2025, định kỳ 6 tháng một lần, Sở Y tế báo cáo tình hình cấp giấy chứng sinh "
        "điện tử, gửi Sở Tư pháp trước ngày 20/6 và 20/12 hằng năm."
    )
    assert _title(register, text, "trước ngày 20/6 và 20/12 hằng năm") == (
        "Báo cáo tình hình cấp giấy chứng sinh điện tử, gửi Sở Tư pháp"
    )
    text = "Kể từ quý II/2025, hằng quý, Sở Y tế báo cáo số ca sinh, gửi Sở Tư pháp trước ngày 5."
    assert _title(register, text, "trước ngày 5") == "Báo cáo số ca sinh, gửi Sở Tư pháp"
    text = (
        "Định kỳ hằng quý (kỳ báo cáo đầu tiên: quý II/2025), Sở Y tế báo cáo số ca sinh, gửi "
        "Sở Tư pháp trước ngày 5 tháng đầu quý sau."
    )
    assert _title(register, text, "trước ngày 5 tháng đầu quý sau") == (
        "Báo cáo số ca sinh, gửi Sở Tư pháp"
    )


def test_a_review_and_what_it_proposes_are_one_duty(register):
    # the dated clause proposes what the review before it finds: both say the work
    text = (
        "Sở Y tế, Sở Giao thông vận tải rà soát các thủ tục hành chính thuộc thẩm quyền có yêu "
        "cầu nộp bản sao giấy tờ có thể thay thế bằng khai thác dữ liệu dân cư; đề xuất phương "
        "án đơn giản hóa thành phần hồ sơ (theo Phụ lục), gửi Sở Tư pháp trước ngày 20/5/2022."
    )
    got = _title(register, text, "trước ngày 20/5/2022")
    assert got.startswith("Rà soát các thủ tục hành chính") and "đề xuất phương án" in got


def test_a_duty_done_by_steps_is_named_by_its_items_heading(catalogue):
    letter = (
        "UBND TỈNH TUYÊN QUANG\nSỞ NỘI VỤ\nSố: 77/SNV-TCBC\nV/v tinh giản biên chế năm 2024\n"
        "Tuyên Quang, ngày 4 tháng 3 năm 2024\nKính gửi: UBND các huyện, thành phố.\n"
        "Sở Nội vụ đề nghị các đơn vị thực hiện như sau:\n"
        "1. Lập đề án vị trí việc làm của các đơn vị sự nghiệp cấp huyện\n"
        "UBND các huyện, thành phố thực hiện theo các bước:\n"
        "- Bước 1: Rà soát vị trí việc làm hiện có.\n"
        "- Bước 2: Lập hồ sơ gửi Sở Nội vụ thẩm định.\n"
        "Thời hạn gửi hồ sơ: chậm nhất ngày 15/4/2024.\n"
        "Trân trọng./.\nNơi nhận:\n- Như trên;\n"
    )
    draft = read_letter(letter, catalogue, catalogue.province("tuyen-quang"), "snv.txt")
    (task,) = draft.tasks
    # the work the heading names, not "Thực hiện theo các bước"
    assert task.title.startswith("Lập đề án vị trí việc làm của các đơn vị sự nghiệp cấp huyện")
    assert "bước" not in task.title.lower()


def test_a_bracket_of_the_figures_period_leaves_the_duty_after_it(register):
    text = (
        "Các cơ quan đánh giá kết quả cải cách hành chính 6 tháng đầu năm 2024 (số liệu tính "
        "đến ngày 15/6/2024) và đề xuất giải pháp năm 2025, gửi Sở Nội vụ trước ngày 05/7/2024."
    )
    assert _title(register, text, "trước ngày 05/7/2024") == (
        "Đánh giá kết quả cải cách hành chính 6 tháng đầu năm 2024 và đề xuất giải pháp năm "
        "2025, gửi Sở Nội vụ"
    )


def test_a_connector_opening_the_sentence_is_no_part_of_the_title(register):
    text = (
        "Ngoài ra, đề nghị báo cáo số cơ sở khám chữa bệnh đã kết nối, gửi Sở Thông tin và "
        "Truyền thông trước ngày 15/11/2023."
    )
    assert _title(register, text, "trước ngày 15/11/2023") == (
        "Báo cáo số cơ sở khám chữa bệnh đã kết nối, gửi Sở Thông tin và Truyền thông"
    )


def test_an_items_count_and_the_clause_that_only_dates_it_are_no_part_of_the_title(register):
    text = (
        "Thứ hai, UBND các huyện, thành phố phối hợp với Công an tỉnh rà soát dữ liệu dân cư, "
        "hoàn thành trước ngày 30/9/2022."
    )
    assert _title(register, text, "trước ngày 30/9/2022") == "Rà soát dữ liệu dân cư"
    text = "Ba là, Sở Tài chính thẩm định dự toán, trình UBND tỉnh trước ngày 20/8/2023."
    assert _title(register, text, "trước ngày 20/8/2023") == "Thẩm định dự toán, trình UBND tỉnh"


def test_a_title_never_ends_on_what_a_recurrence_left_of_its_phrase(catalogue):
    # ux32 #7: "… gửi về Sở … hằng tháng, trước ngày 25 của tháng, bắt đầu từ tháng 4/2021"
    # was drafted "… gửi về Sở Thông tin và Truyền thông của tháng" and sent to the units
    text = (LETTERS / "ux32_cv245.txt").read_text(encoding="utf-8")
    draft = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "cv245.txt")
    monthly = next(t for t in draft.tasks if t.recurrence is not None)
    assert monthly.title.startswith("Báo cáo tình hình tiếp nhận, giải quyết hồ sơ trực tuyến")
    assert not monthly.title.endswith(("của tháng", "tháng")), monthly.title
    assert monthly.recipient == "Sở Thông tin và Truyền thông"


def test_the_period_left_goes_but_a_period_the_work_names_stays(register):
    text = "UBND các huyện gửi Sở Nội vụ số liệu của tháng trước, trước ngày 5 hằng tháng."
    assert _title(register, text, "trước ngày 5 hằng tháng") == (
        "Gửi Sở Nội vụ số liệu của tháng trước"
    )
