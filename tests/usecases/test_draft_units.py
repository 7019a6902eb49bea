"""Units typed into a draft's task: the letter register's reading, and where it reads no unit,
the tolerant lookup of "ghi thay" (usecases/draft_units.py)."""

from __future__ import annotations

import pytest

from knowledge.letters.model import Task
from usecases.draft_units import units_edited

TASK = Task("Báo cáo", None, "", None, ("Sở Y tế",), (), (), None, (), (), "cv#mục 1")
TELECOM = "Viễn thông Tuyên Quang"
HAM_YEN = "UBND huyện Hàm Yên"


@pytest.mark.parametrize(
    ("typed", "supporting"),
    [
        ("thêm vien thong", {TELECOM}),
        ("them ham yen, vien thong", {HAM_YEN, TELECOM}),
        ("thêm ham yen và Viễn thông Tuyên Quang", {HAM_YEN, TELECOM}),
        ("thêm Sở Tài nguyên và Môi trường, ham yen", {"Sở Tài nguyên và Môi trường", HAM_YEN}),
        ("ham yen", {HAM_YEN}),  # a list replacing the one before
    ],
)
def test_a_unit_is_read_in_any_spelling_the_register_reads(desk, typed, supporting):
    changed = units_edited(desk, TASK, typed, True)
    assert isinstance(changed, Task) and set(changed.supporting) == supporting
    assert changed.units == ("Sở Y tế",)


def test_a_place_two_units_share_or_no_unit_is_said_and_nothing_read(desk):
    for typed in ("thêm tuyen quang", "thêm giay phep xay dung", "them ham yen, abc"):
        said = units_edited(desk, TASK, typed, True)
        assert isinstance(said, str) and said.startswith("Không có trong danh sách đơn vị")
    moved = units_edited(desk, TASK, "bỏ so y te", False)
    assert moved == "Nhiệm vụ phải có ít nhất một đơn vị thực hiện."


def test_the_list_dangky_reads_is_read_whole_and_only_the_unread_part_said(desk):
    """ux30 #9: "so y te, stp, ham yen, yen son" was refused «ham yen, yen son»: "yên" is also
    Hàm Yên's and "sơn" Sơn Dương's, yet only Yên Sơn's name holds both."""
    changed = units_edited(desk, TASK, "so y te, stp, ham yen, yen son", False)
    assert isinstance(changed, Task)
    assert set(changed.units) == {"Sở Y tế", "Sở Tư pháp", HAM_YEN, "UBND huyện Yên Sơn"}
    said = units_edited(desk, TASK, "so y te, ham yen, abc xyz", False)
    assert said == "Không có trong danh sách đơn vị: «abc xyz». Gõ lại tên đơn vị."
