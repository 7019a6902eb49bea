"""What a file is, read off its bytes, whatever its name says (ux30 #10)."""

from __future__ import annotations

import zipfile
from io import BytesIO

from openpyxl import Workbook

from knowledge.formats.file_kinds import actual_suffix, renamed


def letter_docx() -> bytes:
    """The parts a Word document holds, as Word writes them (a zip)."""
    data = BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return data.getvalue()


def _xlsx() -> bytes:
    data = BytesIO()
    Workbook().save(data)
    return data.getvalue()


def test_a_word_file_renamed_xlsx_is_said_as_word():
    assert actual_suffix(letter_docx()) == ".docx"
    assert renamed("bao_cao.xlsx", letter_docx()) == "tệp này là Word (.docx) đổi đuôi .xlsx"


def test_a_file_whose_name_is_its_kind_is_said_nothing_of():
    assert renamed("bao_cao.xlsx", _xlsx()) is None
    assert renamed("scan.pdf", b"%PDF-1.4\n") is None


def test_other_kinds_and_unknown_bytes():
    assert renamed("anh.xlsx", b"\xff\xd8\xff\xe0rest") == "tệp này là ảnh (.jpg) đổi đuôi .xlsx"
    assert renamed("scan.xlsx", b"%PDF-1.4\n") == "tệp này là PDF (.pdf) đổi đuôi .xlsx"
    assert renamed("notes.xlsx", b"not a workbook") is None  # nothing known: said as before
    assert renamed("broken.xlsx", b"PK\x03\x04" + b"\x00" * 40) is None
