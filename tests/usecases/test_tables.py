"""An assignment table sent in chat: reviewed, applied by an admin, undone within 10 minutes;
the command line's import on the same use cases."""

from __future__ import annotations

from datetime import timedelta

from knowledge.catalogue.importer import read_bytes
from tests.usecases.conftest import ADMIN, caller, officer
from usecases import documents, tables
from usecases.results import Refusal
from usecases.tables import (
    DropsToConfirm,
    Imported,
    TableApplied,
    TableFile,
    TableRestored,
    TableReview,
)

CSV = "Mục,Chủ trì,Phối hợp,Thời hạn\n406-14,Sở Xây dựng,,Tháng 6/2022\n".encode()
LINES = read_bytes("bang.csv", CSV)  # as the sandbox reads it (usecases/documents.py)


def test_review_apply_and_undo(desk):
    who = officer(desk)
    assert isinstance(desk.call(tables.review_table, who, "bang.csv", LINES), Refusal)
    admin = caller(desk, ADMIN)
    review = desk.call(tables.review_table, admin, "bang.csv", LINES)
    assert isinstance(review, TableReview) and review.draft is not None and review.drops > 0
    assert any("406-14" in line for line in review.lines)
    assert desk.tables is not None and desk.tables.in_force_number("tuyen-quang") == 0
    assert isinstance(desk.call(tables.apply_table, who, review.draft), Refusal)
    # it drops rows in force: applied only with their count, once they were named
    asked = desk.call(tables.apply_table, admin, review.draft)
    assert isinstance(asked, DropsToConfirm) and len(asked.dropped) == review.drops
    assert desk.table_number == 0
    applied = desk.call(tables.apply_table, admin, review.draft, review.drops)
    assert isinstance(applied, TableApplied) and (applied.number, applied.before) == (1, 0)
    assert desk.table_number == 1  # every view reads it at once
    assert desk.province.assignments["406-14"].deadline_text == "Tháng 6/2022"
    assert isinstance(desk.call(tables.apply_table, admin, review.draft), Refusal)
    restored = desk.call(tables.undo_table, admin, 1)
    assert isinstance(restored, TableRestored) and (restored.restored, restored.number) == (0, 2)
    assert desk.province.assignments["406-14"].deadline_text == "Tháng 5/2021"
    assert isinstance(desk.call(tables.undo_table, admin, 1), Refusal)  # no longer in force


def test_an_undo_after_ten_minutes_points_to_the_command_line(desk):
    admin = caller(desk, ADMIN)
    review = desk.call(tables.review_table, admin, "bang.csv", LINES)
    assert isinstance(review, TableReview) and review.draft is not None
    desk.call(tables.apply_table, admin, review.draft, review.drops)
    desk.clock.set(desk.clock.now() + timedelta(minutes=11))
    late = desk.call(tables.undo_table, caller(desk, ADMIN), 1)
    assert isinstance(late, Refusal) and "--rollback 0" in late.reason
    assert desk.tables is not None and desk.tables.in_force_number("tuyen-quang") == 1


def test_an_unreadable_file_is_refused_in_one_escaped_line(desk):
    lines = read_bytes("<b>.txt", b"x")  # no header
    refused = desk.call(tables.review_table, caller(desk, ADMIN), "<b>.txt", lines)
    assert isinstance(refused, Refusal) and "&lt;b&gt;" in refused.reason
    # a file that is no table at all, sent in the chat: refused by the sandbox's reader
    sent = desk.call(documents.receive_document, caller(desk, ADMIN), "<b>.csv", b"\xff\xfe\x00")
    assert isinstance(sent, Refusal) and "Tệp &lt;b&gt;.csv" in sent.reason
    assert sent.reason.endswith("Không có gì thay đổi.")
    assert desk.tables is not None and desk.tables.history("tuyen-quang") == []


def test_the_command_line_import_reviews_then_applies_only_with_replace(desk):
    table = read_bytes("bang.csv", CSV)
    reviewed = desk.call(
        tables.import_table, "tuyen-quang", TableFile("bang.csv", table, False, False, None, None)
    )
    assert isinstance(reviewed, Imported) and reviewed.version is None
    partial = desk.call(
        tables.import_table, "tuyen-quang", TableFile("bang.csv", table, True, False, None, None)
    )
    assert isinstance(partial, Imported) and partial.needs_replace and partial.version is None
    done = desk.call(
        tables.import_table, "tuyen-quang", TableFile("bang.csv", table, True, True, None, None)
    )
    assert isinstance(done, Imported) and done.version is not None and done.version.number == 1
    assert desk.call(tables.versions, "tuyen-quang").current == 1
    back = desk.call(tables.restore_version, "tuyen-quang", 0, None)
    assert back is not None and back.version.number == 2
    assert desk.call(tables.restore_version, "tuyen-quang", 9, None) is None
