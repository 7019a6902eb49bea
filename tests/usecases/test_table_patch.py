"""Patching the assignment table as use cases: a file's rows merged in (the command line's
--merge, the chat's "Áp dụng các dòng này"), and one row edited with /giao: previewed as a draft,
applied as a version, undone; bad input refused in one line with nothing written."""

from __future__ import annotations

from knowledge.catalogue.importer import read_bytes
from tests.usecases.conftest import ADMIN, caller, officer
from usecases import table_edits, tables
from usecases.results import Refusal
from usecases.table_edits import RowPreview
from usecases.tables import (
    DropsToConfirm,
    Imported,
    TableApplied,
    TableFile,
    TableRestored,
    TableReview,
)

PATCH = (
    "Mục,Chủ trì,Phối hợp,Thời hạn\n"
    "406-14,Sở Xây dựng,,Tháng 6/2022\n"
    "406-22,Sở Y tế,Công an tỉnh,Tháng 9/2021\n"
).encode()


def in_force(desk) -> dict:
    return dict(desk.province.assignments)


def assert_only_changed(before: dict, after: dict, keys: set[str]) -> None:
    assert set(after) == set(before)
    for key, assignment in before.items():
        if key in keys:
            assert after[key] != assignment, key
        else:
            assert after[key] == assignment, key  # untouched, provenance included


def test_the_command_line_merge_changes_only_the_files_rows(desk):
    before = in_force(desk)
    table = read_bytes("sua.csv", PATCH)
    file = TableFile("sua.csv", table, True, False, None, None, merge=True)
    done = desk.call(tables.import_table, "tuyen-quang", file)
    assert isinstance(done, Imported) and done.version is not None
    assert not done.needs_replace and done.change.removed == []
    assert done.change.changed == ["406-14", "406-22"]
    assert (done.version.number, done.version.rows) == (1, len(before))
    assert done.version.source == "sua.csv, các dòng trong tệp"
    assert_only_changed(before, in_force(desk), {"406-14", "406-22"})
    assert desk.province.assignments["406-22"].lead == ("Sở Y tế",)
    # a second merge on top keeps the first's rows; a rollback gives the first back
    again = read_bytes(
        "sua2.csv", "Mục,Chủ trì,Phối hợp,Thời hạn\n406-15,Sở Xây dựng,,Quý IV/2021\n".encode()
    )
    second = desk.call(
        tables.import_table,
        "tuyen-quang",
        TableFile("sua2.csv", again, True, False, None, None, True),
    )
    assert isinstance(second, Imported) and second.change.changed == ["406-15"]
    assert desk.province.assignments["406-22"].lead == ("Sở Y tế",)
    restored = desk.call(tables.restore_version, "tuyen-quang", 1, None)
    assert restored is not None and restored.change.changed == ["406-15"]
    assert_only_changed(before, in_force(desk), {"406-14", "406-22"})


def test_a_partial_file_in_chat_is_offered_whole_or_merged(desk):
    admin = caller(desk, ADMIN)
    before = in_force(desk)
    review = desk.call(tables.review_table, admin, "sua.csv", read_bytes("sua.csv", PATCH))
    assert isinstance(review, TableReview) and review.drops == len(before) - 2
    assert review.merge is not None and review.draft is not None
    assert review.merge_lines[0] == (
        f"“Áp dụng các dòng này”: chỉ 0 mục thêm và 2 mục đổi trong tệp; {len(before) - 2} mục "
        "khác giữ nguyên."
    )
    # what the whole-table apply would drop, in a line after the merge's own difference
    assert review.merge_lines[1].startswith(f"⚠️ Bảng mới thiếu {len(before) - 2} mục đang có")
    assert review.lines[1] == f"thêm 0, bỏ 0, đổi 2, giữ nguyên {len(before) - 2}."
    applied = desk.call(tables.apply_table, admin, review.merge)
    assert isinstance(applied, TableApplied) and applied.rows == len(before)
    assert applied.what == "bảng sua.csv, các dòng trong tệp"
    assert_only_changed(before, in_force(desk), {"406-14", "406-22"})
    # the whole-table draft was reviewed on the version before: refused, nothing changes
    stale = desk.call(tables.apply_table, admin, review.draft)
    assert isinstance(stale, Refusal) and "đã đổi" in stale.reason
    undone = desk.call(tables.undo_table, admin, applied.number)
    assert isinstance(undone, TableRestored)
    assert in_force(desk) == before
    # the whole table drops rows: named first, applied only with their count (ux18 defect 9)
    review = desk.call(tables.review_table, admin, "sua.csv", read_bytes("sua.csv", PATCH))
    asked = desk.call(tables.apply_table, admin, review.draft)
    assert isinstance(asked, DropsToConfirm) and asked.rows == 2
    assert len(asked.dropped) == len(before) - 2 and asked.dropped[:2] == ("406-7", "406-8")
    assert in_force(desk) == before
    assert isinstance(desk.call(tables.apply_table, admin, review.draft, 1), DropsToConfirm)
    done = desk.call(tables.apply_table, admin, review.draft, len(before) - 2)
    assert isinstance(done, TableApplied) and set(in_force(desk)) == {"406-14", "406-22"}


def test_a_row_edited_with_giao_is_previewed_applied_and_undone(desk):
    admin = caller(desk, ADMIN)
    before = in_force(desk)
    line = "406-22 chu tri SYT; phoi hop CA tinh; han thang 9/2021"
    preview = desk.call(table_edits.edit_row, admin, line)
    assert isinstance(preview, RowPreview) and preview.key == "406-22"
    assert preview.lines[:4] == (
        "Sửa mục 406-22 trong bảng phân công đang dùng (phiên bản 0):",
        "• Chủ trì: Sở Giao thông vận tải, Sở Y tế → Sở Y tế",
        "• Phối hợp: Công an tỉnh, Văn phòng UBND tỉnh, Sở Tài chính → Công an tỉnh",
        "• Hạn: Tháng 8/2021 → Tháng 9/2021",
    )
    assert desk.tables is not None and desk.tables.in_force_number("tuyen-quang") == 0
    applied = desk.call(tables.apply_table, admin, preview.draft)
    assert isinstance(applied, TableApplied) and applied.what == "sửa đổi /giao 406-22"
    row = desk.province.assignments["406-22"]
    assert (row.lead, row.coordinate, row.deadline_text) == (
        ("Sở Y tế",),
        ("Công an tỉnh",),
        "Tháng 9/2021",
    )
    assert row.source == "/giao 406-22, 13/4/2021"
    assert_only_changed(before, in_force(desk), {"406-22"})
    assert [(v.number, v.source) for v in desk.tables.history("tuyen-quang")] == [
        (1, "/giao 406-22")
    ]
    undone = desk.call(tables.undo_table, admin, applied.number)
    assert isinstance(undone, TableRestored) and in_force(desk) == before


def test_bad_giao_lines_and_other_people_write_nothing(desk):
    admin = caller(desk, ADMIN)
    for line, says in (
        ("406-999 hạn Tháng 9/2021", "Không có mục"),
        ("406-22 chủ trì Sở Vũ Trụ", "Không rõ cơ quan"),
        ("406-22 hạn 31/4/2021", "không có"),
        ("406-22 hạn Tháng 8/2021", "đã được giao đúng như vậy"),
        ("", "Cú pháp"),
    ):
        refused = desk.call(table_edits.edit_row, admin, line)
        assert isinstance(refused, Refusal) and says in refused.reason, (line, refused)
        assert refused.reason.endswith("Không có gì thay đổi.")
    who = officer(desk)
    refused = desk.call(table_edits.edit_row, who, "406-22 hạn Tháng 9/2021")
    assert isinstance(refused, Refusal) and "Chỉ quản trị viên" in refused.reason
    assert desk.tables is not None
    assert desk.tables.history("tuyen-quang") == []
    assert desk.tables.in_force_number("tuyen-quang") == 0
