"""A typed note label is dropped (ux38 #11): the bot prints its own "Ghi chú:"."""

from __future__ import annotations

import pytest

from knowledge.reader.capnhat_line import trim_filler


@pytest.mark.parametrize(
    ("typed", "note"),
    [
        ("nhe, ghi chu: da phoi hop voi so gtvt", "da phoi hop voi so gtvt"),
        ("Ghi chú - chờ ký số", "chờ ký số"),
        ("lưu ý: còn thiếu chữ ký", "còn thiếu chữ ký"),
        ("gc: chờ Bộ", "chờ Bộ"),
        ("ghi lại sau khi họp", "ghi lại sau khi họp"),  # "ghi" opens a note, no label
        ("gc sở tài chính", "gc sở tài chính"),  # a bare short word may be the note's own
    ],
)
def test_a_typed_label_is_no_part_of_the_note(typed: str, note: str) -> None:
    assert trim_filler(typed) == note
