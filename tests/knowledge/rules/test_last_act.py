"""/hoantac is about the person's newest act, whatever its kind."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from knowledge.rules.last_act import Act, newest_act, not_before, undoes_letters

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
NINE = datetime(2021, 8, 2, 9, 0, tzinfo=TZ)


def test_a_withdrawal_after_an_hour_old_status_is_the_act_undone():
    acts = {Act.STATUS: NINE - timedelta(hours=1), Act.LETTERS: NINE, Act.SUBMISSION: None}
    assert newest_act(acts) == Act.LETTERS


def test_a_status_after_a_publication_is_the_act_undone():
    assert newest_act({Act.LETTERS: NINE, Act.STATUS: NINE + timedelta(seconds=5)}) == Act.STATUS


def test_at_the_same_instant_a_row_write_comes_before_the_letters():
    assert newest_act({Act.LETTERS: NINE, Act.STATUS: NINE}) == Act.STATUS
    assert newest_act({Act.STATUS: NINE, Act.SUBMISSION: NINE}) == Act.SUBMISSION


def test_a_time_read_back_without_its_zone_is_compared_in_the_others_zone():
    naive = (NINE + timedelta(minutes=1)).replace(tzinfo=None)
    assert newest_act({Act.LETTERS: NINE, Act.STATUS: naive}) == Act.STATUS


def test_nothing_done_is_no_act():
    assert newest_act({Act.STATUS: None, Act.LETTERS: None}) is None


def test_only_a_rollback_is_a_step_back():
    assert undoes_letters("rollback", 1)
    assert not undoes_letters("withdraw", None)
    assert not undoes_letters("publish", None)


def test_not_before_compares_a_time_read_back_without_its_zone():
    naive = NINE.replace(tzinfo=None)
    assert not_before(NINE, naive) and not_before(naive, NINE)
    assert not not_before(NINE, naive + timedelta(seconds=1))
