"""Several units named in one line (/theodoi): each read, none dropped, the words no unit
claims said back."""

from __future__ import annotations

import pytest

from knowledge.catalogue.unit_lists import units_listed
from knowledge.catalogue.units import registrable

SXD, SYT = "Sở Xây dựng", "Sở Y tế"


@pytest.fixture(scope="module")
def read(assistant, catalogue):
    units = registrable(catalogue.agencies, catalogue.province("tuyen-quang"))
    return lambda text: units_listed(text, assistant.agencies.whole, units)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("sxd syt", (SXD, SYT)),  # no separator: each short form is a unit
        ("sxd, syt", (SXD, SYT)),
        ("so y te va so xay dung", (SYT, SXD)),
        ("Sở Y tế và Sở Xây dựng", (SYT, SXD)),
        ("ham yen", ("UBND huyện Hàm Yên",)),  # the words only one unit's name holds
        ("syt, ham yen va son duong", (SYT, "UBND huyện Hàm Yên", "UBND huyện Sơn Dương")),
        # "và" and a comma inside a name keep the name whole
        ("Sở Tài nguyên và Môi trường, syt", ("Sở Tài nguyên và Môi trường", SYT)),
        ("Sở Lao động, Thương binh và Xã hội", ("Sở Lao động, Thương binh và Xã hội",)),
        ("sxd sxd", (SXD,)),  # each once
    ],
)
def test_every_unit_named_is_read(read, text, named):
    found = read(text)
    assert found.units == named and found.unread == ()


def test_the_words_no_unit_claims_are_said_back(read):
    found = read("sxd abc xyz, syt tuyen quang")
    assert found.units == (SXD, SYT)
    # "tuyen quang" is in two names: no unit
    assert found.unread == ("abc xyz", "tuyen quang")


def test_a_run_across_a_separator_is_one_unit_only_when_its_name_has_one(read):
    # the register reads "so tu phap, so" as Sở Tư pháp: the "so" after the comma is its own
    assert read("so tu phap, so xyz").unread == ("so xyz",)
