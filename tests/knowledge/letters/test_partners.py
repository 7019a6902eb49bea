"""The pure rules of who leads, who helps and what a line sends: a unit that "chủ trì" leads its
duty (even the sender), its partners after "phối hợp với" help it; a support duty counted from
a day no one can date is no task; a list of owners parted by ";" is one subject; a reference
anchored at the letter counts from its top; what a line sends and what it only names."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.letters.dates import deadlines
from knowledge.letters.duties import own_clause
from knowledge.letters.extract import read_letter
from knowledge.letters.form_names import forms
from knowledge.letters.opening import SENDS
from knowledge.letters.references import ANYWHERE, references
from knowledge.letters.text import Line, lines_of, plain
from knowledge.letters.title_units import who_left_out
from knowledge.letters.units import helpers_in, leads, line_helpers, support_duty


def test_the_unit_that_opens_a_duty_with_chu_tri_leads_it(register):
    line = Line(1, "1. Sở Tài chính chủ trì, phối hợp với Sở Y tế rà soát danh mục phí.")
    assert leads(line, "Sở Tài chính", register)
    assert not leads(line, "Sở Y tế", register)  # a partner, not the lead
    asked = Line(2, "Đề nghị Sở Tài chính phối hợp với Sở Y tế rà soát danh mục phí.")
    assert not leads(asked, "Sở Tài chính", register)


def test_a_lead_gives_support_only_when_what_it_leads_is_support(register):
    works = Line(1, "Giao Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ rà soát, khắc phục lỗi.")
    guides = Line(2, "Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ hướng dẫn các đơn vị số hóa.")
    assert helpers_in([works], register) == ()
    assert helpers_in([guides], register) == ("Sở Tư pháp",)


def test_a_support_duty_is_told_from_a_deliverable(register):
    assert support_duty(Line(1, "Cho ý kiến góp ý đối với dự thảo tại mục 1."), register)
    assert support_duty(Line(2, "UBND các huyện, thành phố phối hợp rà soát số liệu."), register)
    assert support_duty(Line(3, "Bố trí cán bộ kỹ thuật trực hỗ trợ các đơn vị."), register)
    assert not support_duty(Line(4, "Sở Y tế gửi báo cáo về Sở Tài chính."), register)


def test_owners_parted_by_a_semicolon_stay_one_subject(register):
    text = "2. Các Sở: Xây dựng, Y tế; Bảo hiểm xã hội tỉnh rà soát, gửi trước ngày 24/3/2023."
    line = Line(1, text)
    (found,) = deadlines(text, 2023)
    assert own_clause(line, found, register).start == 0
    two = "Sở Y tế báo cáo trước ngày 25/8/2023; Sở Xây dựng gửi trước ngày 30/8/2023."
    second = deadlines(two, 2023)[1]
    assert own_clause(Line(2, two), second, register).line.text.startswith("Sở Xây dựng")


def test_a_reference_anchored_at_the_letter_counts_from_its_top():
    assert references("phục vụ báo cáo tại điểm 1 văn bản này") == [("1",)]
    assert references("tại điểm 1.1 của công văn này") == [("1", "1")]
    assert references("nêu tại điểm 2") == [(ANYWHERE, "2")]


def test_a_form_the_work_picks_from_is_no_form_to_fill():
    line = Line(1, "Rà soát các dịch vụ có trong Biểu 01; lập báo cáo theo Phụ lục I, II.")
    assert forms([line]) == ("Phụ lục I", "Phụ lục II")
    assert forms([Line(2, "các dịch vụ thuộc Biểu 02 kèm theo văn bản số 215")]) == ()


@pytest.mark.parametrize(
    ("text", "sends"),
    [
        ("hoàn thành tích hợp, cung cấp trên Cổng Dịch vụ công Quốc gia", False),
        ("phục vụ xác thực thông tin công dân khi nộp hồ sơ trực tuyến", False),
        ("hoàn thành cung cấp toàn bộ dịch vụ công trực tuyến mức độ 4", False),
        ("cung cấp đầy đủ các dịch vụ bưu chính công ích", False),
        ("hoàn thành tích hợp, cung cấp 12 dịch vụ công thiết yếu trên Cổng", False),
        ("bảo đảm cung cấp trực tuyến toàn trình; xong trước ngày 21/10/2022", False),
        ("cung cấp 12 hồ sơ mẫu cho Sở Tư pháp", True),
        ("cung cấp số liệu, gửi Sở Nội vụ", True),
        ("nộp hồ sơ đề xuất về Sở Thông tin và Truyền thông", True),
    ],
)
def test_what_a_line_sends(text, sends):
    assert bool(SENDS.search(plain(text))) is sends


def test_a_head_in_columns_keeps_its_fields_apart():
    text = (
        "UBND TỈNH TUYÊN QUANG                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ NỘI VỤ                                         Độc lập - Tự do - Hạnh phúc\n"
        "Số: 77/SNV-CCHC                                Tuyên Quang, ngày 05 tháng 9 năm 2023\n"
        "V/v báo cáo kết quả cải cách hành chính quý III năm 2023 của các cơ quan, đơn\n"
        "vị trên địa bàn tỉnh\n"
        "Kính gửi: Các sở, ban, ngành.\n"
    )
    texts = [ln.text for ln in lines_of(text)]
    assert "Số: 77/SNV-CCHC" in texts
    assert "Tuyên Quang, ngày 05 tháng 9 năm 2023" in texts
    assert any(t.startswith("V/v báo cáo") and t.endswith("trên địa bàn tỉnh") for t in texts)


COMMENTS = """UBND TỈNH TUYÊN QUANG
SỞ TƯ PHÁP

Số: 301/STP-XDKT
V/v góp ý dự thảo quy chế quản lý dữ liệu

Tuyên Quang, ngày 10 tháng 5 năm 2023

Kính gửi:
- Sở Y tế;
- Sở Xây dựng;
- UBND huyện Na Hang.

Đề nghị Sở Y tế, Sở Xây dựng rà soát dự thảo quy chế, gửi văn bản góp ý về Sở Tư pháp trước \
ngày 25/5/2023. UBND huyện Na Hang cho ý kiến góp ý đối với dự thảo trong thời hạn 05 ngày làm \
việc kể từ ngày nhận được dự thảo.

Trân trọng./.

Nơi nhận:
- Như trên;
- Lưu: VT.
"""


def test_a_comment_counted_from_its_receipt_is_support_not_a_task(catalogue):
    draft = read_letter(COMMENTS, catalogue, catalogue.province("tuyen-quang"), "stp.txt")
    assert not draft.problems
    (task,) = draft.tasks
    assert set(task.units) == {"Sở Xây dựng", "Sở Y tế"}
    assert task.supporting == ("UBND huyện Na Hang",)


SENDER_PARTNERS = """UBND TỈNH TUYÊN QUANG
SỞ TƯ PHÁP
Số: 230/STP-HCTP
V/v liên thông thủ tục khai sinh, khai tử
Tuyên Quang, ngày 6 tháng 9 năm 2023

Kính gửi:
- Văn phòng UBND tỉnh;
- Sở Y tế.

1. Đề nghị Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Tư pháp, Sở Y tế cấu hình quy trình \
liên thông khai sinh, khai tử trên Hệ thống thông tin giải quyết thủ tục hành chính, hoàn \
thành trong tháng 10/2023.
2. Đề nghị Sở Y tế phối hợp với Sở Tư pháp rà soát số giấy chứng sinh đã cấp, gửi kết quả về \
Sở Tư pháp trước ngày 30/9/2023.

Trân trọng./.
Nơi nhận:
- Như trên;
"""


def test_the_sender_the_owners_work_with_supports_but_never_receives(catalogue):
    draft = read_letter(SENDER_PARTNERS, catalogue, catalogue.province("tuyen-quang"), "stp.txt")
    by_date = {t.deadline: t for t in draft.tasks}
    config = by_date[date(2023, 10, 31)]
    assert config.units == ("Văn phòng UBND tỉnh",)
    assert set(config.supporting) == {"Sở Tư pháp", "Sở Y tế"}
    review = by_date[date(2023, 9, 30)]  # sent to the sender: it is no partner of its own
    assert review.units == ("Sở Y tế",) and review.supporting == ()
    assert review.recipient == "Sở Tư pháp"


def test_a_partner_of_the_duty_that_also_receives_it_supports_it(catalogue):
    # a committee's letter: the lead works with Sở Tư pháp and reports to it; Sở Tư pháp is
    # not the sender, so it is both the partner (supporting) and where the report goes
    text = SENDER_PARTNERS.replace("SỞ TƯ PHÁP\n", "").replace("230/STP-HCTP", "230/UBND-KSTT")
    text = text.replace(
        "2. Đề nghị Sở Y tế phối hợp với Sở Tư pháp",
        "2. Sở Y tế chủ trì, phối hợp với Sở Tư pháp",
    )
    assert "2. Sở Y tế chủ trì, phối hợp với Sở Tư pháp" in text
    draft = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "ub.txt")
    review = {t.deadline: t for t in draft.tasks}[date(2023, 9, 30)]
    assert review.units == ("Sở Y tế",) and review.supporting == ("Sở Tư pháp",)
    assert review.recipient == "Sở Tư pháp"


def test_a_lead_whose_partners_follow_phoi_hop_without_voi_still_leads(register):
    # "chủ trì, phối hợp Viễn thông …": the partner is named at once, without "với"
    cell = Line(1, "Sở Tư pháp chủ trì, phối hợp Sở Nội vụ")
    assert helpers_in([cell], register) == ()
    works = Line(2, "Sở Tư pháp chủ trì, phối hợp Sở Nội vụ rà soát thủ tục chứng thực.")
    assert helpers_in([works], register) == ()
    assert leads(works, "Sở Tư pháp", register)


def test_a_units_cell_naming_a_lead_and_its_partner_parts_them(catalogue):
    text = (
        "UBND TỈNH TUYÊN QUANG\nSỞ NỘI VỤ\nSố: 41/SNV-CCHC\nV/v số hóa hồ sơ lưu trữ\n"
        "Tuyên Quang, ngày 6 tháng 3 năm 2024\n\nKính gửi: Sở Tư pháp; Sở Y tế.\n\n"
        "Sở Nội vụ đề nghị các cơ quan thực hiện các việc sau:\n"
        "TT | Nhiệm vụ | Đơn vị thực hiện | Thời hạn\n"
        "1 | Số hóa sổ hộ tịch lưu trữ | Sở Tư pháp chủ trì, phối hợp Sở Y tế | Trong tháng "
        "4/2024\n\nTrân trọng./.\nNơi nhận:\n- Như trên;\n"
    )
    (task,) = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "s.txt").tasks
    assert task.units == ("Sở Tư pháp",) and task.supporting == ("Sở Y tế",)


def test_a_role_printed_after_a_name_or_partners_named_with_cung(register):
    # "Sở A (chủ trì), Sở B (phối hợp)": each name's role in brackets after it
    cell = Line(1, "Sở Tư pháp (chủ trì), Sở Y tế (phối hợp)")
    assert line_helpers(cell, register.mentions(cell.text)) == ("Sở Y tế",)
    aid = Line(2, "Sở Tư pháp; Viễn thông Tuyên Quang (hỗ trợ kỹ thuật)")
    assert line_helpers(aid, register.mentions(aid.text)) == ("Viễn thông Tuyên Quang",)
    # a role after a list of names is the whole list's, back to the ";" before it
    both = Line(4, "Sở Tư pháp (chủ trì); Sở Y tế, Viễn thông Tuyên Quang (phối hợp)")
    assert line_helpers(both, register.mentions(both.text)) == (
        "Sở Y tế",
        "Viễn thông Tuyên Quang",
    )
    with_cung = Line(3, "Sở Tư pháp chủ trì, phối hợp cùng Sở Y tế")
    assert line_helpers(with_cung, register.mentions(with_cung.text)) == ("Sở Y tế",)
    assert helpers_in([with_cung], register) == ()


def test_a_title_leaves_out_the_lead_and_the_partners_named_at_once(register):
    piece = "Sở Tư pháp chủ trì, phối hợp Sở Y tế rà soát thủ tục chứng thực"
    assert who_left_out(piece, register) == "rà soát thủ tục chứng thực"
    # "phối hợp" alone, with no lead before it, is the duty's own word
    assert who_left_out("Phối hợp triển khai số hóa", register) == "Phối hợp triển khai số hóa"
