"""The forms units send the coordinator, as the seeds print them: BIỂU 02 (000_…txt, the 20/4
dossier) and Phụ lục I–IV (003_…txt, the 20/5 report). Each form's columns, what each cell
accepts, and how a filled table (a grid of cell values, from a workbook or from the chat) is read
into a submission, or refused with every error naming its sheet, row and column.

Two shapes. Phụ lục I is a table of counts: one line per tier (Cấp tỉnh, Cấp huyện, Cấp xã).
The others are lists laid out in sections: A/B/C by tier, I/II/... by field (lĩnh vực), then
numbered lines; a line is a dict with "tier", "field" and one value per column.
What each cell accepts is knowledge/deliverables/form_checks.py; workbooks are written and read in
knowledge/formats/form_book.py; the province's compiled forms are
knowledge/deliverables/form_compile.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from knowledge.catalogue.model import Province, Task

Kind = Literal["count", "mark", "text", "reason", "quarter", "agency"]
TIERS = (("tinh", "A", "Cấp tỉnh"), ("huyen", "B", "Cấp huyện"), ("xa", "C", "Cấp xã"))
TIER_LABELS = {code: label for code, _, label in TIERS}
LETTER_TIERS = {letter: code for code, letter, _ in TIERS}


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
    # the seed letter that prints this layout: only its task's form is read cell by cell (another
    # letter's "Phụ lục I" is its own form, collected as a file)
    letter: str = ""

    @property
    def unit_label(self) -> str:
        """The words before the unit's name on the line under the titles (BIỂU 02 as the seed
        prints it; the others name the unit plainly)."""
        if self.code == "bieu02":
            return "Thuộc thẩm quyền giải quyết/phạm vi chức năng quản lý của"
        return "Cơ quan, đơn vị:"

    @property
    def unit_row(self) -> int:
        """The sheet row of the unit's line: after the titles and the attached line."""
        return len(self.titles) + 2

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


_LETTER_APRIL = "000_db91aa521f843c23.txt"
_LETTER_MAY = "003_f1bc9fe4c977d5d1.txt"
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
        letter=_LETTER_APRIL,
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
        letter=_LETTER_MAY,
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
        letter=_LETTER_MAY,
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
        letter=_LETTER_MAY,
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
        letter=_LETTER_MAY,
    ),
}
COUNT_KEYS = ("total", "l2", "l3", "l4")


def lays_out(form: Form, task: Task) -> bool:
    """The form is the one this task asks for: named as the task names it, in the same letter."""
    return form.form_of_task == task.form and task.source.partition("#")[0] == form.letter


def task_forms(province: Province, task_id: str) -> list[Form]:
    """The forms of ours a task asks for (none for a task whose forms the bot has no layout
    of: those are collected as files, knowledge/deliverables/handed_files.py)."""
    task = province.task(task_id)
    if task is None:
        return []
    return [f for f in FORMS.values() if lays_out(f, task)]


def task_of(province: Province, form: Form) -> str | None:
    """The province's task that asks for `form`, if it has one."""
    task = next((t for t in province.tasks if lays_out(form, t)), None)
    return task.id if task else None


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
