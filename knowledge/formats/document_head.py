"""The first words of a .docx or .pdf a unit sends with no task named: evidence of which task it
answers (knowledge/deliverables/file_evidence.py), as an .xlsx's title rows already are (ux23
#3). Read in the sandbox (knowledge/formats/sandbox.py, job "head") within bounds tighter than a
letter's: the file's size, the first page of a .pdf, the first paragraphs of a .docx, a few
hundred characters. The rest of the file is never parsed: a report's title and heading are
where it says what it is, and a long file costs no more than a short one.

A .docx is read from its zip by the one safe reader (knowledge/formats/safe_zip.py: its bounds,
no DTD or entity), its document part streamed and left as soon as enough is read; python-docx
is not loaded. A file that is neither, damaged or locked reads as nothing: evidence only, the
press still decides.
"""

from __future__ import annotations

from io import BytesIO

from knowledge.formats.safe_zip import MB, FileRefused, ZipLimits, has_member, open_zip, stream_xml

HEAD_BYTES = 5 * MB  # a larger file is not opened for its head at all
HEAD_PAGES = 1  # of a .pdf: its title is on its first page
HEAD_PARAGRAPHS = 15  # of a .docx: the national motto, the unit, the number, the title
# characters kept: the motto and the unit's heading take ~150 before the title and its period
HEAD_CHARS = 600
DOCUMENT = "word/document.xml"
BOUNDS = ZipLimits(max_bytes=HEAD_BYTES)


class _Enough(FileRefused):
    """Raised inside the stream once enough is read: stops it, and is no refusal."""


def job(name: str, data: bytes) -> str:
    """The sandbox's entry (job "head"): the file's first words, "" when there are none."""
    return document_head(data, name, HEAD_CHARS)


def document_head(content: bytes, name: str, chars: int) -> str:
    if len(content) > HEAD_BYTES:
        return ""
    if content.startswith(b"%PDF-"):
        return _pdf_head(content, chars)
    if content.startswith(b"PK\x03\x04"):
        return _docx_head(content, name, chars)
    return ""


def _docx_head(content: bytes, name: str, chars: int) -> str:
    try:
        archive = open_zip(name, content, BOUNDS, kind=".docx")
    except FileRefused:
        return ""
    if not has_member(archive, DOCUMENT):
        return ""
    paragraphs: list[str] = []
    words: list[str] = []
    inside = False  # within a run's text (w:t): what a reader sees, not field codes
    size = 0

    def start(tag: str, _attrs: dict[str, str]) -> None:
        nonlocal inside
        inside = tag == "t"

    def text(value: str) -> None:
        if inside:
            words.append(value)

    def end(tag: str) -> None:
        nonlocal inside, size
        if tag == "t":
            inside = False
        elif tag == "p":
            said = " ".join("".join(words).split())
            words.clear()
            if said:
                paragraphs.append(said)
                size += len(said) + 1
            if size >= chars or len(paragraphs) >= HEAD_PARAGRAPHS:
                raise _Enough(name)

    try:
        stream_xml(archive, DOCUMENT, name, start, end, text, BOUNDS)
    except _Enough:
        pass
    except FileRefused:
        return ""
    return "\n".join(paragraphs)[:chars]


def _pdf_head(content: bytes, chars: int) -> str:
    from pypdf import PdfReader  # imported on the first .pdf
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(BytesIO(content), root_object_recovery_limit=1000)
        if reader.is_encrypted:
            return ""
        parts = [page.extract_text() or "" for page in reader.pages[:HEAD_PAGES]]
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return ""
    return " ".join(" ".join(parts).split())[:chars]
