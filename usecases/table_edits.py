"""One row of the assignment table edited in chat by an admin (`/giao 406-22 chủ trì Sở Y tế;
phối hợp Công an tỉnh; hạn Tháng 9/2021`): previewed as the difference from the table in force
and kept as a draft, applied by the admin's "Áp dụng" as a new version of the whole table (the
other rows as they are), undone by "Hoàn tác" within 10 minutes or by `import --rollback` later:
the same drafts and versions as a table sent in chat (usecases/tables.py).

How the line is read and what the row becomes is knowledge/catalogue/table_patch.py.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from knowledge.calendar.deadlines import fmt_date
from knowledge.catalogue.importer import edit_source
from knowledge.catalogue.national_dates import later_than_national
from knowledge.catalogue.plan import plan_first_day, plan_year, plan_years
from knowledge.catalogue.table_patch import (
    EditRefused,
    edited_row,
    in_force_rows,
    merge_rows,
    read_row_edit,
)
from knowledge.catalogue.table_versions import diff, table_of
from knowledge.reader.capnhat_line import whole_key
from knowledge.render.answers import key_tag
from knowledge.render.table_text import render_agencies, render_row_change
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.results import UNCHANGED, Refusal, Refused
from usecases.runner import use_case
from usecases.tables import draft_table


@dataclass(frozen=True)
class RowPreview:
    """Nothing in force yet: the row's change as the table review shows it, and the draft that
    "Áp dụng" applies."""

    key: str
    lines: tuple[str, ...]
    draft: int


@use_case(writes=True)
def edit_row(desk: Desk, caller: Caller, text: str) -> RowPreview | Refusal:
    """/giao <key> [chủ trì …][; phối hợp …][; hạn …]: the preview, or one line saying what
    did not read (nothing kept)."""
    if not caller.is_admin or desk.tables is None:
        return Refusal("Chỉ quản trị viên sửa được bảng phân công. " + UNCHANGED)
    if not text.strip():
        return Refusal(Refused.EDIT_USAGE)
    province, today = desk.province, desk.clock.today()

    def resolve(typed: str) -> str | None:
        return whole_key(typed, lambda t: desk.assistant.resolve_key(t, province, today))

    named = resolve(text.split()[0])
    if named is not None and province.task_at(named) is not None:
        # "/giao tq-2021-04-20 hạn 25/4" was told its date did not read
        return Refusal(
            f"{key_tag(named)} là nhiệm vụ của công văn, không phải một mục của bảng phân công: "
            f"/giao chỉ sửa các mục 406/411 (chủ trì, phối hợp, hạn). {UNCHANGED}"
        )

    try:
        # a date typed without its year: the plan's, as a question reads it (u54 #6)
        year = plan_year(plan_years(desk.catalogue, province), today)
        edit = read_row_edit(text, resolve, desk.assistant.agencies, year)
        row = edited_row(desk.catalogue, province.assignments.get(edit.key), edit)
    except EditRefused as refused:
        return refused.refusal
    source = edit_source(edit.key)
    row = replace(row, source=f"{source}, {fmt_date(today)}")  # the row's own provenance
    in_force = province.assignments.values()
    rows = merge_rows(in_force_rows(in_force), [row], source)
    before, after = table_of(in_force), table_of(rows, province.expand)
    change = diff(before, after)
    if change.empty:
        return Refusal(f"Mục {key_tag(edit.key)} đã được giao đúng như vậy. {UNCHANGED}")
    old, new = before.get(edit.key), after[edit.key]
    lines = render_row_change(edit.key, old, new, desk.table_number)
    if old is None or (old.lead, old.coordinate) != (new.lead, new.coordinate):
        lines += render_agencies(change)  # the agencies the row moves between
    if old is None or old.deadline_text != new.deadline_text:
        late = later_than_national(
            desk.catalogue, edit.key, new.deadline_text, plan_first_day(province)
        )
        lines += [late] if late else []
    draft = draft_table(desk, caller, province, rows, source)
    return RowPreview(edit.key, tuple(lines), draft)
