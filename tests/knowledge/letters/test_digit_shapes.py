"""A scan's figures read by their shape: O/o as 0, l/I as 1, only inside a group of figures."""

from __future__ import annotations

from knowledge.letters.digit_shapes import as_figures
from knowledge.letters.text import plain


def test_a_scanned_date_reads_as_its_figures_and_keeps_its_print():
    printed = "hạn trước ngày 3O/1O/2O22"
    folded = plain(printed)
    assert folded == "han truoc ngay 30/10/2022"
    assert len(folded) == len(printed)  # a match on the plain form still slices the printed


def test_a_day_and_a_month_of_one_look_alike_each():
    assert plain("ngày l2 tháng O9 năm 2O22") == "ngay 12 thang 09 nam 2022"


def test_words_and_numerals_are_never_read_as_figures():
    # a quarter's Roman numeral, a chemical formula, a word of look-alikes
    assert plain("quý II/2022, khí CO2, Ol") == "quy ii/2022, khi co2, ol"


def test_a_letters_number_is_read_by_its_figures():
    assert as_figures("2O7/STC-QLNS") == "207/STC-QLNS"
