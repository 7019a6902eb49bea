"""A unit objecting that it only supports what it was reminded of (ux38 #4), read from the
role's words and what says "only" or "not the lead"; a statement or a question is not one."""

from __future__ import annotations

import pytest

from knowledge.reader.why_reminded import objects_to_role


@pytest.mark.parametrize(
    "text",
    [
        "huyện em chỉ phối hợp thôi",
        "chung toi chi phoi hop, sao lai nhac",
        "bên em không chủ trì mục này",
        "đâu phải chủ trì đâu",
    ],
)
def test_the_objection_is_read(text: str) -> None:
    assert objects_to_role(text)


@pytest.mark.parametrize(
    "text",
    [
        "đã phối hợp với sở tài chính rồi",  # the work said, a note or a status
        "406-14 chỉ phối hợp thôi",  # a row named: read as a statement of the row
        "không biết ai chủ trì",  # a question of who leads
        "chủ trì là sở nào",
        "/capnhat 406-11 phối hợp thôi",
    ],
)
def test_other_messages_are_not(text: str) -> None:
    assert not objects_to_role(text)
