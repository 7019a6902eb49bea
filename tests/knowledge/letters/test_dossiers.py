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
