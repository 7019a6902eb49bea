"""A .docx's first paragraphs and a .pdf's first page, read as evidence of the task a file sent
with no caption answers (ux23 #3), within bounds: size, pages, paragraphs, characters; a damaged
or hostile file reads as nothing."""

from __future__ import annotations

import io
import zipfile

import docx

from knowledge.formats.document_head import HEAD_BYTES, HEAD_CHARS, document_head, job
from tests.knowledge.formats.test_pdf_tables import _pdf, _text


def _docx(*paragraphs: str) -> bytes:
    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_docx_gives_its_first_paragraphs():
    data = _docx("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", "BÁO CÁO", "Mẫu số 02 tháng 9/2023")
    assert job("bc.docx", data) == (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBÁO CÁO\nMẫu số 02 tháng 9/2023"
    )


def test_a_long_docx_is_left_after_its_head():
    data = _docx(*[f"Đoạn {i} của báo cáo dài" for i in range(200)], "Mẫu số 02")
    head = job("dai.docx", data)
    assert head.startswith("Đoạn 0 ") and "Mẫu số 02" not in head
    assert len(head) <= HEAD_CHARS and head.count("\n") < 15


def test_a_pdf_gives_its_first_page_only():
    data = _pdf(_text(50, 800, "BAO CAO Mau so 02"), _text(50, 800, "Phu luc I"))
    head = document_head(data, "bc.pdf", HEAD_CHARS)
    assert "Mau so 02" in head and "Phu luc" not in head


def test_what_is_not_read_says_nothing():
    assert job("x.pdf", b"%PDF-1.4\n") == ""  # damaged
    assert job("x.txt", "Mẫu số 02".encode()) == ""  # neither kind
    assert document_head(b"PK\x03\x04" + b"\0" * 64, "x.docx", HEAD_CHARS) == ""
    big = _docx("Mẫu số 02") + b"\0" * HEAD_BYTES  # past the size opened at all
    assert job("lon.docx", big) == ""


def test_a_document_part_declaring_entities_is_not_read():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(
            "word/document.xml",
            '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "Mẫu số 02">]>'
            '<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body>'
            "</w:document>",
        )
    assert job("doc.docx", out.getvalue()) == ""
