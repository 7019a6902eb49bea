"""Corrections to a draft typed as a sentence (knowledge.letters.draft_talk): only the shapes of
an edit, a task dropped and "công bố" are read; a question or a service's words never are."""

from __future__ import annotations

import pytest

from knowledge.letters.draft_talk import DraftTalk, Talk, read_draft_talk, said_to_draft
from knowledge.reader.form_asides import numbers_only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sua han nv 1 thanh 25/8", DraftTalk(Talk.EDIT, 1, "d", "25/8")),
        ("sửa hạn nhiệm vụ 2 là ngày 30/9/2021", DraftTalk(Talk.EDIT, 2, "d", "ngày 30/9/2021")),
        ("sua nv 1 han 25/8", DraftTalk(Talk.EDIT, 1, "d", "25/8")),
        ("sửa hạn thành 25/8", DraftTalk(Talk.EDIT, None, "d", "25/8")),  # which: the use case
        ("đổi biểu mẫu nv2 thành Mẫu số 03", DraftTalk(Talk.EDIT, 2, "f", "Mẫu số 03")),
        (
            "sửa đơn vị nv 1: Sở Y tế, Sở Tư pháp",
            DraftTalk(Talk.EDIT, 1, "u", "Sở Y tế, Sở Tư pháp"),
        ),
        ("bo so y te khoi nv 1", DraftTalk(Talk.EDIT, 1, "u", "bỏ so y te")),
        (
            "thêm UBND các huyện vào nhiệm vụ 2",
            DraftTalk(Talk.EDIT, 2, "u", "thêm UBND các huyện"),
        ),
        ("thêm Sở Y tế vào phối hợp nv 2", DraftTalk(Talk.EDIT, 2, "s", "thêm Sở Y tế")),
        ("bỏ nhiệm vụ 2", DraftTalk(Talk.DROP, 2)),
        ("xoa nv2", DraftTalk(Talk.DROP, 2)),
        ("cong bo", DraftTalk(Talk.PUBLISH)),
        ("ok công bố luôn nhé", DraftTalk(Talk.PUBLISH)),
        ("them so y te vao nv 1 nhe", DraftTalk(Talk.EDIT, 1, "u", "thêm so y te")),
        ("sửa hạn nv1 thành 25/8 nhé", DraftTalk(Talk.EDIT, 1, "d", "25/8")),
        # a task added whole: its parts as typed, for the fields' readers
        (
            "thêm nhiệm vụ: Báo cáo; Công an tỉnh; 15/10/2021",
            DraftTalk(Talk.ADD, value="Báo cáo; Công an tỉnh; 15/10/2021"),
        ),
        ("bo sung nv moi\nBáo cáo\nSở Y tế", DraftTalk(Talk.ADD, value="Báo cáo\nSở Y tế")),
        ("them nhiem vu", DraftTalk(Talk.ADD, value="")),
    ],
)
def test_a_correction_typed_is_read(text, expected):
    assert read_draft_talk(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "cong bo thong tin quy hoach",  # a service's words after "công bố"
        "sua giay phep xay dung",
        "đổi giấy phép lái xe hạn khi nào",
        "bo sung ho so",
        "bỏ 2",
        "sửa hạn nv 1",  # no value
        "thêm nhiệm vụ gì cho sở y tế vậy?",  # asked
        "doi voi nv 1 han la 25/8 phai khong",  # asked: "đối với …, phải không"
        "sua han nv 2 thanh 25/8 duoc ko",
        "đối với nv 1 hạn là 25/8",
        "/congvan",
        "",
    ],
)
def test_anything_else_is_not(text):
    assert read_draft_talk(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "them Viễn thông Tuyên Quang vao ho tro nv 1",
            DraftTalk(Talk.EDIT, 1, "s", "thêm Viễn thông Tuyên Quang"),
        ),
        ("bỏ Công an tỉnh khỏi phối hợp nv 2", DraftTalk(Talk.EDIT, 2, "s", "bỏ Công an tỉnh")),
        ("doi han thanh 25/8 cho nv 3", DraftTalk(Talk.EDIT, 3, "d", "25/8")),
        ("sửa biểu mẫu thành Mẫu số 02 của nhiệm vụ 2", DraftTalk(Talk.EDIT, 2, "f", "Mẫu số 02")),
    ],
)
def test_support_words_and_a_task_after_the_value_are_read(text, expected):
    assert read_draft_talk(text) == expected


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("chuyển Sở Y tế sang phối hợp nv 1", True),  # a task named
        ("sửa hạn nv 1 thành 25/8 được không", True),  # asked, about a task
        ("nhiệm vụ 2 sai đơn vị rồi", True),
        ("thêm Viễn thông vào hỗ trợ", True),  # a verb and a place, no task
        ("sua giay phep xay dung", False),  # a verb and a service's words
        ("bo sung ho so", False),
        ("đổi giấy phép lái xe hạn khi nào", False),  # asked, no task
        ("Bộ Y tế phải làm gì", False),
        ("406-14 xong", False),
        ("/congvan", False),
    ],
)
def test_what_is_said_to_the_draft_in_no_shape_read(text, meant):
    assert (said_to_draft(text) == DraftTalk(Talk.UNREAD)) is meant


def test_a_date_alone_asks_whose_deadline_and_is_no_count_line():
    """ux22 #7: a date typed alone to a draft is its deadline asked about (no task guessed),
    and no form's counts."""
    for typed, value in [
        ("15/7/2021", "15/7/2021"),
        ("han la ngay 15/7 nhe", "15/7"),
        ("trước ngày 20/8/2021", "20/8/2021"),
    ]:
        assert read_draft_talk(typed) == DraftTalk(Talk.DATE, field="d", value=value)
    assert read_draft_talk("15 7") is None and read_draft_talk("10 5 3 2") is None
    assert not numbers_only("15/7/2021") and numbers_only("10 5 3 2")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "sua ten tq-2021-04-20 thanh Ho so dang ky DVCTT",
            DraftTalk(Talk.EDIT, None, "t", "Ho so dang ky DVCTT", tracked="tq-2021-04-20"),
        ),
        (
            "đổi hạn tq-2021-04-20 thành 30/4/2021",
            DraftTalk(Talk.EDIT, None, "d", "30/4/2021", tracked="tq-2021-04-20"),
        ),
        (
            "sửa hạn tq-2021-09-25 tháng 10/2021 thành 28/10/2021",
            DraftTalk(Talk.EDIT, None, "d", "28/10/2021", tracked="tq-2021-09-25 tháng 10/2021"),
        ),
        (
            "sửa tên nhiệm vụ kh-monthly-sync là Đồng bộ trạng thái",
            DraftTalk(Talk.EDIT, None, "t", "Đồng bộ trạng thái", tracked="kh-monthly-sync"),
        ),
    ],
)
def test_a_tracked_task_is_named_by_its_id_never_as_a_drafts_number(text, expected):
    assert read_draft_talk(text) == expected


def test_a_question_about_a_tracked_task_is_no_edit():
    assert read_draft_talk("sửa tên tq-2021-04-20 thế nào?") is None
    assert read_draft_talk("tq-2021-04-20 hạn khi nào") is None
