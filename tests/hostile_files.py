"""Hostile workbooks, built in the test (small on disk, huge or broken inside): what an attacker
would send the bot. Each is a valid zip; what is inside is the attack.
"""

from __future__ import annotations

import functools
import zipfile
from io import BytesIO

from knowledge.deliverables.forms import FORMS
from knowledge.formats.form_book import template

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"

OFFICE = "application/vnd.openxmlformats-officedocument.spreadsheetml"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{OFFICE}.sheet.main+xml"/>'
    f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{OFFICE}.worksheet+xml"/>'
    f'<Override PartName="/xl/sharedStrings.xml" ContentType="{OFFICE}.sharedStrings+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}">'
    f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
WORKBOOK = (
    f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}">'
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}">'
    f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>"
)


FIRST_CELL = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'


def sheet_xml(cells: str, dimension: str | None = None) -> str:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">{dim}'
        f"<sheetData>{cells}</sheetData></worksheet>"
    )


def book(parts: dict[str, bytes | str]) -> bytes:
    """A workbook zip: the minimal parts, replaced or added by `parts`."""
    members: dict[str, bytes | str] = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": WORKBOOK,
        "xl/_rels/workbook.xml.rels": WORKBOOK_RELS,
        "xl/worksheets/sheet1.xml": sheet_xml(FIRST_CELL),
        "xl/sharedStrings.xml": f'<sst xmlns="{MAIN}"><si><t>Mục</t></si></sst>',
        **parts,
    }
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return out.getvalue()


@functools.cache
def many_shared_strings(count: int = 5_000_000) -> bytes:
    """The issue's 1.9 MB file: a shared-strings table of 5 million entries (about 85 MB
    inflated), written in chunks so the test never holds it whole.
    """
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, content in (
            ("[Content_Types].xml", CONTENT_TYPES),
            ("_rels/.rels", ROOT_RELS),
            ("xl/workbook.xml", WORKBOOK),
            ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
            (
                "xl/worksheets/sheet1.xml",
                sheet_xml('<row r="1"><c r="A1" t="s"><v>1</v></c></row>'),
            ),
        ):
            archive.writestr(name, content)
        with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as member:
            member.write(f'<sst xmlns="{MAIN}">'.encode())
            chunk = b"<si><t>x</t></si>" * 100_000
            for _ in range(count // 100_000):
                member.write(chunk)
            member.write(b"</sst>")
    return out.getvalue()


def far_cell(declared: bool = True) -> bytes:
    """The 7 KB template with one cell at AZ200000."""
    cells = FIRST_CELL + '<row r="200000"><c r="AZ200000"><v>1</v></c></row>'
    return book(
        {"xl/worksheets/sheet1.xml": sheet_xml(cells, "A1:AZ200000" if declared else None)}
    )


def billion_laughs() -> bytes:
    lols = "".join(
        f'<!ENTITY lol{i} "{"&lol" + str(i - 1) + ";" * 1}{("&lol" + str(i - 1) + ";") * 9}">'
        for i in range(1, 10)
    )
    sst = (
        '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY lol0 "lol">'
        f'{lols}]><sst xmlns="{MAIN}"><si><t>&lol9;</t></si></sst>'
    )
    return book({"xl/sharedStrings.xml": sst})


def cut(member: str, data: bytes | None = None) -> bytes:
    """A real template (BIỂU 02 of Sở Xây dựng) with one part cut in the middle of its XML."""
    source = zipfile.ZipFile(BytesIO(data or template(FORMS["pl1"], "Sở Xây dựng")))
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == member:
                content = content[: len(content) // 2]
            archive.writestr(info.filename, content)
    return out.getvalue()
