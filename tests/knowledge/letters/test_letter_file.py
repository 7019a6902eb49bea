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


def test_the_command_line_reads_letters_in_the_sandbox(tmp_path, capsys):
    from bot.cli import main

    path = tmp_path / "cong-van.docx"
    path.write_bytes(_docx_with(LAUGHS))
    assert main(["letter", str(path)]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("Tệp cong-van.docx bị từ chối: phần word/document.xml khai báo DTD")
