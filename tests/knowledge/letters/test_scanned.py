"""A scanned letter's text before it is read: the page's marks out wherever they fall, what a
line's end cut in two whole again, the strokes of a stain gone, every line in its place."""

from __future__ import annotations

from knowledge.letters.scanned import page_mark, restored
from knowledge.letters.text import lines_of

HEAD = (
    "UBND TỈNH TUYÊN QUANG        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "SỞ THÔNG TIN VÀ TRUYỀN THÔNG        Độc lập - Tự do - Hạnh phúc\n"
    "Số: 77/STTTT-CNTT        Tuyên Quang, ngày 02 tháng 3 năm 2022\n"
    "V/v báo cáo số liệu\n"
    "\n"
    "Kính gửi: Các Sở, ban, ngành.\n"
    "\n"
)


def _body(text: str) -> list[str]:
    texts = [ln.text for ln in lines_of(restored(HEAD + text))]
    return texts[texts.index("Kính gửi: Các Sở, ban, ngành.") + 1 :]


def test_a_page_number_inside_a_sentence_leaves_the_sentence_whole():
    for mark in ("- 2 -", "-2-", "Trang 2", "Trang 2/3", "                                 2"):
        body = _body(
            "1. Các Sở, ban, ngành báo cáo số liệu gửi về Sở Thông tin và Truyền thông\n"
            f"\n{mark}\n\n"
            "chậm nhất ngày 31/8/2022.\n"
        )
        assert body == [
            "1. Các Sở, ban, ngành báo cáo số liệu gửi về Sở Thông tin và Truyền thông chậm "
            "nhất ngày 31/8/2022."
        ], mark


def test_a_running_foot_that_names_the_sender_goes_and_the_name_after_it_joins():
    body = _body(
        "b) Cho ý kiến góp ý đối với dự thảo Kế hoạch chuyển đổi số tỉnh Tuyên\n"
        "Sở TT&TT Tuyên Quang                                          Trang 2/3\n"
        "Quang giai đoạn 2021-2025.\n"
    )
    assert body == [
        "b) Cho ý kiến góp ý đối với dự thảo Kế hoạch chuyển đổi số tỉnh Tuyên Quang giai "
        "đoạn 2021-2025."
    ]


def test_a_page_number_between_paragraphs_keeps_them_apart():
    body = _body("1. Sở Y tế báo cáo trước ngày 10/5/2022.\n\n- 2 -\n\n2. Sở Tư pháp phối hợp.\n")
    assert body == ["1. Sở Y tế báo cáo trước ngày 10/5/2022.", "2. Sở Tư pháp phối hợp."]


def test_a_pages_rule_and_the_issuer_repeated_atop_the_next_page_go_with_its_number():
    body = _body(
        "1. Sở Y tế báo cáo trước ngày 10/5/2022;\n"
        "______________________________\n"
        "                                        2\n"
        "SỞ THÔNG TIN VÀ TRUYỀN THÔNG\n"
        "2. Sở Tư pháp báo cáo trước ngày 20/5/2022.\n"
        "3. SỞ TƯ PHÁP GỬI KÈM DANH SÁCH.\n"  # capitals the head does not print: the body's
    )
    assert body == [
        "1. Sở Y tế báo cáo trước ngày 10/5/2022;",
        "2. Sở Tư pháp báo cáo trước ngày 20/5/2022.",
        "3. SỞ TƯ PHÁP GỬI KÈM DANH SÁCH.",
    ]


def test_a_number_at_the_margin_is_no_page_mark_but_one_far_from_it_is():
    assert page_mark("                                    2")
    assert page_mark("Sở TT&TT Tuyên Quang          Trang 2/3")
    assert not page_mark("2")  # a flattened table's row number stands at the margin
    assert not page_mark("Trang thông tin điện tử của Sở")


def test_cut_syllables_words_codes_and_dates_are_whole_again():
    body = _body(
        "Viễn thông Tuyên Quang hỗ-\n"
        "trợ các đơn vị, báo cáo trư-\n"
        "ớc ngày 15/\n"
        "10/2022 theo Văn bản số 2735/BTTTT-\n"
        "CĐSQG; thực hiện trong tháng\n"
        "7/2022 tiêu chí chuyển đổi s-\n"
        "ố giai đoạn 2021-\n"
        "2025.\n"
    )
    assert body == [
        "Viễn thông Tuyên Quang hỗ trợ các đơn vị, báo cáo trước ngày 15/10/2022 theo Văn bản "
        "số 2735/BTTTT-CĐSQG; thực hiện trong tháng 7/2022 tiêu chí chuyển đổi số giai đoạn "
        "2021-2025."
    ]


def test_a_heading_after_a_date_word_is_not_taken_for_its_figures():
    body = _body("Báo cáo hằng tháng\n2. Sở Tư pháp phối hợp.\n")
    assert body == ["Báo cáo hằng tháng", "2. Sở Tư pháp phối hợp."]


def test_strokes_of_a_stain_go_but_a_tables_borders_stay():
    body = _body(
        "Các Sở, ban, ngành | rà soát ~ số liệu, _ gửi về Sở Thông tin và Truyền thông.\n"
        "\n"
        "STT | Tên cơ quan, đơn vị\n"
        "1 | Sở Y tế\n"
    )
    assert body[0] == "Các Sở, ban, ngành rà soát số liệu, gửi về Sở Thông tin và Truyền thông."
    assert "1 | Sở Y tế" in body


def test_every_line_keeps_its_number():
    text = (
        HEAD + "1. Sở Y tế báo cáo gửi về Sở\n\n- 2 -\n\nThông tin và Truyền thông trư-\nớc 5/6.\n"
    )
    assert restored(text).count("\n") == text.count("\n")
    (item,) = [ln for ln in lines_of(restored(text)) if ln.text.startswith("1.")]
    assert item.no == HEAD.count("\n") + 1
