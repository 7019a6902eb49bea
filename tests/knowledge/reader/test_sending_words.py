"""The words of a task's note that only say how and to whom it was sent are left out of the
note (knowledge/reader/typed_notes.py `sending_left_out`); the rest is kept as typed, a date
of the note too ("đã gửi ngày 12/4": 12/4 was read as a key no task has, and nothing offered)."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.language.text import fold
from knowledge.reader.typed_notes import sending_left_out
from knowledge.reader.writes import statement


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
        # inside a clause of its own, the words are that clause's
        ("file goc se gui qua mail sau", "file goc se gui qua mail sau", ""),
        ("ban giay gui sau", "ban giay gui sau", ""),
    ],
)
def test_how_and_to_whom_are_left_out(note, kept, dropped):
    assert sending_left_out(note, to_coordinator) == (kept, dropped)


@pytest.mark.parametrize(
    ("text", "key", "sent", "dropped"),
    [
        # a date no task falls due on is no key (the offer was lost): the day it was sent, read
        # out of the note (ux21 #9: it was kept as the note, and the status counted as late)
        (
            "bieu 02 da gui qua mail ngay 12/4 cho so tttt",
            "tq-2021-04-20",
            date(2021, 4, 12),
            "qua mail cho so tttt",
        ),
        ("bieu 02 da gui ngay 12/4", "tq-2021-04-20", date(2021, 4, 12), ""),
        ("406-14 xong ngay 12/4", "406-14", date(2021, 4, 12), ""),
        # a task's own date is still its key, and no day sent
        ("da nop 20/4", "tq-2021-04-20", None, ""),
    ],
)
def test_a_date_of_the_note_is_the_day_sent(assistant, catalogue, text, key, sent, dropped):
    found = statement(text, assistant, catalogue.province(None), date(2021, 4, 13), "Sở Y tế")
    assert (found.key, found.note, found.sent_on, found.dropped) == (key, "", sent, dropped)
