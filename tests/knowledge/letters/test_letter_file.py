"""Letter files: .docx with its header in a table, and files that are refused quickly."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

from knowledge.formats.letter_file import LetterFileError, read_letter_file


def test_a_docx_with_a_header_table_reads_in_order():
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "SỞ Y TẾ\nSố: 12/SYT"
    table.cell(0, 1).text = "Tuyên Quang, ngày 02 tháng 6 năm 2021"
    document.add_paragraph("Kính gửi: Sở Tư pháp.")
    out = io.BytesIO()
    document.save(out)
    text = read_letter_file(out.getvalue())
    assert text.index("Số: 12/SYT") < text.index("ngày 02") < text.index("Kính gửi")


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\x01binary" * 10, b"%PDF-1.4 broken", b"PK\x03\x04 not a zip"],
)
def test_bad_files_are_one_sentence(content):
    with pytest.raises(LetterFileError):
        read_letter_file(content)


def test_a_zip_that_is_not_word():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("a.txt", "x")
    with pytest.raises(LetterFileError, match=r"không phải \.docx"):
        read_letter_file(out.getvalue())


def _save(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_every_cell_of_a_three_row_header_is_read():
    # issuer | motto; number | place and date; the subject alone in the last row, two lines
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text = "UBND TỈNH TUYÊN QUANG\nSỞ Y TẾ"
    table.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    table.cell(1, 0).text = "Số: 45/SYT-NVY"
    table.cell(1, 1).text = "Tuyên Quang, ngày 03 tháng 3 năm 2022"
    table.cell(2, 0).text = "V/v rà soát trang thiết bị\ncủa các trạm y tế"
    document.add_paragraph("Kính gửi: UBND các huyện, thành phố.")
    text = read_letter_file(_save(document))
    for part in ("SỞ Y TẾ", "Số: 45/SYT-NVY", "ngày 03 tháng 3", "V/v rà soát", "trạm y tế"):
        assert part in text
    assert text.index("Số: 45") < text.index("V/v") < text.index("Kính gửi")


def test_a_merged_header_cell_is_read_once():
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "SỞ Y TẾ"
    document.add_paragraph("Kính gửi: Sở Tư pháp.")
    assert read_letter_file(_save(document)).count("SỞ Y TẾ") == 1


def test_a_table_in_the_body_reads_as_labelled_lines():
    # after "Kính gửi" a two-column table says what the prose would: "Thời gian: …"
    document = docx.Document()
    document.add_paragraph("Kính gửi: Các sở, ban, ngành.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Thời hạn"
    table.cell(0, 1).text = "Chậm nhất ngày 12/5/2022"
    table.cell(1, 0).text = "Đơn vị phối hợp"
    table.cell(1, 1).text = "Sở Tư pháp"
    lines = read_letter_file(_save(document)).split("\n")
    assert "Thời hạn: Chậm nhất ngày 12/5/2022" in lines
    assert "Đơn vị phối hợp: Sở Tư pháp" in lines


def test_an_empty_cell_of_a_table_of_tasks_keeps_its_column():
    document = docx.Document()
    document.add_paragraph("Kính gửi: Các sở, ban, ngành.")
    table = document.add_table(rows=2, cols=4)
    for i, text in enumerate(["TT", "Nhiệm vụ", "Đơn vị phối hợp", "Thời gian hoàn thành"]):
        table.cell(0, i).text = text
    for i, text in enumerate(["1", "Báo cáo kết quả", "", "Trước ngày 10/12/2022"]):
        table.cell(1, i).text = text
    lines = read_letter_file(_save(document)).split("\n")
    assert "1 | Báo cáo kết quả |  | Trước ngày 10/12/2022" in lines


def _level(document, style: str, fmt: str, text: str) -> None:
    """Give the list a style numbers with the format Word would print for its first level."""
    from docx.oxml.ns import qn

    num_id = document.styles[style].element.pPr.numPr.numId.val
    numbering = document.part.numbering_part.element
    num = next(n for n in numbering.iter(qn("w:num")) if n.get(qn("w:numId")) == str(num_id))
    abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    abstract = next(
        a
        for a in numbering.iter(qn("w:abstractNum"))
        if a.get(qn("w:abstractNumId")) == abstract_id
    )
    lvl = abstract.find(qn("w:lvl"))
    lvl.find(qn("w:numFmt")).set(qn("w:val"), fmt)
    lvl.find(qn("w:lvlText")).set(qn("w:val"), text)


def test_word_numbering_is_read_as_printed():
    # an outline typed with Word's lists: the numbers are in the numbering, not the text
    document = docx.Document()
    document.add_paragraph("Kính gửi: Sở Y tế.")
    _level(document, "List Number 2", "lowerLetter", "%1)")
    _level(document, "List Number 3", "upperRoman", "%1.")
    document.add_paragraph("NHIỆM VỤ CỤ THỂ", style="List Number 3")
    document.add_paragraph("Sở Y tế", style="List Number")
    document.add_paragraph("Rà soát danh mục.", style="List Number 2")
    document.add_paragraph("Báo cáo trước ngày 5/6/2022.", style="List Number 2")
    document.add_paragraph("Lưu ý chung.", style="List Bullet")
    document.add_paragraph("Sở Tư pháp", style="List Number")
    lines = read_letter_file(_save(document)).split("\n")
    assert lines[1:] == [
        "I. NHIỆM VỤ CỤ THỂ",
        "1. Sở Y tế",
        "a) Rà soát danh mục.",
        "b) Báo cáo trước ngày 5/6/2022.",
        "- Lưu ý chung.",
        "2. Sở Tư pháp",
    ]


def _docx_with(document_xml: str) -> bytes:
    out = io.BytesIO()
    source = docx.Document()
    source.save(out)
    original = zipfile.ZipFile(io.BytesIO(out.getvalue()))
    hostile = io.BytesIO()
    with zipfile.ZipFile(hostile, "w") as archive:
        for info in original.infolist():
            data = original.read(info.filename)
            if info.filename == "word/document.xml":
                data = document_xml.encode()
            archive.writestr(info.filename, data)
    return hostile.getvalue()


LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">'
    '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w>&b;</w>'
)


def test_a_docx_declaring_entities_is_refused_before_python_docx_reads_it():
    with pytest.raises(LetterFileError, match="khai báo DTD/thực thể XML"):
        read_letter_file(_docx_with(LAUGHS))


@pytest.mark.real_sandbox
def test_the_command_line_reads_letters_in_the_sandbox(tmp_path, capsys):
    from bot.cli import main

    path = tmp_path / "cong-van.docx"
    path.write_bytes(_docx_with(LAUGHS))
    assert main(["letter", str(path)]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("Tệp cong-van.docx bị từ chối: phần word/document.xml khai báo DTD")
