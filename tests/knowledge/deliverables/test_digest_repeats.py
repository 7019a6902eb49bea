"""The digest does not list the same missing units every day: after the digest that first listed
a document, its counts and who sent it since (knowledge/deliverables/digest.py, Repeats)."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.deliverables.digest import build_digest, listed_before, sent_since
from knowledge.render.answers import to_plain
from knowledge.render.digest_text import digest_message
from knowledge.rules.standing import Mark

APRIL = "tq-2021-04-20"


@pytest.fixture(scope="module")
def tq(catalogue):
    return catalogue.province("tuyen-quang")


def test_the_first_listing_names_every_unit_and_the_next_only_what_changed(catalogue, tq):
    marks = {(APRIL, "Sở Y tế"): Mark("hoan_thanh", date(2021, 4, 16))}
    # the digest sent before it was on Thursday 8/4, before the dossier was chased: from its
    # first reminder day, Friday 9/4, 7 working days before 20/4 (ux34 #3)
    first = build_digest(catalogue, tq, {}, date(2021, 4, 15), date(2021, 4, 8))
    (doc,) = first.documents
    assert first.starts[doc.key] == date(2021, 4, 9) and not listed_before(doc, first)
    assert listed_before(doc, build_digest(catalogue, tq, {}, date(2021, 4, 15), date(2021, 4, 9)))
    text = to_plain(digest_message(catalogue, tq, first))
    assert "• chưa nộp (19): Ban Quản lý các Khu công nghiệp tỉnh; " in text

    later = build_digest(catalogue, tq, marks, date(2021, 4, 19), date(2021, 4, 16))
    (doc,) = later.documents
    assert later.since == date(2021, 4, 16) and listed_before(doc, later)
    assert sent_since(doc, later.since) == ["Sở Y tế"]
    text = to_plain(digest_message(catalogue, tq, later))
    assert "chưa nộp (18):" not in text and "Sở Xây dựng" not in text
    assert "• từ bản tổng hợp 16/4: 1 đơn vị nộp thêm — Sở Y tế" in text
    assert "• 18 đơn vị chưa nộp: danh sách ở /nopbai tinh (nút bên dưới)" in text


def test_the_first_digest_sent_or_one_asked_lists_every_unit(catalogue, tq):
    found = build_digest(catalogue, tq, {}, date(2021, 4, 19))
    assert found.since is None
    assert "• chưa nộp (19):" in to_plain(digest_message(catalogue, tq, found))
