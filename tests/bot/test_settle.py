"""A long-running bot settles its heap after start-up (bot.app.settle_heap)."""

from __future__ import annotations

import gc

from bot.app import YOUNG_COLLECTION, settle_heap

PYTHONS_YOUNG = 700  # gc's default threshold of the youngest generation


def test_settling_freezes_the_start_up_heap_and_collects_the_young_less_often():
    # The test process has settled its own heap (tests/conftest.py): from Python's state first.
    suite = gc.get_threshold()
    gc.unfreeze()
    gc.set_threshold(PYTHONS_YOUNG, *suite[1:])
    before = gc.get_threshold()
    try:
        settle_heap()
        assert gc.get_freeze_count() > 0  # start-up's objects out of the collector's walks
        young, middle, old = gc.get_threshold()
        assert young == YOUNG_COLLECTION > before[0]
        assert (middle, old) == before[1:]  # the older generations as Python sets them
    finally:
        gc.set_threshold(*suite)  # and frozen again, as the suite had it
