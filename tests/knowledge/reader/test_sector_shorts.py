"""A sub-row of 406-11 typed by its department's short alias less "Sở" ("406-11/xd" as
"406-11/sxd", ux35 #5): read from the register's aliases (agencies.tsv), not a list."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.reader.writes import offer_for

DAY = date(2021, 7, 2)


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("406-11/xd", "406-11/Xây dựng"),
        ("406-11/sxd", "406-11/Xây dựng"),
        ("406-11/yt", "406-11/Y tế"),
        ("406-11/tnmt", "406-11/Tài nguyên và Môi trường"),
        ("406-11/zz", None),  # no department's alias: no key, the usage says so
    ],
)
def test_a_sector_typed_short_names_its_sub_row(assistant, catalogue, typed, key):
    assert assistant.resolve_key(typed, catalogue.province("tuyen-quang"), DAY) == key


def test_a_statement_on_the_short_sub_row_is_offered_for_it(assistant, catalogue):
    tq = catalogue.province("tuyen-quang")
    offer = offer_for("406-11/xd dang lam", assistant, tq, DAY, "Sở Xây dựng")
    assert offer is not None and (offer.key, offer.status) == ("406-11/Xây dựng", "dang_thuc_hien")
