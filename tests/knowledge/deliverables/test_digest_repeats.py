"""The digest does not list the same missing units every day: after the digest that first listed
a document, its counts and who sent it since (knowledge/deliverables/digest.py, Repeats)."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.deliverables.digest import (
    Cadence,
    build_digest,
    listed_before,
    previous_digest_day,
    sent_since,
)
from knowledge.render.answers import to_plain
from knowledge.render.digest_text import digest_message
from knowledge.rules.standing import Mark

APRIL = "tq-2021-04-20"


@pytest.fixture(scope="module")
def tq(catalogue):
    return catalogue.province("tuyen-quang")


def test_the_previous_digest_day_follows_the_cadence(catalogue, tq):
    cal = catalogue.calendar
    # Monday 12/4, then 15, 16 and 19/4 (the working days before 20/4), 22/4 (after it)
    assert previous_digest_day(date(2021, 4, 15), tq, cal, Cadence()) == date(2021, 4, 12)
    assert previous_digest_day(date(2021, 4, 22), tq, cal, Cadence()) == date(2021, 4, 19)
    assert previous_digest_day(date(2021, 4, 22), tq, cal, Cadence((), 0)) is None


def test_the_first_listing_names_every_unit_and_the_next_only_what_changed(catalogue, tq):
    marks = {(APRIL, "Sở Y tế"): Mark("hoan_thanh", date(2021, 4, 16))}
    first = build_digest(catalogue, tq, {}, date(2021, 4, 15), Cadence())
    (doc,) = first.documents
    assert not listed_before(doc, first.since)  # 12/4 was before it was collected
    text = to_plain(digest_message(catalogue, tq, first))
    assert "• chưa nộp (19): Ban Quản lý các Khu công nghiệp tỉnh; " in text

    later = build_digest(catalogue, tq, marks, date(2021, 4, 19), Cadence())
    (doc,) = later.documents
    assert later.since == date(2021, 4, 16) and listed_before(doc, later.since)
    assert sent_since(doc, later.since) == ["Sở Y tế"]
    text = to_plain(digest_message(catalogue, tq, later))
    assert "chưa nộp (18):" not in text and "Sở Xây dựng" not in text
    assert "• từ bản tổng hợp 16/4: 1 đơn vị nộp thêm — Sở Y tế" in text
    assert "• 18 đơn vị chưa nộp: danh sách ở /nopbai tinh (nút bên dưới)" in text


def test_asked_without_a_cadence_the_digest_lists_every_unit(catalogue, tq):
    found = build_digest(catalogue, tq, {}, date(2021, 4, 19))
    assert found.since is None
    assert "• chưa nộp (19):" in to_plain(digest_message(catalogue, tq, found))
