"""A task's title read across its item: the kind of work, what another item makes, the sentence
after the duty that dates it, a bare deliverable named before, steps, copies to other bodies."""

from __future__ import annotations

from pathlib import Path

from knowledge.letters.extract import read_letter
from knowledge.letters.titles import title

LETTERS = Path(__file__).resolve().parents[2] / "data" / "letters"


def _title(register, text, date_phrase):
    start = text.index(date_phrase)
    return title(text, [(start, start + len(date_phrase))], register)


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
    # led by a few words the subject goes on from (l43: an amending letter's "gửi danh sách
    # rà soát, tổng hợp …"): what was reviewed, as the subject says
    subject = "điều chỉnh thời hạn gửi danh sách rà soát thiết bị đầu cuối năm 2024"
    assert named_by_subject("Gửi danh sách rà soát, tổng hợp chi tiết về Sở", subject) == (
        "Gửi danh sách rà soát thiết bị đầu cuối năm 2024, tổng hợp chi tiết về Sở"
    )
    # "kỳ báo cáo" is a period, no deliverable the subject could name
    printed = "Thống kê băng thông trong cùng kỳ báo cáo (theo Biểu số 02)"
    assert named_by_subject(printed, "báo cáo hạ tầng mạng năm 2024") == printed


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
