"""The forms units send the coordinator, as the seeds print them: BIỂU 02 (000_…txt, the 20/4
dossier) and Phụ lục I–IV (003_…txt, the 20/5 report). Each form's columns, what each cell
accepts, and how a filled table (a grid of cell values, from a workbook or from the chat) is read
into a submission, or refused with every error naming its sheet, row and column.

Two shapes. Phụ lục I is a table of counts: one line per tier (Cấp tỉnh, Cấp huyện, Cấp xã).
The others are lists laid out in sections: A/B/C by tier, I/II/... by field (lĩnh vực), then
numbered lines; a line is a dict with "tier", "field" and one value per column.
Workbooks are written and read in knowledge/form_book.py; the province's compiled forms are
knowledge/form_compile.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from knowledge.model import Province
from knowledge.proposals import QUARTERS
from knowledge.text import fold

Kind = Literal["count", "mark", "text", "reason", "quarter", "agency"]
TIERS = (("tinh", "A", "Cấp tỉnh"), ("huyen", "B", "Cấp huyện"), ("xa", "C", "Cấp xã"))
TIER_LABELS = {code: label for code, _, label in TIERS}
LETTER_TIERS = {letter: code for code, letter, _ in TIERS}
MAX_TEXT = 500
MAX_LINES = 2000
MARKS = {"x", "v", "✓", "✔"}
ROMAN = re.compile(r"^(?=[IVXL])L?X{0,3}(IX|IV|V?I{0,3})$")
_COUNT = re.compile(r"^\d{1,3}(?:[.,]\d{3})+$|^\d+$")


@dataclass(frozen=True)
class Column:
    letter: str
    key: str
    header: str
    kind: Kind
    required: bool = False


@dataclass(frozen=True)
class Form:
    code: str  # "pl1", "bieu02": in callback data and the template's marker
    name: str  # "Phụ lục I", as printed
    form_of_task: str  # the task's `form` field that asks for it ("Biểu 02", "Phụ lục I–IV")
    titles: tuple[str, ...]
    attached: str  # the "(Kèm theo văn bản số …)" line, as printed
    headers: tuple[tuple[str, ...], ...]  # one or two header rows, "" under a merged cell
    merges: tuple[tuple[int, int, int, int], ...]  # within the header rows, 1-based
    numbers: bool  # the seed prints a "(1) (2) …" row under the headers
    columns: tuple[Column, ...]  # from column A
    levels: tuple[str, ...] = ()  # the mark columns that give the level, and how many to tick
    level_rule: Literal["one", "at_most_one", ""] = ""
    shape: Literal["counts", "list"] = "list"

    @property
    def header_row(self) -> int:
        """The first header row of the sheet: after the titles, the attached line and the unit
        line (Phụ lục I's counts start on row 7, as the coordinator's letters quote cells).
        """
        return len(self.titles) + 3

    @property
    def first_row(self) -> int:
        return self.header_row + len(self.headers) + (1 if self.numbers else 0)

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)


_ATTACHED_MAY = "(Kèm theo văn bản số: /STTT-CNTT ngày /5/2021 của Sở Thông tin và Truyền thông)"
_MAY = "Phụ lục I–IV"
_LEVELS_2_3 = (
    ("STT", "Lĩnh vực/DVCTT", "Mức độ DVCTT đang cung cấp", ""),
    ("", "", "Mức độ 2", "Mức độ 3"),
)

FORMS: dict[str, Form] = {
    "bieu02": Form(
        code="bieu02",
        name="BIỂU 02",
        form_of_task="Biểu 02",
        titles=(
            "BIỂU 02",
            "ĐỀ XUẤT DANH MỤC DỊCH VỤ CÔNG TRỰC TUYẾN TÍCH HỢP, CUNG CẤP",
            "TRÊN CỔNG DỊCH VỤ CÔNG QUỐC GIA NĂM 2021",
        ),
        attached="(Ban hành kèm theo văn bản số: /....., ngày/...../2021 của)",
        headers=(
            (
                "STT",
                "Tên dịch vụ công/TTHC đề xuất tích hợp, cung cấp trên Cổng DVC Quốc gia năm 2021",
                "Mức độ đang thực hiện",
                "",
                "Cơ quan chủ trì",
                "Cơ quan phối hợp",
                "Thời gian thực hiện (Quý II/Quý III năm 2021)",
                "Ghi chú",
            ),
            ("", "", "Mức 3", "Mức 4", "", "", "", ""),
        ),
        merges=(
            (1, 3, 1, 4),
            (1, 1, 2, 1),
            (1, 2, 2, 2),
            (1, 5, 2, 5),
            (1, 6, 2, 6),
            (1, 7, 2, 7),
            (1, 8, 2, 8),
        ),
        numbers=True,
        columns=(
            Column("A", "stt", "STT", "text"),
            Column("B", "name", "Tên dịch vụ công/TTHC", "text", True),
            Column("C", "l3", "Mức 3", "mark"),
            Column("D", "l4", "Mức 4", "mark"),
            Column("E", "lead", "Cơ quan chủ trì", "agency", True),
            Column("F", "coordinate", "Cơ quan phối hợp", "text"),
            Column("G", "quarter", "Thời gian thực hiện", "quarter", True),
            Column("H", "note", "Ghi chú", "text"),
        ),
        levels=("l3", "l4"),
        level_rule="one",
    ),
    "pl1": Form(
        code="pl1",
        name="Phụ lục I",
        form_of_task=_MAY,
        titles=(
            "Phụ lục I",
            "Tổng số TTHC đang triển khai DVCTT mức độ 2, mức độ 3, mức độ 4 trên",
            "Cổng dịch vụ công và Hệ thống thông tin một cửa điện tử của tỉnh",
        ),
        attached=_ATTACHED_MAY,
        headers=(
            ("Cấp chính quyền", "Tổng số TTHC", "Mức độ 2", "Mức độ 3", "Mức độ 4", "Ghi chú"),
        ),
        merges=(),
        numbers=False,
        columns=(
            Column("A", "tier", "Cấp chính quyền", "text"),
            Column("B", "total", "Tổng số TTHC", "count"),
            Column("C", "l2", "Mức độ 2", "count"),
            Column("D", "l3", "Mức độ 3", "count"),
            Column("E", "l4", "Mức độ 4", "count"),
            Column("F", "note", "Ghi chú", "text"),
        ),
        shape="counts",
    ),
    "pl2": Form(
        code="pl2",
        name="Phụ lục II",
        form_of_task=_MAY,
        titles=(
            "Phụ lục II",
            "Danh mục TTHC đang triển khai DVCTT mức độ 2, mức độ 3, mức độ 4 trên",
            "Cổng dịch vụ công và Hệ thống thông tin một cửa điện tử của tỉnh",
        ),
        attached=_ATTACHED_MAY,
        headers=(("STT", "Lĩnh vực/DVCTT", "Mức độ 2", "Mức độ 3", "Mức độ 4", "Ghi chú"),),
        merges=(),
        numbers=False,
        columns=(
            Column("A", "stt", "STT", "text"),
            Column("B", "name", "Lĩnh vực/DVCTT", "text", True),
            Column("C", "l2", "Mức độ 2", "mark"),
            Column("D", "l3", "Mức độ 3", "mark"),
            Column("E", "l4", "Mức độ 4", "mark"),
            Column("F", "note", "Ghi chú", "text"),
        ),
        levels=("l2", "l3", "l4"),
        level_rule="one",
    ),
    "pl3": Form(
        code="pl3",
        name="Phụ lục III",
        form_of_task=_MAY,
        titles=(
            "Phụ lục III",
            "Danh sách các dịch vụ công đủ điều kiện lên trực tuyến mức độ 4",
            "trong năm 2021",
        ),
        attached=_ATTACHED_MAY,
        headers=(
            (*_LEVELS_2_3[0], "Dịch vụ công đủ điều kiện lên mức độ 4", "Ghi chú"),
            (*_LEVELS_2_3[1], "", ""),
        ),
        merges=((1, 3, 1, 4), (1, 1, 2, 1), (1, 2, 2, 2), (1, 5, 2, 5), (1, 6, 2, 6)),
        numbers=False,
        columns=(
            Column("A", "stt", "STT", "text"),
            Column("B", "name", "Lĩnh vực/DVCTT", "text", True),
            Column("C", "l2", "Mức độ 2", "mark"),
            Column("D", "l3", "Mức độ 3", "mark"),
            Column("E", "eligible", "Dịch vụ công đủ điều kiện lên mức độ 4", "mark"),
            Column("F", "note", "Ghi chú", "text"),
        ),
        levels=("l2", "l3"),
        level_rule="at_most_one",
    ),
    "pl4": Form(
        code="pl4",
        name="Phụ lục IV",
        form_of_task=_MAY,
        titles=(
            "Phụ lục IV",
            "Danh sách các dịch vụ công không đủ điều kiện lên trực tuyến mức độ 4",
            "trong năm 2021",
        ),
        attached=(
            "(Kèm theo văn bản số: /STTTT-CNTT ngày /5/2021 của Sở Thông tin và Truyền thông)"
        ),
        headers=(
            (*_LEVELS_2_3[0], "Lý do không đủ điều kiện"),
            (*_LEVELS_2_3[1], ""),
        ),
        merges=((1, 3, 1, 4), (1, 1, 2, 1), (1, 2, 2, 2), (1, 5, 2, 5)),
        numbers=False,
        columns=(
            Column("A", "stt", "STT", "text"),
            Column("B", "name", "Lĩnh vực/DVCTT", "text", True),
            Column("C", "l2", "Mức độ 2", "mark"),
            Column("D", "l3", "Mức độ 3", "mark"),
            Column("E", "reason", "Lý do không đủ điều kiện", "reason", True),
        ),
        levels=("l2", "l3"),
        level_rule="at_most_one",
    ),
}
COUNT_KEYS = ("total", "l2", "l3", "l4")


def task_forms(province: Province, task_id: str) -> list[Form]:
    """The forms a task asks for (none for a task that names no form of ours)."""
    task = next((t for t in province.tasks if t.id == task_id), None)
    if task is None:
        return []
    return [f for f in FORMS.values() if f.form_of_task == task.form]


def task_of(province: Province, form: Form) -> str | None:
    """The province's task that asks for `form`, if it has one."""
    task = next((t for t in province.tasks if t.form == form.form_of_task), None)
    return task.id if task else None


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
        values["note"] = read_text(_cell(grid, row, len(form.columns)))
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
        if column.kind == "mark":
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


def level_of(form: Form, line: dict) -> int | None:
    """The level a line ticks (2, 3 or 4), or None."""
    ticked = [k for k in form.levels if line.get(k)]
    return int(ticked[0][1:]) if ticked else None


def summary(form: Form, data: dict) -> str:
    """What a submission holds, in one or two plain lines (escaped by the caller)."""
    if form.shape == "counts":
        parts = []
        for tier, _, label in TIERS:
            c = data["counts"].get(tier) or {}
            parts.append(
                f"{label}: {c.get('total', 0)} TTHC (mức 2: {c.get('l2', 0)}, "
                f"mức 3: {c.get('l3', 0)}, mức 4: {c.get('l4', 0)})"
            )
        return "; ".join(parts)
    lines = data["lines"]
    if not lines:
        return "không có dịch vụ nào"
    by_tier = [
        f"{label.lower()} {n}"
        for code, _, label in TIERS
        if (n := sum(line["tier"] == code for line in lines))
    ]
    fields = len({(line["tier"], line["field"]) for line in lines})
    text = f"{len(lines)} dịch vụ ({', '.join(by_tier)}) trong {fields} lĩnh vực"
    levels = [level_of(form, line) for line in lines]
    if form.level_rule == "one":
        counted = ", ".join(
            f"mức {n}: {levels.count(n)}" for n in (2, 3, 4) if levels.count(n) and n
        )
        text += f"; {counted}"
    return text
