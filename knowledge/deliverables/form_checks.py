"""What each cell of a form accepts, and the reading of a filled form (a grid of cell values,
from a workbook) into a submission, or its refusal with every error naming its sheet, row and
column: "Phụ lục I, dòng 7, cột C: «abc» không phải số".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from knowledge.deliverables.forms import COUNT_KEYS, LETTER_TIERS, TIER_LABELS, TIERS, Form
from knowledge.language.text import fold
from knowledge.rules.proposals import QUARTERS

MAX_TEXT = 500
MAX_LINES = 2000
MARKS = {"x", "v", "✓", "✔"}
ROMAN = re.compile(r"^(?=[IVXL])L?X{0,3}(IX|IV|V?I{0,3})$")
_COUNT = re.compile(r"^\d{1,3}(?:[.,]\d{3})+$|^\d+$")


def where(form: Form, row: int, column: str) -> str:
    return f"{form.name}, dòng {row}, cột {column}"


def _shown(value: Any) -> str:
    text = str(value).strip()
    return text if len(text) <= 40 else text[:39] + "…"


def read_count(value: Any) -> int | str | None:
    """A count cell: an int, None when blank, or the complaint (without the place)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        return f"«{value}» không phải số"
    if isinstance(value, int):
        return value if value >= 0 else f"«{value}» là số âm"
    if isinstance(value, float):
        if value.is_integer():
            return int(value) if value >= 0 else f"«{_shown(value)}» là số âm"
        return f"«{_shown(value)}» không phải số nguyên"
    text = str(value).strip()
    if text.startswith("="):
        return f"«{_shown(text)}» là công thức; hãy ghi số"
    if _COUNT.match(text):
        # "1.591" as the Bắc Giang report prints thousands
        return int(re.sub(r"[.,]", "", text))
    return f"«{_shown(text)}» không phải số"


def is_formula(value: Any) -> bool:
    """A formula cell (the workbook reader gives it as "=…"): refused in every column, a form
    carries values only.
    """
    return isinstance(value, str) and value.lstrip().startswith("=")


FORMULA = "«{}» là công thức; hãy ghi giá trị"


def read_mark(value: Any) -> bool | str:
    if value is None or not str(value).strip():
        return False
    if fold(str(value)).strip() in MARKS or str(value).strip() in MARKS:
        return True
    return f"«{_shown(value)}» không phải dấu x (để trống hoặc ghi x)"


def read_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())[:MAX_TEXT]


def read_quarter(value: Any) -> str | None:
    """A BIỂU 02 column (7) cell: "Quý II/2021" or "Quý III/2021" (also "II", "quy 3")."""
    text = read_text(value)
    if not text:
        return None
    words = fold(text).replace("quy", " ").split()
    if words[1:] in ([], ["2021"]) and words:
        code = {"2": "II", "3": "III"}.get(words[0], words[0].upper())
    else:
        code = ""
    if code in QUARTERS:
        return QUARTERS[code]
    return f"«{_shown(text)}» không phải Quý II/2021 hoặc Quý III/2021"


@dataclass
class Parsed:
    """What a filled form holds, or the errors that refuse it whole."""

    form: Form
    counts: dict[str, dict[str, Any]]  # Phụ lục I: tier -> total, l2, l3, l4, note
    lines: list[dict[str, Any]]  # the lists: tier, field, and the columns' keys
    errors: list[str]

    @property
    def data(self) -> dict:
        return {"form": self.form.code, "counts": self.counts, "lines": self.lines}


Grid = dict[tuple[int, int], Any]  # (row, column), 1-based -> the cell's value


def _cell(grid: Grid, row: int, col: int) -> Any:
    return grid.get((row, col))


def _last_row(grid: Grid) -> int:
    return max((r for (r, _), v in grid.items() if v not in (None, "")), default=0)


def parse_grid(form: Form, grid: Grid, resolve=None) -> Parsed:
    """Read a filled form from its cells, checking every one. `resolve` names an agency from
    what was typed (BIỂU 02's lead column); None accepts any text.
    """
    result = Parsed(form, {}, [], [])
    header = read_text(_cell(grid, form.header_row, 2 if form.shape == "list" else 1))
    expected = form.headers[0][1 if form.shape == "list" else 0]
    if fold(header) != fold(expected):
        result.errors.append(
            f"{form.name}, dòng {form.header_row}: không đúng mẫu (ô "
            f"{'B' if form.shape == 'list' else 'A'}{form.header_row} phải là «{expected}»). "
            "Hãy tải lại mẫu từ /baocao."
        )
        return result
    if form.shape == "counts":
        _parse_counts(form, grid, result)
    else:
        _parse_list(form, grid, result, resolve)
    return result


def _parse_counts(form: Form, grid: Grid, result: Parsed) -> None:
    for i, (tier, _, label) in enumerate(TIERS):
        row = form.first_row + i
        if fold(read_text(_cell(grid, row, 1))) != fold(label):
            result.errors.append(
                f"{where(form, row, 'A')}: phải là «{label}» (không thêm, bớt dòng)"
            )
            continue
        values: dict[str, Any] = {}
        for col, column in enumerate(form.columns, start=1):
            if column.kind != "count":
                continue
            got = read_count(_cell(grid, row, col))
            if isinstance(got, str):
                result.errors.append(f"{where(form, row, column.letter)}: {got}")
            else:
                values[column.key] = got or 0
        note = _cell(grid, row, len(form.columns))
        if is_formula(note):
            letter = form.columns[-1].letter
            result.errors.append(f"{where(form, row, letter)}: {FORMULA.format(_shown(note))}")
        values["note"] = read_text(note)
        if all(k in values for k in COUNT_KEYS):
            online = values["l2"] + values["l3"] + values["l4"]
            if online > values["total"]:
                result.errors.append(
                    f"{form.name}, dòng {row}: mức độ 2, 3, 4 cộng lại ({online}) nhiều hơn "
                    f"tổng số TTHC ({values['total']}) ở cột B"
                )
        result.counts[tier] = values


def _parse_list(form: Form, grid: Grid, result: Parsed, resolve) -> None:
    tier: str | None = None
    field = ""
    for row in range(form.first_row, _last_row(grid) + 1):
        cells = [_cell(grid, row, c) for c in range(1, len(form.columns) + 1)]
        if all(read_text(v) == "" for v in cells):
            continue
        first, name = read_text(cells[0]), read_text(cells[1])
        folded = fold(name)
        if first.upper() in LETTER_TIERS or folded in {fold(x) for _, _, x in TIERS}:
            found = LETTER_TIERS.get(first.upper())
            named = next((code for code, _, x in TIERS if fold(x) == folded), None)
            if found and named and found != named:
                result.errors.append(
                    f"{where(form, row, 'A')}: mục «{first}» là "
                    f"{TIER_LABELS[found].lower()}, cột B lại ghi «{name}»"
                )
            tier, field = found or named, ""
            continue
        if ROMAN.match(first.upper()):
            field = _strip_field(name)
            continue
        if folded.startswith("tong so") and not first:
            continue  # BIỂU 02's total line: the compiled form counts it again
        if not name and all(read_text(v) == "" for v in cells[2:]):
            continue  # a numbered line left empty, as the template gives it
        if not name:
            result.errors.append(f"{where(form, row, 'B')}: thiếu tên dịch vụ")
            continue
        if tier is None:
            result.errors.append(
                f"{form.name}, dòng {row}: dịch vụ nằm trước các mục A (Cấp tỉnh), "
                "B (Cấp huyện), C (Cấp xã)"
            )
            continue
        line = _read_line(form, row, cells, result, resolve)
        if line is not None:
            result.lines.append({"tier": tier, "field": field, **line})
        if len(result.lines) > MAX_LINES:
            result.errors.append(f"{form.name}: quá {MAX_LINES} dòng")
            return


def _strip_field(name: str) -> str:
    """ "Lĩnh vực Xây dựng" -> "Xây dựng"; the word as printed, diacritics kept."""
    words = name.split()
    if len(words) >= 2 and fold(" ".join(words[:2])) == "linh vuc":
        words = words[2:]
    return " ".join(words).lstrip(":.- ")


def _read_line(form: Form, row: int, cells: list, result: Parsed, resolve) -> dict | None:
    line: dict[str, Any] = {}
    before = len(result.errors)
    for column, value in zip(form.columns, cells, strict=True):
        place = where(form, row, column.letter)
        if column.key == "stt":
            continue
        if is_formula(value):
            result.errors.append(f"{place}: {FORMULA.format(_shown(value))}")
            line[column.key] = ""
        elif column.kind == "mark":
            got = read_mark(value)
            if isinstance(got, str):
                result.errors.append(f"{place}: {got}")
            line[column.key] = got is True
        elif column.kind == "quarter":
            quarter = read_quarter(value)
            if quarter is None or quarter.startswith("«"):
                result.errors.append(f"{place}: {quarter or 'thiếu thời gian thực hiện'}")
            line[column.key] = quarter or ""
        elif column.kind == "agency":
            text = read_text(value)
            name = resolve(text) if resolve and text else text
            if not text or name is None:
                result.errors.append(
                    f"{place}: " + (f"không nhận ra cơ quan «{_shown(text)}»" if text else "trống")
                )
            line[column.key] = name or text
        else:
            line[column.key] = read_text(value)
            if column.required and not line[column.key]:
                result.errors.append(f"{place}: thiếu {column.header.lower()}")
    ticked = [k for k in form.levels if line.get(k)]
    if form.level_rule == "one" and len(ticked) != 1 and len(result.errors) == before:
        letters = ", ".join(form.column(k).letter for k in form.levels)
        result.errors.append(
            f"{form.name}, dòng {row}, cột {letters}: đánh dấu x đúng một mức độ"
            + (f" (đang đánh {len(ticked)})" if ticked else "")
        )
    if form.level_rule == "at_most_one" and len(ticked) > 1:
        letters = ", ".join(form.column(k).letter for k in form.levels)
        result.errors.append(
            f"{form.name}, dòng {row}, cột {letters}: chỉ đánh dấu x một mức độ đang cung cấp"
        )
    return line if len(result.errors) == before else None
