"""A long-running bot settles its heap after start-up (bot.app.settle_heap)."""

from __future__ import annotations

import gc

from bot.app import YOUNG_COLLECTION, settle_heap


def test_settling_freezes_the_start_up_heap_and_collects_the_young_less_often():
    before = gc.get_threshold()
    try:
        settle_heap()
        assert gc.get_freeze_count() > 0  # start-up's objects out of the collector's walks
        young, middle, old = gc.get_threshold()
        assert young == YOUNG_COLLECTION > before[0]
        assert (middle, old) == before[1:]  # the older generations as Python sets them
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
