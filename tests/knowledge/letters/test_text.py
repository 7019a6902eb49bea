"""A letter's lines: the head's columns apart, rules and page numbers gone, wrapped lines whole."""

from __future__ import annotations

from knowledge.letters.text import lines_of


def _texts(text: str) -> list[str]:
    return [ln.text for ln in lines_of(text)]


def test_columns_flattened_with_a_run_of_spaces_come_apart():
    text = (
        "UBND TỈNH TUYÊN QUANG        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ TƯ PHÁP        Độc lập - Tự do - Hạnh phúc\n"
        "_______        ______________\n"
        "Số: 310/STP-HCTP        Tuyên Quang, ngày 04 tháng 5 năm 2022\n"
        "V/v kiểm tra công tác chứng thực\n"
        "\n"
        "Kính gửi: UBND các huyện, thành phố.\n"
    )
    assert _texts(text) == [
        "UBND TỈNH TUYÊN QUANG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "SỞ TƯ PHÁP",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 310/STP-HCTP",
        "Tuyên Quang, ngày 04 tháng 5 năm 2022",
        "V/v kiểm tra công tác chứng thực",
        "Kính gửi: UBND các huyện, thành phố.",
    ]


def test_columns_run_together_split_before_the_motto_and_the_place():
    text = (
        "UBND TỈNH TUYÊN QUANG CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 12/SYT-NVY Tuyên Quang, ngày 9 tháng 3 năm 2022\n"
        "Kính gửi: Sở Tư pháp.\n"
    )
    lines = _texts(text)
    assert lines[:4] == [
        "UBND TỈNH TUYÊN QUANG",
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 12/SYT-NVY",
        "Tuyên Quang, ngày 9 tháng 3 năm 2022",
    ]


def test_a_body_line_with_wide_spaces_is_not_cut():
    text = "Kính gửi: Sở Tư pháp.\nBáo cáo   gửi về Sở Y tế    trước ngày 5/6/2022.\n"
    assert _texts(text)[1] == "Báo cáo gửi về Sở Y tế trước ngày 5/6/2022."


def test_a_page_number_between_two_halves_of_a_sentence_is_dropped():
    text = (
        "Kính gửi: Sở Tư pháp.\nDanh sách gửi về Sở Y tế để lập nhóm\n\n3\n\ntrao đổi công việc.\n"
    )
    assert _texts(text)[1] == "Danh sách gửi về Sở Y tế để lập nhóm trao đổi công việc."


WRAPPED = """Kính gửi:
- Các sở, ban, ngành.
     Để có số liệu tổng hợp, Sở Thông tin và Truyền thông đề nghị các cơ quan, đơn vị
thực hiện báo cáo về tình hình ứng dụng chữ ký số trong xử lý hồ sơ công việc theo
Phụ lục kèm theo, gửi về Sở Thông tin và Truyền thông chậm nhất vào ngày 30/6/2022
(bản điện tử qua Hệ thống quản lý văn bản và điều hành của tỉnh); đồng thời cử cán bộ
đầu mối theo dõi.
     1. Báo cáo quý II: số liệu tính từ ngày 01/4/2022 đến hết ngày 31/5/2022, gửi trong
10 ngày đầu của tháng 6/2022.
     2. Sở Tư pháp
     a) Hướng dẫn các cơ quan, đơn vị lưu trữ hồ sơ điện tử theo quy định.
"""


def test_a_text_wrapped_at_a_width_is_read_a_paragraph_a_line():
    lines = _texts(WRAPPED)
    assert lines[2].startswith("Để có số liệu") and lines[2].endswith(
        "cử cán bộ đầu mối theo dõi."
    )
    assert "Phụ lục kèm theo" in lines[2] and "(bản điện tử" in lines[2]
    assert lines[3].endswith("gửi trong 10 ngày đầu của tháng 6/2022.")
    assert lines[4:] == [
        "2. Sở Tư pháp",
        "a) Hướng dẫn các cơ quan, đơn vị lưu trữ hồ sơ điện tử theo quy định.",
    ]


def test_one_paragraph_a_line_is_not_joined_by_width():
    text = (
        "Kính gửi: Sở Tư pháp.\n"
        "1. Sở Xây dựng, Sở Giao thông vận tải, Sở Tài nguyên và Môi trường, Sở Công Thương\n"
        "Phối hợp với Sở Tư pháp rà soát văn bản quy phạm pháp luật thuộc lĩnh vực quản lý\n"
    )
    assert len(_texts(text)) == 3


def test_a_row_of_a_label_and_its_value_typed_with_a_tab():
    text = "Kính gửi: Sở Tư pháp.\nThời hạn\tChậm nhất ngày 12/5/2022\nSTT\tTên\tGhi chú\n"
    # (a row of three cells keeps them apart, as a Word table's row: grid.py reads its columns)
    assert _texts(text)[1:] == ["Thời hạn: Chậm nhất ngày 12/5/2022", "STT | Tên | Ghi chú"]


def test_a_table_ocr_kept_with_its_borders_reads_as_its_cells():
    text = (
        "SỞ Y TẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 77/SYT-VP | Tuyên Quang, ngày 2 tháng 3 năm 2024\n"
        "| Kính gửi: | - Sở Tư pháp; |\n"
        "|           | - Sở Nội vụ. |\n"
        "Đề nghị báo cáo trước ngày 9/3/2024.\n"
        "| Nơi nhận: | GIÁM ĐỐC |\n"
        "| - Lưu: VT. | |\n"
    )
    lines = _texts(text)
    assert lines[:4] == [
        "SỞ Y TẾ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 77/SYT-VP",
        "Tuyên Quang, ngày 2 tháng 3 năm 2024",
    ]
    assert "- Sở Nội vụ." in lines
    assert not any("|" in line for line in lines)


def test_a_word_cut_with_a_hyphen_at_a_line_end_is_made_whole():
    text = "Kính gửi: Sở Tư pháp.\nĐề nghị gửi báo cáo về Sở Y tế trư-\nớc ngày 5/6/2022.\n"
    assert _texts(text)[1] == "Đề nghị gửi báo cáo về Sở Y tế trước ngày 5/6/2022."


def test_a_dash_after_a_space_is_no_cut_word():
    text = "Kính gửi: Sở Tư pháp.\nBáo cáo kết quả quý I -\nquý II của các đơn vị.\n"
    assert _texts(text)[1] == "Báo cáo kết quả quý I - quý II của các đơn vị."


def test_the_head_printed_again_on_a_later_page_is_left_out_and_the_paragraph_goes_on():
    text = (
        "UBND TỈNH TUYÊN QUANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ Y TẾ | Số: 15/SYT-VP\n"
        "Kính gửi: Sở Tư pháp.\n"
        "1. Các đơn vị rà soát danh mục thủ tục theo các tiêu chí đã nêu tại Kế hoạch số\n"
        "\n"
        "2\n"
        "UBND TỈNH TUYÊN QUANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ Y TẾ | Số: 15/SYT-VP\n"
        "\n"
        "20/KH-UBND của tỉnh.\n"
    )
    lines = _texts(text)
    assert lines[-1] == (
        "1. Các đơn vị rà soát danh mục thủ tục theo các tiêu chí đã nêu tại Kế hoạch số "
        "20/KH-UBND của tỉnh."
    )
    assert lines.count("UBND TỈNH TUYÊN QUANG") == 1


def test_the_head_printed_again_with_its_columns_run_together_is_left_out():
    text = (
        "UBND TỈNH TUYÊN QUANG     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Kính gửi: Sở Tư pháp.\n"
        "1. Các đơn vị báo cáo kết quả rà soát các thủ tục hành chính nội bộ theo\n"
        "UBND TỈNH TUYÊN QUANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Phụ lục I kèm theo.\n"
    )
    assert _texts(text)[-1] == (
        "1. Các đơn vị báo cáo kết quả rà soát các thủ tục hành chính nội bộ theo "
        "Phụ lục I kèm theo."
    )


def test_a_head_exported_as_a_markdown_table_with_line_breaks_reads_a_part_a_line():
    text = (
        "| UBND TỈNH KHÁNH HÒA<br>**SỞ Y TẾ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>"
        "Độc lập - Tự do - Hạnh phúc |\n"
        "|---|---|\n"
        "| Số: 45/SYT-KHTC<br>V/v rà soát trang thiết bị "
        "| *Nha Trang, ngày 3 tháng 6 năm 2023* |\n"
        "\n"
        "Kính gửi: Sở Tư pháp.\n"
        "| **Nơi nhận:**<br>- Như trên;<br>- Lưu: VT. | **GIÁM ĐỐC**<br><br>**Trần Văn B** |\n"
    )
    lines = lines_of(text)
    assert [ln.text for ln in lines[:7]] == [
        "UBND TỈNH KHÁNH HÒA",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "SỞ Y TẾ",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 45/SYT-KHTC",
        "Nha Trang, ngày 3 tháng 6 năm 2023",
        "V/v rà soát trang thiết bị",
    ]
    assert lines[4].no == 3  # the file's line, for what the reader says of it
    assert "Nơi nhận: GIÁM ĐỐC" in [ln.text for ln in lines]


def test_the_subject_goes_on_under_its_column_past_the_date_printed_beside_it():
    text = (
        "SỞ Y TẾ                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 45/SYT-KHTC             Độc lập - Tự do - Hạnh phúc\n"
        "V/v rà soát trang thiết bị    Tuyên Quang, ngày 3 tháng 6 năm 2023\n"
        "y tế tuyến huyện\n"
        "\n"
        "Kính gửi: Sở Tư pháp.\n"
    )
    assert _texts(text)[4:6] == [
        "V/v rà soát trang thiết bị y tế tuyến huyện",
        "Tuyên Quang, ngày 3 tháng 6 năm 2023",
    ]


def test_a_line_going_on_under_a_head_printed_in_one_column_joins_that_line():
    text = (
        "SỞ Y TẾ                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 45/SYT-KHTC             Tuyên Quang, ngày 3 tháng 6 năm 2023\n"
        "V/v rà soát trang thiết bị\n"
        "y tế tuyến huyện\n"
        "Kính gửi: Sở Tư pháp.\n"
    )
    assert _texts(text)[4] == "V/v rà soát trang thiết bị y tế tuyến huyện"


def test_a_head_column_that_goes_on_with_the_line_before_is_no_column_of_its_own():
    # the row's first part joins the line above: the part printed under the second column
    # goes on with the second column's line, which is the only line the row made
    text = (
        "V/v rà soát trang thiết bị\n"
        "y tế tuyến huyện             Tuyên Quang, ngày 3 tháng 6 năm 2023\n"
        "                             và tuyến xã\n"
        "Kính gửi: Sở Tư pháp.\n"
    )
    assert _texts(text)[:2] == [
        "V/v rà soát trang thiết bị y tế tuyến huyện",
        "Tuyên Quang, ngày 3 tháng 6 năm 2023 và tuyến xã",
    ]


def test_a_line_cut_after_a_date_word_goes_on_with_the_date_below():
    # a scan's short last line of a paragraph: "… trước ngày" / "20/3/2023." is one sentence
    text = (
        "Kính gửi: Sở Tư pháp.\n"
        "1. Sở Tư pháp rà soát hồ sơ, gửi về Sở Nội vụ trước ngày\n"
        "20/3/2023.\n"
        "2. Sở Tư pháp cử cán bộ đầu mối.\n"
    )
    assert _texts(text)[1:] == [
        "1. Sở Tư pháp rà soát hồ sơ, gửi về Sở Nội vụ trước ngày 20/3/2023.",
        "2. Sở Tư pháp cử cán bộ đầu mối.",
    ]


def test_a_table_head_ending_in_a_hanging_word_keeps_its_rows_apart():
    text = "Kính gửi: Sở Tư pháp.\nSTT | Đơn vị | Số sổ\n1 | Sở Y tế | 31\n"
    assert _texts(text)[1:] == ["STT | Đơn vị | Số sổ", "1 | Sở Y tế | 31"]


def test_a_heading_ending_with_so_keeps_its_line_and_a_number_after_so_joins():
    text = (
        "Kính gửi: Sở Y tế.\n"
        "I. VỀ CHUYỂN ĐỔI SỐ\nCác Sở, ban, ngành báo cáo.\n"
        "Thực hiện Văn bản số\n95/STTTT ngày 2/3."
    )
    assert _texts(text)[1:] == [
        "I. VỀ CHUYỂN ĐỔI SỐ",
        "Các Sở, ban, ngành báo cáo.",
        "Thực hiện Văn bản số 95/STTTT ngày 2/3.",
    ]


def test_the_issuers_second_line_beside_the_motto_is_no_wrap_of_the_row_above():
    # a scan wrapped at a fixed width: the head's first row fills it, and its second row
    # (the issuer's own name | the motto's second line) was read as the first row's tail
    text = (
        "UBND TỈNH TUYÊN QUANG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ THÔNG TIN VÀ TRUYỀN THÔNG        Độc lập - Tự do - Hạnh phúc\n"
        "Số: 1186/STTTT-CĐS                 Tuyên Quang, ngày 08 tháng 8 năm 2022\n"
        "V/v thu thập số liệu đánh giá mức độ chuyển đổi số cấp tỉnh năm 2022\n"
        "Kính gửi: Các Sở, ban, ngành.\n"
        + "Sở Thông tin và Truyền thông đề nghị các cơ quan thu thập số liệu\n"
        * 8
    )
    texts = _texts(text)
    assert texts[:4] == [
        "UBND TỈNH TUYÊN QUANG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
        "Độc lập - Tự do - Hạnh phúc",
    ]


# A scan wrapped at 72 columns: a colon and a table's long row at the end of full lines.
WRAPPED_AT_COLONS = """Kính gửi: Các sở, ban, ngành.
Thực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh, Sở Nội vụ đề nghị các cơ
quan, đơn vị thực hiện một số nội dung cụ thể trong năm 2024 như sau:
1. Sở Y tế xây dựng kế hoạch triển khai sổ sức khỏe điện tử. Thời hạn:
15/8/2024.
2. Sở Tài chính thẩm định dự toán theo các bước sau: Bước 1: tiếp nhận hồ
sơ; Bước 2: thẩm định và đề nghị bổ sung hồ sơ trong thời gian 10 ngày. Bước 3:
ban hành văn bản thẩm định, gửi Sở Nội vụ trước ngày 30/8/2024.
STT | Nội dung công việc được giao | Cơ quan thực hiện nhiệm vụ | Thời hạn
1 | Rà soát danh mục thủ tục thanh toán trực tuyến | Sở Tư pháp | 30/9/2024
2 | Cập nhật tài khoản thu phí của các cơ quan, đơn vị | Sở Tài chính | 15/10
"""


def test_a_wrap_after_a_colon_goes_on_in_lower_case_or_a_date_and_rows_stay_rows():
    lines = _texts(WRAPPED_AT_COLONS)
    assert lines[1].endswith("trong năm 2024 như sau:")  # a capital opens what it announced
    assert lines[2] == (
        "1. Sở Y tế xây dựng kế hoạch triển khai sổ sức khỏe điện tử. Thời hạn: 15/8/2024."
    )
    assert lines[3].endswith(
        "Bước 3: ban hành văn bản thẩm định, gửi Sở Nội vụ trước ngày 30/8/2024."
    )
    # a table's row as long as the width is no wrapped line: the next row is a row of its own
    assert lines[-2].startswith("1 | Rà soát") and lines[-1].startswith("2 | Cập nhật")
