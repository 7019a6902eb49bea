"""The bounds every zip-based file (.xlsx, .docx) is read under, and XML read without DTDs.

A file a user sends is checked before any part of it is parsed: its size, the number of members
of the zip and their uncompressed sizes (the sizes the archive declares bound the real ones: a
member that inflates past its declared size fails its CRC check). XML parts are streamed through
expat with every document type declaration refused, so no entity can be declared, let alone
expanded (billion laughs, external entities). Every failure is one Vietnamese line naming the
file (FileRefused), never a traceback.

Used by the workbook reader (knowledge/formats/xlsx_reader.py); a reader of other zip formats
(.docx) calls open_zip() and check_xml_parts() before handing the file to its library.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from io import BytesIO
from xml.parsers import expat

MB = 1024 * 1024
CHUNK = 64 * 1024


class FileRefused(ValueError):
    """A file the bot will not read: the message is one line for the sender, naming the file."""


@dataclass(frozen=True)
class ZipLimits:
    max_bytes: int = 2 * MB  # the file as sent
    max_members: int = 300
    max_member_bytes: int = 20 * MB  # one part, uncompressed
    max_total_bytes: int = 25 * MB  # every part, uncompressed
    max_elements: int = 1_500_000  # XML elements in one part


ZIP_LIMITS = ZipLimits()


def number(value: int) -> str:
    """10000 as Vietnamese print it: 10.000."""
    return f"{value:,}".replace(",", ".")


def _mb(size: int) -> str:
    return f"{size / MB:.0f} MB" if size >= MB else f"{size // 1024} KB"


def open_zip(
    name: str, data: bytes, limits: ZipLimits = ZIP_LIMITS, kind: str = ".xlsx"
) -> zipfile.ZipFile:
    """The archive, once its size, member count and declared sizes are within the limits;
    `kind` names the format in the refusal (".xlsx", ".docx").
    """
    if len(data) > limits.max_bytes:
        raise FileRefused(f"Tệp {name} quá lớn (tối đa {_mb(limits.max_bytes)}).")
    try:
        archive = zipfile.ZipFile(BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zlib.error, ValueError, OSError, EOFError):
        raise FileRefused(
            f"Tệp {name} không phải tệp {kind} đọc được (hỏng hoặc sai định dạng)."
        ) from None
    if len(members) > limits.max_members:
        raise FileRefused(
            f"Tệp {name} có {len(members)} phần nén, quá giới hạn {limits.max_members}."
        )
    total = 0
    for info in members:
        if info.flag_bits & 0x1:
            raise FileRefused(f"Tệp {name} có mật khẩu: hãy bỏ mật khẩu rồi gửi lại.")
        if info.file_size > limits.max_member_bytes:
            raise FileRefused(
                f"Tệp {name}: phần {info.filename} giải nén ra {_mb(info.file_size)}, quá giới "
                f"hạn {_mb(limits.max_member_bytes)}."
            )
        total += info.file_size
    if total > limits.max_total_bytes:
        raise FileRefused(
            f"Tệp {name} giải nén ra {_mb(total)}, quá giới hạn {_mb(limits.max_total_bytes)}."
        )
    return archive


def has_member(archive: zipfile.ZipFile, member: str) -> bool:
    try:
        archive.getinfo(member)
    except KeyError:
        return False
    return True


@contextmanager
def refusing(name: str, member: str) -> Iterator[None]:
    """Whatever a damaged member raises while it is read becomes one line naming the file."""
    try:
        yield
    except FileRefused:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, KeyError, ValueError):
        raise FileRefused(f"Tệp {name} bị hỏng: không giải nén được phần {member}.") from None


class _NoDoctype(Exception):
    pass


class _TooMany(Exception):
    pass


StartHandler = Callable[[str, dict[str, str]], None]
EndHandler = Callable[[str], None]
TextHandler = Callable[[str], None]


def stream_xml(
    archive: zipfile.ZipFile,
    member: str,
    name: str,
    start: StartHandler | None = None,
    end: EndHandler | None = None,
    text: TextHandler | None = None,
    limits: ZipLimits = ZIP_LIMITS,
) -> None:
    """Stream one XML part through expat: start(local tag, attributes), end(local tag),
    text(characters). A document type declaration (the only place entities are declared), an
    external entity, malformed XML or more elements than the limit refuse the whole file. The
    handlers may raise FileRefused to stop early.
    """
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    count = 0

    def no_doctype(*_args) -> None:
        raise _NoDoctype

    def no_external(*_args) -> int:
        raise _NoDoctype

    def on_start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal count
        count += 1
        if count > limits.max_elements:
            raise _TooMany
        if start is not None:
            start(tag.rpartition(" ")[2], attrs)

    parser.StartDoctypeDeclHandler = no_doctype
    parser.EntityDeclHandler = no_doctype
    parser.ExternalEntityRefHandler = no_external
    parser.StartElementHandler = on_start
    if end is not None:
        parser.EndElementHandler = lambda tag: end(tag.rpartition(" ")[2])
    if text is not None:
        parser.CharacterDataHandler = text
    try:
        with refusing(name, member), archive.open(member) as stream:
            while chunk := stream.read(CHUNK):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except _NoDoctype:
        raise FileRefused(
            f"Tệp {name} bị từ chối: phần {member} khai báo DTD/thực thể XML (có thể là tệp "
            "độc hại)."
        ) from None
    except _TooMany:
        raise FileRefused(
            f"Tệp {name}: phần {member} có hơn {number(limits.max_elements)} phần tử XML, quá lớn "
            "để đọc."
        ) from None
    except expat.ExpatError as err:
        raise FileRefused(
            f"Tệp {name} bị hỏng: phần {member} không phải XML hợp lệ "
            f"(dòng {err.lineno}, cột {err.offset})."
        ) from None


def check_xml_parts(
    name: str, data: bytes, limits: ZipLimits = ZIP_LIMITS, kind: str = ".docx"
) -> None:
    """Every XML part of a zip-based file streamed once: refused on a DTD, an entity, malformed
    XML or the limits (for readers that hand the file to a library afterwards, e.g. .docx).
    """
    archive = open_zip(name, data, limits, kind)
    for info in archive.infolist():
        if info.filename.lower().endswith((".xml", ".rels")):
            stream_xml(archive, info.filename, name, limits=limits)
