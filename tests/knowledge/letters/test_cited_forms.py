"""A form a duty cites as where its things were assigned or listed before is no form the unit
fills: the task's form is the one its deliverable is made on."""

from __future__ import annotations

from knowledge.letters.extract import read_letter
from knowledge.letters.form_names import forms
from knowledge.letters.text import Line

HEAD = """UBND TỈNH TUYÊN QUANG     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ THÔNG TIN VÀ TRUYỀN THÔNG     Độc lập - Tự do - Hạnh phúc
Số: 812/STTTT-CNTT     Tuyên Quang, ngày 4 tháng 10 năm 2021
V/v rà soát dịch vụ công trực tuyến

Kính gửi: Các Sở, ban, ngành.

"""


def _read(catalogue, body: str):
    text = HEAD + body + "\nTrân trọng./.\nNơi nhận:\n- Như trên"
    return read_letter(text, catalogue, catalogue.province("tuyen-quang"), "stttt.txt")


def _forms(text: str) -> tuple[str, ...]:
    return forms([Line(1, text)])


def test_a_table_the_work_was_assigned_in_is_cited_not_filled(catalogue):
    draft = _read(
        catalogue,
        "Đề nghị các đơn vị kiểm tra các thủ tục đã được phân công tại Phụ lục II; tổng hợp "
        "kết quả (theo Biểu số 03) gửi Sở Thông tin và Truyền thông trước ngày 20/10/2021.",
    )
    assert [t.forms for t in draft.tasks] == [("Biểu số 03",)]


def test_without_the_citation_the_deliverables_form_alone():
    assert _forms("kiểm tra các thủ tục đã được phân công; tổng hợp (theo Biểu số 03)") == (
        "Biểu số 03",
    )


def test_an_annex_of_another_decision_is_cited():
    assert _forms(
        "rà soát các dịch vụ thuộc danh mục tại Phụ lục I của Quyết định số 406/QĐ-TTg, "
        "báo cáo theo Mẫu số 02"
    ) == ("Mẫu số 02",)
    assert _forms("cập nhật các thủ tục tại Biểu 01 Kế hoạch số 12/KH-UBND, theo Phụ lục 3") == (
        "Phụ lục 3",
    )


def test_the_letters_own_annex_by_tai_is_still_its_form():
    assert _forms("báo cáo kết quả theo đề cương tại Phụ lục I kèm theo văn bản này") == (
        "Phụ lục I",
    )


def test_the_verb_inside_the_complement_of_theo_keeps_the_form():
    # "theo nội dung nêu tại Phụ lục I": what the report follows, so the form it is made on
    assert _forms("báo cáo theo nội dung nêu tại Phụ lục I kèm theo") == ("Phụ lục I",)


def test_a_form_of_another_document_the_report_follows_is_its_form():
    # "theo Mẫu số 01 ban hành kèm theo Thông tư …": made on that form, not citing it
    assert _forms("báo cáo theo Mẫu số 01 ban hành kèm theo Thông tư số 01/2020/TT-BTTTT") == (
        "Mẫu số 01",
    )
