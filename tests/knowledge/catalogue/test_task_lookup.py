"""A provincial task found from what a coordinator types after /doihan, /ketthuc or /nopbai:
its id, or its one due date however the date is written."""

from __future__ import annotations

import pytest

from knowledge.catalogue.loader import default_catalogue
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
