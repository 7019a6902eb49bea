"""f18b item 2: the province's picture, its caption, the desk's bars and the trend count what
/tiendo tinh, /quahan tinh and the digest count on the same day: the lead rows and tasks, and the
coordinating rows apart (knowledge/rules/progress.py `apart`). They counted the lead rows and
tasks only, so a unit that only coordinates (a district on 406-11) had no bar, and a Sở's late
coordinating rows were in /quahan tinh and not in the picture."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest

from knowledge.deliverables.digest import build_digest
from knowledge.render.answers import to_plain
from knowledge.render.charts import chart_data, province_figure, summary, totals
from knowledge.render.progress_text import late_report, province_progress
from knowledge.rules.progress import apart, standings, tally
from knowledge.rules.standing import Mark, State
from knowledge.rules.trend import marks_on, point, trend

MARKS = {
    ("406-14", "Sở Xây dựng"): Mark("hoan_thanh", date(2021, 5, 20)),
    ("406-15", "Sở Xây dựng"): Mark("khong_du_dieu_kien", date(2021, 5, 20)),
    ("406-18", "Sở Tài chính"): Mark("hoan_thanh", date(2021, 5, 20)),  # it coordinates 406-18
    ("406-39", "Sở Tài chính"): Mark("dang_thuc_hien", date(2021, 5, 20)),
    ("406-11", "UBND huyện Lâm Bình"): Mark("hoan_thanh", date(2021, 5, 20)),
    ("tq-2021-04-20", "Sở Xây dựng"): Mark("hoan_thanh", date(2021, 4, 19)),
}
DAYS = (date(2021, 6, 2), date(2021, 10, 1))


class Change:
    def __init__(self, key: str, agency: str, mark: Mark):
        self.key, self.agency, self.new = key, agency, mark.status
        self.at = datetime(mark.on.year, mark.on.month, mark.on.day, 9, 0)


HISTORY = [Change(k, a, m) for (k, a), m in MARKS.items()]


def number(pattern: str, text: str) -> int:
    found = re.search(pattern, text)
    assert found, f"{pattern!r} not in {text!r}"
    return int(found.group(1))


@pytest.mark.parametrize("day", DAYS)
def test_the_picture_and_the_trend_count_as_the_province_views(catalogue, day):
    tq = catalogue.province("tuyen-quang")
    counted, coordinating = apart(standings(catalogue, tq, MARKS, day, coordinating=True))
    assert coordinating, "the province has coordinating rows to count apart"
    bars = chart_data(catalogue, tq, MARKS, day)
    assert totals(bars) == (tally(counted), tally(coordinating))
    # every unit with a coordinating row has its bar, a district that only coordinates too
    shown = {b.agency: b for b in bars}
    assert {s.agency for s in coordinating} <= {a for a, b in shown.items() if b.total_apart}
    lam_binh = shown["UBND huyện Lâm Bình"]
    assert (lam_binh.total, lam_binh.total_apart, lam_binh.apart["hoan_thanh"]) == (0, 1, 1)
    assert shown["Sở Tài chính"].apart["hoan_thanh"] == 1
    # the trend's point of the day, replayed from the history, is the same pair
    [replayed] = trend(catalogue, tq, HISTORY, [day])
    assert (replayed.tally, replayed.apart) == (tally(counted), tally(coordinating))
    assert point(catalogue, tq, marks_on(HISTORY, day), day) == replayed
    # /quahan tinh's head, /tiendo tinh's two lines, the digest's counts
    late = to_plain(late_report(catalogue, tq, MARKS, day))
    assert number(r"(\d+) mục quá hạn ở", late) == tally(counted).late
    assert number(r"phối hợp: (\d+) mục", late) == tally(coordinating).late
    whole = to_plain(province_progress(catalogue, tq, MARKS, day))
    assert f"Toàn tỉnh: {summary(bars).removeprefix('Toàn tỉnh: ').split(';')[0]}" in whole
    assert summary(bars).split("; mục phối hợp (đếm riêng): ")[1] in whole
    digest = build_digest(catalogue, tq, MARKS, day)
    assert (digest.late_count, digest.late_apart) == (
        tally(counted).late,
        tally(coordinating).late,
    )
    assert sum(b.late for b in bars) + sum(b.late_apart for b in bars) == sum(
        s.state is State.LATE for s in counted + coordinating
    )


def test_the_picture_has_a_panel_for_the_coordinating_rows(catalogue):
    import matplotlib.pyplot as plt

    tq = catalogue.province("tuyen-quang")
    bars = chart_data(catalogue, tq, MARKS, DAYS[1])
    figure = province_figure(tq, bars, DAYS[1])
    titles = [axis.get_title() for axis in figure.axes]
    plt.close(figure)
    counted, coordinating = totals(bars)
    assert len(titles) == 3 and titles[1].startswith("Mục phối hợp (đếm riêng)")
    assert f"{coordinating.done}/{coordinating.total} xong" in titles[1]
    assert titles[2] == f"Mục quá hạn\n{counted.late} (phối hợp: {coordinating.late})"


def test_an_agencys_picture_counts_all_its_units_as_its_own_tiendo(catalogue):
    tq = catalogue.province("tuyen-quang")
    [finance] = chart_data(catalogue, tq, MARKS, DAYS[0], "Sở Tài chính")
    mine = standings(catalogue, tq, MARKS, DAYS[0], "Sở Tài chính")
    assert (finance.total, finance.late, finance.total_apart) == (
        len(mine),
        tally(mine).late,
        0,
    )
