"""What a file sent with no task named says of its task (ux22 #4): its name as words, and the
choices ranked by what those words name, none put forward when they name nothing or all."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.deliverables.file_evidence import file_words, named_first

CONTACTS, REPORT = "tq-2021-06-18", "tq-2021-06-30"
JULY, AUGUST = "tq-2021-06-20@2021-07-20", "tq-2021-06-20@2021-08-20"


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("bc_stp_mau02.docx", "bc stp mau02"),
        ("Bao-cao.T7-2021 (ban ky).pdf", "Bao cao T7 2021 ban ky"),
        ("scan.pdf", "scan"),
    ],
)
def test_a_files_name_is_read_as_words(name, words):
    assert file_words(name) == words


def test_the_task_the_words_name_comes_first_and_alone_is_marked():
    assert named_first((CONTACTS, REPORT), {REPORT}, {}) == ((REPORT, CONTACTS), {REPORT})


def test_a_recurring_tasks_occurrence_the_words_date_is_the_one_put_first():
    offered = (CONTACTS, JULY, AUGUST)
    due = {"tq-2021-06-20": date(2021, 8, 20)}
    assert named_first(offered, {"tq-2021-06-20"}, due) == ((AUGUST, CONTACTS, JULY), {AUGUST})


@pytest.mark.parametrize("named", [set(), {CONTACTS, REPORT}, {"tq-2099-01-01"}])
def test_nothing_named_or_everything_puts_no_task_forward(named):
    assert named_first((CONTACTS, REPORT), named, {}) == ((CONTACTS, REPORT), frozenset())
