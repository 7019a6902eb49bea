"""The forms a task is made on, when the line that sets it says only "theo mẫu": the form the
same clause names, the one the copy list says the letter encloses, or the letter's one annex."""

from __future__ import annotations

import pytest

from knowledge.letters.enclosed import enclosed
from knowledge.letters.extract import read_letter
from knowledge.letters.form_names import forms, specific
from knowledge.letters.text import Line

HEAD = """UBND TỈNH TUYÊN QUANG     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NỘI VỤ     Độc lập - Tự do - Hạnh phúc
Số: 540/SNV-CCHC     Tuyên Quang, ngày 4 tháng 9 năm 2023
V/v báo cáo kết quả tinh giản biên chế

Kính gửi: UBND các huyện, thành phố.

"""


def _read(catalogue, body: str, after: str = ""):
    text = HEAD + body + "\nTrân trọng./.\nNơi nhận:\n- Như trên" + after
    return read_letter(text, catalogue, catalogue.province("tuyen-quang"), "snv.txt")


def test_a_form_named_beside_the_general_word_is_the_tasks(catalogue):
    draft = _read(
        catalogue,
        "Đề nghị các đơn vị báo cáo theo mẫu (có Phụ lục kèm theo), gửi Sở Nội vụ trước ngày "
        "20/9/2023.",
    )
    (task,) = draft.tasks
    assert task.forms == ("Phụ lục",)


def test_the_form_the_copy_list_encloses_names_the_general_word(catalogue):
    draft = _read(
        catalogue,
        "Đề nghị các đơn vị tổng hợp số liệu theo mẫu gửi kèm văn bản này, gửi Sở Nội vụ trước "
        "ngày 20/9/2023.",
        " (kèm theo Biểu số 07);\n- Lưu: VT.\n",
    )
    (task,) = draft.tasks
    assert task.forms == ("Biểu số 07",)


def test_the_general_word_and_how_it_comes_stay_as_printed_when_no_form_is_named(
    catalogue,
):
    draft = _read(
        catalogue,
        "Đề nghị các đơn vị lập danh sách theo biểu mẫu kèm theo, gửi Sở Nội vụ trước ngày "
        "20/9/2023.",
        ";\n- Lưu: VT.\n",
    )
    (task,) = draft.tasks
    assert task.forms == ("biểu mẫu kèm theo",)


def test_what_a_letter_encloses():
    lines = [
        Line(1, "Nơi nhận:"),
        Line(2, "- Như trên (kèm theo Mẫu số 02, Mẫu số 03);"),
        Line(3, "- Lưu: VT."),
    ]
    assert enclosed(lines) == ("Mẫu số 02", "Mẫu số 03")
    annex = [Line(1, "- Lưu: VT."), Line(2, "PHỤ LỤC II"), Line(3, "DANH MỤC THỦ TỤC")]
    assert enclosed(annex) == ("Phụ lục II",)
    two = [Line(1, "Biểu số 01"), Line(5, "Biểu số 02")]
    assert enclosed(two) == ()  # which one "theo mẫu" means is not said


def test_a_named_form_is_never_replaced():
    assert specific(("Mẫu số 01",), ("Mẫu số 04",)) == ("Mẫu số 01",)
    assert specific((), ("Mẫu số 04",)) == ()


def test_a_form_number_keeps_its_code():
    from knowledge.letters.form_names import forms

    line = Line(1, "Tổng hợp theo Mẫu số 05/TH-SNV kèm theo, gửi trước ngày 20/5/2024.")
    assert forms([line]) == ("Mẫu số 05/TH-SNV",)
    assert forms([Line(2, "lập theo Biểu 04/KQ và 05")]) == ("Biểu 04/KQ", "Biểu 05")


def test_forms_named_mau_bieu_and_numbers_with_a_letter_are_kept_as_printed():
    from knowledge.letters.form_names import forms

    line = Line(1, "Báo cáo (theo Mẫu biểu 03), kèm danh sách theo Biểu số 2a và Biểu số 2b.")
    assert forms([line]) == ("Mẫu biểu 03", "Biểu số 2a", "Biểu số 2b")
    assert forms([Line(2, "theo các phụ lục i, ii")]) == ("Phụ lục I", "Phụ lục II")


def test_an_outline_sent_with_the_letter_is_the_reports_form(catalogue):
    draft = _read(
        catalogue,
        "Đề nghị các đơn vị báo cáo kết quả theo Đề cương kèm theo, gửi Sở Nội vụ trước ngày "
        "20/9/2023.",
    )
    assert [t.forms for t in draft.tasks] == [("Đề cương",)]


def test_an_outline_printed_in_a_numbered_annex_is_that_annex(catalogue):
    draft = _read(
        catalogue,
        "Đề nghị các đơn vị báo cáo kết quả theo đề cương tại Phụ lục I kèm theo, gửi Sở Nội vụ "
        "trước ngày 20/9/2023.",
    )
    assert [t.forms for t in draft.tasks] == [("Phụ lục I",)]


ANNEXES = """
PHỤ LỤC
KẾT QUẢ TINH GIẢN BIÊN CHẾ 6 THÁNG ĐẦU NĂM 2023
STT Đơn vị Biên chế giao Đã tinh giản Tỷ lệ (%)
1 UBND huyện Hàm Yên 1.204 36 2,99
2 UBND huyện Na Hang 987 21 2,13
Mẫu số 01
BÁO CÁO KẾT QUẢ TINH GIẢN BIÊN CHẾ
STT Đơn vị Biên chế giao Đã tinh giản Tỷ lệ (%)
1 ... ... ... ...
"""


def test_an_annex_of_the_senders_figures_is_no_form(catalogue):
    draft = _read(
        catalogue,
        "Kết quả 6 tháng đầu năm của từng đơn vị tại Phụ lục kèm theo. Đề nghị các đơn vị báo "
        "cáo theo Mẫu số 01, gửi Sở Nội vụ trước ngày 20/9/2023 (số liệu chi tiết tại Phụ lục).",
        after=ANNEXES,
    )
    assert [t.forms for t in draft.tasks] == [("Mẫu số 01",)]


RESULTS = """
Mẫu số 01
KẾT QUẢ CẤU HÌNH PHẦN MỀM QUẢN LÝ CÔNG CHỨC (đến ngày ..../..../2023)
STT Đơn vị Số tài khoản Đã cấu hình
1 ... ... ...
"""


def test_a_report_that_only_points_at_the_work_is_named_by_its_forms_title(catalogue):
    draft = _read(
        catalogue,
        "1. Hoàn thành cấu hình phần mềm quản lý công chức trong tháng 9/2023.\n"
        "2. Báo cáo kết quả thực hiện khoản 1 (theo Mẫu số 01) về Sở Nội vụ trước ngày "
        "10/10/2023.",
        after=RESULTS,
    )
    report = draft.tasks[-1]
    assert report.forms == ("Mẫu số 01",)
    assert report.title == "Báo cáo kết quả cấu hình phần mềm quản lý công chức"


def test_a_form_enclosed_by_a_name_of_its_own_is_a_form_of_the_task_that_names_it(catalogue):
    text = (
        "UBND TỈNH TUYÊN QUANG\nSỞ Y TẾ\nSố: 91/SYT-KHTC\nV/v báo cáo khám bệnh từ xa\n"
        "Tuyên Quang, ngày 3 tháng 3 năm 2023\n\nKính gửi: UBND các huyện, thành phố.\n\n"
        "Định kỳ hằng quý, các đơn vị báo cáo kết quả khám bệnh từ xa theo Mẫu số 02 và Biểu "
        "tổng hợp kèm theo văn bản này, gửi về Sở Y tế trước ngày 20 tháng cuối quý.\n"
        "Trân trọng./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nMẫu số 02\nBÁO CÁO KẾT QUẢ\n\n"
        "BIỂU TỔNG HỢP\nSỐ LIỆU KHÁM BỆNH TỪ XA\n\nPHỤ LỤC KÈM THEO\n"
    )
    (task,) = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "yt.txt").tasks
    assert task.forms == ("Mẫu số 02", "Biểu tổng hợp")
    # when, before who and what, is no part of the title
    assert task.title.startswith("Báo cáo kết quả khám bệnh từ xa")


def test_a_sheet_enclosed_to_be_filled_is_a_form_by_its_name():
    from knowledge.letters.form_names import forms

    line = Line(1, "điền thông tin vào Phiếu đăng ký tham dự kèm theo, gửi trước ngày 20/5/2024.")
    assert forms([line]) == ("Phiếu đăng ký tham dự",)
    # a sheet the work hands out or receives is no form of the task
    assert forms([Line(2, "cấp phiếu tiếp nhận hồ sơ cho công dân trước ngày 20/5/2024")]) == ()


def test_a_report_that_only_points_is_named_by_its_form_titled_on_the_heading_s_line(catalogue):
    text = (
        "UBND TỈNH TUYÊN QUANG\nSỞ Y TẾ\nSố: 61/SYT-NVY\nV/v đợt tiêm vắc xin sởi\n"
        "Tuyên Quang, ngày 06 tháng 3 năm 2023\n\nKính gửi: UBND các huyện, thành phố.\n\n"
        "UBND các huyện, thành phố báo cáo kết quả thực hiện (theo Mẫu số 02) về Sở Y tế trước "
        "ngày 28/4/2023.\n\nTrân trọng./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\n"
        "Lê Văn Hải\n\nMẫu số 01: Danh sách điểm tiêm\nMẫu số 02: Kết quả tiêm vắc xin sởi\n"
        "STT | Xã | Số trẻ được tiêm\n"
    )
    (task,) = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "yt.txt").tasks
    assert task.forms == ("Mẫu số 02",)
    assert task.title == "Báo cáo kết quả tiêm vắc xin sởi"


def test_the_general_word_said_attached_is_kept_as_printed(catalogue):
    draft = _read(
        catalogue,
        "Đề nghị các đơn vị thống kê số biên chế đã tinh giản (theo mẫu đính kèm), gửi Sở Nội "
        "vụ trước ngày 20/9/2023.",
        ";\n- Lưu: VT.\n",
    )
    (task,) = draft.tasks
    assert task.forms == ("mẫu đính kèm",)
    # the form the copy list says the letter encloses names it, as for "theo mẫu"
    assert specific(("mẫu đính kèm",), ("Mẫu số 04",)) == ("Mẫu số 04",)


def test_a_date_in_the_aim_of_the_request_is_no_task(catalogue):
    draft = _read(
        catalogue,
        "Năm 2022, tỉnh xếp thứ 40/63 về chỉ số cải cách hành chính. Để kịp thời tổng hợp, "
        "báo cáo Bộ Nội vụ trước ngày 30/9/2023, Sở Nội vụ đề nghị các "
        "đơn vị thực hiện như sau:\n"
        "1. Báo cáo kết quả tinh giản biên chế, gửi Sở Nội vụ trước ngày 20/9/2023.\n"
        "2. Rà soát vị trí việc làm của cơ quan, đơn vị.",
        ";\n- Lưu: VT.\n",
    )
    (task,) = draft.tasks
    assert task.deadline.isoformat() == "2023-09-20"
    # nor is it said as a date the reader left out
    assert not [p for p in draft.problems if "30/9/2023" in p.message]


@pytest.mark.parametrize(
    ("printed", "named"),
    [
        ("theo mẫu đính kèm", "mẫu đính kèm"),
        ("theo mẫu kèm theo", "mẫu kèm theo"),
        ("theo biểu mẫu báo cáo kèm theo", "biểu mẫu báo cáo kèm theo"),
        ("theo Phụ lục kèm theo", "Phụ lục"),
        ("theo phụ lục đính kèm", "Phụ lục"),
        ("theo Biểu số 02 kèm theo", "Biểu số 02"),
    ],
)
def test_a_form_without_a_number_one_rule(printed, named):
    # an annex is named by its kind; the general word for a template keeps what says which
    # one it is, up to how it comes; a numbered form is its kind and number
    line = Line(1, f"Báo cáo kết quả ({printed}), gửi Sở Nội vụ.")
    assert forms([line]) == (named,)
    assert specific((named,), ()) == (named,)


def test_a_forms_figures_a_scan_printed_as_letters_are_read():
    line = Line(
        1, "báo cáo (theo Biểu số O2 kèm theo), lập danh sách theo Mẫu số l3 và Phụ lục II"
    )
    assert forms([line]) == ("Biểu số 02", "Mẫu số 13", "Phụ lục II")
