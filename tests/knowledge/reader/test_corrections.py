"""A write taken back in words (knowledge/reader/corrections.py): a word of error or of holding
on, the status meant instead or the one said not to hold, and nothing else."""

from __future__ import annotations

import pytest

from knowledge.reader.corrections import Correction, correction
from knowledge.rules.statuses import Status

S = Status


@pytest.mark.parametrize(
    ("text", "status", "denied"),
    [
        ("a nham, chua bat dau", S.CHUA_BAT_DAU, None),
        ("à nhầm, chưa bắt đầu", S.CHUA_BAT_DAU, None),
        ("ah khoan, chua xong, dang kiem thu thoi", S.DANG_KIEM_THU, S.HOAN_THANH),
        ("nham, chua xong", None, S.HOAN_THANH),
        ("sai roi, dang lam", S.DANG_THUC_HIEN, None),
        ("ghi lộn rồi, chưa làm", S.CHUA_BAT_DAU, None),
        ("khoan", None, None),
    ],
)
def test_taken_back(text, status, denied):
    assert correction(text) == Correction(status, denied)


@pytest.mark.parametrize(
    "text",
    [
        "chua xong",  # no word of error: a status said alone (usecases/statements.py)
        "nham roi, gpxd van dang lam",  # a service named: a statement of its own
        "khoan da, gplx han khi nao",  # a question
        "lon roi chua xong",  # "lon" without marks is as often "lớn"
        "/capnhat 406-14 nham",
    ],
)
def test_not_taken_back(text):
    assert correction(text) is None


@pytest.mark.parametrize(
    ("text", "status", "rows"),
    [
        # the row named: taken back only when it is the row just written (the use case's)
        ("ui nham, muc 27 chua xong dau", None, ((None, "27"),)),
        ("à nhầm, 406-14 chưa xong", None, (("406", "14"),)),
        ("ôi nhầm, mục 27 đang làm thôi", S.DANG_THUC_HIEN, ((None, "27"),)),
    ],
)
def test_taken_back_naming_the_row(text, status, rows):
    found = correction(text)
    assert found is not None and (found.status, found.rows) == (status, rows)


def test_the_rows_named_must_be_the_key_written():
    said = Correction(None, S.HOAN_THANH, ((None, "27"),))
    assert said.names("406-27") and said.names("411-27")
    assert not said.names("406-28")
    assert not Correction(None, None, (("411", "11"),)).names("406-11/Y tế")
    assert Correction(None, None).names("406-14")
