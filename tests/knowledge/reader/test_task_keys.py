"""A task named in /capnhat's key place by its form, date or letter's number is read as its key
(ux18 #6: `/capnhat mau so 01 Sở Xây dựng đã nộp` dropped the unit and asked which of 19 units,
while the task's id with the same unit wrote). Anything more than a task's name is no key."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from knowledge.reader.ask import Assistant
from knowledge.reader.capnhat_line import CapnhatKind as Kind
from knowledge.reader.capnhat_line import read_capnhat
from knowledge.reader.task_keys import owed_first, referenced
from knowledge.rules.statuses import Status
from tests.letterkit import published

SLUG = "tuyen-quang"
TODAY = date(2021, 8, 3)
LETTER = Path(__file__).resolve().parents[3] / "examples" / "letter_2021-08.txt"
FORM_TASK = "tq-2021-08-20"  # Mẫu số 01, the Sở, ban, ngành's
MONTHLY = "tq-2021-09-25"  # Mẫu số 02, monthly, the districts'


@pytest.fixture(scope="module")
def reader(catalogue):
    with_letter, _ = published(catalogue, SLUG, LETTER.read_text(), "letter_2021-08.txt")
    return Assistant(with_letter)


def names(reader: Assistant, text: str) -> list[str]:
    province = reader.catalogue.province(SLUG)
    return [t.id for t in referenced(reader.parse(text, TODAY, province), province)]


@pytest.mark.parametrize(
    ("text", "tasks"),
    [
        ("mau so 01", [FORM_TASK]),
        ("Mẫu số 01", [FORM_TASK]),
        ("mẫu 02", [MONTHLY]),
        ("cv 512", [FORM_TASK, MONTHLY]),  # the letter's two tasks: narrowed by the unit later
        ("cv 512 mau 01", [FORM_TASK]),
        ("công văn 512 mẫu số 02", [MONTHLY]),
        ("hạn 20/8", [FORM_TASK]),
        ("20/8", [FORM_TASK]),
        ("tq-2021-08-20", [FORM_TASK]),
        ("bieu 02", ["tq-2021-04-20"]),
        ("nhiệm vụ biểu 02", ["tq-2021-04-20"]),
        # more than a name: a unit, a service's words, a status; one form of several by number
        ("mau so 01 Sở Xây dựng", []),
        ("bao cao ra soat", []),
        ("mau so 01 xong", []),
        ("pl3", []),
        ("phụ lục 3", []),
        ("thang 9", []),
    ],
)
def test_only_a_tasks_name_names_it(reader, text, tasks):
    assert names(reader, text) == tasks


def test_the_unit_narrows_a_letter_to_the_task_it_owes(reader):
    province = reader.catalogue.province(SLUG)
    both = tuple(t for t in province.tasks if t.id in (FORM_TASK, MONTHLY))
    assert [t.id for t in owed_first(both, province, "UBND huyện Hàm Yên")] == [MONTHLY]
    assert [t.id for t in owed_first(both, province, "Sở Y tế")] == [FORM_TASK]
    # a unit owing neither keeps both: the write refuses the unit, saying so
    assert len(owed_first(both, province, "Sở Thông tin và Truyền thông")) == 2


UNITS = {"Sở Xây dựng": "Sở Xây dựng", "sxd": "Sở Xây dựng", "so y te": "Sở Y tế"}
TASKS = {"mau so 01": (FORM_TASK,), "cv 512": (FORM_TASK, MONTHLY), "hạn 20/8": (FORM_TASK,)}


def read(text: str):
    return read_capnhat(text, lambda _: None, UNITS.get, lambda name, unit: TASKS.get(name, ()))


def test_a_task_named_by_its_form_then_a_unit_and_a_status_is_a_write_for_the_unit():
    reading = read("mau so 01 Sở Xây dựng đã nộp")
    assert (reading.kind, reading.key, reading.unit, reading.status) == (
        Kind.WRITE,
        FORM_TASK,
        "Sở Xây dựng",
        Status.HOAN_THANH,
    )
    reading = read("hạn 20/8 sxd đã nộp qua mail")
    assert (reading.key, reading.unit, reading.note) == (FORM_TASK, "Sở Xây dựng", "qua mail")
    reading = read("mau so 01 đã nộp so y te")
    assert (reading.kind, reading.note_unit) == (Kind.WRITE, "Sở Y tế")
    # a unit and no status: the unit's status buttons
    assert (read("mau so 01 sxd").kind, read("mau so 01 sxd").unit) == (Kind.CHOOSE, "Sở Xây dựng")


def test_a_name_several_tasks_answer_to_is_asked_and_punctuation_is_no_name():
    reading = read("cv 512 so y te xong")
    assert (reading.kind, reading.keys, reading.unit, reading.named) == (
        Kind.TASKS,
        (FORM_TASK, MONTHLY),
        "Sở Y tế",
        "cv 512",
    )
    assert read("mau so 01, sxd xong").kind == Kind.USAGE


def test_a_loose_item_before_a_unit_and_a_status_keeps_both_for_the_offer():
    reading = read("gpxd sxd xong")
    assert (reading.kind, reading.named, reading.unit, reading.status) == (
        Kind.USAGE,
        "gpxd",
        "Sở Xây dựng",
        Status.HOAN_THANH,
    )
