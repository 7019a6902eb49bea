"""Several rows named in one statement by one row word and a run of numbers ("mục 29 30 31",
"mục 29 và 30", "406-29 và 30"): each row its own offer, never the first alone; a number of no
row said back, nothing offered (ux19 #2). A particle closing a statement is no note ("406-25
đang làm thôi", ux19 #13)."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.reader.capnhat_line import trim_filler
from knowledge.reader.writes import Items, Offer, Unread, statement
from knowledge.rules.statuses import Status

TODAY = date(2021, 8, 25)
LDTBXH = "Sở Lao động, Thương binh và Xã hội"
DONE = Status.HOAN_THANH


def read(text, assistant, catalogue):
    return statement(text, assistant, catalogue.province(None), TODAY, LDTBXH)


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("muc 29 30 31 xong het roi", ["406-29", "406-30", "406-31"]),
        ("mục 29 và 30 đã tích hợp xong rồi ạ", ["406-29", "406-30"]),
        ("mục 29, 30, 31 xong", ["406-29", "406-30", "406-31"]),
        ("muc 24 voi 25 dang kiem thu", ["406-24", "406-25"]),
        ("406-29 và 30 xong", ["406-29", "406-30"]),
        # the status said first, then its rows and nothing else
        ("đã xong mục 29 và 30", ["406-29", "406-30"]),
        ("bên em xong mục 29, 30 rồi", ["406-29", "406-30"]),
        ("đã tích hợp xong 406-29 và 406-30", ["406-29", "406-30"]),
    ],
)
def test_every_row_of_a_run_gets_its_offer(text, keys, assistant, catalogue):
    found = read(text, assistant, catalogue)
    assert isinstance(found, Items)
    assert [o.key for o in found.offers] == keys
    assert len({o.status for o in found.offers}) == 1


def test_a_number_after_an_item_is_a_row_of_the_same_decision(assistant, catalogue):
    found = read("mục 29 xong, 30 đang làm", assistant, catalogue)
    assert isinstance(found, Items)
    assert [(o.key, o.status) for o in found.offers] == [
        ("406-29", DONE),
        ("406-30", Status.DANG_THUC_HIEN),
    ]


def test_a_number_of_no_row_is_said_back_and_nothing_offered(assistant, catalogue):
    found = read("mục 29 và 99 xong", assistant, catalogue)
    assert isinstance(found, Unread)
    assert found.numbers == ("99",)
    assert [o.key for o in found.offers] == ["406-29"]


def test_a_number_after_the_status_stays_in_the_note(assistant, catalogue):
    found = read("mục 29 xong từ ngày 20", assistant, catalogue)
    assert isinstance(found, Offer) and found.key == "406-29"


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        ("thôi", ""),
        ("thoi", ""),
        ("chờ ký số thôi ạ", "chờ ký số"),
        ("chưa có kinh phí đâu", "chưa có kinh phí"),
        ("chờ ký nhé.", "chờ ký"),
        # opening a note it is a word of it ("stop")
        ("thôi không làm nữa", "thôi không làm nữa"),
    ],
)
def test_a_closing_particle_is_no_note(note, kept):
    assert trim_filler(note) == kept


def test_a_status_closed_by_a_particle_has_no_note(assistant, catalogue):
    found = read("à không, 406-25 đang làm thôi", assistant, catalogue)
    assert found == Offer("406-25", Status.DANG_THUC_HIEN)


@pytest.mark.parametrize("text", ["xong mục 29, đang làm mục 30", "xong mục 29 từ hôm qua"])
def test_rows_after_the_status_only_when_nothing_else_is_said(text, assistant, catalogue):
    assert not isinstance(read(text, assistant, catalogue), Items)
