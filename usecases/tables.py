"""The assignment table sent in chat: reviewed as a difference from the table in force (kept as a
draft), applied by an admin's button as a new version, undone within 10 minutes. A file that
holds only some rows is offered both ways: the whole table (dropping the rows it lacks) or only
its rows merged into the table in force ("Áp dụng các dòng này", knowledge/catalogue/
table_patch.py).

The same checks and versions as `python -m bot import` (bot/import_cli.py, db/import_repo.py).
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from db.import_repo import ImportRepo, StaleDraft
from knowledge.catalogue.importer import (
    ImportedRow,
    ImportRefused,
    Lines,
    Unreadable,
    applied_label,
    merged_source,
    validate,
)
from knowledge.catalogue.model import Catalogue, Province
from knowledge.catalogue.national_dates import later_than_national
from knowledge.catalogue.plan import plan_first_day
from knowledge.catalogue.table_patch import in_force_rows, merge_rows
from knowledge.catalogue.table_versions import (
    Table,
    TableDiff,
    TableVersion,
    diff,
    key_order,
    table_of,
    version_zero,
)
from knowledge.reader.ask import Assistant
from knowledge.render.table_text import render_diff
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.results import Refusal, known_id
from usecases.runner import use_case
from usecases.table_notices import announce_table, table_now
from usecases.table_undo import table_refusal

ADMINS_ONLY = (
    "Chỉ quản trị viên mới gửi bảng phân công cho bot; tệp của bạn không được đọc, "
    "không có gì thay đổi."
)
MAX_ERRORS = 20
STALE = (
    "Bảng đang dùng đã đổi sau khi bạn xem khác biệt: gửi lại tệp để xem khác biệt mới. "
    "Không có gì thay đổi."
)


@dataclass(frozen=True)
class TableReview:
    """The difference, as plain lines; `draft` is what "Áp dụng" applies (None: nothing to)."""

    lines: tuple[str, ...]
    draft: int | None
    drops: int  # rows in force the new table leaves out
    # a file that lacks rows in force: only its rows merged in ("Áp dụng các dòng này")
    merge: int | None = None
    merge_lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class TableApplied:
    source: str
    number: int
    rows: int
    before: int  # the version in force until now

    @property
    def what(self) -> str:
        """ "bảng X.xlsx", "bảng X.csv, các dòng trong tệp", "sửa đổi /giao 406-22"."""
        return applied_label(self.source)


@dataclass(frozen=True)
class DropsToConfirm:
    """A whole table that leaves out rows in force: nothing applied yet. It is applied only by
    a second press that names how many rows it drops (`apply_table(…, drops=N)`), after the
    coordinator has read which; one wrong tap beside "Áp dụng các dòng này" must not drop the
    other agencies' rows."""

    draft: int
    source: str
    dropped: tuple[str, ...]  # the keys in force the table leaves out, in catalogue order
    rows: int  # how many rows the table holds


@dataclass(frozen=True)
class TableRestored:
    restored: int  # the version in force again
    number: int  # the new version that restores it
    rows: int


def _admin(desk: Desk, caller: Caller) -> Refusal | None:
    if not caller.is_admin or desk.tables is None:
        return Refusal(ADMINS_ONLY)
    return None


@use_case(writes=True)
def review_table(desk: Desk, caller: Caller, name: str, lines: Lines) -> TableReview | Refusal:
    """A document from an admin that is not a form, read as lines (in the sandbox,
    usecases/documents.py): checked as an assignment table, compared with the table in force,
    kept as a draft."""
    refusal = _admin(desk, caller)
    if refusal:
        return refusal
    assert desk.tables is not None
    province = desk.province
    try:
        rows = validate(lines, desk.assistant, province.decision, name)
    except Unreadable as exc:
        return Refusal(html.escape(f"{exc} Không có gì thay đổi."))
    except ImportRefused as refused:
        errors = refused.errors[:MAX_ERRORS] + (["…"] if len(refused.errors) > MAX_ERRORS else [])
        head = f"Từ chối cả tệp {name} ({len(refused.errors)} lỗi), không có gì thay đổi:"
        return Refusal(html.escape("\n".join([head, *errors])))
    in_force, new = table_of(province.assignments.values()), table_of(rows, province.expand)
    change = diff(in_force, new)
    shown = tuple(
        render_diff(change, f"Tệp {name}", f"bảng đang dùng, phiên bản {desk.table_number}")
    ) + late_plans(desk.catalogue, in_force, new, province)
    if change.empty:
        return TableReview(shown, None, 0)
    draft = draft_table(desk, caller, province, rows, name)
    if not change.partial:
        return TableReview(shown, draft, 0)
    merged = merge_rows(in_force_rows(province.assignments.values()), rows, name)
    patch = diff(table_of(province.assignments.values()), table_of(merged, province.expand))
    if patch.empty:  # the file's rows are those in force: only the drops would change
        return TableReview(shown, draft, len(change.removed), None, (MERGE_SAME,))
    merge = draft_table(desk, caller, province, merged, merged_source(name))
    # A file of a few rows is a patch: what merging it changes comes first, the whole-table
    # apply (which drops every other row) after, in a line. The whole-table difference listed
    # every other agency's rows as dropped, two messages for a one-row patch.
    dropped = change.removed
    named = ", ".join(dropped[:DROPS_NAMED]) + (
        f" và {len(dropped) - DROPS_NAMED} mục nữa" if len(dropped) > DROPS_NAMED else ""
    )
    shown = tuple(
        render_diff(
            patch,
            f"Tệp {name}, các dòng trong tệp ghép vào bảng",
            f"bảng đang dùng, phiên bản {desk.table_number}",
        )
    ) + late_plans(desk.catalogue, in_force, new, province)
    merge_lines = (
        f"“{MERGE_LABEL}”: chỉ {len(patch.added)} mục thêm và {len(patch.changed)} mục đổi trong "
        f"tệp; {patch.new_count - len(patch.added) - len(patch.changed)} mục khác giữ nguyên.",
        f"⚠️ Bảng mới thiếu {len(dropped)} mục đang có: “{replace_label(len(dropped))}” dùng tệp "
        f"làm cả bảng và bỏ {named} (bot hỏi lại trước khi bỏ).",
    )
    return TableReview(shown, draft, len(dropped), merge, merge_lines)


MERGE_LABEL = "Áp dụng các dòng này"


def replace_label(drops: int) -> str:
    """The whole-table apply of a file that lacks rows in force: it asks again, naming them."""
    return f"Thay cả bảng, bỏ {drops} mục…"


DROPS_NAMED = 12  # the rows a whole-table apply would drop, named before "và N mục nữa"
MERGE_SAME = "Các dòng trong tệp giống bảng đang dùng: áp dụng cả bảng chỉ bỏ các mục thiếu."


def draft_table(
    desk: Desk, caller: Caller, province: Province, rows: list[ImportedRow], source: str
) -> int:
    assert desk.tables is not None
    return desk.tables.draft(
        desk.config.province,
        province.name,
        province.decision,
        rows,
        source,
        desk.clock.now(),
        caller.user_id,
    )


@use_case(writes=True)
def apply_table(
    desk: Desk, caller: Caller, draft: int, drops: int = 0
) -> TableApplied | DropsToConfirm | Refusal:
    """The reviewed table becomes the new version, and the one everything reads. A table that
    leaves out rows in force is applied only when `drops` says how many (the second press,
    after the rows were named); otherwise they are named and nothing changes."""
    refusal = _admin(desk, caller)
    if refusal:
        return refusal
    assert desk.tables is not None
    found = desk.tables.draft_of(draft) if known_id(draft) else None
    if found is None or found[0] != desk.config.province:
        return Refusal("Bảng này đã được áp dụng hoặc không còn: không có gì thay đổi.")
    if found[1] != desk.tables.in_force_number(desk.config.province):
        return Refusal(STALE)
    keys = desk.tables.draft_keys(draft)
    dropped = sorted(set(desk.province.assignments) - keys, key=key_order)
    if dropped and drops != len(dropped):
        return DropsToConfirm(draft, applied_label(found[2]), tuple(dropped), len(keys))
    before, old = desk.table_number, table_now(desk)
    try:
        done = desk.tables.apply_draft(draft, desk.clock.now(), caller.user_id)
    except StaleDraft:
        return Refusal(STALE)
    if done is None:
        return Refusal("Bảng này đã được áp dụng: không có gì thay đổi.")
    desk.sync_table(force=True)
    announce_table(desk, old, table_now(desk), done.number)
    return TableApplied(done.source, done.number, done.rows, before)


@use_case(writes=True)
def undo_table(desk: Desk, caller: Caller, number: int) -> TableRestored | Refusal:
    """The version before `number` in force again, while `number` is the one in force and was
    applied less than 10 minutes ago (later: the command line's --rollback)."""
    refusal = _admin(desk, caller)
    if refusal:
        return refusal
    assert desk.tables is not None
    slug = desk.config.province
    refusal = table_refusal(desk, number)
    if refusal:
        return refusal
    zero = version_zero((desk.base or desk.assistant).catalogue, slug)
    old = table_now(desk)
    done = desk.tables.rollback(slug, number - 1, desk.clock.now(), caller.user_id, zero)
    if done is None:
        return Refusal("Không có phiên bản trước để quay lại. Không có gì thay đổi.")
    desk.sync_table(force=True)
    announce_table(desk, old, table_now(desk), done.number)
    return TableRestored(number - 1, done.number, done.rows)


# -- the command line (`python -m bot import`) ---------------------------------------------------
@dataclass(frozen=True)
class Versions:
    versions: list[TableVersion]
    current: int
    zero: tuple[str, str, int] | None  # the data files' table: (province, decision, rows)


@dataclass(frozen=True)
class Restored:
    version: TableVersion
    change: TableDiff  # from the table in force before to the one now


@dataclass(frozen=True)
class Imported:
    change: TableDiff
    current: int  # the version in force before
    version: TableVersion | None  # the new version (None: not applied)
    needs_replace: bool = False  # not applied: it drops rows in force and --replace was not given
    # rows whose new provincial date comes after the decision's (catalogue/national_dates.py)
    late_plans: tuple[str, ...] = ()
    merged: int | None = None  # --merge: how many rows the file gave


def _tables(desk: Desk) -> ImportRepo:
    assert desk.tables is not None
    return desk.tables


def _zero(desk: Desk, slug: str) -> tuple[str, str, int] | None:
    return version_zero((desk.base or desk.assistant).catalogue, slug)


def _in_force(desk: Desk, slug: str) -> Catalogue:
    return _tables(desk).in_force((desk.base or desk.assistant).catalogue, slug)[1]


@use_case(writes=False)
def versions(desk: Desk, slug: str) -> Versions:
    tables = _tables(desk)
    return Versions(tables.history(slug), tables.in_force_number(slug), _zero(desk, slug))


@use_case(writes=True)
def restore_version(desk: Desk, slug: str, number: int, by: int | None) -> Restored | None:
    """Version `number` in force again, as a new version; None when there is no such version."""
    known = _in_force(desk, slug).provinces.get(slug)
    before = table_of(known.assignments.values()) if known else {}
    done = _tables(desk).rollback(slug, number, desk.clock.now(), by, _zero(desk, slug))
    if done is None:
        return None
    after = table_of(_in_force(desk, slug).province(slug).assignments.values())
    desk.sync_table(force=True)
    if slug == desk.config.province:
        announce_table(desk, before, after, done.number)
    return Restored(done, diff(before, after))


@dataclass(frozen=True)
class TableFile:
    """A table read from a file, and what the command line says of the province."""

    name: str  # the file's name, kept as the version's source
    table: Lines
    apply: bool
    replace: bool  # may drop rows in force
    province_name: str | None  # a new province's name
    decision: str | None
    merge: bool = False  # only the file's rows change: the others in force are kept


@use_case(writes=True)
def import_table(desk: Desk, slug: str, file: TableFile) -> Imported | Refusal:
    """The difference from the table in force; with `apply`, the new version in force."""
    catalogue = _in_force(desk, slug)
    known = catalogue.provinces.get(slug)
    if known is None and not file.province_name:
        return Refusal(f'Tỉnh {slug!r} chưa có: thêm --name "Tên tỉnh" để tạo mới.')
    decision = file.decision or (known.decision if known else "406")
    assistant = desk.assistant if catalogue is desk.catalogue else Assistant(catalogue)
    rows = validate(file.table, assistant, decision, file.name)  # raises ImportRefused
    current = _tables(desk).in_force_number(slug)
    old = table_of(known.assignments.values()) if known else {}
    source, given = file.name, None
    if file.merge:
        kept = in_force_rows(known.assignments.values()) if known else []
        given = len(rows)
        rows, source = merge_rows(kept, rows, file.name), merged_source(file.name)
    new = table_of(rows, known.expand if known else None)
    change = diff(old, new)
    late = late_plans(catalogue, old, new, known)
    if not file.apply or change.empty:
        return Imported(change, current, None, late_plans=late, merged=given)
    if change.partial and not file.replace:
        return Imported(change, current, None, needs_replace=True, late_plans=late, merged=given)
    name = file.province_name or (known.name if known else slug)
    done = _tables(desk).add(slug, name, decision, rows, source, desk.clock.now())
    desk.sync_table(force=True)
    if known is not None and slug == desk.config.province:
        announce_table(desk, old, table_now(desk), done.number)
    return Imported(change, current, done, late_plans=late, merged=given)


def late_plans(
    catalogue: Catalogue, old: Table, new: Table, province: Province | None
) -> tuple[str, ...]:
    """A line for each row whose changed provincial date comes after the decision's."""
    found = []
    first = plan_first_day(province) if province else None
    for key, entry in new.items():
        if key in old and old[key].deadline_text == entry.deadline_text:
            continue
        line = later_than_national(catalogue, key, entry.deadline_text, first)
        if line:
            found.append(line)
    return tuple(found)
