"""A status typed with a slip (knowledge/reader/status_spelling.py): the word a status phrase
closes with, mistyped ("xong ruoi"), is that word and never the note; a word typed with its
marks, or after a status whose phrases take no such word, stays the note as typed."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.reader.ask import default_assistant
from knowledge.reader.status_spelling import companions_respelled, respelled
from knowledge.reader.writes import Offer, statement

DAY = date(2021, 5, 25)


@pytest.fixture(scope="module")
def said():
    assistant = default_assistant()
    tq = assistant.catalogue.province("tuyen-quang")
    return lambda text: statement(text, assistant, tq, DAY, "Sở Xây dựng")


@pytest.fixture(scope="module")
def read(said):
    def reading(text: str) -> Offer:
        found = said(text)
        assert isinstance(found, Offer), text
        return found

    return reading


@pytest.mark.parametrize(
    "typed", ["406-14 xong ruoi", "406-14 xong rui", "406-14 da nop ruoi", "gpxd xong ruoi"]
)
def test_a_mistyped_roi_after_done_is_no_note(read, typed):
    offer = read(typed)
    assert (offer.key, offer.status.value, offer.note) == ("406-14", "hoan_thanh", "")


@pytest.mark.parametrize(
    "typed",
    ["406-14 xong ruoi, cho ky so", "406-14 xong ruoi cho ky so", "406-14 xong roi cho ky so"],
)
def test_the_note_after_a_mistyped_roi_is_kept_whole(read, typed):
    """With its comma or without (u51 #4), the note is what follows the slip."""
    offer = read(typed)
    assert (offer.status.value, offer.note) == ("hoan_thanh", "cho ky so"), typed


@pytest.mark.parametrize(
    ("typed", "note"),
    [
        # typed with marks: the word typed ("rủi ro" is no slip of "rồi")
        ("406-14 xong rủi ro thấp", "rủi ro thấp"),
        # a word that opens the note's clause, not one that closes the status's
        ("406-14 xong rui ro thap", "rui ro thap"),
        # no phrase of Vướng mắc takes "rồi": a note may open with any word
        ("406-14 vuong rui ro bao mat", "rui ro bao mat"),
    ],
)
def test_a_word_that_is_no_slip_of_the_statuss_companion_stays_the_note(read, typed, note):
    assert read(typed).note == note


def test_only_the_word_right_after_the_status_is_respelled():
    assert companions_respelled("406-14 xong ruoi.") == "406-14 xong roi."
    assert companions_respelled("406-14 xong ruoi a") == "406-14 xong roi a"
    assert companions_respelled("406-14 xong cho ruoi") == "406-14 xong cho ruoi"
    assert companions_respelled("406-14 chua xong ruoi") == "406-14 chua xong ruoi"


@pytest.mark.parametrize("typed", ["gpxd vung tau", "giay phep xay dung vung tau"])
def test_a_place_beside_a_service_is_no_slipped_status(said, read, typed):
    """ "vung" one slip from "vướng" is a status only where a status stands, after a key:
    beside a service's words it is a place asked about (u49 #4), read as a question."""
    assert respelled(typed) is None
    assert said(typed) is None
    offer = read("406-14 vung")
    assert (offer.status.value, offer.spelled) == ("vuong_mac", "vung")
