"""Forms named by words as printed, where a table's rows send, support pointed at an item of
several duties, and the agencies among the addressees (knowledge/letters)."""

from __future__ import annotations

from knowledge.letters.extract import read_letter
from knowledge.letters.form_names import forms
from knowledge.letters.text import Line

HEAD = """UBND TỈNH TUYÊN QUANG     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NỘI VỤ     Độc lập - Tự do - Hạnh phúc
Số: 540/SNV-CCHC     Tuyên Quang, ngày 4 tháng 9 năm 2023
V/v báo cáo kết quả tinh giản biên chế

"""


def _read(catalogue, to: str, body: str):
    text = HEAD + f"Kính gửi:\n{to}\n\n" + body + "\nTrân trọng./.\nNơi nhận:\n- Như trên"
    return read_letter(text, catalogue, catalogue.province("tuyen-quang"), "snv.txt")


def test_an_outline_is_named_as_printed_and_pointed_back_at():
    # the outline's own name, "Đề cương báo cáo", and a later duty made "theo … nêu trên"
    line = Line(1, "Báo cáo theo Đề cương báo cáo kèm theo, gửi Sở Nội vụ.")
    assert forms([line]) == ("Đề cương báo cáo",)
    assert forms([Line(2, "báo cáo hằng quý theo Đề cương báo cáo nêu trên")]) == (
        "Đề cương báo cáo",
    )


def test_a_form_printed_as_a_name_is_kept_whole():
    line = Line(1, "Thống kê số hồ sơ (theo Mẫu thống kê kèm theo), gửi Sở Nội vụ.")
    assert forms([line]) == ("Mẫu thống kê",)
    # the general word keeps what says which form it is; a numbered form stays as it was read
    assert forms([Line(2, "tổng hợp theo mẫu báo cáo kèm theo")]) == ("mẫu báo cáo kèm theo",)
    assert forms([Line(3, "theo Mẫu số 02 kèm theo")]) == ("Mẫu số 02",)


def test_the_close_under_a_table_says_where_every_rows_work_goes(catalogue):
    body = (
        "Sở Nội vụ đề nghị các cơ quan thực hiện các nội dung sau:\n"
        "TT | Nội dung công việc | Đơn vị thực hiện | Thời hạn hoàn thành\n"
        "1 | Rà soát, lập hồ sơ đề xuất vị trí việc làm | Sở Y tế | Trước ngày 15/10/2023\n"
        "2 | Thống kê thiết bị tại Bộ phận Một cửa | UBND huyện Hàm Yên | Trước ngày 20/10/2023\n"
        "Hồ sơ, báo cáo của các cơ quan, đơn vị gửi về Sở Nội vụ để tổng hợp.\n"
    )
    draft = _read(catalogue, "- Sở Y tế;\n- UBND huyện Hàm Yên.", body)
    assert [t.recipient for t in draft.tasks] == ["Sở Nội vụ", "Sở Nội vụ"]


def test_support_for_the_units_of_an_item_serves_the_duties_whose_work_it_names(catalogue):
    # each point dated by a line of its own ("Thời gian hoàn thành: …"): the work is the point's
    body = (
        "Sở Nội vụ đề nghị các cơ quan thực hiện một số nội dung sau:\n"
        "1. Sở Y tế\n"
        "a) Rà soát, thống kê số hồ sơ đã được số hóa của cơ quan, gửi Sở Nội vụ.\n"
        "Thời gian hoàn thành: trước ngày 25/9/2023.\n"
        "b) Tổ chức tập huấn nghiệp vụ văn thư cho công chức. Thời gian hoàn thành: chậm nhất "
        "ngày 15/12/2023.\n"
        "2. Sở Thông tin và Truyền thông\n"
        "Phối hợp với Sở Nội vụ hỗ trợ kỹ thuật cho các cơ quan, đơn vị nêu tại mục 1 văn bản "
        "này trong quá trình rà soát, thống kê hồ sơ.\n"
    )
    draft = _read(catalogue, "- Sở Y tế;\n- Sở Thông tin và Truyền thông.", body)
    assert [t.supporting for t in draft.tasks] == [("Sở Thông tin và Truyền thông",), ()]


def test_a_help_pointing_at_an_item_serves_the_duty_it_names_there(catalogue):
    body = (
        "Sở Nội vụ đề nghị:\n"
        "1. Sở Giao thông vận tải\n"
        "Phối hợp với Sở Nội vụ kiểm thử phần mềm quản lý hồ sơ; báo cáo kết quả kiểm thử về "
        "Sở Nội vụ chậm nhất ngày 30/10/2023.\n"
        "Kể từ tháng 11/2023, định kỳ trước ngày 25 hằng tháng, thống kê số văn bản điện tử đã "
        "ký số, gửi Sở Nội vụ.\n"
        "2. Sở Thông tin và Truyền thông\n"
        "- Hỗ trợ Sở Giao thông vận tải về kỹ thuật kết nối trong quá trình kiểm thử nêu tại "
        "mục 1.\n"
        "- Thống kê số lượt truy cập Cổng thông tin điện tử, gửi Sở Nội vụ trước ngày "
        "15/11/2023.\n"
    )
    draft = _read(catalogue, "- Sở Giao thông vận tải;\n- Sở Thông tin và Truyền thông.", body)
    # the test is helped, the monthly count is not; working with the sender helps no one
    assert [t.supporting for t in draft.tasks] == [("Sở Thông tin và Truyền thông",), (), ()]


def test_the_agencies_named_at_the_addressees_leave_out_the_districts(catalogue):
    body = (
        "Sở Nội vụ đề nghị:\n"
        "1. Các Sở nêu tại Kính gửi\n"
        "Báo cáo kết quả tinh giản biên chế theo Mẫu số 01, gửi Sở Nội vụ trước ngày "
        "30/9/2023.\n"
        "2. Sở Xây dựng\n"
        "Chủ trì, phối hợp với UBND các huyện, thành phố hướng dẫn tổ chức, cá nhân nộp hồ sơ "
        "cấp phép xây dựng trực tuyến; hoàn thành trong quý IV/2023.\n"
    )
    draft = _read(catalogue, "- Các Sở: Tư pháp, Xây dựng;\n- UBND các huyện, thành phố.", body)
    first, second = draft.tasks
    assert set(first.units) == {"Sở Xây dựng", "Sở Tư pháp"}
    # the people hand in their dossiers: the guidance itself is sent to no one
    assert second.units == ("Sở Xây dựng",) and second.recipient is None
