"""The words of a task's note that only say how and to whom it was sent are left out of the
note (knowledge/reader/typed_notes.py `sending_left_out`); the rest is kept as typed."""

from __future__ import annotations

import pytest

from knowledge.language.text import fold
from knowledge.reader.typed_notes import sending_left_out


def to_coordinator(text: str) -> bool:
    return fold(text) in {"so tttt", "so thong tin va truyen thong", "stttt"}


@pytest.mark.parametrize(
    ("note", "kept", "dropped"),
    [
        ("qua mail cho so tttt", "", "qua mail cho so tttt"),
        ("cho so tttt", "", "cho so tttt"),
        ("qua email", "", "qua email"),
        (
            "bằng văn bản cho Sở Thông tin và Truyền thông",
            "",
            "bằng văn bản cho Sở Thông tin và Truyền thông",
        ),
        ("qua mail, con thieu chu ky so", "con thieu chu ky so", "qua mail"),
        ("ngay 12/4 qua mail cho STTTT", "ngay 12/4", "qua mail cho STTTT"),
        # another unit than the recipient is news; so is a word of the task itself
        ("cho so y te", "cho so y te", ""),
        ("con thieu chu ky so", "con thieu chu ky so", ""),
        ("mail chua den", "mail chua den", ""),
    ],
)
def test_how_and_to_whom_are_left_out(note, kept, dropped):
    assert sending_left_out(note, to_coordinator) == (kept, dropped)
