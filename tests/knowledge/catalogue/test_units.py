"""A province's district-level units: listed from vietnam-provinces, each its own agency wherever
the data say "UBND huyện", found however officers write them.
"""

from __future__ import annotations

import shutil
from datetime import date

import pytest
import vietnam_provinces

from knowledge.catalogue.importer import ImportedRow, with_imported
from knowledge.catalogue.loader import DATA_DIR, CatalogueError, load_catalogue
from knowledge.catalogue.model import UNIT_KIND
from knowledge.catalogue.units import (
    UnitsError,
    committee_name,
    district_units,
    leading_unit,
    registrable,
    unit_by_words,
)
from knowledge.deliverables.digest import build_digest
from knowledge.language.text import tokenize
from knowledge.render.charts import agency_chart, chart_data
from knowledge.rules.progress import agency_order, standings
from knowledge.rules.reminders import plan_day
from knowledge.rules.standing import Mark, State

TODAY = date(2021, 4, 13)
HAM_YEN = "UBND huyện Hàm Yên"
CITY = "UBND thành phố Tuyên Quang"
UNITS = (
    CITY,
    "UBND huyện Lâm Bình",
    "UBND huyện Na Hang",
    "UBND huyện Chiêm Hóa",
    HAM_YEN,
    "UBND huyện Yên Sơn",
    "UBND huyện Sơn Dương",
)


@pytest.fixture(scope="module")
def tq(catalogue):
    return catalogue.province("tuyen-quang")


def test_tuyen_quang_lists_its_seven_units_from_the_package(catalogue, tq):
    assert tq.units == UNITS
    assert tq.unit_group == "UBND huyện"
    assert tq.units_source.startswith(f"vietnam-provinces {vietnam_provinces.__version__}")
    assert "năm 2021" in tq.units_source
    assert all(catalogue.agencies[u].kind == UNIT_KIND for u in UNITS)
    # Khánh Hòa's letter 3363 is addressed to "UBND các huyện, thị xã, thành phố": its nine from
    # the same package (ux21 #8); Bắc Giang's data never name the district committees
    kh = catalogue.province("khanh-hoa")
    assert len(kh.units) == 9 and "UBND huyện Diên Khánh" in kh.units
    assert "UBND thị xã Ninh Hòa" in kh.units and "năm 2020" in kh.units_source
    assert catalogue.province("bac-giang").units == ()


def test_the_group_in_the_table_and_the_letters_means_each_unit(tq):
    assert tq.assignments["406-11"].coordinate == UNITS
    for task in tq.tasks:
        # the letters' districts comment and coordinate (000 §4, 003 §2): each unit supports
        assert set(UNITS) <= set(task.supporting) and "UBND huyện" not in task.supporting
        assert not set(UNITS) & set(task.addressees)
    assert tq.members("UBND huyện") == UNITS and tq.members(HAM_YEN) == (HAM_YEN,)
    assert [a.key for a in tq.rows_of("UBND huyện")] == ["406-11"]
    assert tq.role_in(tq.assignments["406-11"], "UBND huyện") == "coordinate"


def test_committee_names_as_officers_write_them():
    assert committee_name("Huyện Hàm Yên") == HAM_YEN
    assert committee_name("Thành phố Tuyên Quang") == CITY
    assert committee_name("Thị xã Ninh Hòa") == "UBND thị xã Ninh Hòa"
    with pytest.raises(UnitsError):
        committee_name("Tỉnh Tuyên Quang")


def test_a_list_after_districts_were_abolished_is_refused(monkeypatch):
    monkeypatch.setattr(vietnam_provinces, "__data_version__", "2025-10-18")
    with pytest.raises(UnitsError, match=r"0\.6\.x"):
        district_units("Tuyên Quang", 8, 2021)


def test_a_wrong_province_code_or_year_is_refused():
    with pytest.raises(UnitsError, match="Hà Giang"):
        district_units("Tuyên Quang", 2, 2021)
    with pytest.raises(UnitsError, match="no districts"):
        district_units("Tuyên Quang", 8, 2026)


def test_the_loader_names_the_file_on_a_bad_unit_list(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    toml = data / "provinces.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace("gso_code = 8,", "gso_code = 56,"),
        encoding="utf-8",
    )
    with pytest.raises(CatalogueError, match=r"provinces.toml province #1: units: GSO code 56"):
        load_catalogue(data)


@pytest.mark.parametrize(
    "typed, unit",
    [
        ("ubnd ham yen", HAM_YEN),
        ("UBND H. Hàm Yên", HAM_YEN),
        ("huyện Hàm Yên", HAM_YEN),
        ("UBND huyện Hàm Yên", HAM_YEN),
        ("Ủy ban nhân dân huyện Hàm Yên", HAM_YEN),
        ("TP Tuyên Quang", CITY),
        ("thanh pho tuyen quang", CITY),
        ("UBND TP. Tuyên Quang", CITY),
        ("ubnd tp tuyen quang", CITY),
        ("H. Sơn Dương", "UBND huyện Sơn Dương"),
        ("ubnd na hang", "UBND huyện Na Hang"),
        # the group and the province keep their own meanings
        ("UBND huyện", "UBND huyện"),
        ("UBND các huyện, thành phố", "UBND huyện"),
        ("Viễn thông Tuyên Quang", "Viễn thông Tuyên Quang"),
    ],
)
def test_unit_variants_resolve(assistant, typed, unit):
    assert assistant.agencies.resolve(typed) == unit


def test_place_names_alone_are_not_units(assistant, tq):
    # "làm bình thường" folds to "lam binh thuong"; "Tuyên Quang" is the province
    for question in ("làm bình thường thì hạn khi nào", "Tuyên Quang có bao nhiêu mục"):
        parsed = assistant.parse(question, TODAY, tq)
        assert not [m for m in parsed.agencies if m.name in UNITS], question


def test_a_unit_asked_about_answers_its_rows_and_tasks(assistant):
    answer = assistant.ask("UBND huyện Hàm Yên phải làm gì", TODAY)
    assert answer.intent == "agency" and answer.agency == HAM_YEN
    assert [(v.key, v.role) for v in answer.items] == [("406-11", "coordinate")]
    # it only comments on the dossiers: listed as support, owing nothing
    assert [(t.task.id, t.supports) for t in answer.tasks] == [
        ("tq-2021-04-20", True),
        ("tq-2021-05-20", True),
    ]
    assert "Phối hợp (không phải nộp)" in answer.text
    assert all(t["role"] == "support" for t in answer.to_json()["tasks"])
    answer = assistant.ask("em ở TP Tuyên Quang, biểu 02 nộp khi nào", TODAY)
    assert answer.intent == "task" and answer.agency == CITY
    assert f"{CITY}: phối hợp, không phải nộp" in answer.text


def test_registration_offers_units_not_the_group(catalogue, tq):
    names = registrable(catalogue.agencies, tq)
    assert set(UNITS) <= set(names) and "UBND huyện" not in names
    assert "Sở Xây dựng" in names and len(names) == len(set(names))


def test_districts_that_only_comment_are_never_owed_the_dossier(catalogue, tq):
    day = date(2021, 4, 19)
    assert not {s.agency for s in standings(catalogue, tq, {}, day)} & {HAM_YEN, CITY}
    reminded = {r.agency for r in plan_day(catalogue, tq, {}, day) if "tq-2021-04-20" in r.keys}
    assert not reminded & set(UNITS) and "Sở Y tế" in reminded
    dossier = {t.task.id: t for t in build_digest(catalogue, tq, {}, day).documents}
    assert not {u.unit for u in dossier["tq-2021-04-20"].units} & set(UNITS)


def test_two_units_stand_report_and_are_reminded_on_their_own(catalogue, tq):
    # two of the units that owe the dossier: one done, one not
    HAM_YEN, CITY = "Sở Y tế", "Sở Xây dựng"
    marks = {("tq-2021-04-20", HAM_YEN): Mark("hoan_thanh", date(2021, 4, 16))}
    day = date(2021, 4, 19)
    units = {s.agency: s for s in standings(catalogue, tq, marks, day) if s.key == "tq-2021-04-20"}
    assert units[HAM_YEN].state is State.DONE and units[CITY].state is State.OPEN
    reminded = {r.agency for r in plan_day(catalogue, tq, marks, day) if "tq-2021-04-20" in r.keys}
    assert CITY in reminded and HAM_YEN not in reminded
    dossier = {t.task.id: t for t in build_digest(catalogue, tq, marks, day).documents}
    missing = {u.unit for u in dossier["tq-2021-04-20"].units if u.missing}
    assert CITY in missing and HAM_YEN not in missing
    late_units = {
        s.agency
        for s in standings(catalogue, tq, marks, date(2021, 4, 21))
        if s.state is State.LATE and s.key == "tq-2021-04-20"
    }
    assert CITY in late_units and HAM_YEN not in late_units


def test_the_group_chart_has_a_bar_per_unit(catalogue, tq):
    bars = chart_data(catalogue, tq, {}, date(2021, 5, 21), "UBND huyện")
    assert [b.agency for b in bars] == sorted(UNITS, key=agency_order)
    assert agency_chart(catalogue, tq, "UBND huyện", {}, date(2021, 5, 21)) is not None


def test_an_imported_table_naming_the_group_gives_each_unit_its_row(catalogue):
    row = ImportedRow(2, "406-14", ("UBND huyện",), ("Sở Xây dựng",), "Tháng 6/2021")
    imported = with_imported(catalogue, "tuyen-quang", "", "406", [row], "bang.csv")
    assignment = imported.province("tuyen-quang").assignments["406-14"]
    assert assignment.lead == UNITS and assignment.coordinate == ("Sở Xây dựng",)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("So Y te", "Sở Y tế"),
        ("SYT", "Sở Y tế"),
        ("ubnd ham yen", "UBND huyện Hàm Yên"),
        ("H. Hàm Yên", "UBND huyện Hàm Yên"),
        ("so tttt", "Sở Thông tin và Truyền thông"),
        ("So Tai chanh", "Sở Tài chính"),  # one letter off a department's name
        ("UBND huyen", "UBND huyện"),  # the group: the caller expands it
        ("So Y te xong", None),  # says more than a unit
        ("Hàm Yên", None),  # the place alone is no unit
        ("xong", None),
        ("", None),
    ],
)
def test_a_unit_named_whole(assistant, text, unit):
    assert assistant.agencies.whole(text) == unit


@pytest.mark.parametrize(
    ("typed", "unit"),
    [
        ("hàm yên", HAM_YEN),
        ("ham yen", HAM_YEN),
        ("son duong", "UBND huyện Sơn Dương"),
        ("vien thong", "Viễn thông Tuyên Quang"),
        # each word in another place's name too, the place whole in one (ux30 #8)
        ("yen son", "UBND huyện Yên Sơn"),
        ("son yen", None),
        ("Yên Sơn", "UBND huyện Yên Sơn"),
        # in two names: no unit
        ("tuyen quang", None),
        # a service's words, two of them in no name
        ("giay phep xay dung", None),
        # "ghi" is in no name: the words of writing for a unit are the caller's to drop
        ("ghi thay ham yen", None),
        ("", None),
    ],
)
def test_a_unit_is_named_by_the_words_only_its_name_holds(catalogue, tq, typed, unit):
    units = registrable(catalogue.agencies, tq)
    assert unit_by_words(tokenize(typed), units) == unit


@pytest.mark.parametrize(
    ("typed", "unit", "took"),
    [
        # the register's short forms and initials, as /capnhat reads them (ux22 #2)
        ("tnmt mẫu 02", "Sở Tài nguyên và Môi trường", 1),
        ("so tnmt", "Sở Tài nguyên và Môi trường", 2),
        ("STNMT", "Sở Tài nguyên và Môi trường", 1),
        ("so kh&dt", "Sở Kế hoạch và Đầu tư", 2),
        ("sở tài nguyên môi trường", "Sở Tài nguyên và Môi trường", 5),
        # the words only one unit's name holds
        ("ham yen bc thang 7", HAM_YEN, 2),
        ("tuyen quang", None, 0),
        ("xyz", None, 0),
    ],
)
def test_a_unit_where_one_stands_is_read_one_way_on_every_path(assistant, tq, typed, unit, took):
    units = registrable(assistant.catalogue.agencies, tq)
    found = leading_unit(tokenize(typed), assistant.agencies.whole, units)
    assert (found or (None, 0)) == (unit, took)
