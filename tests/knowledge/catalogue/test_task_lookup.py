"""A provincial task found from what a coordinator types after /doihan, /ketthuc or /nopbai:
its id, or its one due date however the date is written."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from knowledge.catalogue.loader import default_catalogue
from knowledge.catalogue.model import Province
from knowledge.catalogue.task_lookup import find_task

TQ = default_catalogue().province("tuyen-quang")


@pytest.mark.parametrize(
    ("typed", "task_id"),
    [
        ("tq-2021-04-20", "tq-2021-04-20"),
        ("  TQ-2021-05-20 ", "tq-2021-05-20"),
        ("20/4", "tq-2021-04-20"),
        ("hạn 20-5", "tq-2021-05-20"),
        ("ngày 20.5.2021", "tq-2021-05-20"),
    ],
)
def test_a_task_is_found_by_its_id_or_its_one_date(typed: str, task_id: str) -> None:
    found = find_task(typed, TQ)
    assert found is not None and found.id == task_id


@pytest.mark.parametrize("typed", ["21/4", "20/4/2022", "tq-2021-04-21", "Sở Y tế", ""])
def test_nothing_is_found_for_a_date_or_id_no_task_has(typed: str) -> None:
    assert find_task(typed, TQ) is None


def _moved(task_id: str, to: date) -> Province:
    """Tuyên Quang with one task's deadline moved to `to`, as a version of its letters sets."""
    tasks = tuple(replace(t, due=to) if t.id == task_id else t for t in TQ.tasks)
    return replace(TQ, tasks=tasks)


def test_a_moved_task_is_found_by_the_date_it_had() -> None:
    moved = _moved("tq-2021-04-20", date(2021, 4, 30))
    had = {"tq-2021-04-20": [date(2021, 4, 20)]}
    for typed in ("20/4", "20/4/2021", "hạn 20/4"):
        found = find_task(typed, moved, had)
        assert found is not None and found.id == "tq-2021-04-20"
        assert found.due == date(2021, 4, 30)  # the reply says the date it has now
    assert find_task("30/4", moved, had) is not None
    assert find_task("20/4", moved) is None  # without what it had, nothing to go by


def test_a_date_a_task_has_now_wins_over_one_another_task_had() -> None:
    # 20/4's task moved to 20/5; the 20/5 task is due 20/5: "20/5" is ambiguous, "20/4" is not
    moved = _moved("tq-2021-04-20", date(2021, 5, 20))
    had = {"tq-2021-04-20": [date(2021, 4, 20)], "tq-2021-05-20": [date(2021, 4, 20)]}
    assert find_task("20/5", moved, had) is None  # two tasks are due 20/5 now
    assert find_task("20/4", moved, had) is None  # two tasks had 20/4: no guess
    one = find_task("20/4", moved, {"tq-2021-04-20": [date(2021, 4, 20)]})
    assert one is not None and one.id == "tq-2021-04-20"
