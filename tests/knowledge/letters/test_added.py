"""A task the coordinator adds whole to a draft (knowledge/letters/added.py): its parts by
field in any order after the title, sent where the draft's tasks send, placed where the safety
net said a date drafted no task, and settling that net's line."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from knowledge.letters.added import ADDED_PLACE, blank, parts_of, placed, same_due, with_added
from knowledge.letters.edits import read_deadline
from knowledge.letters.model import Draft, Letter, Problem, Task
from knowledge.letters.untasked import missed
from knowledge.render.letter_text import added_quote

NET = (
    "cần kiểm tra: mục 2 có hạn 15/10/2021 (“trước ngày 15/10/2021”) nhưng chưa thành nhiệm "
    "vụ — kiểm tra lại; thiếu thì gõ “thêm nhiệm vụ: tên; đơn vị; hạn; biểu mẫu”"
)
OTHER = "cần kiểm tra: hạn “trong vòng 05 ngày” tính là 17/5/2021"


def _draft() -> Draft:
    task = Task(
        "Báo cáo tháng",
        None,
        "hằng tháng",
        None,
        ("Sở Y tế",),
        (),
        (),
        "Sở Tài chính",
        (),
        (),
        "cv.txt#mục 1",
    )
    letter = Letter("5/STTTT", date(2021, 9, 20), "Sở Thông tin và Truyền thông", "báo cáo")
    return Draft(letter, (task,), (Problem(25, NET), Problem(30, OTHER)))


def test_parts_go_to_their_fields_in_any_order_after_the_title():
    parts = parts_of("Báo cáo kết nối;  Mẫu số 02 ;Công an tỉnh, Sở Tư pháp\n15/10/2021.")
    assert parts is not None
    assert (parts.title, parts.deadline, parts.forms) == (
        "Báo cáo kết nối",
        "15/10/2021",
        "Mẫu số 02",
    )
    assert parts.others == ("Báo cáo kết nối", "Công an tỉnh, Sở Tư pháp")
    assert parts_of("Báo cáo; hằng tháng, trước ngày 5").deadline == "hằng tháng, trước ngày 5"
    assert parts_of("Báo cáo mức độ 3; Sở Y tế").deadline == ""  # the title's figure
    assert parts_of("  ; ") is None


def test_the_added_task_is_placed_and_settles_the_nets_line():
    draft = _draft()
    assert missed(draft.problems[0]) == ("mục 2", date(2021, 10, 15))
    assert missed(draft.problems[1]) is None
    task = blank(draft, "cv.txt", "báo cáo kết nối")
    # sent where the other tasks send, else the sender
    assert task.title == "Báo cáo kết nối" and task.recipient == "Sở Tài chính"
    assert task.source == f"cv.txt#{ADDED_PLACE}"
    task = read_deadline(task, "15/10/2021", draft.letter.date, date(2021, 9, 20))
    assert isinstance(task, Task)
    task = placed(draft, task, "cv.txt")
    assert task.source == "cv.txt#mục 2"
    added = with_added(draft, task)
    assert added.tasks[-1] is task and [p.message for p in added.problems] == [OTHER]


def test_another_date_leaves_the_nets_line():
    draft = _draft()
    task = read_deadline(
        blank(draft, "cv.txt", "x"), "20/10/2021", draft.letter.date, date.today()
    )
    assert isinstance(task, Task)
    task = placed(draft, task, "cv.txt")
    assert task.source.endswith(ADDED_PLACE)
    assert len(with_added(draft, task).problems) == 2


def test_an_hour_typed_without_marks_is_kept():
    task = blank(_draft(), "cv.txt", "x")
    read = read_deadline(task, "truoc 17 gio 00 ngay 15/10/2021", None, date(2021, 9, 20))
    assert isinstance(read, Task) and read.deadline_text == "trước 17 giờ 00 ngày 15/10/2021"


def test_a_recurrence_added_settles_the_nets_line_of_one():
    monthly = (
        "cần kiểm tra: mục 1 có hạn “hằng tháng, trước ngày 05” nhưng chưa thành nhiệm vụ — "
        "kiểm tra lại"
    )
    draft = replace(_draft(), problems=(Problem(22, monthly), Problem(25, NET)))
    task = read_deadline(
        blank(draft, "cv.txt", "x"), "hằng tháng, trước ngày 05", draft.letter.date, date.today()
    )
    assert isinstance(task, Task) and task.recurrence is not None
    task = placed(draft, task, "cv.txt")
    assert task.source == "cv.txt#mục 1"
    assert [p.line for p in with_added(draft, task).problems] == [25]


def test_a_task_of_the_same_date_is_said_beside_the_one_added():
    draft = _draft()
    task = read_deadline(
        blank(draft, "cv.txt", "x"), "15/10/2021", draft.letter.date, date.today()
    )
    assert isinstance(task, Task)
    twin = replace(task, title="y")
    assert same_due(task, twin) and not same_due(task, draft.tasks[0])
    quote = added_quote(3, task, [2])
    assert quote.startswith("Đã thêm nhiệm vụ 3: X — hạn 15/10/2021; 0 đơn vị phải nộp.")
    assert "nhiệm vụ 2 cùng hạn — nếu trùng, gõ <code>bỏ nhiệm vụ 3</code>" in quote
