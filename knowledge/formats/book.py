"""A workbook as it was read (knowledge/formats/xlsx_reader.py): its sheets, each the cells that
hold a value and the formulas beside them; carried as JSON out of the sandbox.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

Grid = dict[tuple[int, int], Any]


@dataclass
class Sheet:
    name: str
    hidden: bool = False
    cells: Grid = field(default_factory=dict)  # (row, column), 1-based -> value; no blanks
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)  # "=SUM(B7:B9)"

    @property
    def max_row(self) -> int:
        return max((r for r, _ in self.cells), default=0)

    @property
    def max_column(self) -> int:
        return max((c for _, c in self.cells), default=0)

    def value(self, row: int, column: int) -> Any:
        return self.cells.get((row, column))

    def grid(self, formulas: bool = True) -> Grid:
        """The cells; a formula cell as its formula (`formulas`) or as the value Excel cached."""
        if not formulas:
            return dict(self.cells)
        return {**self.cells, **self.formulas}

    def rows(self) -> list[list[Any]]:
        """The used range as rows of values (None for a blank), cached values for formulas."""
        width = self.max_column
        return [
            [self.cells.get((r, c)) for c in range(1, width + 1)]
            for r in range(1, self.max_row + 1)
        ]


@dataclass
class Book:
    name: str
    sheets: list[Sheet]
    active: int = 0

    @property
    def sheetnames(self) -> list[str]:
        return [s.name for s in self.sheets]

    def __getitem__(self, name: str) -> Sheet:
        return next(s for s in self.sheets if s.name == name)

    @property
    def active_sheet(self) -> Sheet:
        return self.sheets[self.active] if 0 <= self.active < len(self.sheets) else self.sheets[0]

    def head_text(self, rows: int) -> str:
        """The text of the first `rows` rows of each shown sheet, and the sheets' names: where a
        template prints what it is ("Mẫu số 02", its title), read as evidence of its task."""
        lines: dict[tuple[int, int], list[str]] = {}
        for at, sheet in enumerate(self.sheets):
            if sheet.hidden:
                continue
            for (row, _), value in sorted(sheet.cells.items()):
                if row <= rows and isinstance(value, str):
                    lines.setdefault((at, row), []).append(value)
        # a row a line: a unit line ("Đơn vị: …") ends where its row does (file_claims.py)
        names = " ".join(s.name for s in self.sheets if not s.hidden)
        return "\n".join([names, *(" ".join(cells) for _, cells in sorted(lines.items()))])

    # -- through the sandbox as JSON --------------------------------------------------------
    def to_json(self) -> dict:
        return {
            "name": self.name,
            "active": self.active,
            "sheets": [
                {
                    "name": s.name,
                    "hidden": s.hidden,
                    "cells": [[r, c, _encode(v)] for (r, c), v in s.cells.items()],
                    "formulas": [[r, c, f] for (r, c), f in s.formulas.items()],
                }
                for s in self.sheets
            ],
        }

    @classmethod
    def from_json(cls, data: dict) -> Book:
        return cls(
            data["name"],
            [
                Sheet(
                    s["name"],
                    s["hidden"],
                    {(r, c): _decode(v) for r, c, v in s["cells"]},
                    {(r, c): f for r, c, f in s["formulas"]},
                )
                for s in data["sheets"]
            ],
            data["active"],
        )


def _encode(value: Any) -> Any:
    return {"datetime": value.isoformat()} if isinstance(value, datetime) else value


def _decode(value: Any) -> Any:
    return datetime.fromisoformat(value["datetime"]) if isinstance(value, dict) else value
