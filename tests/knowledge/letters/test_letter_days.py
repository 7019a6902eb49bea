"""The date of the letter a task comes from: a seed letter's reviewed draft, blank when the
letter prints its day blank (ux24 #4: /doihan refuses a deadline before it)."""

from __future__ import annotations

from datetime import date

from knowledge.letters.letter_days import letter_day


def test_seed_letters_dated_or_blank(catalogue):
    khanh_hoa = catalogue.province("khanh-hoa")
    assert {letter_day(t, []) for t in khanh_hoa.tasks if t.source.startswith("001_")} == {
        date(2020, 4, 10)
    }
    # Tuyên Quang's letters print "ngày   tháng 4 năm 2021": no day to compare with
    task = catalogue.province("tuyen-quang").task("tq-2021-04-20")
    assert task is not None and letter_day(task, []) is None
