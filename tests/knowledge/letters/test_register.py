"""The units a line names, through the province's register."""

from __future__ import annotations

import pytest

from knowledge.letters.register import Register


def _names(register, text):
    return [n for m in register.mentions(text) for n in m.names]


def test_a_list_of_departments_is_read_whole(register):
    # a name ending in "chính" or "vụ" before the comma is no central body's prefix
    assert _names(register, "Sở Tài chính, Sở Nội vụ, Sở Tư pháp phối hợp") == [
        "Sở Tài chính",
        "Sở Nội vụ",
        "Sở Tư pháp",
    ]


def test_names_run_together_without_a_comma_are_each_read(register):
    # a table's cells a scan ran together: "vụ" ending one unit's name starts no central body
    assert _names(register, "Sở Nội vụ Sở Thông tin và Truyền thông Chậm nhất") == [
        "Sở Nội vụ",
        "Sở Thông tin và Truyền thông",
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


@pytest.mark.parametrize(
    "text",
    [
        "UBND các huyện: Hàm Yên, Yên Sơn.",
        "UBND các huyện Hàm Yên, Yên Sơn.",
        "UBND các huyện: Hàm Yên và Yên Sơn",
    ],
)
def test_the_group_of_districts_before_its_list_is_the_districts_listed(register, text):
    """ "UBND các huyện" alone is all seven districts; with names after it, only those."""
    assert sorted(_names(register, text)) == ["UBND huyện Hàm Yên", "UBND huyện Yên Sơn"]
    assert len(_names(register, "UBND các huyện, thành phố.")) == 7
    assert len(_names(register, "UBND các huyện thực hiện.")) == 7


def test_a_name_printed_on_past_its_alias_is_one_mention(catalogue):
    # Khánh Hòa's register has the Ban by an alias that is the start of a longer name it holds
    khanh_hoa = Register(catalogue, catalogue.province("khanh-hoa"))
    text = "Trung tâm Dịch vụ hành chính công trực tuyến tỉnh hỗ trợ các cơ quan."
    (mention,) = khanh_hoa.mentions(text)
    assert mention.printed == "Trung tâm Dịch vụ hành chính công trực tuyến tỉnh"
    assert mention.names[0].startswith("Ban Điều hành")


def test_the_names_listed_after_the_kind_of_departments_are_departments(register):
    text = (
        "Các Sở: Tài chính, Lao động, Thương binh và Xã hội, Khoa học và Công nghệ; Công an tỉnh"
    )
    assert _names(register, text) == [
        "Sở Tài chính",
        "Sở Lao động, Thương binh và Xã hội",
        "Sở Khoa học và Công nghệ",
        "Công an tỉnh",
    ]
    # a department named alone, then another body: no list
    assert _names(register, "Sở Tài chính, Kho bạc Nhà nước tỉnh") == ["Sở Tài chính"]


def test_a_group_less_the_units_its_bracket_leaves_out(register):
    (group,) = register.mentions("Các sở, ban, ngành (trừ Sở Nội vụ, Sở Công Thương);")
    assert "Sở Nội vụ" not in group.names and "Sở Công Thương" not in group.names
    assert "Sở Y tế" in group.names
    assert group.printed.endswith("Sở Công Thương)")
    (districts,) = register.mentions(
        "UBND các huyện, thành phố (không bao gồm UBND huyện Na Hang)"
    )
    assert len(districts.names) == 6 and "UBND huyện Na Hang" not in districts.names
    # a single unit's bracket is an aside, not a list of those left out
    assert _names(register, "Sở Y tế (trừ các bệnh viện)") == ["Sở Y tế"]


def test_a_district_the_province_lacks_is_no_unit_and_not_every_district(register):
    # "UBND huyện" then a place no district of Tuyên Quang bears: one unknown district
    assert _names(register, "Kính gửi UBND huyện Mường Khương") == []
    assert register.strangers("Kính gửi UBND huyện Mường Khương") == ["UBND huyện Mường Khương"]
    # a district it holds, and the common name before a comma or a verb, read as before
    assert _names(register, "UBND huyện Na Hang") == ["UBND huyện Na Hang"]
    assert len(_names(register, "UBND huyện, thành phố")) == 7
    assert register.strangers("UBND các huyện, thành phố: Rà soát số liệu") == []


def test_a_list_of_places_goes_on_past_one_the_province_lacks(register):
    text = "đề nghị UBND các huyện: Yên Sơn, Mường Khương, Lâm Bình và Sở Y tế gửi"
    assert _names(register, text) == ["UBND huyện Yên Sơn", "UBND huyện Lâm Bình", "Sở Y tế"]
    assert register.strangers(text) == ["UBND huyện Mường Khương"]
    # another body after the comma is no place: "UBND cấp huyện, UBND cấp xã"
    assert register.strangers("của UBND cấp huyện, UBND cấp xã, cho ý kiến") == []


def test_a_groups_long_alias_is_read_whole(catalogue):
    # "Ủy ban nhân dân các huyện, thị xã, thành phố" is longer than the group's own name: read
    # whole, so "thị xã, thành phố" is not left over to open a duty's title
    register = Register(catalogue, catalogue.province("khanh-hoa"))
    text = "Ủy ban nhân dân các huyện, thị xã, thành phố có tên tại Phụ lục báo cáo"
    (found,) = register.mentions(text)
    assert found.end == text.index(" có tên")


def test_the_provinces_telecom_businesses_are_its_telecom_units(register, catalogue):
    line = "Các doanh nghiệp viễn thông trên địa bàn tỉnh hỗ trợ kỹ thuật"
    assert _names(register, line) == ["Viễn thông Tuyên Quang"]
    # a province whose register holds no telecom unit reads the phrase as none
    elsewhere = Register(catalogue, catalogue.province("khanh-hoa"))
    assert _names(elsewhere, line) == []
