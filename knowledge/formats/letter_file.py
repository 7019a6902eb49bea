"""A letter file as text: .txt, .docx (python-docx) or .pdf with a text layer (pypdf).

The kind is told by the bytes, not the name. Every reading is bounded — bytes, the zip's unpacked
size, pages, paragraphs, characters — so a hostile file is refused quickly instead of hanging the
reader or filling memory. Errors are one Vietnamese sentence (LetterFileError).
"""

from __future__ import annotations

import logging
import re
from io import BytesIO

from knowledge.formats.safe_zip import FileRefused, ZipLimits, check_xml_parts, open_zip

MAX_BYTES = 5 * 1024 * 1024  # a long letter with its annexes is well under a megabyte
MAX_UNPACKED = 40 * 1024 * 1024  # a .docx unpacked: refuses a zip bomb before parsing it
MAX_PAGES = 60
MAX_PARAGRAPHS = 6000
MAX_CHARS = 400_000  # the text read; the rest of a longer file is not a letter's body

# Where a letter's own words start when it has no Kính gửi (a plan opens "Căn cứ …" or
# "Thực hiện …"): a table after it is the body's (a task table), not the header's columns.
_BODY_OPENING = re.compile(r"^\s*(?:K[íi]nh\s+g[ửu]i|C[ăa]n\s+c[ứu]|Th[ựu]c\s+hi[ệe]n)\b", re.I)

DOCX = "docx"
PDF = "pdf"
TXT = "txt"


class LetterFileError(ValueError):
    pass


ZIP_BOUNDS = ZipLimits(
    max_bytes=MAX_BYTES, max_member_bytes=MAX_UNPACKED, max_total_bytes=MAX_UNPACKED
)


def job(name: str, data: bytes) -> str:
    """The sandbox's entry (knowledge/formats/sandbox.py, job "letter"): the letter's text."""
    try:
        return read_letter_file(data, name)
    except LetterFileError as err:
        said = str(err)
        raise FileRefused(said if said.startswith(f"Tệp {name}") else f"{name}: {said}") from None


def kind_of(content: bytes) -> str:
    if content.startswith(b"%PDF-"):
        return PDF
    if content.startswith(b"PK\x03\x04"):
        return DOCX
    return TXT


def read_letter_file(content: bytes, name: str = "này") -> str:
    """The text of a letter file, one paragraph a line (`name` names it in a zip's refusals)."""
    if len(content) > MAX_BYTES:
        raise LetterFileError(f"Tệp quá lớn (tối đa {MAX_BYTES // (1024 * 1024)} MB).")
    if not content.strip():
        raise LetterFileError("Tệp trống.")
    kind = kind_of(content)
    if kind == PDF:
        return _pdf(content)
    if kind == DOCX:
        return _docx(content, name)
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


def _docx(content: bytes, name: str) -> str:
    try:
        # the zip's bounds, then every XML part streamed once with any DTD or entity refused
        # (knowledge/formats/safe_zip.py), before python-docx and lxml see the file
        names = open_zip(name, content, ZIP_BOUNDS, kind=".docx").namelist()
        if "word/document.xml" not in names:
            raise LetterFileError("Tệp nén này không phải .docx (Word).")
        check_xml_parts(name, content, ZIP_BOUNDS)
    except FileRefused as refused:
        raise LetterFileError(str(refused)) from None
    import docx  # python-docx: imported on the first .docx, most runs never read one
    from docx.table import Table

    try:
        document = docx.Document(BytesIO(content))
        numbering = _Numbering(document)
        lines: list[str] = []
        addressed = False  # past the body's opening: a table now is the body's, not the header
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                lines += _row_lines(block) if addressed else _table_lines(block)
            else:
                lines.append(numbering.label(block) + block.text)
                addressed = addressed or _BODY_OPENING.match(block.text) is not None
            if len(lines) > MAX_PARAGRAPHS:
                break
    except LetterFileError:
        raise
    except Exception:  # python-docx and lxml raise many kinds on a damaged file
        logging.getLogger(__name__).info("unreadable .docx", exc_info=True)
        raise LetterFileError("Tệp .docx bị hỏng, không đọc được.") from None
    return "\n".join(lines[:MAX_PARAGRAPHS])[:MAX_CHARS]


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip


class _Numbering:
    """The numbers Word prints before a paragraph of a numbered list ("1.", "a)", "II."), which
    the paragraph's text does not hold: a letter's outline typed with Word's numbering."""

    def __init__(self, document) -> None:
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}  # fmt, text, start
        self.abstract: dict[str, str] = {}  # numId → abstractNumId, whose counters it shares
        self.counters: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        formats: dict[tuple[str, int], tuple[str, str, int]] = {}
        for abstract in root.iter(f"{_W}abstractNum"):
            key = abstract.get(f"{_W}abstractNumId")
            for lvl in abstract.iter(f"{_W}lvl"):
                formats[(key, int(lvl.get(f"{_W}ilvl", "0")))] = (
                    _val(lvl, "numFmt") or "decimal",
                    _val(lvl, "lvlText") or "",
                    int(_val(lvl, "start") or "1"),
                )
        for num in root.iter(f"{_W}num"):
            abstract_id = _val(num, "abstractNumId")
            if abstract_id is not None:
                self.abstract[num.get(f"{_W}numId")] = abstract_id
        for (key, ilvl), value in formats.items():
            for num_id, abstract_id in self.abstract.items():
                if abstract_id == key:
                    self.levels[(num_id, ilvl)] = value

    def label(self, paragraph) -> str:
        found = _num_pr(paragraph)
        if found is None or found[0] not in self.abstract:
            return ""
        num_id, ilvl = found
        counters = self.counters.setdefault(self.abstract[num_id], [0] * 9)
        ilvl = min(ilvl, 8)
        counters[ilvl] += 1
        counters[ilvl + 1 :] = [0] * (8 - ilvl)
        fmt, text, _ = self.levels.get((num_id, ilvl), ("decimal", f"%{ilvl + 1}.", 1))
        if fmt == "bullet":
            return "- "
        if fmt == "none" or not text:
            return ""
        for level in range(ilvl + 1):
            lvl_fmt, _, start = self.levels.get((num_id, level), ("decimal", "", 1))
            number = _render(counters[level] + start - 1, lvl_fmt)
            text = text.replace(f"%{level + 1}", number)
        return text + " "


def _val(element, tag: str) -> str | None:
    child = element.find(f"{_W}{tag}")
    return child.get(f"{_W}val") if child is not None else None


def _num_pr(paragraph) -> tuple[str, int] | None:
    """The list a paragraph is in, and its level: its own, else its style's (a "List Number")."""
    holders = [paragraph._p.pPr]
    style = paragraph.style
    while style is not None and len(holders) < 6:
        holders.append(style.element.pPr)
        style = style.base_style
    for pPr in holders:
        num_pr = pPr.find(f"{_W}numPr") if pPr is not None else None
        if num_pr is not None and _val(num_pr, "numId") not in (None, "0"):
            return str(_val(num_pr, "numId")), int(_val(num_pr, "ilvl") or "0")
    return None


def _render(n: int, fmt: str) -> str:
    if fmt in ("upperRoman", "lowerRoman"):
        out = ""
        for value, numeral in _ROMAN:
            while n >= value:
                out, n = out + numeral, n - value
        return out if fmt == "upperRoman" else out.lower()
    if fmt in ("lowerLetter", "upperLetter") and n >= 1:
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)  # as Word prints: "aa"
        return letter if fmt == "lowerLetter" else letter.upper()
    return str(n)


def _cells(row) -> list:
    """A row's cells, a merged cell once: python-docx gives a merged cell once per grid column
    it spans, as the same <w:tc> element (kept referenced here, so its identity holds)."""
    cells: list = []
    for cell in row.cells:
        if not any(cell._tc is seen._tc for seen in cells):
            cells.append(cell)
    return cells


def _table_lines(table) -> list[str]:
    """A table cell by cell, each cell's paragraphs in turn: the two-column header of a letter
    (issuer | national motto; number | place and date) comes out a line each.
    """
    lines: list[str] = []
    seen: list = []  # the <w:tc> elements already read: a vertically merged cell recurs
    for row in table.rows:
        for cell in _cells(row):
            if any(cell._tc is tc for tc in seen):
                continue
            seen.append(cell._tc)
            lines += [p.text for p in cell.paragraphs]
            lines.append("")
            if len(lines) > MAX_PARAGRAPHS:
                raise LetterFileError("Tệp có quá nhiều đoạn để là một công văn.")
    return lines


def _row_lines(table) -> list[str]:
    """A table in a letter's body row by row: a row of a label and its value ("Thời gian" |
    "Trước ngày …", "Đơn vị phối hợp" | "…") is one line "label: value", as the letter would
    say it in prose; a wider row is its cells joined by " | "."""
    lines: list[str] = []
    for row in table.rows:
        # a cell's line breaks (a list of units, "- A" / "- B") are spaces, as its paragraphs
        cells = [
            " ".join(part.strip() for p in c.paragraphs for part in p.text.split("\n")).strip()
            for c in _cells(row)
        ]
        filled = [c for c in cells if c]
        if len(filled) == 2 and len(filled[0].split()) <= 6:
            lines.append(f"{filled[0].rstrip(' :')}: {filled[1]}")
        elif filled:  # an empty cell kept in its place: the columns still line up
            lines.append(" | ".join(cells))
        lines.append("")
        if len(lines) > MAX_PARAGRAPHS:
            raise LetterFileError("Tệp có quá nhiều đoạn để là một công văn.")
    return lines


def _pdf(content: bytes) -> str:
    from pypdf import PdfReader  # imported on the first .pdf
    from pypdf.errors import PyPdfError

    from knowledge.formats.pdf_tables import page_text

    try:
        reader = PdfReader(BytesIO(content), root_object_recovery_limit=1000)
        if reader.is_encrypted:
            raise LetterFileError("Tệp .pdf có mật khẩu: hãy gửi bản không khóa.")
        if len(reader.pages) > MAX_PAGES:
            raise LetterFileError(f"Tệp .pdf quá dài (tối đa {MAX_PAGES} trang).")
        parts: list[str] = []
        size = 0
        carry: list = []  # a table without rules going on from one page to the next
        for page in reader.pages:
            text = page_text(page, carry)  # pypdf's text, a ruled table a row a line
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
