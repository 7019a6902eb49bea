"""A letter whose tasks are the rows of a table: each row's own units, helpers and date."""

from __future__ import annotations

from datetime import date

from knowledge.letters.extract import read_letter
from knowledge.letters.grid import unfold
from knowledge.letters.text import Line
from tests.knowledge.letters.districts import DISTRICTS

LETTER = """UBND TỈNH TUYÊN QUANG     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NỘI VỤ     Độc lập - Tự do - Hạnh phúc
Số: 233/SNV-CCHC     Tuyên Quang, ngày 3 tháng 4 năm 2024
V/v triển khai nhiệm vụ cải cách hành chính quý II/2024

Kính gửi:
- Các sở, ban, ngành;
- UBND các huyện, thành phố.

Sở Nội vụ đề nghị các cơ quan, đơn vị thực hiện các việc trong bảng sau; sản phẩm của các \
việc có thời hạn gửi về Sở Nội vụ để tổng hợp.

STT | Công việc | Cơ quan thực hiện | Thời hạn
1 | Tự đánh giá chỉ số cải cách hành chính năm 2023 | Các sở, ban, ngành | Trước ngày 20/4/2024
2 | Kiểm tra việc niêm yết thủ tục tại bộ phận một cửa cấp xã | UBND các huyện, thành phố \
chủ trì; Sở Tư pháp phối hợp | Chậm nhất ngày 31/5/2024
3 | Cập nhật cơ sở dữ liệu cán bộ | Các sở, ban, ngành | Thường xuyên

Trân trọng./.
Nơi nhận:
- Như trên;
"""


def _read(catalogue, text=LETTER):
    return read_letter(text, catalogue, catalogue.province("tuyen-quang"), "snv.txt")


def test_each_row_of_a_task_table_is_its_own_task(catalogue):
    draft = _read(catalogue)
    assert [t.deadline for t in draft.tasks] == [date(2024, 4, 20), date(2024, 5, 31)]
    first, second = draft.tasks
    assert not DISTRICTS & set(first.units) and "Sở Tư pháp" in first.units
    assert set(second.units) == DISTRICTS
    assert second.supporting == ("Sở Tư pháp",)
    assert second.title.startswith("Kiểm tra việc niêm yết")


def test_the_opening_names_who_receives_the_rows_work(catalogue):
    draft = _read(catalogue)
    assert [t.recipient for t in draft.tasks] == ["Sở Nội vụ", "Sở Nội vụ"]


def test_a_table_without_duty_and_date_columns_stays_as_printed():
    rows = [Line(1, "STT | Họ và tên | Chức vụ | Điện thoại"), Line(2, "1 | ... | ... | ...")]
    assert unfold(rows) == rows


def test_a_row_reads_as_its_numbered_duty_and_labels():
    rows = [
        Line(1, "TT\tNội dung\tĐơn vị thực hiện\tThời gian"),
        Line(2, "2\tGửi số liệu\tSở Y tế\t15/6"),
    ]
    assert [ln.text for ln in unfold(rows)] == [
        "Dòng 2. Gửi số liệu",
        "Đơn vị thực hiện: Sở Y tế",
        "Thời gian: 15/6",
    ]


def test_a_column_is_known_by_the_name_its_head_opens_with(catalogue):
    # "Nội dung nhiệm vụ" is a duty column, "Đơn vị phối hợp thực hiện" a helpers' (not the
    # owners' "Đơn vị"): the longest name a head opens with
    rows = [
        Line(1, "STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp thực hiện | Thời hạn"),
        Line(2, "1 | Gửi số liệu | Sở Y tế | Sở Tư pháp | 15/6"),
    ]
    assert [ln.text for ln in unfold(rows)] == [
        "Dòng 1. Gửi số liệu",
        "Đơn vị chủ trì: Sở Y tế",
        "Đơn vị phối hợp thực hiện: Sở Tư pháp",
        "Thời hạn: 15/6",
    ]
    text = LETTER.replace(
        "STT | Công việc | Cơ quan thực hiện |",
        "STT | Nội dung công việc cụ thể | Cơ quan thực hiện |",
    )
    first = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "snv.txt").tasks[0]
    assert first.title.startswith("Tự đánh giá chỉ số cải cách hành chính")


def test_an_empty_cell_keeps_the_row_in_its_table():
    rows = [
        Line(1, "TT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành"),
        Line(2, "1 | Báo cáo kết quả | Các sở, ban, ngành | | Trước ngày 10/12/2022"),
    ]
    assert [ln.text for ln in unfold(rows)] == [
        "Dòng 1. Báo cáo kết quả",
        "Đơn vị chủ trì: Các sở, ban, ngành",
        "Thời gian hoàn thành: Trước ngày 10/12/2022",
    ]


NESTED = """UBND TỈNH TUYÊN QUANG     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 95/UBND-KT     Tuyên Quang, ngày 4 tháng 3 năm 2024
V/v phân công nhiệm vụ phát triển hạ tầng số năm 2024

Kính gửi:
- Sở Xây dựng;
- Sở Giao thông vận tải;
- Viễn thông Tuyên Quang.

Chủ tịch UBND tỉnh giao nhiệm vụ như sau:
1. Các cơ quan triển khai các việc tại bảng dưới đây:
TT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn
1 | Lập quy hoạch hạ tầng viễn thông thụ động | Sở Xây dựng | Viễn thông Tuyên Quang | Tháng 6/2024
2 | Ngầm hóa cáp dọc các tuyến quốc lộ | Sở Giao thông vận tải | Sở Xây dựng | Quý IV/2024
3 | Chia sẻ cột ăng-ten | Viễn thông Tuyên Quang | | Thường xuyên
2. Đơn vị chủ trì từng nhiệm vụ báo cáo kết quả về UBND tỉnh (qua Văn phòng UBND tỉnh) khi \
hoàn thành.
3. Viễn thông Tuyên Quang báo cáo tình hình sự cố trước ngày 15/4/2024.

Nơi nhận:
- Như trên;
"""


def test_rows_are_items_of_the_item_holding_the_table_and_its_cells_as_printed(catalogue):
    draft = _read(catalogue, NESTED)
    assert not draft.problems
    first, second, third = draft.tasks
    assert (first.deadline, first.deadline_text) == (date(2024, 6, 30), "Tháng 6/2024")
    assert (second.deadline, second.deadline_text) == (date(2024, 12, 31), "Quý IV/2024")
    assert first.units == ("Sở Xây dựng",) and first.supporting == ("Viễn thông Tuyên Quang",)
    assert second.supporting == ("Sở Xây dựng",)
    assert first.source == "snv.txt#mục 1, dòng 1" and second.source == "snv.txt#mục 1, dòng 2"
    # the item after the table is the letter's own, not a row
    assert third.source == "snv.txt#mục 3" and third.units == ("Viễn thông Tuyên Quang",)


def test_what_the_letter_says_to_the_rows_lead_units_names_who_receives(catalogue):
    first, second, third = _read(catalogue, NESTED).tasks
    assert first.recipient == second.recipient == "UBND tỉnh (qua Văn phòng UBND tỉnh)"
    assert third.recipient == "UBND tỉnh"


def test_a_rows_lead_that_is_also_where_the_rows_report_still_owes_it(catalogue):
    text = NESTED.replace(
        "2. Đơn vị chủ trì từng nhiệm vụ báo cáo kết quả về UBND tỉnh (qua Văn phòng UBND tỉnh)",
        "2. Đơn vị chủ trì từng nhiệm vụ báo cáo kết quả về Sở Xây dựng",
    )
    first, second, _ = _read(catalogue, text).tasks
    assert first.units == ("Sở Xây dựng",) and first.recipient == "Sở Xây dựng"
    assert second.units == ("Sở Giao thông vận tải",) and second.recipient == "Sở Xây dựng"


def test_a_sentence_after_the_table_gives_the_rows_it_names_their_recipient(catalogue):
    text = LETTER.replace(
        "Sở Nội vụ đề nghị các cơ quan, đơn vị thực hiện các việc trong bảng sau; sản phẩm của "
        "các việc có thời hạn gửi về Sở Nội vụ để tổng hợp.",
        "Sở Nội vụ đề nghị các cơ quan, đơn vị thực hiện các việc trong bảng sau.",
    ).replace(
        "3 | Cập nhật cơ sở dữ liệu cán bộ | Các sở, ban, ngành | Thường xuyên\n",
        "3 | Cập nhật cơ sở dữ liệu cán bộ | Các sở, ban, ngành | Trong tháng 6/2024\n\n"
        "Kết quả thực hiện nhiệm vụ tại dòng 1 và dòng 2 gửi về Sở Nội vụ bằng văn bản.\n",
    )
    draft = _read(catalogue, text)
    assert [t.recipient for t in draft.tasks] == ["Sở Nội vụ", "Sở Nội vụ", None]
    # the rows named as the table's items ("mục 1, mục 2 của Bảng trên"), not the letter's
    items = text.replace(
        "Kết quả thực hiện nhiệm vụ tại dòng 1 và dòng 2 gửi",
        "Các nội dung tại mục 1, mục 2 của Bảng trên, các cơ quan gửi",
    )
    assert [t.recipient for t in _read(catalogue, items).tasks] == ["Sở Nội vụ", "Sở Nội vụ", None]


def test_bare_lead_and_support_heads_and_the_channel_as_printed(catalogue):
    text = NESTED.replace("Đơn vị chủ trì | Đơn vị phối hợp", "Chủ trì | Phối hợp").replace(
        "(qua Văn phòng UBND tỉnh)", "(qua VP UBND tỉnh)"
    )
    first, second, _ = _read(catalogue, text).tasks
    assert first.units == ("Sở Xây dựng",) and first.supporting == ("Viễn thông Tuyên Quang",)
    assert second.units == ("Sở Giao thông vận tải",) and second.supporting == ("Sở Xây dựng",)
    assert first.recipient == "UBND tỉnh (qua VP UBND tỉnh)"


PER_UNIT = """UBND TỈNH TUYÊN QUANG     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Số: 812/STNMT-VPĐK     Tuyên Quang, ngày 12 tháng 3 năm 2024
V/v số hóa hồ sơ địa chính

Kính gửi: Ủy ban nhân dân các huyện, thành phố.

1. Hoàn thành số hóa hồ sơ địa chính theo thời hạn tại Bảng dưới đây; khi hoàn thành, báo \
cáo kết quả về Sở Tài nguyên và Môi trường.
STT | Đơn vị | Số xã còn phải số hóa | Thời hạn hoàn thành
1 | UBND thành phố Tuyên Quang | 3 | Trước ngày 30/6/2024
2 | UBND huyện Yên Sơn | 8 | Trước ngày 30/6/2024
3 | UBND huyện Na Hang | 5 | Quý III/2024

Nơi nhận:
- Như trên;
"""


def test_a_table_of_a_date_per_unit_is_a_task_per_date_of_the_duty_above(catalogue):
    draft = _read(catalogue, PER_UNIT)
    first, second = draft.tasks
    assert (first.deadline, second.deadline) == (date(2024, 6, 30), date(2024, 9, 30))
    assert set(first.units) == {"UBND thành phố Tuyên Quang", "UBND huyện Yên Sơn"}
    assert second.units == ("UBND huyện Na Hang",)
    assert first.title.startswith("Hoàn thành số hóa hồ sơ địa chính")
    assert first.recipient == second.recipient == "Sở Tài nguyên và Môi trường"


PRODUCTS = """UBND TỈNH TUYÊN QUANG     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 1245/STTTT-CĐS     Tuyên Quang, ngày 13 tháng 5 năm 2024
V/v triển khai các nhiệm vụ năm 2024

Kính gửi:
- Các sở, ban, ngành;
- UBND các huyện, thành phố.

1. Các cơ quan, đơn vị thực hiện các nhiệm vụ tại bảng sau:
TT | Nhiệm vụ | Đơn vị thực hiện | Thời hạn | Sản phẩm
1 | Rà soát thành phần hồ sơ đã số hóa | Các sở, ban, ngành | Trước ngày 31/5/2024 | Báo cáo \
(Biểu số 01)
2 | nt | UBND các huyện, thành phố | Trước ngày 14/6/2024 | nt
3 | Chuẩn hóa quy trình nội bộ | Sở Tư pháp | Trước ngày 28/6/2024 | Quy trình (Mẫu số 02) gửi \
Sở Nội vụ
4 | Cấu hình thanh toán trực tuyến | Sở Tài chính | Trong quý III/2024 | Dịch vụ được cung cấp

Nơi nhận:
- Như trên;
"""


def test_nt_repeats_the_cell_above_and_a_product_says_where_the_work_goes(catalogue):
    first, second, third, fourth = _read(catalogue, PRODUCTS).tasks
    assert second.title == first.title and second.forms == first.forms == ("Biểu số 01",)
    assert set(second.units) == DISTRICTS
    # a report is sent, to the sender when no one else is named; a product sent names its receiver
    assert first.recipient == second.recipient == "Sở Thông tin và Truyền thông"
    assert third.recipient == "Sở Nội vụ"
    assert fourth.recipient is None  # a state, nothing sent


def test_a_table_broken_by_a_page_goes_on_without_its_head_row():
    text = """TT | Nhiệm vụ | Đơn vị thực hiện | Thời hạn
1 | Rà soát hồ sơ | Sở Y tế | Trước ngày 10/5/2024
2

2 | Cập nhật dữ liệu | Sở Tư pháp | Trước ngày 20/5/2024
Các đơn vị thực hiện nghiêm túc."""
    out = [ln.text for ln in unfold(_lines(text))]
    assert out == [
        "Dòng 1. Rà soát hồ sơ",
        "Đơn vị thực hiện: Sở Y tế",
        "Thời hạn: Trước ngày 10/5/2024",
        "2",
        "Dòng 2. Cập nhật dữ liệu",
        "Đơn vị thực hiện: Sở Tư pháp",
        "Thời hạn: Trước ngày 20/5/2024",
        "Các đơn vị thực hiện nghiêm túc.",
    ]
    # prose between two tables: the second is not the first's rows
    prose = text.replace("2\n\n2 |", "Ghi chú: các đơn vị gửi kèm tài liệu.\n2 |")
    assert "Dòng 2. Cập nhật dữ liệu" not in [ln.text for ln in unfold(_lines(prose))]


def _lines(text: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(text.splitlines(), 1) if t.strip()]


def test_a_service_provided_online_is_sent_to_no_one(catalogue):
    # "cung cấp dịch vụ công trực tuyến" provides a service to the people: nothing goes to
    # the sender, unlike "cung cấp số liệu"
    text = LETTER.replace(
        "Sở Nội vụ đề nghị các cơ quan, đơn vị thực hiện các việc trong bảng sau; sản phẩm của "
        "các việc có thời hạn gửi về Sở Nội vụ để tổng hợp.",
        "Sở Nội vụ đề nghị các cơ quan, đơn vị thực hiện các việc trong bảng sau.",
    ).replace(
        "Tự đánh giá chỉ số cải cách hành chính năm 2023",
        "Tích hợp, cung cấp dịch vụ công trực tuyến cấp bản sao trích lục hộ tịch",
    )
    first = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "snv.txt").tasks[0]
    assert first.title.startswith("Tích hợp, cung cấp dịch vụ công") and first.recipient is None
    sent = text.replace("Tích hợp, cung cấp dịch vụ công", "Cung cấp số liệu dịch vụ công")
    first = read_letter(sent, catalogue, catalogue.province("tuyen-quang"), "snv.txt").tasks[0]
    assert first.recipient == "Sở Nội vụ"


def test_a_row_the_sender_leads_itself_is_its_own_task(catalogue):
    # the sender is no addressee of what is sent to it; a row it leads, sending nothing, is
    # its own work
    text = LETTER.replace(
        "2 | Kiểm tra việc niêm yết thủ tục tại bộ phận một cửa cấp xã | UBND các huyện, "
        "thành phố chủ trì; Sở Tư pháp phối hợp | Chậm nhất ngày 31/5/2024",
        "2 | Tổ chức khảo sát sự hài lòng của người dân | Sở Nội vụ | Chậm nhất ngày 31/5/2024",
    ).replace("; sản phẩm của các việc có thời hạn gửi về Sở Nội vụ để tổng hợp.", ".")
    survey = _read(catalogue, text).tasks[1]
    assert survey.title.startswith("Tổ chức khảo sát") and survey.units == ("Sở Nội vụ",)
