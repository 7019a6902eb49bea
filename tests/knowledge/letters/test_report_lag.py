"""ux20 #2: how far a recurring report trails the period it reports, read off the letter's
structure (`recurring.lag_of`): a monthly report due in "tháng sau", "tháng tiếp theo", "tháng
liền kề" reports the month before; one due "trước ngày 20 hằng tháng" its own month; a quarterly
one due in the quarter's last month its own quarter, in the month after it the quarter before."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.letters.edits import read_deadline
from knowledge.letters.model import Task
from knowledge.letters.recurring import lag_of, recurrence


@pytest.mark.parametrize(
    ("line", "every", "lag"),
    [
        ("Định kỳ hằng tháng, trước ngày 05 của tháng sau, báo cáo kết quả.", "month", 1),
        ("Báo cáo hằng tháng, trước ngày 10 của tháng tiếp theo.", "month", 1),
        ("Định kỳ hằng tháng gửi báo cáo trước ngày 03 của tháng liền kề.", "month", 1),
        ("Định kỳ hằng tháng, trước ngày 20, báo cáo số liệu.", "month", 0),
        ("Báo cáo định kỳ hằng quý, trước ngày 15 của tháng cuối quý.", "quarter", 0),
        ("Báo cáo hằng quý, trước ngày 10 tháng đầu của quý sau.", "quarter", 1),
        ("Báo cáo định kỳ hằng năm trước ngày 15/12.", "year", 0),
    ],
)
def test_the_lag_of_a_recurring_report(line, every, lag):
    found = recurrence(line)
    assert found is not None and found.every == every, found
    assert lag_of(found) == lag


def test_a_recurrence_typed_in_the_review_carries_its_lag_and_a_date_drops_it():
    task = Task(
        title="Báo cáo số liệu",
        deadline=date(2023, 9, 8),
        deadline_text="trước ngày 08/9/2023",
        recurrence=None,
        units=("Sở Y tế",),
        supporting=(),
        forms=(),
        recipient=None,
        steps=(),
        contents=(),
        source="cv.txt#mục 1",
    )
    day = date(2023, 8, 21)
    monthly = read_deadline(task, "hằng tháng, trước ngày 05 của tháng sau", day, day)
    assert isinstance(monthly, Task) and monthly.lag == 1, monthly
    again = read_deadline(monthly, "hằng tháng, trước ngày 20", day, day)
    assert isinstance(again, Task) and again.lag == 0
    dated = read_deadline(monthly, "trước ngày 30/9/2023", day, day)
    assert isinstance(dated, Task) and dated.lag == 0 and dated.recurrence is None
