"""Who sends which form for which task, when a task counts as sent, Phụ lục IV's starting lines,
and what the chat accepts when a unit fills a form step by step.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from knowledge.deliverables.forms import FORMS
from knowledge.deliverables.submissions import (
    Target,
    form_named,
    may_submit,
    missing_forms,
    other_unit_named,
    pl4_prefill,
    read_counts,
    read_line,
    unit_in_cell,
)
from knowledge.rules.decisions import Refusal
from knowledge.rules.officers import Actor


@pytest.fixture
def province(catalogue):
    return catalogue.province("tuyen-quang")


@pytest.mark.parametrize(
    ("text", "code"),
    [("pl1", "pl1"), ("Phụ lục IV", "pl4"), ("phu luc 3", "pl3"), ("Biểu 02", "bieu02")],
)
def test_form_named(text, code):
    assert form_named(text) == FORMS[code]


def test_form_named_unknown():
    assert form_named("phụ lục 9") is None


def test_an_addressee_officer_submits_for_its_own_unit(province):
    target = may_submit(province, Actor(1, "Sở Y tế", False), FORMS["pl1"])
    assert target == Target("tq-2021-05-20", "Sở Y tế")
    assert may_submit(province, Actor(1, "Sở Y tế", False), FORMS["bieu02"]) == Target(
        "tq-2021-04-20", "Sở Y tế"
    )


def test_who_may_not_submit(province):
    assert isinstance(may_submit(province, Actor(1, None, False), FORMS["pl1"]), Refusal)
    admin = may_submit(province, Actor(9000, None, True), FORMS["pl1"])
    assert isinstance(admin, Refusal) and "Quản trị viên" in admin.reason
    # the May letter's districts only comment (003 §2): they owe no Phụ lục
    district = may_submit(province, Actor(1, "UBND huyện Hàm Yên", False), FORMS["pl4"])
    assert isinstance(district, Refusal) and "không thuộc các đơn vị phải nộp" in district.reason


def test_an_admin_submits_for_the_unit_the_template_names(province):
    admin = Actor(9000, None, True)
    assert may_submit(province, admin, FORMS["pl1"], "Sở Y tế") == Target(
        "tq-2021-05-20", "Sở Y tế", behalf=True
    )
    # an admin who is the unit's officer sends its form as an officer would
    own = may_submit(province, Actor(9000, "Sở Y tế", True), FORMS["pl1"], "Sở Y tế")
    assert own == Target("tq-2021-05-20", "Sở Y tế")
    district = may_submit(province, admin, FORMS["pl1"], "UBND huyện Hàm Yên")
    assert isinstance(district, Refusal) and "không thuộc các đơn vị phải nộp" in district.reason
    other = may_submit(province, Actor(1, "Sở Xây dựng", False), FORMS["pl1"], "Sở Y tế")
    assert isinstance(other, Refusal) and "không phải của Sở Xây dựng" in other.reason


@pytest.mark.parametrize(
    ("code", "text", "unit"),
    [
        ("pl1", "Cơ quan, đơn vị: SYT", "Sở Y tế"),
        ("pl1", "Co quan, don vi: so y te", "Sở Y tế"),
        ("pl1", "Sở Tư pháp", "Sở Tư pháp"),  # the label typed over
        (
            "bieu02",
            "Thuộc thẩm quyền giải quyết/phạm vi chức năng quản lý của CA tỉnh",
            "Công an tỉnh",
        ),
        ("pl1", "Cơ quan, đơn vị:", None),  # left blank
        ("pl1", "Cơ quan, đơn vị: Sở Y tế và Sở Tư pháp", None),  # not one unit
    ],
)
def test_the_unit_read_from_a_templates_unit_line(assistant, code, text, unit):
    assert unit_in_cell(text, FORMS[code], assistant.agencies.whole) == unit


def test_the_may_task_is_sent_when_all_four_forms_are(province):
    assert [f.code for f in missing_forms(province, "tq-2021-05-20", ["pl1", "pl4"])] == [
        "pl2",
        "pl3",
    ]
    assert missing_forms(province, "tq-2021-05-20", ["pl1", "pl2", "pl3", "pl4"]) == []
    assert missing_forms(province, "tq-2021-04-20", ["bieu02"]) == []


@dataclass
class FakeChange:
    new: str
    note: str


def test_pl4_prefill_takes_the_units_khong_du_dieu_kien_rows_with_their_reason(catalogue):
    changes = {
        ("406-11/Y tế", "Sở Y tế"): FakeChange("khong_du_dieu_kien", "chưa có CSDL"),
        ("406-22", "Sở Y tế"): FakeChange("hoan_thanh", ""),
        ("406-14", "Sở Xây dựng"): FakeChange("khong_du_dieu_kien", "khác đơn vị"),
    }
    assert pl4_prefill(catalogue, changes, "Sở Y tế") == [
        {
            "tier": "tinh",
            "field": "",
            "name": "406-11/Y tế Kết nối dữ liệu dân cư — ngành Y tế",
            "l2": False,
            "l3": False,
            "reason": "chưa có CSDL",
        }
    ]


def test_read_counts():
    assert read_counts("120 30 50 40") == {"total": 120, "l2": 30, "l3": 50, "l4": 40}
    assert read_counts("1.200, 30, 50, 40")["total"] == 1200
    assert "4 số" in read_counts("12 3").reason
    assert "4 số" in read_counts("mười 1 2 3").reason
    assert "nhiều hơn tổng số TTHC (10)" in read_counts("10 5 5 5").reason


def test_read_line():
    assert read_line(FORMS["pl2"], "tỉnh; Hộ tịch; Đăng ký khai sinh; 4") == {
        "tier": "tinh",
        "field": "Hộ tịch",
        "name": "Đăng ký khai sinh",
        "l2": False,
        "l3": False,
        "l4": True,
        "note": "",
    }
    line = read_line(FORMS["pl4"], "huyện; Đất đai; Đăng ký biến động; ; cần bản gốc")
    assert line["tier"] == "huyen" and line["reason"] == "cần bản gốc" and not line["l2"]
    assert read_line(FORMS["pl3"], "xã; Hộ tịch; Khai tử; 3")["l3"] is True
    assert "không phải cấp" in read_line(FORMS["pl2"], "thôn; Hộ tịch; Khai sinh; 2").reason
    assert "Mức độ «5»" in read_line(FORMS["pl2"], "tỉnh; Hộ tịch; Khai sinh; 5").reason
    assert "Cần 5 phần" in read_line(FORMS["pl4"], "tỉnh; Hộ tịch; Khai sinh").reason
    assert "Thiếu lý do" in read_line(FORMS["pl4"], "tỉnh; Hộ tịch; Khai sinh; 3; ").reason


@pytest.mark.parametrize(
    ("text", "sender", "other"),
    [
        ("Cơ quan, đơn vị: Sở Y tế", "Sở Tư pháp", "Sở Y tế"),  # typed over: another unit
        ("Cơ quan, đơn vị: so y te", "Sở Tư pháp", "Sở Y tế"),
        ("Cơ quan, đơn vị: Sở Tư pháp", "Sở Tư pháp", None),  # its own
        ("Cơ quan, đơn vị: STP", "Sở Tư pháp", None),
        ("Cơ quan, đơn vị:", "Sở Tư pháp", None),  # blank: the template's own unit stands
        ("Cơ quan, đơn vị: Sở Y tế và Sở Tư pháp", "Sở Tư pháp", None),  # no one unit
        ("Cơ quan, đơn vị: UBND huyện", "UBND huyện Hàm Yên", None),  # the group it is of
        ("Cơ quan, đơn vị: UBND huyện Yên Sơn", "UBND huyện Hàm Yên", "UBND huyện Yên Sơn"),
    ],
)
def test_a_unit_line_naming_another_unit_than_the_senders(
    assistant, province, text, sender, other
):
    """ux12 item 6: an officer's template whose unit line named Sở Y tế was filed as its own."""
    whole = assistant.agencies.whole
    assert other_unit_named(province, FORMS["pl1"], text, whole, sender) == other
