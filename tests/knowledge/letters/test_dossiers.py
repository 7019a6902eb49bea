"""A dossier described in one section and dated in another ("3. Thời hạn"): the timing line
names what it sends, and the section that makes it gives its steps, its parts and its forms."""

from __future__ import annotations

from datetime import date

from knowledge.letters.extract import read_letter

HEAD = """UBND TỈNH TUYÊN QUANG     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ KHOA HỌC VÀ CÔNG NGHỆ     Độc lập - Tự do - Hạnh phúc
Số: 610/SKHCN-QLKH     Tuyên Quang, ngày 6 tháng 3 năm 2024
V/v đề xuất nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2025

Kính gửi: Các sở, ban, ngành.

"""

STEPS = (
    HEAD
    + """1. Phạm vi đề xuất
Các nhiệm vụ nghiên cứu phục vụ chuyển đổi số; đơn vị không có đề xuất gửi báo cáo để tổng hợp.
2. Cách thức và hồ sơ đề xuất
Bước 1: Rà soát nhu cầu nghiên cứu của đơn vị.
Bước 2: Lập phiếu đề xuất, gửi Sở Khoa học và Công nghệ. Hồ sơ gồm:
(1) Văn bản đề xuất của đơn vị;
(2) Phiếu đề xuất nhiệm vụ (theo Mẫu số 03 kèm theo);
(3) Tài liệu khác có liên quan (nếu có).
Bước 3: Sở Khoa học và Công nghệ tổng hợp, lấy ý kiến hội đồng tư vấn.
3. Thời hạn
Hồ sơ gửi về Sở Khoa học và Công nghệ trước ngày 29/3/2024.
Trân trọng./.
Nơi nhận:
- Như trên;
"""
)


def _read(catalogue, text):
    return read_letter(text, catalogue, catalogue.province("tuyen-quang"), "skhcn.txt")


def test_the_timing_line_dates_the_section_that_makes_its_dossier(catalogue):
    draft = _read(catalogue, STEPS)
    assert not draft.problems
    (task,) = draft.tasks
    assert task.deadline == date(2024, 3, 29)
    assert len(task.steps) == 3 and task.steps[0].startswith("Bước 1: Rà soát")
    assert [c[:12] for c in task.contents] == ["Văn bản đề x", "Phiếu đề xuấ", "Tài liệu khá"]
    assert task.forms == ("Mẫu số 03",)  # named by a part of the dossier
    assert task.recipient == "Sở Khoa học và Công nghệ"
    assert task.title.startswith("Hồ sơ đề xuất gửi về Sở Khoa học và Công nghệ")


def test_the_parts_of_a_dossier_named_at_length(catalogue):
    text = STEPS.replace("Hồ sơ gồm:", "Hồ sơ đề xuất nhiệm vụ gồm có:")
    (task,) = _read(catalogue, text).tasks
    assert len(task.contents) == 3


PLAN = (
    HEAD
    + """1. Xây dựng Kế hoạch ứng dụng khoa học năm 2025 của đơn vị theo đề cương tại Phụ lục kèm \
theo văn bản này.
2. Thời hạn gửi Kế hoạch:
a) Gửi dự thảo Kế hoạch về Sở Khoa học và Công nghệ trước ngày 15/4/2024 để góp ý;
b) Hoàn thiện, ban hành Kế hoạch và gửi bản chính thức về Sở Khoa học và Công nghệ trước ngày \
31/5/2024.
3. Các nội dung của Kế hoạch năm 2024 chưa thực hiện được chuyển sang năm 2025.
Trân trọng./.
Nơi nhận:
- Như trên;
"""
)


def test_a_draft_date_and_a_final_date_are_two_tasks_of_the_section_that_makes_it(catalogue):
    draft = _read(catalogue, PLAN)
    assert not draft.problems
    first, final = draft.tasks
    assert (first.deadline, final.deadline) == (date(2024, 4, 15), date(2024, 5, 31))
    assert first.forms == final.forms == ("Phụ lục",)  # the form of "1. Xây dựng Kế hoạch …"
    assert first.units == final.units and len(first.units) > 10
    assert "mục 1" in first.source and "mục 1" in final.source


ORGANISED = (
    HEAD
    + """I. YÊU CẦU VÀ HỒ SƠ ĐỀ XUẤT
1. Yêu cầu
- Nhiệm vụ đề xuất phải thuộc Chương trình khoa học và công nghệ của tỉnh.
2. Hồ sơ
Mỗi nhiệm vụ lập 01 bộ hồ sơ. Hồ sơ gồm:
a) Văn bản đề xuất của cơ quan, đơn vị;
b) Thuyết minh nhiệm vụ (theo Mẫu số 01);
c) Dự toán kinh phí (theo Mẫu số 02).
II. TỔ CHỨC THỰC HIỆN
1. Các sở, ban, ngành lập hồ sơ đề xuất theo nội dung tại mục I, gửi Sở Khoa học và Công \
nghệ trước ngày 15/4/2024.
2. Sở Tài chính cho ý kiến về dự toán kinh phí khi Sở Khoa học và Công nghệ đề nghị.
Trân trọng./.
"""
)


def test_an_item_of_the_organising_part_dates_the_part_it_names(catalogue):
    draft = read_letter(ORGANISED, catalogue, catalogue.province("tuyen-quang"), "kh.txt")
    assert not draft.problems
    (task,) = draft.tasks
    assert task.deadline == date(2024, 4, 15)
    assert task.contents == (
        "Văn bản đề xuất của cơ quan, đơn vị;",
        "Thuyết minh nhiệm vụ (theo Mẫu số 01);",
        "Dự toán kinh phí (theo Mẫu số 02).",
    )
    assert task.forms == ("Mẫu số 01", "Mẫu số 02")
    assert "mục I" not in task.title and task.title.startswith("Lập hồ sơ đề xuất gửi")


REPORTED = (
    HEAD
    + """Sở Khoa học và Công nghệ đề nghị các cơ quan, đơn vị thực hiện như sau:
1. Về báo cáo kết quả thực hiện nhiệm vụ khoa học và công nghệ
Hằng quý, trước ngày 20 của tháng cuối quý, kể từ quý II/2024, các cơ quan, đơn vị báo cáo \
tình hình thực hiện nhiệm vụ, gửi Sở Khoa học và Công nghệ.
Báo cáo tập trung vào các nội dung sau:
- Tiến độ thực hiện từng nhiệm vụ;
- Kinh phí đã giải ngân;
- Khó khăn, vướng mắc và kiến nghị.
Số liệu tổng hợp theo Phụ lục I và Phụ lục II kèm theo văn bản này.
Trân trọng./.
"""
)


def test_a_report_lists_what_it_holds_and_its_item_names_its_forms(catalogue):
    draft = read_letter(REPORTED, catalogue, catalogue.province("tuyen-quang"), "kh.txt")
    (task,) = draft.tasks
    assert task.recurrence is not None and task.recurrence.first == date(2024, 6, 20)
    assert task.contents == (
        "Tiến độ thực hiện từng nhiệm vụ;",
        "Kinh phí đã giải ngân;",
        "Khó khăn, vướng mắc và kiến nghị.",
    )
    assert task.forms == ("Phụ lục I", "Phụ lục II")


def test_steps_printed_in_the_item_beside_the_dated_one_of_the_same_part(catalogue):
    text = (
        HEAD
        + """I. TỰ ĐÁNH GIÁ
1. Cách thức thực hiện
Bước 1 – Rà soát nhu cầu nghiên cứu của đơn vị.
Bước 2 – Lập phiếu đề xuất.
2. Hồ sơ và thời hạn gửi
Hồ sơ gửi về Sở Khoa học và Công nghệ trước ngày 29/3/2024.
II. BÁO CÁO NĂM
Các đơn vị gửi báo cáo năm trước ngày 15/4/2024.
Trân trọng./.
Nơi nhận:
- Như trên;
"""
    )
    first, second = _read(catalogue, text).tasks
    assert [s[:6] for s in first.steps] == ["Bước 1", "Bước 2"]
    assert second.steps == ()  # another part's
