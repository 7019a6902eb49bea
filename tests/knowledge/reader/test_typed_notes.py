"""The note a free-text statement keeps: the officer's words about the item, never talk to the
bot ("mà sao vẫn nhắc") nor only where a document went ("cho so tttt")."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.reader.typed_notes import kept_note
from knowledge.reader.writes import Offer, statement
from knowledge.rules.statuses import Status

TODAY = date(2021, 5, 14)


@pytest.mark.parametrize(
    ("note", "kept", "dropped"),
    [
        ("ma sao van nhac", "", "ma sao van nhac"),
        ("sao chưa thấy cập nhật", "", "sao chưa thấy cập nhật"),
        ("chờ ký mà sao vẫn nhắc", "chờ ký", "mà sao vẫn nhắc"),
        ("cho bo gtvt huong dan", "cho bo gtvt huong dan", ""),
        ("chua co ban sao chung thuc", "chua co ban sao chung thuc", ""),
        ("qua mail", "qua mail", ""),
    ],
)
def test_kept_note(note, kept, dropped):
    assert kept_note(note) == (kept, dropped)


@pytest.mark.parametrize(
    ("text", "note", "dropped"),
    [
        ("tq-2021-05-20 da nop roi ma sao van nhac", "", "ma sao van nhac"),
        ("tq-2021-05-20 da gui cho so tttt roi a", "", "cho so tttt"),
        # how and to whom it went: the offer's "gửi ngoài bot" says it (round 18)
        ("tq-2021-05-20 da gui qua mail cho so tttt", "", "qua mail cho so tttt"),
        ("tq-2021-05-20 da gui qua mail, ban giay gui sau", "ban giay gui sau", "qua mail"),
        ("406-22 vuong mac cho bo gtvt huong dan", "cho bo gtvt huong dan", ""),
        ("406-22 xong roi ma sao van nhac", "", "ma sao van nhac"),
    ],
)
def test_statement_leaves_talk_out_of_the_note(assistant, catalogue, text, note, dropped):
    province = catalogue.province(None)
    found = statement(text, assistant, province, TODAY, "Sở Y tế")
    assert isinstance(found, Offer)
    assert (found.note, found.dropped) == (note, dropped)
    assert found.status in (Status.HOAN_THANH, Status.VUONG_MAC)
