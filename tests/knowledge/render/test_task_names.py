"""How a task is named in a line (ux22 #9, #10): a one-off task whose date moved is named by
its form and title first, its id (made from its old date) after as its code; titles are cut at
a word."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from knowledge.catalogue.model import Task
from knowledge.render.task_names import clipped, id_misleads, task_head, task_name

TITLE = (
    "Rà soát các thủ tục hành chính thuộc thẩm quyền đủ điều kiện cung cấp dịch vụ công trực "
    "tuyến toàn trình, lập báo cáo rà soát thủ tục hành chính đủ điều kiện cung cấp trực tuyến "
    "toàn trình theo Mẫu số 02"
)
TASK = Task(
    "tq-2021-06-30",
    "tuyen-quang",
    TITLE,
    "trước ngày 30/6/2021",
    date(2021, 6, 30),
    None,
    None,
    ("Sở Tư pháp",),
    "Mẫu số 02",
    (),
    (),
    "cv_731",
)


def test_a_title_is_cut_at_a_word_and_a_short_one_kept():
    assert clipped("Báo cáo tháng") == "Báo cáo tháng"
    cut = clipped(TITLE)
    assert len(cut) <= 101 and cut.endswith("trực tuyến toàn…") and TITLE.startswith(cut[:-1])
    assert clipped("Danh sách (theo các phụ lục I, II, III, IV) gửi về", 30) == "Danh sách…"
    assert task_name(TASK).startswith("Mẫu số 02: Rà soát") and task_name(TASK).endswith("…")


def test_a_moved_task_is_named_before_its_id():
    assert not id_misleads(TASK, TASK.id)
    assert task_head(TASK, TASK.id, "Mẫu số 02") == "<b>tq-2021-06-30</b> Mẫu số 02"
    moved = replace(TASK, due=date(2021, 7, 15), deadline_text="trước ngày 15/7/2021")
    assert id_misleads(moved, moved.id)
    assert task_head(moved, moved.id, "Mẫu số 02") == "Mẫu số 02 (mã <b>tq-2021-06-30</b>)"
