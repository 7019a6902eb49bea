"""The day's writes asked in words (knowledge/reader/writes_asked.py): whose and which day,
and the questions that only share its words (what to update, how to update) left to the
question reader."""

from __future__ import annotations

import pytest

from knowledge.reader.writes_asked import WritesAsked, names_person, writes_asked


@pytest.mark.parametrize(
    ("typed", "asked"),
    [
        ("hom nay anh An cap nhat gi vay", WritesAsked(0, "An")),
        # a colleague named after a form of address, no day: today's (u51 #5)
        ("anh An cap nhat gi", WritesAsked(0, "An")),
        ("chi Tran Thi Binh ghi nhung muc nao", WritesAsked(0, "Tran Thi Binh")),
        ("hôm nay ai cập nhật gì", WritesAsked(0)),
        ("ai cập nhật gì hôm nay", WritesAsked(0)),
        ("hôm nay có cập nhật gì mới không", WritesAsked(0)),
        ("hôm qua bên em ghi những mục nào", WritesAsked(1, own=True)),
        ("hom nay so xay dung cap nhat gi", WritesAsked(0, "so xay dung")),
        ("hôm nay Sở Xây dựng cập nhật gì", WritesAsked(0, "Sở Xây dựng")),
        ("hôm nay chị Trần Thị Bình cập nhật gì ạ", WritesAsked(0, "Trần Thị Bình")),
    ],
)
def test_the_day_and_whose_writes_are_read(typed, asked):
    assert writes_asked(typed) == asked


@pytest.mark.parametrize(
    "typed",
    [
        "hôm nay cần cập nhật gì",  # a duty: what to do, not what was done
        "cập nhật như thế nào",  # how to
        "lam sao de cap nhat trang thai",
        # neither a day, "ai" nor a person: not said to be the log
        "so xay dung cap nhat gi",
        "anh cap nhat gi",
        "em cần cập nhật gì",
        "ghi chú 406-15: đã gửi file",
        "hôm nay có gì đến hạn",
        "hôm nay ai cập nhật 406-14 giúp em",  # asks a row's write to be made
    ],
)
def test_a_question_sharing_its_words_is_no_log_asked(typed):
    assert writes_asked(typed) is None


def test_a_person_is_named_by_any_of_their_names_words_marked_or_not():
    assert names_person("an", "Nguyễn Văn An") and names_person("van an", "Nguyễn Văn An")
    assert names_person("bình", "Tran Thi Binh")
    assert not names_person("an", "Trần Thị Bình") and not names_person("", "Nguyễn Văn An")
