"""A done status said again with another day sent corrects the day (ux23 #1): which change is a
correction, and what an undo of one puts back."""

from __future__ import annotations

from datetime import date, datetime

from knowledge.rules.sent_days import corrected_day
from knowledge.rules.statuses import Change, Status

AT = datetime(2021, 4, 19, 9, 0)


def change(new: Status, sent_on: date | None = None) -> Change:
    return Change(1, "tq-2021-04-20", "Sở Y tế", None, new, "", 9000, AT, "Phối", None, sent_on)


def test_done_again_with_another_day_corrects_the_day_sent():
    recorded = change(Status.HOAN_THANH, date(2021, 4, 15))
    assert corrected_day(recorded, Status.HOAN_THANH, date(2021, 4, 16)) == date(2021, 4, 15)
    # written without a day: it counted from the day written, which a day said corrects
    assert corrected_day(change(Status.HOAN_THANH), Status.HOAN_THANH, date(2021, 4, 16)) == (
        date(2021, 4, 19)
    )


def test_no_correction_without_a_new_day_or_a_done_status():
    recorded = change(Status.HOAN_THANH, date(2021, 4, 15))
    assert corrected_day(recorded, Status.HOAN_THANH, date(2021, 4, 15)) is None  # same day
    assert corrected_day(recorded, Status.HOAN_THANH, None) is None  # no day said
    assert corrected_day(None, Status.HOAN_THANH, date(2021, 4, 16)) is None  # nothing yet
    under_way = change(Status.DANG_THUC_HIEN)
    assert corrected_day(under_way, Status.HOAN_THANH, date(2021, 4, 16)) is None
    assert corrected_day(recorded, Status.DANG_THUC_HIEN, date(2021, 4, 16)) is None
