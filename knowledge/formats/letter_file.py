"""A letter file as text: .txt, .docx (python-docx) or .pdf with a text layer (pypdf).

The kind is told by the bytes, not the name. Every reading is bounded — bytes, the zip's unpacked
size, pages, paragraphs, characters — so a hostile file is refused quickly instead of hanging the
reader or filling memory. Errors are one Vietnamese sentence (LetterFileError).
"""

from __future__ import annotations

import logging
import zipfile
from io import BytesIO

MAX_BYTES = 5 * 1024 * 1024  # a long letter with its annexes is well under a megabyte
MAX_UNPACKED = 40 * 1024 * 1024  # a .docx unpacked: refuses a zip bomb before parsing it
MAX_PAGES = 60
MAX_PARAGRAPHS = 6000
MAX_CHARS = 400_000  # the text read; the rest of a longer file is not a letter's body

DOCX = "docx"
PDF = "pdf"
TXT = "txt"


class LetterFileError(ValueError):
    pass


def kind_of(content: bytes) -> str:
    if content.startswith(b"%PDF-"):
        return PDF
    if content.startswith(b"PK\x03\x04"):
        return DOCX
    return TXT


def read_letter_file(content: bytes) -> str:
    """The text of a letter file, one paragraph a line."""
    if len(content) > MAX_BYTES:
        raise LetterFileError(f"Tệp quá lớn (tối đa {MAX_BYTES // (1024 * 1024)} MB).")
    if not content.strip():
        raise LetterFileError("Tệp trống.")
    kind = kind_of(content)
    if kind == PDF:
        return _pdf(content)
    if kind == DOCX:
        return _docx(content)
    return _txt(content)


def _txt(content: bytes) -> str:
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = content.decode("utf-16", errors="replace")
    else:
        if b"\x00" in content[:4096]:
            raise LetterFileError("Tệp không phải văn bản (.txt, .docx hoặc .pdf).")
        try:
            text = content.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise LetterFileError(
                "Tệp văn bản không ở mã UTF-8: hãy lưu lại dưới dạng UTF-8, .docx hoặc .pdf."
            ) from None
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if len(lines) > MAX_PARAGRAPHS:
        lines = lines[:MAX_PARAGRAPHS]
    return "\n".join(lines)[:MAX_CHARS]


def _docx(content: bytes) -> str:
    try:
        with zipfile.ZipFile(BytesIO(content)) as archive:
            names = archive.namelist()
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError):
        raise LetterFileError("Tệp .docx bị hỏng, không mở được.") from None
    if "word/document.xml" not in names:
        raise LetterFileError("Tệp nén này không phải .docx (Word).")
    if unpacked > MAX_UNPACKED:
        raise LetterFileError("Tệp .docx giải nén ra quá lớn.")
    import docx  # python-docx: imported on the first .docx, most runs never read one
    from docx.table import Table

    try:
        document = docx.Document(BytesIO(content))
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                lines += _table_lines(block)
            else:
                lines.append(block.text)
            if len(lines) > MAX_PARAGRAPHS:
                break
    except LetterFileError:
        raise
    except Exception:  # python-docx and lxml raise many kinds on a damaged file
        logging.getLogger(__name__).info("unreadable .docx", exc_info=True)
        raise LetterFileError("Tệp .docx bị hỏng, không đọc được.") from None
    return "\n".join(lines[:MAX_PARAGRAPHS])[:MAX_CHARS]


def _table_lines(table) -> list[str]:
    """A table cell by cell, each cell's paragraphs in turn: the two-column header of a letter
    (issuer | national motto; number | place and date) comes out a line each.
    """
    lines: list[str] = []
    seen: set[int] = set()
    for row in table.rows:
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell appears once per grid column it spans
                continue
            seen.add(id(cell._tc))
            lines += [p.text for p in cell.paragraphs]
            lines.append("")
            if len(lines) > MAX_PARAGRAPHS:
                raise LetterFileError("Tệp có quá nhiều đoạn để là một công văn.")
    return lines


def _pdf(content: bytes) -> str:
    from pypdf import PdfReader  # imported on the first .pdf
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(BytesIO(content), root_object_recovery_limit=1000)
        if reader.is_encrypted:
            raise LetterFileError("Tệp .pdf có mật khẩu: hãy gửi bản không khóa.")
        if len(reader.pages) > MAX_PAGES:
            raise LetterFileError(f"Tệp .pdf quá dài (tối đa {MAX_PAGES} trang).")
        parts: list[str] = []
        size = 0
        for page in reader.pages:
            text = page.extract_text() or ""
            parts.append(text)
            size += len(text)
            if size > MAX_CHARS:
                break
    except LetterFileError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        raise LetterFileError("Tệp .pdf bị hỏng, không đọc được.") from None
    text = "\n".join(parts)[:MAX_CHARS]
    if not text.strip():
        raise LetterFileError(
            "Tệp .pdf không có lớp chữ (bản quét): hãy gửi bản .docx hoặc .pdf xuất từ Word."
        )
    return text
