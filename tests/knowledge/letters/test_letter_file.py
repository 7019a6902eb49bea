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
