"""A follow-up (ux32 #6): a short message with no subject of its own and a follow-up's shape;
anything that names a thing, states progress or has no such shape is read as it is."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.reader.ask import default_assistant
from knowledge.reader.follow_ups import FollowUp, follow_up

TODAY = date(2021, 4, 28)


def read(text: str) -> FollowUp | None:
    assistant = default_assistant()
    province = assistant.catalogue.province("tuyen-quang")
    return follow_up(assistant.parse(text, TODAY, province))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("the con han thi sao", FollowUp(False, "han")),
        ("thế còn hạn thì sao?", FollowUp(False, "hạn")),
        ("con cai kia", FollowUp(True, "")),
        ("còn lại thì sao", FollowUp(True, "")),
        ("cái đó nộp khi nào", FollowUp(False, "nộp khi nào")),
        ("vậy còn ai chủ trì", FollowUp(False, "ai chủ trì")),
        # "mục đó" folds as "mức độ", a word of the domain, yet points at the item shown (ux33 #1)
        ("thế còn mục đó", FollowUp(False, "mục")),
        ("the con muc do thi sao a", FollowUp(False, "muc a")),
    ],
)
def test_follow_ups(text: str, found: FollowUp) -> None:
    assert read(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "hạn khi nào",  # a question of its own shape, no pointing back
        "còn gì chưa nộp",  # the unit's progress
        "con gplx thi sao",  # a service of its own
        "thế còn 406-22 thì sao",  # a row of its own
        "thế còn Sở Y tế thì sao",  # an agency of its own
        "còn tháng 6 thì sao",  # a period of its own
        "thế nhé",  # a closing word, nothing asked
        "thẻ thì sao",  # "thẻ" is a thing, not "thế"
        "con nuoi",  # "con" of a service's wording
        "còn cái kia thì sao bạn ơi em hỏi lại lần nữa nhé",  # too long to be a follow-up
    ],
)
def test_not_follow_ups(text: str) -> None:
    assert read(text) is None
