"""Done after the deadline that applies is done late (ux19 #10): never counted late, but the
days after the date are the standing's (`late_by`), which every view then says beside it."""

from __future__ import annotations

from datetime import date

from knowledge.render.standing_dates import late_done_line, when_text
from knowledge.rules.progress import standing_of
from knowledge.rules.standing import Mark, State

LDTBXH = "Sở Lao động, Thương binh và Xã hội"


def test_done_after_the_date_is_done_late_by_the_days_after_it(catalogue):
    tq = catalogue.province("tuyen-quang")
    late = Mark("hoan_thanh", date(2021, 5, 21))
    s = standing_of(
        catalogue, tq, "tq-2021-05-20", LDTBXH, {("tq-2021-05-20", LDTBXH): late}, date(2021, 6, 1)
    )
    assert s is not None and (s.state, s.late_by) == (State.DONE, 1)
    assert when_text(s) == "hạn 20/5/2021 (🕓 nộp muộn 1 ngày)"
    assert late_done_line(s) == "🕓 Nộp muộn: hạn 20/5/2021, sau hạn 1 ngày."
    in_time = Mark("hoan_thanh", date(2021, 5, 20))
    s = standing_of(
        catalogue,
        tq,
        "tq-2021-05-20",
        LDTBXH,
        {("tq-2021-05-20", LDTBXH): in_time},
        date(2021, 6, 1),
    )
    assert s is not None and (s.state, s.late_by) == (State.DONE, 0)
    assert when_text(s) == "hạn 20/5/2021" and late_done_line(s) == ""
    row = Mark("hoan_thanh", date(2021, 6, 10))
    s = standing_of(
        catalogue, tq, "406-14", "Sở Xây dựng", {("406-14", "Sở Xây dựng"): row}, date(2021, 6, 12)
    )
    assert s is not None and s.late_by == 10 and "xong muộn 10 ngày" in when_text(s)
    assert late_done_line(s) == "🕓 Xong muộn: hạn 31/5/2021, sau hạn 10 ngày."
