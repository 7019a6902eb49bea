"""The head of a letter: who sends it when the issuer is printed under its parent, and where the
body ends."""

from __future__ import annotations

from pathlib import Path

from knowledge.letters.extract import read_letter
from knowledge.letters.header import read_header
from knowledge.letters.text import lines_of

OFFICE = """ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
VĂN PHÒNG     Độc lập - Tự do - Hạnh phúc
Số: 77/VP-HCTC     Tuyên Quang, ngày 12 tháng 9 năm 2022
V/v cập nhật danh bạ điện thoại công vụ

Kính gửi: Các sở, ban, ngành.

Đề nghị các cơ quan gửi danh bạ cập nhật về Văn phòng UBND tỉnh trước ngày 30/9/2022.
Nơi nhận:
- Như trên;
"""


def _read(catalogue, text):
    return read_letter(text, catalogue, catalogue.province("tuyen-quang"), "vp.txt")


def test_an_office_printed_under_the_committee_is_the_committees_office(catalogue):
    draft = _read(catalogue, OFFICE)
    assert draft.letter.sender == "Văn phòng UBND tỉnh"
    assert draft.letter.number == "77/VP-HCTC"
    assert draft.letter.subject == "cập nhật danh bạ điện thoại công vụ"
    (task,) = draft.tasks
    assert "Văn phòng UBND tỉnh" not in task.units and task.recipient == "Văn phòng UBND tỉnh"


def test_an_office_under_a_committee_printed_on_two_lines_is_its_office(catalogue):
    text = OFFICE.replace(
        "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n",
        "ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n",
    ).replace(
        "VĂN PHÒNG     Độc lập - Tự do - Hạnh phúc", "VĂN PHÒNG\nĐộc lập - Tự do - Hạnh phúc"
    )
    assert _read(catalogue, text).letter.sender == "Văn phòng UBND tỉnh"


def test_the_committee_itself_signs_as_the_committee(catalogue):
    text = OFFICE.replace("VĂN PHÒNG     Độc", "Độc").replace("77/VP-HCTC", "77/UBND-HCTC")
    assert _read(catalogue, text).letter.sender == "UBND tỉnh"


def test_a_department_under_the_committee_is_the_department(catalogue):
    text = OFFICE.replace("ỦY BAN NHÂN DÂN TỈNH", "UBND TỈNH").replace("VĂN PHÒNG", "SỞ NỘI VỤ")
    assert _read(catalogue, text).letter.sender == "Sở Nội vụ"


def test_a_recipient_label_in_the_body_does_not_end_it():
    text = (
        "Kính gửi: Các sở, ban, ngành.\n"
        "Nội dung: Báo cáo số liệu\n"
        "Nơi nhận: Sở Thông tin và Truyền thông\n"
        "Thời gian: Trước ngày 24/02/2023\n"
        "Trân trọng./.\n"
        "Nơi nhận:\n"
        "- Như trên;\n"
    )
    lines = lines_of(text)
    header = read_header(lines)
    body = [ln.text for ln in lines[header.body_start : header.body_end]]
    assert body[-1] == "Thời gian: Trước ngày 24/02/2023"


def test_the_copy_list_after_the_signature_column_ends_the_body():
    text = (
        "Kính gửi: Sở Y tế.\nBáo cáo trước ngày 2/3/2022.\nNơi nhận: KT. GIÁM ĐỐC\n- Như trên;\n"
    )
    lines = lines_of(text)
    header = read_header(lines)
    assert [ln.text for ln in lines[header.body_start : header.body_end]] == [
        "Báo cáo trước ngày 2/3/2022."
    ]


PLAN = """ỦY BAN NHÂN DÂN     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH TUYÊN QUANG     Độc lập - Tự do - Hạnh phúc
Số: 12/KH-UBND     Tuyên Quang, ngày 3 tháng 4 năm 2024

KẾ HOẠCH
Chuyển đổi số trong công tác văn thư
của các cơ quan nhà nước năm 2024

Căn cứ Nghị định số 30/2020/NĐ-CP của Chính phủ;

I. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ
Báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày 15/11/2024.
"""


def test_a_plan_without_a_subject_line_is_about_what_is_printed_under_its_kind(catalogue):
    draft = _read(catalogue, PLAN)
    assert draft.letter.subject == (
        "Chuyển đổi số trong công tác văn thư của các cơ quan nhà nước năm 2024"
    )
    assert draft.letter.number == "12/KH-UBND" and draft.letter.sender == "UBND tỉnh"
    (task,) = draft.tasks
    assert task.units == ("Sở Nội vụ",) and str(task.deadline) == "2024-11-15"


def test_a_kind_in_capitals_in_the_body_is_no_subject(catalogue):
    text = OFFICE.replace("Đề nghị", "BÁO CÁO\nĐề nghị")
    assert _read(catalogue, text).letter.subject == "cập nhật danh bạ điện thoại công vụ"


def test_a_letter_without_a_date_line_is_said_though_its_tasks_are_dated(catalogue):
    text = (
        "UBND TỈNH TUYÊN QUANG\nSỞ Y TẾ\nSố: 40/SYT-NVY\nV/v rà soát trạm y tế\n\n"
        "Kính gửi: UBND các huyện, thành phố.\n\n"
        "UBND các huyện, thành phố rà soát trang thiết bị trạm y tế xã, gửi Sở Y tế trước ngày "
        "12/7/2022.\n\nTrân trọng./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn Hải\n"
    )
    draft = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "yt.txt")
    (task,) = draft.tasks
    assert task.deadline is not None and task.deadline.isoformat() == "2022-07-12"
    # the letter's date is unknown: a line of its own, and nothing is published before a look
    (problem,) = draft.problems
    assert not problem.doubt and "không rõ ngày của công văn" in problem.message
    assert draft.letter.date is None and not draft.publishable


def test_a_letter_with_no_kinh_gui_that_opens_with_a_table_reads_its_rows(catalogue):
    path = Path(__file__).resolve().parents[2] / "data" / "letters" / "table_first.txt"
    province = catalogue.province("tuyen-quang")
    draft = read_letter(path.read_text(encoding="utf-8"), catalogue, province, path.name)
    assert (draft.letter.number, str(draft.letter.date)) == ("744/STTTT-BCVT", "2023-09-18")
    # the table's cells are the body's rows, not the head's columns
    assert [(t.units, str(t.deadline)) for t in draft.tasks] == [
        (("Viễn thông Tuyên Quang",), "2023-10-10"),
        (("Sở Y tế", "Sở Tư pháp"), "2023-10-20"),
    ]


def test_a_subject_wrapped_under_its_column_keeps_a_line_opening_on_a_name():
    # the subject's column printed beside the date's, its next lines opening with capitals
    text = (
        "SỞ Y TẾ                           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 12/SYT-KHTC\n"
        "V/v triển khai ứng dụng              Tuyên Quang, ngày 03 tháng 5 năm 2023\n"
        "Hồ sơ sức khỏe điện tử trên\n"
        "VNeID năm 2023\n"
        "\n"
        "Kính gửi: Các sở, ban, ngành.\n"
    )
    header = read_header(lines_of(text))
    assert header.subject == "triển khai ứng dụng Hồ sơ sức khỏe điện tử trên VNeID năm 2023"


def test_an_issuer_printed_without_its_marks_is_no_number_line(catalogue):
    # "SO THONG TIN …" (a scan that lost the marks) opens as "Số" does: a colon, a figure or
    # a slash after "Số" makes the number line, and the issuer stays the sender
    text = (
        "UBND TINH TUYEN QUANG\nSO THONG TIN VA TRUYEN THONG\nSo: 613/STTTT-CNTT\n"
        "Tuyen Quang, ngay 12 thang 6 nam 2024\nKinh gui: Cac so, ban, nganh.\n"
    )
    header = read_header(lines_of(text))
    assert header.number == "613/STTTT-CNTT"
    draft = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "cv.txt")
    assert draft.letter.sender == "Sở Thông tin và Truyền thông"
    blank = read_header(lines_of(text.replace("So: 613/", "Số /")))
    assert blank.number is None and blank.code == "STTTT-CNTT"
