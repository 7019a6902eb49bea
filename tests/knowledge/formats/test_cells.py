"""No formula out of user text: every writer puts cells through knowledge/formats/cells.put, so
text that a spreadsheet would run is stored as text, and only the bot's own totals are formulas.
"""

from __future__ import annotations

import re
import zipfile
from io import BytesIO

import pytest
from openpyxl import Workbook, load_workbook

from knowledge.deliverables.forms import FORMS
from knowledge.deliverables.layout import Table
from knowledge.formats.cells import Formula, put
from knowledge.formats.form_book import template
from knowledge.formats.xlsx import render

HOSTILE_TEXT = [
    '=HYPERLINK("http://evil.example/x","Bấm")',
    "=cmd|' /C calc'!A0",
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
    "#N/A",
]


def formulas_in(data: bytes) -> list[str]:
    """Every <f> element of every sheet of a workbook, as written."""
    archive = zipfile.ZipFile(BytesIO(data))
    found = []
    for name in archive.namelist():
        if name.startswith("xl/worksheets/"):
            found += re.findall(r"<f>(.*?)</f>", archive.read(name).decode())
    return found


def saved(book: Workbook) -> bytes:
    out = BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.mark.parametrize("text", HOSTILE_TEXT)
def test_text_a_spreadsheet_would_run_is_written_as_text(text):
    book = Workbook()
    put(book.active, 1, 1, text)
    data = saved(book)
    assert formulas_in(data) == []
    cell = load_workbook(BytesIO(data)).active["A1"]
    # without lxml, XML reads a carriage return back as a line feed
    assert cell.value in (text, text.replace("\r", "\n"))
    assert cell.data_type == "s" and cell.quotePrefix


def test_plain_values_stay_as_they_are_and_the_bots_totals_stay_formulas():
    book = Workbook()
    sheet = book.active
    put(sheet, 1, 1, "Sở Xây dựng")
    put(sheet, 1, 2, 12)
    put(sheet, 1, 3, Formula("=SUM(B1:B1)"))
    put(sheet, 1, 4, "ghi chú\x00 có \x07 ký tự điều khiển")
    data = saved(book)
    assert formulas_in(data) == ["SUM(B1:B1)"]
    read = load_workbook(BytesIO(data)).active
    assert read["A1"].value == "Sở Xây dựng" and not read["A1"].quotePrefix
    assert read["B1"].value == 12
    assert read["D1"].value == "ghi chú có  ký tự điều khiển"


def test_reports_and_templates_carry_user_text_as_text():
    table = Table(
        sheet="Tiến độ",
        titles=[HOSTILE_TEXT[0]],
        headers=[["STT", "Ghi chú"]],
        merges=[],
        numbers=["(1)", "(2)"],
        widths=[6, 40],
    )
    table.rows = [[i + 1, text] for i, text in enumerate(HOSTILE_TEXT)]
    table.notes = [HOSTILE_TEXT[1]]
    data = render(table)
    assert formulas_in(data) == []
    values = [c.value for row in load_workbook(BytesIO(data)).active.iter_rows() for c in row]
    assert all(text in values or text.replace("\r", "\n") in values for text in HOSTILE_TEXT)
    lines = [
        {"tier": "tinh", "field": text, "name": text, "reason": text} for text in HOSTILE_TEXT
    ]
    data = template(FORMS["pl4"], "=Sở Y tế", lines)
    assert formulas_in(data) == []
    assert formulas_in(template(FORMS["pl1"], "Sở Y tế")) == [f"SUM({c}7:{c}9)" for c in "BCDE"]
