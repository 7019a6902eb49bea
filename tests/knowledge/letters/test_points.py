"""Work laid out in points and steps: a deadline printed as a point of its own, steps introduced
by the work they make up, a quarterly start written in words."""

from __future__ import annotations

from datetime import date

from knowledge.letters.extract import read_letter

HEAD = """UBND TỈNH TUYÊN QUANG
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 845/STTTT-CNTT
V/v triển khai chữ ký số chuyên dùng trên thiết bị di động
Tuyên Quang, ngày 05 tháng 10 năm 2022

Kính gửi:
- Các sở, ban, ngành;
- Ủy ban nhân dân các huyện, thành phố.

Sở Thông tin và Truyền thông đề nghị các cơ quan, đơn vị thực hiện như sau:
"""


def _read(catalogue, body):
    return read_letter(HEAD + body, catalogue, catalogue.province("tuyen-quang"), "cks.txt")


def test_a_deadline_point_dates_the_point_before_it(catalogue):
    draft = _read(
        catalogue,
        "1. Đối với các sở, ban, ngành\n"
        "a) Rà soát nhu cầu cấp chứng thư số cho công chức (theo Biểu mẫu số 01 kèm theo).\n"
        "b) Hạn chót: 25/10/2022. Danh sách gửi về Sở Thông tin và Truyền thông.\n"
        "Trân trọng./.\n",
    )
    (task,) = draft.tasks
    assert task.deadline == date(2022, 10, 25)
    assert task.title.startswith("Rà soát nhu cầu cấp chứng thư số cho công chức")
    assert task.forms == ("Biểu mẫu số 01",)


def test_steps_are_titled_by_the_work_they_make_up(catalogue):
    draft = _read(
        catalogue,
        "Các cơ quan, đơn vị tự kiểm tra an toàn thông tin của cơ quan theo các bước sau:\n"
        "Bước 1: Rà soát hệ thống thông tin đang vận hành.\n"
        "Bước 2: Lập báo cáo kết quả tự kiểm tra theo Mẫu số 03 kèm theo.\n"
        "Báo cáo kết quả tự kiểm tra gửi Sở Thông tin và Truyền thông trước 17 giờ 00 ngày "
        "15/11/2022.\nTrân trọng./.\n",
    )
    (task,) = draft.tasks
    assert len(task.steps) == 2
    assert task.title.startswith("Tự kiểm tra an toàn thông tin của cơ quan; báo cáo kết quả")


def test_a_start_in_words_and_dates_given_respectively_leave_the_title(catalogue):
    draft = _read(
        catalogue,
        "1. Báo cáo quý về chữ ký số (theo Phụ lục I kèm theo), gửi Sở Thông tin và Truyền "
        "thông trước ngày 20 tháng cuối quý, bắt đầu từ quý IV năm 2022.\n"
        "2. Báo cáo 6 tháng và báo cáo năm gửi Sở Thông tin và Truyền thông lần lượt trước "
        "ngày 15/6/2023 và trước ngày 15/11/2023.\nTrân trọng./.\n",
    )
    quarterly, half, year = draft.tasks
    assert quarterly.recurrence is not None and quarterly.recurrence.first == date(2022, 12, 20)
    assert "năm 2022" not in quarterly.title and "bắt đầu" not in quarterly.title
    assert (half.deadline, year.deadline) == (date(2023, 6, 15), date(2023, 11, 15))
    assert "lần lượt" not in half.title and " và (" not in half.title


def test_a_plan_sent_by_a_date_is_the_plan_its_item_has_made(catalogue):
    draft = _read(
        catalogue,
        "1. Ủy ban nhân dân các huyện, thành phố xây dựng kế hoạch phát triển hạ tầng viễn "
        "thông thụ động năm 2023. Kế hoạch gồm các nội dung chính sau:\n"
        "(1) Hiện trạng hạ tầng viễn thông thụ động;\n"
        "(2) Danh mục vị trí đề xuất xây dựng trạm thu phát sóng.\n"
        "Kế hoạch gửi Sở Thông tin và Truyền thông trước ngày 30/12/2022.\n"
        "Trân trọng./.\n",
    )
    (task,) = draft.tasks
    assert task.title.startswith("Xây dựng kế hoạch phát triển hạ tầng viễn thông thụ động")
    assert len(task.contents) == 2


def test_steps_numbered_with_a_dash_are_steps(catalogue):
    draft = _read(
        catalogue,
        "Các cơ quan, đơn vị cập nhật danh bạ thư điện tử công vụ theo các bước sau:\n"
        "Bước 1 - Rà soát tài khoản thư điện tử của công chức.\n"
        "Bước 2 - Gửi danh sách tài khoản cần cấp mới.\n"
        "Danh sách gửi Sở Thông tin và Truyền thông trước ngày 15/11/2022.\nTrân trọng./.\n",
    )
    (task,) = draft.tasks
    assert len(task.steps) == 2


def test_a_dated_point_that_only_sends_dates_the_work_of_the_points_before_it(catalogue):
    draft = _read(
        catalogue,
        "1. Các sở, ban, ngành\n"
        "a) Kiểm tra tài khoản chữ ký số đã cấp cho lãnh đạo đơn vị.\n"
        "b) Lập danh sách chứng thư số cần gia hạn (theo Biểu mẫu số 02 kèm theo).\n"
        "c) Danh sách gửi về Sở Thông tin và Truyền thông chậm nhất ngày 28/10/2022.\n"
        "2. Ủy ban nhân dân các huyện, thành phố\n"
        "Định kỳ hằng tháng, trước ngày 5, báo cáo số văn bản ký số của tháng trước (theo "
        "Biểu mẫu số 03) gửi về Sở Thông tin và Truyền thông.\n"
        "3. Viễn thông Tuyên Quang\n"
        "Hỗ trợ kỹ thuật các cơ quan, đơn vị gia hạn chứng thư số.\n"
        "Trân trọng./.\n",
    )
    points, monthly = draft.tasks
    assert points.deadline == date(2022, 10, 28)
    assert points.title.startswith("Kiểm tra tài khoản chữ ký số")
    assert "lập danh sách chứng thư số cần gia hạn" in points.title
    assert points.forms == ("Biểu mẫu số 02",)
    # the support names the renewal the points set out, not the monthly count
    assert points.supporting == ("Viễn thông Tuyên Quang",)
    assert monthly.forms == ("Biểu mẫu số 03",) and monthly.supporting == ()


def test_a_dated_point_with_work_of_its_own_keeps_it(catalogue):
    draft = _read(
        catalogue,
        "1. Các sở, ban, ngành\n"
        "a) Kiểm tra tài khoản chữ ký số đã cấp (theo Biểu mẫu số 02 kèm theo).\n"
        "b) Tổng hợp nhu cầu cấp mới chứng thư số, gửi về Sở Thông tin và Truyền thông chậm "
        "nhất ngày 28/10/2022.\n"
        "Trân trọng./.\n",
    )
    (task,) = draft.tasks
    assert task.title.startswith("Tổng hợp nhu cầu cấp mới chứng thư số")


def test_a_dated_point_naming_the_work_as_its_result_sums_up_the_points(catalogue):
    draft = _read(
        catalogue,
        "1. Các sở, ban, ngành\n"
        "a) Rà soát chứng thư số đã cấp, tự đánh giá theo các tiêu chí tại Mẫu số 01 kèm theo.\n"
        "b) Đối với chứng thư số sắp hết hạn, lập kế hoạch gia hạn.\n"
        "c) Kết quả rà soát, đánh giá (kèm kế hoạch, nếu có) gửi về Sở Thông tin và Truyền "
        "thông chậm nhất ngày 28/10/2022 để tổng hợp.\n"
        "Trân trọng./.\n",
    )
    (task,) = draft.tasks
    assert task.title.startswith("Rà soát chứng thư số đã cấp")
    assert task.forms == ("Mẫu số 01",)
    # the duty is the item's, not its last point's
    assert task.source == "cks.txt#mục 1"


def test_the_points_a_dated_point_sums_up_list_its_contents(catalogue):
    draft = _read(
        catalogue,
        "1. Các sở, ban, ngành\n"
        "a) Lập hồ sơ đề nghị gia hạn chứng thư số, hồ sơ gồm:\n"
        "- Văn bản đề nghị của cơ quan;\n"
        "- Danh sách chứng thư số cần gia hạn (theo Biểu mẫu số 02).\n"
        "b) Hồ sơ gửi về Sở Thông tin và Truyền thông chậm nhất ngày 28/10/2022.\n"
        "Trân trọng./.\n",
    )
    (task,) = draft.tasks
    assert len(task.contents) == 2
    assert task.source == "cks.txt#mục 1"


def test_a_timing_point_that_sums_up_the_points_is_sourced_at_their_item_once(catalogue):
    draft = _read(
        catalogue,
        "1. Các sở, ban, ngành\n"
        "a) Rà soát chứng thư số đã cấp (theo Mẫu số 01 kèm theo).\n"
        "b) Lập kế hoạch gia hạn chứng thư số sắp hết hạn.\n"
        "c) Thời hạn gửi kết quả về Sở Thông tin và Truyền thông: chậm nhất ngày 28/10/2022.\n"
        "Trân trọng./.\n",
    )
    (task,) = draft.tasks
    assert task.title.startswith("Rà soát chứng thư số đã cấp")
    assert task.source == "cks.txt#mục 1"


def test_a_point_that_sends_the_work_and_a_copy_of_it_takes_the_work_and_its_forms(catalogue):
    # "đồng thời gửi bản điện tử qua hộp thư …" sends the same report again: no work of its own
    draft = _read(
        catalogue,
        "1. Các Sở, ban, ngành\n"
        "a) Thống kê số chứng thư số đã cấp, đã sử dụng theo Phụ lục I và Phụ lục II kèm theo.\n"
        "b) Báo cáo gửi về Sở Thông tin và Truyền thông chậm nhất ngày 31/8/2022, đồng thời gửi "
        "bản điện tử qua hộp thư công vụ để tổng hợp.\n"
        "Trân trọng./.\n",
    )
    (task,) = draft.tasks
    assert task.title.startswith("Thống kê số chứng thư số đã cấp"), task.title
    assert task.forms == ("Phụ lục I", "Phụ lục II")


def test_a_line_after_the_last_point_sums_up_every_point(catalogue):
    draft = _read(
        catalogue,
        "1. Các Sở, ban, ngành\n"
        "a) Rà soát danh sách công chức được cấp chứng thư số;\n"
        "b) Thu hồi chứng thư số của công chức đã nghỉ hưu, chuyển công tác;\n"
        "c) Tổng hợp kết quả theo Biểu số 02 kèm theo.\n"
        "Báo cáo (kèm Biểu số 02) gửi Sở Thông tin và Truyền thông trước ngày 31/10/2022.\n"
        "Trân trọng./.\n",
    )
    (task,) = draft.tasks
    assert task.title.startswith("Rà soát danh sách công chức được cấp chứng thư số"), task.title
    assert task.forms == ("Biểu số 02",)
    # with districts' points too long to say at once, no point's text goes first as a topic
    districts = _read(
        catalogue,
        "1. UBND các huyện, thành phố\n"
        "a) Đánh giá mức độ sử dụng chứng thư số của cán bộ, công chức cấp huyện, cấp xã trên "
        "địa bàn trong năm 2022, nêu rõ những khó khăn, vướng mắc;\n"
        "b) Thống kê tỷ lệ văn bản đi được ký số của Ủy ban nhân dân cấp huyện, cấp xã và các "
        "phòng chuyên môn trong năm 2022;\n"
        "c) Đề xuất nhiệm vụ ký số năm 2023.\n"
        "Kết quả gửi Sở Thông tin và Truyền thông chậm nhất ngày 04/11/2022 để tổng hợp.\n"
        "Trân trọng./.\n",
    )
    (task,) = districts.tasks
    assert task.title.startswith("Đánh giá mức độ sử dụng chứng thư số"), task.title
    assert task.recipient == "Sở Thông tin và Truyền thông"


def test_a_cited_documents_own_date_in_a_bracket_of_the_grounds_sets_no_task(catalogue):
    # the ministry's date for the province, in a bracket after the document the grounds cite
    text = (
        "UBND TỈNH TUYÊN QUANG\nVĂN PHÒNG\nSố: 1411/VP-KSTT\nV/v báo cáo chữ ký số\n"
        "Tuyên Quang, ngày 02 tháng 11 năm 2022\n\nKính gửi:\n- Các sở, ban, ngành.\n\n"
        "Thực hiện Văn bản số 2215/BTTTT-THH ngày 21/10/2022 của Bộ Thông tin và Truyền thông "
        "(thời hạn tỉnh báo cáo Bộ: ngày 10 hằng tháng) và Kế hoạch số 53/KH-UBND ngày "
        "20/4/2022 của UBND tỉnh; thực hiện ý kiến chỉ đạo của Chủ tịch UBND tỉnh, Văn phòng "
        "UBND tỉnh đề nghị:\n"
        "1. Các sở, ban, ngành báo cáo số chứng thư số đã cấp (theo Biểu số 02) gửi Sở Thông tin "
        "và Truyền thông trước ngày 05 hằng tháng, kể từ tháng 11/2022.\nTrân trọng./.\n"
    )
    draft = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "vp.txt")
    (task,) = draft.tasks
    assert task.recurrence is not None and task.recurrence.day == 5


def test_a_unit_named_by_its_head_among_the_items_units_owes_the_duty(catalogue):
    draft = _read(
        catalogue,
        "1. Thủ trưởng các sở, ban, ngành, Bảo hiểm xã hội tỉnh, Chủ tịch UBND các huyện, thành "
        "phố chỉ đạo bộ phận một cửa thống kê số hồ sơ ký số, báo cáo gửi Sở Thông tin và "
        "Truyền thông trước ngày 20/11/2022.\nTrân trọng./.\n",
    )
    (task,) = draft.tasks
    assert {"Bảo hiểm xã hội tỉnh", "UBND huyện Hàm Yên", "Sở Y tế"} <= set(task.units)
