"""Writing one cell of a workbook the bot produces: the single way every writer puts a value.

Text is always written as text. openpyxl would turn a string starting with "=" into a live
formula and "#N/A" into an error cell, and a spreadsheet reopens text starting with "+", "-" or
"@" as a formula once someone edits the cell; so such text is stored as a string cell marked
quotePrefix (Excel's leading apostrophe, not shown): an officer's note
`=HYPERLINK("http://evil.example/x","Bấm")` reads as those very characters in the coordinator's
workbook. Characters a workbook cannot hold (control characters) are dropped rather than
failing the whole file. Only a Formula the bot composes itself (a total row) is a formula.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # openpyxl is imported where a workbook is written, not at the bot's start
    from openpyxl.cell.cell import Cell
    from openpyxl.worksheet.worksheet import Worksheet

# a cell starting with one of these is read as a formula by some spreadsheet, now or on edit
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
ERROR_CODES = ("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A")
# what XML 1.0 cannot carry (openpyxl refuses the whole cell): C0 controls but tab, LF and CR
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
MAX_CHARS = 32_767  # a cell's limit in Excel


class Formula(str):
    """A formula the bot itself writes ("=SUM(B7:B9)"): never built from anything a user typed."""


def needs_quote(text: str) -> bool:
    return text.startswith(FORMULA_START) or text in ERROR_CODES


def put(sheet: Worksheet, row: int, column: int, value: Any = None) -> Cell:
    """Write `value` at (row, column): a Formula as a formula, any other text as text."""
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, Formula):
        cell.value = str(value)
    elif isinstance(value, str):
        text = _ILLEGAL.sub("", value)[:MAX_CHARS]
        cell.value = text
        if needs_quote(text):
            cell.data_type = "s"  # not "f" nor "e", whatever openpyxl guessed
            cell.quotePrefix = True
    else:
        cell.value = value
    return cell
