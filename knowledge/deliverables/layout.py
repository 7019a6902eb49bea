"""How the seed forms lay out a table: titles over the whole width, header rows with their merges,
the column numbers, the body with its section rows (A/B/C by tier, I/II/... by sector), notes under
it. Every report, compiled form and hand-in workbook is such a `Table`; knowledge/formats/xlsx.py
writes it as a workbook.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

TIER_SECTIONS = (("tinh", "A", "CẤP TỈNH"), ("huyen", "B", "CẤP HUYỆN"), ("xa", "C", "CẤP XÃ"))
ROMAN = (
    "I",
    "II",
    "III",
    "IV",
    "V",
    "VI",
    "VII",
    "VIII",
    "IX",
    "X",
    "XI",
    "XII",
    "XIII",
    "XIV",
    "XV",
    "XVI",
    "XVII",
    "XVIII",
    "XIX",
    "XX",
)


@dataclass
class Table:
    sheet: str
    titles: list[str]
    headers: list[list[str]]  # header rows; "" under a merged cell
    merges: list[tuple[int, int, int, int]]  # (row, col, row, col) within the header rows, 1-based
    numbers: list[str]  # "(1)", "(2)", ...
    rows: list[list] = field(default_factory=list)
    # indexes of rows that are section headings (bold)
    sections: set[int] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)
    widths: list[int] = field(default_factory=list)

    @property
    def width(self) -> int:
        return len(self.numbers)


def roman(i: int) -> str:
    return ROMAN[i] if i < len(ROMAN) else str(i + 1)


def sectioned(
    table: Table, items: Iterable, tier_of, sector_of, line_of, prefix: str = "Lĩnh vực "
) -> None:
    """A/B/C by tier, I/II/... by sector, then numbered lines, as the seed forms lay them out."""
    items = list(items)
    for tier, letter, label in TIER_SECTIONS:
        in_tier = [i for i in items if tier_of(i) == tier]
        if not in_tier:
            continue
        table.sections.add(len(table.rows))
        table.rows.append([letter, label] + [""] * (table.width - 2))
        sectors = list(dict.fromkeys(sector_of(i) for i in in_tier))
        for s_index, sector in enumerate(sectors):
            table.sections.add(len(table.rows))
            table.rows.append(
                [roman(s_index), f"{prefix}{sector}" if sector else f"{prefix}(chưa ghi)"]
                + [""] * (table.width - 2)
            )
            for n, item in enumerate((i for i in in_tier if sector_of(i) == sector), start=1):
                table.rows.append([n, *line_of(item)])
