"""What a file is, whatever its name says (ux30 #10): a Word document renamed .xlsx was refused
as "không có trang tính nào", which tells its sender nothing they can see. The kind is read off
the bytes the formats begin with and, for the Office formats (zip archives alike), the part each
one must hold; only the archive's directory is read, within the safe reader's bounds."""

from __future__ import annotations

from pathlib import PurePath

from knowledge.formats.safe_zip import FileRefused, has_member, open_zip

# the kind, as an officer knows it: its program and its suffix
KINDS = {
    ".docx": "Word (.docx)",
    ".xlsx": "Excel (.xlsx)",
    ".pdf": "PDF (.pdf)",
    ".jpg": "ảnh (.jpg)",
    ".png": "ảnh (.png)",
}
_OFFICE_PARTS = (("word/document.xml", ".docx"), ("xl/workbook.xml", ".xlsx"))


def actual_suffix(content: bytes, name: str = "tệp") -> str | None:
    """The suffix the content is of, read off its bytes; None when unknown."""
    if content.startswith(b"%PDF-"):
        return ".pdf"
    if content.startswith(b"\xff\xd8\xff"):
        return ".jpg"
    if content.startswith(b"\x89PNG"):
        return ".png"
    if not content.startswith(b"PK\x03\x04"):
        return None
    try:
        archive = open_zip(name, content, kind=PurePath(name).suffix.lower() or ".zip")
    except FileRefused:
        return None
    return next((suffix for part, suffix in _OFFICE_PARTS if has_member(archive, part)), None)


def renamed(name: str, content: bytes) -> str | None:
    """ "tệp này là Word (.docx) đổi đuôi .xlsx" when the content is of a kind its name's
    suffix is not; None when they agree or the content is of no kind known."""
    suffix = PurePath(name).suffix.lower()
    actual = actual_suffix(content, name)
    if actual is None or actual == suffix:
        return None
    return f"tệp này là {KINDS[actual]} đổi đuôi {suffix or '(không đuôi)'}"
