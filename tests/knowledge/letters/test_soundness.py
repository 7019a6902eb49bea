"""A letter of another province, and a letter cut off after its first page: said, not read as
this province's tasks."""

from __future__ import annotations

from knowledge.letters.extract import read_letter

LETTER = """UBND TỈNH {province}
SỞ Y TẾ

Số: 210/SYT-NVY
V/v báo cáo tình hình khám bệnh trực tuyến

{place}, ngày 06 tháng 3 năm 2023

Kính gửi: Các sở, ban, ngành.

1. Báo cáo số lượt đăng ký khám bệnh trực tuyến (theo Mẫu số 01), gửi về Sở Y tế trước ngày \
20/3/2023.
2. Cử cán bộ đầu mối, gửi danh sách về Sở Y tế trước ngày 13/3/2023.
Trân trọng./.
Nơi nhận:
- Như trên;
- Lưu: VT.
"""


def _read(catalogue, text, slug="khanh-hoa"):
    return read_letter(text, catalogue, catalogue.province(slug), "syt.txt")


def test_a_letter_of_this_province_is_read(catalogue):
    draft = _read(catalogue, LETTER.format(province="KHÁNH HÒA", place="Khánh Hòa"))
    assert len(draft.tasks) == 2 and not draft.problems


def test_a_letter_of_another_province_sets_no_task_here(catalogue):
    draft = _read(catalogue, LETTER.format(province="NINH THUẬN", place="Ninh Thuận"))
    assert draft.tasks == ()
    (problem,) = draft.unread
    assert "tỉnh Ninh Thuận, không phải của tỉnh Khánh Hòa" in problem.message
    assert not draft.publishable


def test_a_letter_cut_off_mid_sentence_with_no_close_is_refused(catalogue):
    text = LETTER.format(province="KHÁNH HÒA", place="Khánh Hòa")
    cut = text[: text.index("2. Cử cán bộ")] + "2. Cử cán bộ đầu mối, gửi danh sách về\n"
    draft = _read(catalogue, cut)
    assert [t.deadline_text for t in draft.tasks] == ["trước ngày 20/3/2023"]
    assert any("công văn bị cắt" in p.message for p in draft.unread)
    assert not draft.publishable


def test_a_letter_whose_close_follows_a_sentence_left_open_lost_a_page(catalogue):
    text = LETTER.format(province="KHÁNH HÒA", place="Khánh Hòa")
    cut = text[: text.index("2. Cử cán bộ")] + "2. Cử cán bộ đầu mối, gửi danh sách về\n"
    draft = _read(catalogue, cut + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n")
    assert any("công văn thiếu trang" in p.message for p in draft.unread)
    assert not draft.publishable


def test_a_unit_of_another_province_in_kinh_gui_is_said(catalogue):
    text = LETTER.format(province="KHÁNH HÒA", place="Khánh Hòa").replace(
        "Kính gửi: Các sở, ban, ngành.",
        "Kính gửi:\n- Các sở, ban, ngành;\n- Viễn thông Tuyên Quang.",
    )
    draft = _read(catalogue, text)
    assert any("đơn vị của tỉnh Tuyên Quang" in p.message for p in draft.unread)
    assert not draft.publishable
    # in its own province's letter, the same unit is read
    own = LETTER.format(province="TUYÊN QUANG", place="Tuyên Quang").replace(
        "Kính gửi: Các sở, ban, ngành.",
        "Kính gửi:\n- Các sở, ban, ngành;\n- Viễn thông Tuyên Quang.",
    )
    assert not _read(catalogue, own, "tuyen-quang").unread


def test_a_closing_paragraph_without_its_full_stop_is_a_whole_letter(catalogue):
    # the close and the signature say where the letter ends, not the last mark of its body
    text = LETTER.format(province="KHÁNH HÒA", place="Khánh Hòa").replace(
        "Trân trọng./.",
        "\nMọi vướng mắc xin liên hệ Phòng Nghiệp vụ Y (điện thoại 0258.3822.000) để được "
        "hướng dẫn\n",
    )
    text += "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn Bình\n"
    draft = _read(catalogue, text)
    assert [t.deadline_text for t in draft.tasks] == [
        "trước ngày 20/3/2023",
        "trước ngày 13/3/2023",
    ]
    assert not draft.unread and draft.publishable


def test_a_letter_whose_first_page_ends_on_a_whole_paragraph_is_still_cut_off(catalogue):
    # the page ends on a full stop, under an unnumbered paragraph: no close, no signer follows
    text = LETTER.format(province="KHÁNH HÒA", place="Khánh Hòa")
    cut = (
        text[: text.index("Trân trọng")]
        + "Ngoài ra, các cơ quan rà soát lại danh sách cán bộ đầu mối đã gửi năm trước, bổ "
        "sung những người mới được phân công.\n"
    )
    draft = _read(catalogue, cut)
    assert any("công văn bị cắt" in p.message for p in draft.unread)
    assert not draft.publishable


def test_a_letter_closed_by_its_signer_alone_is_whole(catalogue):
    text = LETTER.format(province="KHÁNH HÒA", place="Khánh Hòa")
    for close in ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n", "CHÁNH VĂN PHÒNG\n(Đã ký)\nTrần Văn C\n"):
        whole = text[: text.index("Trân trọng")] + close
        draft = _read(catalogue, whole)
        assert not draft.unread and len(draft.tasks) == 2, close


def test_a_letter_closed_by_its_thanks_alone_is_whole(catalogue):
    text = LETTER.format(province="KHÁNH HÒA", place="Khánh Hòa")
    whole = text[: text.index("Trân trọng")] + "Xin trân trọng cảm ơn!\n"
    draft = _read(catalogue, whole)
    assert not draft.unread and len(draft.tasks) == 2


def test_a_copy_list_printed_without_its_label_closes_the_letter(catalogue):
    text = LETTER.format(province="KHÁNH HÒA", place="Khánh Hòa")
    whole = text[: text.index("Trân trọng")] + "\n- Như trên;\n- Lưu: VT.\n"
    draft = _read(catalogue, whole)
    assert not draft.unread and len(draft.tasks) == 2
