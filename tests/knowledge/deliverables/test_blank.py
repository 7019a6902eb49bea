"""A form with nothing filled in (knowledge/deliverables/submissions.py `blank`) and how late a
document is handed in (knowledge/deliverables/lateness.py)."""

from __future__ import annotations

from datetime import date

from knowledge.deliverables.forms import FORMS
from knowledge.deliverables.lateness import lateness
from knowledge.deliverables.submissions import blank, counts_data


def test_a_list_without_lines_and_counts_without_figures_are_blank():
    assert blank(FORMS["bieu02"], {"lines": []})
    assert not blank(FORMS["bieu02"], {"lines": [{"name": "x"}]})
    assert blank(FORMS["pl1"], counts_data({}))
    assert not blank(FORMS["pl1"], counts_data({"tinh": {"total": 3}}))


def test_lateness_counts_the_days_after_the_deadline(catalogue):
    province = catalogue.province("tuyen-quang")
    assert lateness(province, "tq-2021-04-20", date(2021, 5, 12)) == (date(2021, 4, 20), 22)
    assert lateness(province, "tq-2021-04-20", date(2021, 4, 20)) == (date(2021, 4, 20), 0)
    assert lateness(province, "406-14", date(2021, 5, 12)) == (None, 0)
