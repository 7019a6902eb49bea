"""A note added to an item by its key ("ghi chú 406-11: …"): the item and the note as typed;
any other line is no such note (ux30 #3)."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.reader.added_notes import AddedNote, added_note

TODAY = date(2021, 5, 12)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("ghi chú 406-11: chờ công an", AddedNote("406-11", "406-11", "chờ công an")),
        (
            "them ghi chu 406-11: cho cong an tinh phan hoi",
            AddedNote("406-11", "406-11", "cho cong an tinh phan hoi"),
        ),
        (
            "ghi chu them cho 406-11: cho cong an tinh phan hoi",
            AddedNote("406-11", "406-11", "cho cong an tinh phan hoi"),
        ),
        ("bổ sung ghi chú 406-22 chờ Bộ", AddedNote("406-22", "406-22", "chờ Bộ")),
        ("ghi chú 406-99: x", AddedNote(None, "406-99", "x")),
        ("ghi chú 406-11:", AddedNote("406-11", "406-11", "")),
        # no note's word opening the line: read as anything else is
        ("406-11 vuong mac ghi chu cho cong an", None),
        ("chua co ghi chu gi", None),
        ("gpxd han khi nao", None),
    ],
)
def test_added_note(assistant, catalogue, text, found):
    assert added_note(text, assistant, catalogue.province(None), TODAY) == found
