"""/lichsu of a recurring task by its id: each occurrence with changes, newest first, under its
period and the short key an officer types back."""

from __future__ import annotations

from datetime import date, datetime

from knowledge.catalogue.model import Task
from knowledge.render.occurrence_history import occurrences_text
from knowledge.rules.statuses import Change, Status

MONTHLY = Task(
    "tq-2021-09-28", "tuyen-quang", "Báo cáo", "trước ngày 28 hằng tháng", None, 28,
    date(2021, 9, 28), ("UBND huyện Hàm Yên",), "Mẫu số 02", (), (), "cv#2",
)  # fmt: skip


def _change(i: int, due: date, new: Status, note: str = "") -> Change:
    key = MONTHLY.key_of(due)
    return Change(i, key, "UBND huyện Hàm Yên", None, new, note, 1102, datetime(2021, 10, i))


def test_each_occurrence_under_its_period_and_short_key_newest_first():
    sep, oct_ = date(2021, 9, 28), date(2021, 10, 28)
    pages = [
        (oct_, [_change(2, oct_, Status.DANG_THUC_HIEN, "đang tổng hợp")], 0),
        (sep, [_change(1, sep, Status.HOAN_THANH)], 3),
    ]
    text = occurrences_text(MONTHLY, pages, {1102: "Nguyễn Văn Bình"}, untold=1)
    assert text.startswith(
        "<b>Lịch sử tq-2021-09-28</b> — 2 kỳ có cập nhật: kỳ mới nhất trước, thay đổi trong "
        "mỗi kỳ theo thứ tự thời gian"
    )
    assert text.index("<code>tq-2021-09-28 tháng 10/2021</code>") < text.index("28 tháng 9/2021")
    # September's older changes counted, with the command that shows them; October has none
    assert text.count("cũ hơn không hiện") == 1
    assert "… 3 thay đổi cũ hơn không hiện ở đây: gõ /lichsu tq-2021-09-28 tháng 9/2021." in text
    assert "tháng 10/2021" in text and "(Nguyễn Văn Bình) — “đang tổng hợp”" in text
    assert "Còn 1 kỳ cũ hơn" in text


def test_no_occurrence_written_says_so_for_every_period():
    assert occurrences_text(MONTHLY, [], {}) == ("tq-2021-09-28: chưa kỳ nào có cập nhật.")
