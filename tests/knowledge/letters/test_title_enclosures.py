"""A task's title keeps the letter's words: "kèm theo" goes only where it says a form is
enclosed ("theo Mẫu số 02 kèm theo"), never where the sentence needs it."""

from __future__ import annotations

from pathlib import Path

from knowledge.letters.extract import read_letter
from knowledge.letters.titles import title


def _title(register, text, date_phrase):
    start = text.index(date_phrase)
    return title(text, [(start, start + len(date_phrase))], register)


def test_a_catalogue_issued_with_a_decision_keeps_its_kem_theo(register):
    text = (
        "Cập nhật các thủ tục thuộc Danh mục được ban hành kèm theo Quyết định số 1085/QĐ-UBND "
        "của UBND tỉnh, hoàn thành trước ngày 14/10/2022."
    )
    got = _title(register, text, "trước ngày 14/10/2022")
    assert "ban hành kèm theo Quyết định số 1085/QĐ-UBND" in got


def test_the_form_enclosed_loses_its_kem_theo(register):
    text = (
        "Thống kê thiết bị đầu cuối theo Biểu mẫu số 02 kèm theo, gửi Sở Thông tin và Truyền "
        "thông trước ngày 14/10/2022."
    )
    got = _title(register, text, "trước ngày 14/10/2022")
    assert "Biểu mẫu số 02" in got and "kèm" not in got


def test_a_form_issued_with_a_circular_keeps_the_circular(register):
    text = (
        "Lập báo cáo thống kê theo Mẫu số 05 kèm theo Thông tư số 01/2020/TT-VPCP, gửi Văn "
        "phòng UBND tỉnh trước ngày 14/10/2022."
    )
    got = _title(register, text, "trước ngày 14/10/2022")
    assert "Mẫu số 05 kèm theo Thông tư số 01/2020/TT-VPCP" in got


def test_the_data_letters_titles_keep_the_words_printed(catalogue):
    # tests/data/letters/issued_with.txt: a catalogue and a form both issued "kèm theo" a
    # document, each quoted whole in its task's title
    path = Path(__file__).resolve().parents[2] / "data" / "letters" / "issued_with.txt"
    province = catalogue.province("tuyen-quang")
    draft = read_letter(path.read_text(encoding="utf-8"), catalogue, province, path.name)
    posted, counted = draft.tasks
    assert "Danh mục thủ tục hành chính ban hành kèm theo Quyết định số 355/QĐ-UBND" in (
        posted.title
    )
    assert "theo Biểu số 01 kèm theo Thông tư số 01/2020/TT-VPCP" in counted.title
    assert counted.forms == ("Biểu số 01",)
