"""A unit a section names that the reader placed in no task is said under "Cần xem lại",
without holding the draft back, and the line goes once a task has the unit."""

from __future__ import annotations

from dataclasses import replace

from knowledge.letters.extract import read_letter
from knowledge.letters.register import Register
from knowledge.letters.unassigned import open_notes

LETTER = """UBND TỈNH TUYÊN QUANG
SỞ THÔNG TIN VÀ TRUYỀN THÔNG

Số: 977/STTTT-CNTT
V/v kiểm tra an toàn thông tin các hệ thống dùng chung

Tuyên Quang, ngày 12 tháng 9 năm 2022

Kính gửi:
- Sở Nội vụ;
- Công an tỉnh.

1. Sở Nội vụ
Rà soát tài khoản quản trị phần mềm quản lý văn bản, gửi kết quả về Sở Thông tin và Truyền \
thông trước ngày 30/9/2022.

2. Công an tỉnh
Thường xuyên theo dõi, cảnh báo sớm các nguy cơ mất an toàn thông tin trên địa bàn tỉnh.

Trân trọng./.
Nơi nhận:
- Như trên;
- Lưu: VT.
"""


def _draft(catalogue):
    return read_letter(LETTER, catalogue, catalogue.province("tuyen-quang"), "stttt.txt")


def test_a_unit_of_a_section_left_in_no_task_is_said_without_holding_the_draft(catalogue):
    draft = _draft(catalogue)
    (task,) = draft.tasks
    assert task.units == ("Sở Nội vụ",) and "Công an tỉnh" not in task.supporting
    (note,) = draft.notes
    assert note.line == 16  # the heading "2. Công an tỉnh"
    assert "mục 2 nêu Công an tỉnh nhưng chưa gắn vào nhiệm vụ nào" in note.message
    assert draft.publishable and not draft.unread


def test_the_line_goes_once_a_task_has_the_unit(catalogue):
    draft = _draft(catalogue)
    register = Register(catalogue, catalogue.province("tuyen-quang"))
    assert open_notes(draft, register).notes == draft.notes
    (task,) = draft.tasks
    placed = replace(draft, tasks=(replace(task, supporting=("Công an tỉnh",)),))
    assert open_notes(placed, register).notes == ()


def test_a_letter_whose_sections_all_have_tasks_says_nothing(catalogue):
    text = LETTER.replace(
        "Thường xuyên theo dõi, cảnh báo sớm các nguy cơ mất an toàn thông tin trên địa bàn tỉnh.",
        "Phối hợp với Sở Nội vụ rà soát tài khoản quản trị nêu tại mục 1.",
    )
    draft = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "stttt.txt")
    (task,) = draft.tasks
    assert task.supporting == ("Công an tỉnh",)
    assert draft.notes == ()
