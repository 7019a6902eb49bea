"""The units a line names, through the province's register."""

from __future__ import annotations

import pytest

from knowledge.letters.register import Register


@pytest.fixture
def register(catalogue):
    return Register(catalogue, catalogue.province("tuyen-quang"))


def _names(register, text):
    return [n for m in register.mentions(text) for n in m.names]


def test_a_list_of_departments_is_read_whole(register):
    # a name ending in "chính" or "vụ" before the comma is no central body's prefix
    assert _names(register, "Sở Tài chính, Sở Nội vụ, Sở Tư pháp phối hợp") == [
        "Sở Tài chính",
        "Sở Nội vụ",
        "Sở Tư pháp",
    ]


def test_a_central_body_is_not_the_provincial_one(register):
    assert _names(register, "Bộ Công an") == []
    assert _names(register, "Cục Tin học hóa, Bộ Thông tin và Truyền thông") == []


def test_the_places_listed_after_a_district_are_districts(register):
    assert _names(register, "Ủy ban nhân dân các huyện: Hàm Yên, Chiêm Hóa và Sơn Dương") == [
        "UBND huyện Hàm Yên",
        "UBND huyện Chiêm Hóa",
        "UBND huyện Sơn Dương",
    ]


def test_a_name_printed_on_past_its_alias_is_one_mention(catalogue):
    # Khánh Hòa's register has the Ban by an alias that is the start of a longer name it holds
    khanh_hoa = Register(catalogue, catalogue.province("khanh-hoa"))
    text = "Trung tâm Dịch vụ hành chính công trực tuyến tỉnh hỗ trợ các cơ quan."
    (mention,) = khanh_hoa.mentions(text)
    assert mention.printed == "Trung tâm Dịch vụ hành chính công trực tuyến tỉnh"
    assert mention.names[0].startswith("Ban Điều hành")
