"""A task's title beside the dates, steps and periods printed with it: what is dated titles the
work, what only dates or counts it is no part of the title."""

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
