"""Who owes a task when a line names them by the items addressed to them."""

from __future__ import annotations

from knowledge.letters.extract import read_letter
from knowledge.letters.register import Register
from knowledge.letters.text import Line
from knowledge.letters.units import line_helpers, subject

LETTER = """UBND TỈNH TUYÊN QUANG
SỞ CÔNG THƯƠNG

Số: 91/SCT-QLTM
V/v cung cấp dữ liệu chợ truyền thống

Tuyên Quang, ngày 02 tháng 10 năm 2023

Kính gửi:
- Sở Tài chính;
- Sở Xây dựng;
- UBND huyện Hàm Yên;
- UBND huyện Na Hang.

1. Sở Tài chính
Cung cấp số liệu thu phí chợ năm 2022 (theo Biểu 01), gửi Sở Công Thương trước ngày 16/10/2023.
2. Sở Xây dựng
Phối hợp với Sở Công Thương rà soát quy hoạch chợ trên địa bàn tỉnh.
3. UBND huyện Hàm Yên, UBND huyện Na Hang
Báo cáo hiện trạng các chợ trên địa bàn (theo Biểu 02), gửi Sở Công Thương trước ngày 20/10/2023.
4. Tổ chức thực hiện
Các đơn vị nêu tại mục 1 và mục 3 cử 01 công chức đầu mối, gửi danh sách về Sở Công Thương \
trước ngày 09/10/2023.
Trân trọng./.
Nơi nhận:
- Như trên;
"""


def test_units_named_by_the_items_addressed_to_them(catalogue):
    draft = read_letter(LETTER, catalogue, catalogue.province("tuyen-quang"), "sct.txt")
    contacts = next(t for t in draft.tasks if "đầu mối" in t.title)
    assert set(contacts.units) == {"Sở Tài chính", "UBND huyện Hàm Yên", "UBND huyện Na Hang"}
    assert contacts.recipient == "Sở Công Thương"


def test_the_units_after_a_clause_of_when_owe_the_task(catalogue):
    text = LETTER.replace(
        "Các đơn vị nêu tại mục 1 và mục 3 cử 01 công chức đầu mối",
        "Sau khi hoàn thành rà soát quy hoạch, Sở Xây dựng cử 01 công chức đầu mối",
    )
    draft = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "sct.txt")
    contacts = next(t for t in draft.tasks if "đầu mối" in t.title)
    assert contacts.units == ("Sở Xây dựng",)


def test_a_list_of_items_and_a_unit_named_beside_them(catalogue):
    text = LETTER.replace(
        "Các đơn vị nêu tại mục 1 và mục 3 cử 01 công chức đầu mối",
        "Các đơn vị nêu tại mục 1, 3 và Sở Xây dựng cử 01 công chức đầu mối",
    )
    draft = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "sct.txt")
    contacts = next(t for t in draft.tasks if "đầu mối" in t.title)
    assert set(contacts.units) == {
        "Sở Tài chính",
        "UBND huyện Hàm Yên",
        "UBND huyện Na Hang",
        "Sở Xây dựng",
    }


def test_a_task_of_the_leads_of_other_items_is_owed_by_those_leads(catalogue):
    text = (
        LETTER.replace("4. Tổ chức thực hiện", "4. Kế hoạch chi tiết")
        .replace(
            "Phối hợp với Sở Công Thương rà soát quy hoạch chợ trên địa bàn tỉnh.",
            "Rà soát quy hoạch chợ, gửi Sở Công Thương trước ngày 25/10/2023.",
        )
        .replace(
            "Các đơn vị nêu tại mục 1 và mục 3 cử 01 công chức đầu mối",
            "Các cơ quan chủ trì nhiệm vụ tại mục 1 và mục 3 xây dựng kế hoạch chi tiết, "
            "cử 01 công chức đầu mối",
        )
    )
    draft = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "sct.txt")
    plan = next(t for t in draft.tasks if "đầu mối" in t.title)
    assert set(plan.units) == {"Sở Tài chính", "UBND huyện Hàm Yên", "UBND huyện Na Hang"}


POINTS = """UBND TỈNH KHÁNH HÒA     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 2410/STTTT-CNTT     Khánh Hòa, ngày 09 tháng 10 năm 2023
V/v hồ sơ liên thông

Kính gửi:
- Sở Tư pháp;
- Công an tỉnh;
- Sở Y tế.

1. Sở Tư pháp
a) Rà soát hồ sơ liên thông bị trả lại, gửi về Sở Thông tin và Truyền thông trước ngày 20/10/2023.
b) Thường xuyên hướng dẫn công chức hộ tịch.
2. Công an tỉnh
a) Phối hợp với Sở Tư pháp xác định nguyên nhân.
b) Hoàn thành đồng bộ trạng thái hồ sơ trong quý IV/2023.
3. Các cơ quan nêu tại điểm a mục 1 và điểm b mục 2 báo cáo kết quả về Sở Thông tin và Truyền \
thông trước ngày 15/12/2023.

Nơi nhận:
- Như trên;
"""


def test_the_units_over_the_points_a_line_names(catalogue):
    draft = read_letter(POINTS, catalogue, catalogue.province("khanh-hoa"), "p.txt")
    assert set(draft.tasks[-1].units) == {"Sở Tư pháp", "Công an tỉnh"}


def test_units_after_a_since_when_clause_are_the_lines_subject(catalogue):
    register = Register(catalogue, catalogue.province("tuyen-quang"))
    line = Line(1, "Kể từ tháng 9/2021, Sở Y tế báo cáo tình hình trước ngày 24 hằng tháng.")
    assert subject(line, register.mentions(line.text)) == ("Sở Y tế",)


NUMBERED = """UBND TỈNH TUYÊN QUANG
SỞ TƯ PHÁP

Số: 77/STP-HCTP
V/v số hóa sổ hộ tịch

Tuyên Quang, ngày 04 tháng 3 năm 2024

Kính gửi:
1. Sở Y tế;
2. Sở Tài chính;
3. Ủy ban nhân dân huyện Na Hang.

Sở Tư pháp đề nghị các cơ quan, đơn vị thực hiện:

1. Các đơn vị có tên tại Phụ lục kèm theo Công văn này nhập bổ sung các sổ còn thiếu, gửi \
kết quả theo Mẫu số 05 về Sở Tư pháp trước ngày 29/3/2024.

2. Các cơ quan, đơn vị có tên tại Kính gửi báo cáo tiến độ số hóa về Sở Tư pháp trước ngày \
15/4/2024

Nơi nhận:
- Như trên;
- Lưu: VT.

GIÁM ĐỐC

PHỤ LỤC
DANH SÁCH ĐƠN VỊ CÒN SỔ CHƯA SỐ HÓA
STT | Đơn vị | Số sổ
1 | Sở Y tế | 31
2 | UBND huyện Na Hang | 14
"""


def test_a_numbered_kinh_gui_and_the_units_an_attached_list_names(catalogue):
    draft = read_letter(NUMBERED, catalogue, catalogue.province("tuyen-quang"), "stp.txt")
    listed, everyone = draft.tasks
    # the annex lists the owners of the first duty: not a form to fill
    assert set(listed.units) == {"Sở Y tế", "UBND huyện Na Hang"}
    assert listed.forms == ("Mẫu số 05",)
    # the numbered Kính gửi is read whole
    assert set(everyone.units) == {"Sở Y tế", "Sở Tài chính", "UBND huyện Na Hang"}
    assert not draft.unread


def test_a_group_after_how_often_and_by_when_does_the_update(catalogue):
    # "Định kỳ hằng tháng, trước ngày 25, các sở, ban, ngành cập nhật …": the group after the
    # clause of when owes it, not every addressee of Kính gửi; "cập nhật" is a duty, not the
    # tier word "cấp" it folds like (the districts were drafted as owing it: ux17 item 2)
    province = catalogue.province("tuyen-quang")
    register = Register(catalogue, province)
    for text in (
        "Định kỳ hằng tháng, trước ngày 25, các sở, ban, ngành cập nhật tiến độ gửi Sở Y tế.",
        "Các sở, ban, ngành cập nhật tiến độ gửi Sở Y tế.",
    ):
        named = subject(Line(1, text), register.mentions(text))
        assert "Sở Xây dựng" in named and not any(n.startswith("UBND") for n in named), text


ANNEXED = """UBND TỈNH KHÁNH HÒA
SỞ TƯ PHÁP
Số: 120/STP-HCTP
V/v rà soát hồ sơ hộ tịch chưa số hóa
Khánh Hòa, ngày 04 tháng 3 năm 2024

Kính gửi: Các cơ quan, đơn vị có tên tại Phụ lục kèm theo.

Sở Tư pháp đề nghị các cơ quan, đơn vị thực hiện:
1. Rà soát hồ sơ hộ tịch
Các cơ quan, đơn vị có tên tại Phụ lục rà soát hồ sơ hộ tịch chưa số hóa, theo các bước sau:
Bước 1: Đối chiếu sổ hộ tịch lưu trữ với dữ liệu đã số hóa.
Bước 2: Lập danh sách hồ sơ chưa số hóa theo Mẫu số 01.
Danh sách gửi về Sở Tư pháp chậm nhất ngày 29/3/2024.
Trân trọng./.
Nơi nhận:
- Như trên;
- Lưu: VT.
GIÁM ĐỐC
Trần Văn Bình
PHỤ LỤC
DANH SÁCH CƠ QUAN, ĐƠN VỊ
STT | Tên cơ quan, đơn vị
1 | Sở Y tế
2 | Công an tỉnh
Mẫu số 01
DANH SÁCH HỒ SƠ HỘ TỊCH CHƯA SỐ HÓA
"""


def test_a_kinh_gui_to_those_an_annex_names_reads_the_annex_printed(catalogue):
    draft = read_letter(ANNEXED, catalogue, catalogue.province("khanh-hoa"), "stp.txt")
    (task,) = draft.tasks
    assert set(task.units) == {"Sở Y tế", "Công an tỉnh"}
    assert task.forms == ("Mẫu số 01",)  # the list of addressees is no form to fill
    # who does it is the units' field, not the title's
    assert task.title.startswith("Rà soát hồ sơ hộ tịch chưa số hóa"), task.title
    assert not draft.problems


def test_a_kinh_gui_to_an_annex_the_letter_lacks_is_said(catalogue):
    # the list was not sent with the letter: the item names no unit, said at its line
    text = ANNEXED.split("PHỤ LỤC")[0]
    draft = read_letter(text, catalogue, catalogue.province("khanh-hoa"), "stp.txt")
    assert any("có tên tại Phụ lục kèm theo" in str(p) for p in draft.problems)


def test_the_annex_that_lists_the_units_under_its_own_heading(catalogue):
    # "PHỤ LỤC" then "CÁC CƠ QUAN, ĐƠN VỊ THỰC HIỆN …" (no "DANH SÁCH"), and its "(Kèm theo …
    # của Sở Tư pháp)" naming the letter, not a unit of the list
    text = ANNEXED.replace(
        "PHỤ LỤC\nDANH SÁCH CƠ QUAN, ĐƠN VỊ\n",
        "PHỤ LỤC\nCÁC CƠ QUAN, ĐƠN VỊ THỰC HIỆN RÀ SOÁT\n(Kèm theo Văn bản số 120/STP-HCTP ngày "
        "04/3/2024 của Sở Tư pháp; gửi Sở Tài chính để biết)\n",
    )
    assert "THỰC HIỆN RÀ SOÁT" in text
    draft = read_letter(text, catalogue, catalogue.province("khanh-hoa"), "stp.txt")
    (task,) = draft.tasks
    assert set(task.units) == {"Sở Y tế", "Công an tỉnh"}
    assert task.forms == ("Mẫu số 01",) and not draft.problems


def test_units_that_do_a_duty_themselves_open_it(catalogue):
    register = Register(catalogue, catalogue.province("tuyen-quang"))
    line = Line(1, "UBND huyện Na Hang tự đánh giá mức độ chuyển đổi số, gửi Sở Nội vụ.")
    assert subject(line, register.mentions(line.text)) == ("UBND huyện Na Hang",)
    since = Line(2, "UBND huyện Na Hang từ năm 2022 đã triển khai phần mềm.")
    assert subject(since, register.mentions(since.text)) == ()


def test_partners_named_after_the_lead_with_a_support_duty_help(catalogue):
    register = Register(catalogue, catalogue.province("tuyen-quang"))
    line = Line(
        1, "Sở Y tế chủ trì, Sở Tài chính và Sở Nội vụ phối hợp cung cấp số liệu trước 5/6/2024."
    )
    assert line_helpers(line, register.mentions(line.text)) == ("Sở Tài chính", "Sở Nội vụ")
    # the lead alone, its own work
    alone = Line(2, "Sở Y tế chủ trì, hoàn thành số liệu trước 5/6/2024.")
    assert line_helpers(alone, register.mentions(alone.text)) == ()
