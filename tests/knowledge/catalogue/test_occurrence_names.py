"""f18b item 3: an occurrence of a recurring task is shown by its task's name and the period
its date falls in, with a short key an officer types back ("kh-monthly-sync tháng 6/2020"), read
through one place (knowledge/catalogue/occurrence_names.py); the raw key is still read."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from knowledge.catalogue.occurrence_names import (
    decode,
    label,
    occurrence_of,
    short_key,
    spell_out,
    titled,
)
from knowledge.messages.markup import key_tag, typed_key
from knowledge.rules.progress import item_title

KEY = "kh-monthly-sync"


@pytest.fixture(scope="module")
def kh(catalogue):
    return catalogue.province("khanh-hoa")


def _every(kh, every: str, day: int, first: date):
    task = next(t for t in kh.tasks if t.id == KEY)
    task = replace(task, every=every, day=day, starts=first)
    return task, replace(kh, assignments={}, tasks=[task])


def test_the_short_key_is_the_id_and_the_month_and_any_other_key_itself():
    assert short_key(f"{KEY}@2020-06-01") == f"{KEY} tháng 6/2020"
    assert short_key("tq-2021-09-25@2021-10-25") == "tq-2021-09-25 tháng 10/2021"
    for key in ("406-14", "406-11/Y tế", "tq-2021-04-20", KEY):
        assert short_key(key) == key
    assert key_tag(f"{KEY}@2020-06-01") == f"<b>{KEY} tháng 6/2020</b>"
    assert typed_key("tq-2021-09-25@2021-10-25") == "tq-2021-09-25 tháng 10/2021"


def test_a_report_due_the_month_after_is_keyed_by_the_month_its_label_names(kh):
    """The key spells the period as the label does, the month the report is for (u54 #2):
    the one due 5/10/2021 is "tháng 9/2021" beside "kỳ tháng 9/2021", never "T10/2021"; typed
    back, with or without its year, the same occurrence; a yearly report by its year."""
    lagged = replace(kh.task(KEY), id="kh-2021-08-05", day=5, starts=date(2021, 8, 5), lag=1)
    key = lagged.key_of(date(2021, 10, 5))
    assert short_key(key) == "kh-2021-08-05 tháng 9/2021"
    assert label(lagged, date(2021, 10, 5)) == "kỳ tháng 9/2021"
    for typed in ("tháng 9/2021", "T9/2021", "thang 9"):
        assert decode(lagged, typed, date(2021, 10, 12)) == date(2021, 10, 5), typed
    yearly, _ = _every(kh, "year", 31, date(2021, 12, 31))
    assert short_key(yearly.key_of(date(2022, 12, 31))) == f"{KEY} năm 2022"
    assert decode(yearly, "năm 2022") == date(2022, 12, 31)


def test_an_occurrence_is_named_by_the_period_its_date_falls_in(catalogue, kh):
    monthly = kh.task(KEY)
    assert label(monthly, date(2020, 6, 1)) == "tháng 6/2020"
    quarterly, _ = _every(kh, "quarter", 30, date(2021, 6, 30))
    assert label(quarterly, date(2021, 9, 30)) == "quý III/2021"
    half, _ = _every(kh, "half-year", 10, date(2023, 6, 10))
    assert label(half, date(2023, 12, 10)) == "6 tháng cuối năm 2023"
    yearly, _ = _every(kh, "year", 15, date(2021, 12, 15))
    assert label(yearly, date(2022, 12, 15)) == "năm 2022"
    assert titled(monthly, date(2020, 6, 1), "Báo cáo") == "Báo cáo — tháng 6/2020"
    assert titled(monthly, None, "Báo cáo") == "Báo cáo"
    shown = item_title(catalogue, kh, f"{KEY}@2020-06-01")
    assert shown.endswith(" — tháng 6/2020") and item_title(catalogue, kh, KEY) == shown[:-15]


def test_a_typed_period_names_one_occurrence(kh):
    monthly = kh.task(KEY)
    today = date(2020, 6, 15)
    assert decode(monthly, "T6/2020", today) == date(2020, 6, 1)
    assert decode(monthly, "t6", today) == date(2020, 6, 1)  # the year nearest today
    assert decode(monthly, "tháng 7/2020", today) == date(2020, 7, 1)
    assert decode(monthly, "T13/2020", today) is None
    assert decode(monthly, "Q3/2020", today) is None  # three months: none said as sure
    quarterly, _ = _every(kh, "quarter", 30, date(2021, 6, 30))
    assert decode(quarterly, "Q3/2021") == date(2021, 9, 30)
    assert decode(quarterly, "quý III/2021") == date(2021, 9, 30)
    assert decode(quarterly, "T9/2021") == date(2021, 9, 30)
    assert decode(quarterly, "T8/2021") is None  # no occurrence that month
    yearly, _ = _every(kh, "year", 15, date(2021, 12, 15))
    assert decode(yearly, "2022") == date(2022, 12, 15)
    one_off = next(t for t in kh.tasks if not t.recurring)
    assert decode(one_off, "T4/2020") is None


def test_the_short_key_and_the_raw_key_read_back_to_the_raw_key(kh):
    raw = f"{KEY}@2020-06-01"
    assert occurrence_of(kh, f"{KEY} tháng 6/2020") == raw
    assert occurrence_of(kh, raw) == raw
    assert occurrence_of(kh, KEY) is None  # the bare id is the task, not an occurrence
    today = date(2020, 6, 3)
    assert spell_out(f"/capnhat {KEY} tháng 6/2020 xong", kh, today) == f"/capnhat {raw} xong"
    assert spell_out(f"{KEY} t6 đã nộp rồi", kh, today) == f"{raw} đã nộp rồi"
    assert spell_out(f"/capnhat {raw} xong", kh, today) == f"/capnhat {raw} xong"
    # what names no one occurrence, or no recurring task, is left as typed
    for text in (f"/capnhat {KEY} Q2/2020 xong", "/capnhat kh-2020-04-10 tháng 4/2020 xong"):
        assert spell_out(text, kh, today) == text


def test_an_id_made_of_an_occurrences_own_date_reads_as_that_occurrence(kh):
    monthly = next(t for t in kh.tasks if t.id == KEY)
    dated = replace(monthly, id="kh-2020-05-01")
    kh = replace(kh, tasks=[t for t in kh.tasks if t.id != KEY] + [dated])
    today = date(2020, 6, 3)
    # the June occurrence typed as an id of its date (ids are made of a first occurrence's)
    assert spell_out("/capnhat kh-2020-06-01 xong", kh, today) == (
        "/capnhat kh-2020-05-01@2020-06-01 xong"
    )
    # a task's own id, a date no occurrence falls on, another prefix: as typed
    for text in ("/capnhat kh-2020-04-10 xong", "kh-2020-06-02 xong", "tq-2020-06-01 xong"):
        assert spell_out(text, kh, today) == text


def test_a_quarterly_occurrence_is_keyed_by_its_quarter_and_read_back(kh):
    """A quarterly report's key names its quarter as its label does ("quý IV/2021", never
    "T12/2021" beside it), also when due the month after; it reads back to the raw key. The
    cadence travels with the task's key: the same id monthly in another province (or another
    test) is named by its month in the same process, whichever was loaded last."""
    quarterly, province = _every(kh, "quarter", 20, date(2021, 12, 20))
    monthly, other = _every(kh, "month", 20, date(2021, 12, 20))
    lagged = replace(quarterly, id="kh-2022-01-10", day=10, starts=date(2022, 1, 10), lag=1)
    for _ in range(2):  # either order: neither province's task renames the other's
        assert short_key(quarterly.key_of(date(2021, 12, 20))) == f"{KEY} quý IV/2021"
        assert short_key(monthly.key_of(date(2021, 12, 20))) == f"{KEY} tháng 12/2021"
        # a key read back from storage is named by its own province's task
        assert short_key(province.keyed(f"{KEY}@2021-12-20")) == f"{KEY} quý IV/2021"
        assert key_tag(other.keyed(f"{KEY}@2021-12-20")) == f"<b>{KEY} tháng 12/2021</b>"
    assert label(quarterly, date(2021, 12, 20)) == "quý IV/2021"
    assert occurrence_of(province, f"{KEY} quý IV/2021") == f"{KEY}@2021-12-20"
    # due in January, it reports the fourth quarter: keyed and read as that quarter
    assert short_key(lagged.key_of(date(2022, 1, 10))) == "kh-2022-01-10 quý IV/2021"
    assert decode(lagged, "quý IV/2021") == date(2022, 1, 10)
    assert decode(lagged, "Q1/2022") == date(2022, 4, 10)
