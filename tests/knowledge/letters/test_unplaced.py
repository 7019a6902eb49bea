"""A body a table names that the register lacks: said where the row sets a task, since the body
would owe or support it untracked; not said where the row is ongoing work ("Thường xuyên"), which
is no task (the conventions of bench/heldout/letters/README.md)."""

from __future__ import annotations

from pathlib import Path

from knowledge.letters.extract import read_letter

LETTERS = Path(__file__).resolve().parents[2] / "data" / "letters"
STRANGER = "Câu lạc bộ tình nguyện viên số"


def _draft(catalogue, text):
    return read_letter(text, catalogue, catalogue.province("tuyen-quang"), "cv.txt")


def test_an_ongoing_rows_unknown_body_keeps_no_draft_back(catalogue):
    text = (LETTERS / "ongoing_row.txt").read_text(encoding="utf-8")
    draft = _draft(catalogue, text)
    assert [t.deadline_text for t in draft.tasks] == [
        "Trước ngày 20/5/2022",
        "Chậm nhất ngày 10/6/2022",
    ]
    assert draft.problems == ()


def test_a_dated_rows_unknown_body_is_still_said(catalogue):
    text = (LETTERS / "ongoing_row.txt").read_text(encoding="utf-8")
    dated = text.replace("| Thường xuyên", "| Trước ngày 30/6/2022")
    draft = _draft(catalogue, dated)
    assert len(draft.tasks) == 3
    assert any(STRANGER in p.message for p in draft.problems)
