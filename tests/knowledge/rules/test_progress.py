"""The progress views all count the same units with the same states."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest

from knowledge.deliverables.digest import build_digest
from knowledge.deliverables.progress_report import progress_lines
from knowledge.render.answers import to_plain
from knowledge.render.charts import Bar, agency_figure, chart_data, province_chart, province_figure
from knowledge.render.own_progress import agency_progress
from knowledge.render.progress_text import late_report, province_progress
from knowledge.rules.progress import agency_order, standings
from knowledge.rules.standing import Mark, State

DAY = date(2021, 6, 2)
MARKS = {
    ("406-14", "Sở Xây dựng"): Mark("hoan_thanh", date(2021, 5, 20)),
    ("406-15", "Sở Xây dựng"): Mark("khong_du_dieu_kien", date(2021, 5, 20)),
    ("tq-2021-04-20", "Sở Xây dựng"): Mark("hoan_thanh", date(2021, 4, 19)),
    ("406-39", "Sở Tài chính"): Mark("dang_thuc_hien", date(2021, 5, 20)),
    ("406-39", "Sở Tài nguyên và Môi trường"): Mark("hoan_thanh", date(2021, 5, 20)),
}


class Change:
    def __init__(self, mark: Mark):
        self.new, self.note = mark.status, ""
        self.at = datetime(mark.on.year, mark.on.month, mark.on.day, 9, 0)


@pytest.fixture(scope="module")
def tq(catalogue):
    return catalogue.province("tuyen-quang")


def number(pattern: str, text: str) -> int:
    found = re.search(pattern, text)
    assert found, f"{pattern!r} not in {text!r}"
    return int(found.group(1))


def test_every_view_of_the_province_gives_the_same_late_count(catalogue, tq):
    units = standings(catalogue, tq, MARKS, DAY)
    late = sum(s.state is State.LATE for s in units)
    # 9 lead rows past a May date + the 19 units that owe the 20/4 dossier (000 §6: the Sở but
    # Sở TT&TT, Công an tỉnh, BHXH tỉnh, VP UBND tỉnh, BQL các KCN) + the 17 that owe the 20/5
    # list (003 §6: the same but the police and social insurance, whom 003 does not address);
    # the districts only comment, Viễn thông supports; Khánh Hòa's Ban Điều hành is not a Tuyên
    # Quang body; less 406-14 (done), 406-15 (closed) and Sở Xây dựng's dossier (done)
    assert late == 9 + 19 + 17 - 3 == 42
    assert (
        number(
            r"Toàn tỉnh: \d+/\d+ xong.*?(\d+) quá hạn",
            to_plain(province_progress(catalogue, tq, MARKS, DAY)),
        )
        == late
    )
    assert number(r"(\d+) mục quá hạn", to_plain(late_report(catalogue, tq, MARKS, DAY))) == late
    assert build_digest(catalogue, tq, MARKS, DAY).late_count == late
    assert sum(b.late for b in chart_data(catalogue, tq, MARKS, DAY)) == late
    changes = {k: Change(m) for k, m in MARKS.items()}
    lines = progress_lines(catalogue, tq, changes, DAY, None)
    assert sum(line.state is State.LATE for line in lines) == late
    assert len(lines) == len(units) == sum(b.total for b in chart_data(catalogue, tq, MARKS, DAY))


def test_every_view_of_an_agency_gives_the_same_counts(catalogue, tq):
    changes = {k: Change(m) for k, m in MARKS.items()}
    for agency, late, done, closed in (
        # tasks 20/4, 20/5; 406-39 (first phase passed); 406-18 (coordinating, own status)
        ("Sở Tài chính", 4, 0, 0),
        # 20/5 task; 406-14 done after its date, 406-15 closed, the 20/4 dossier done
        ("Sở Xây dựng", 1, 2, 1),
        # tasks, 406-19, 406-20; 406-39 coordinated and done by itself
        ("Sở Tài nguyên và Môi trường", 4, 1, 0),
    ):
        text = to_plain(agency_progress(catalogue, tq, agency, MARKS, DAY))
        # the counts of its own rows and tasks, and of the rows it coordinates (listed apart)
        counts = "\n".join(line for line in text.splitlines() if not line.startswith("•"))
        assert sum(int(n) for n in re.findall(r"❗(\d+) quá hạn", counts)) == late
        assert sum(int(n) for n in re.findall(r"(\d+)/\d+ (?:mục báo )?xong", counts)) == done
        if closed:
            assert number(r"(\d+) không đủ điều kiện", text) == closed
        else:
            assert "không đủ điều kiện" not in text.splitlines()[0]
        assert (
            number(r"(\d+) mục quá hạn", to_plain(late_report(catalogue, tq, MARKS, DAY, agency)))
            == late
        )
        [bar] = chart_data(catalogue, tq, MARKS, DAY, agency)
        assert (bar.late, bar.counts["hoan_thanh"], bar.counts["khong_du_dieu_kien"]) == (
            late,
            done,
            closed,
        )
        lines = progress_lines(catalogue, tq, changes, DAY, agency)
        assert sum(line.state is State.LATE for line in lines) == late


def test_done_rows_never_read_late(catalogue, tq):
    text = to_plain(agency_progress(catalogue, tq, "Sở Xây dựng", MARKS, DAY))
    line = next(t for t in text.splitlines() if "406-14" in t)
    assert "Hoàn thành" in line and "quá hạn" not in line.lower()
    closed = next(t for t in text.splitlines() if "406-15" in t)
    assert "Không đủ điều kiện" in closed and "quá hạn" not in closed.lower()
    assert "406-14" not in to_plain(late_report(catalogue, tq, MARKS, DAY))


def test_quahan_counts_tasks(catalogue, tq):
    text = to_plain(late_report(catalogue, tq, {}, DAY, "Sở Xây dựng"))
    assert "tq-2021-04-20" in text and "quá hạn 43 ngày" in text
    assert "Không có mục nào quá hạn" in to_plain(
        late_report(catalogue, tq, {}, date(2021, 4, 13), "Sở Xây dựng")
    )


def test_agencies_in_vietnamese_order():
    names = ["Ủy ban B", "Sở Y tế", "Đài A", "Ban C", "Uỷ ban A", "Văn phòng"]
    assert sorted(names, key=agency_order) == [
        "Ban C",
        "Đài A",
        "Sở Y tế",
        "Uỷ ban A",
        "Ủy ban B",
        "Văn phòng",
    ]


def test_chart_bars_in_vietnamese_order(catalogue, tq):
    bars = chart_data(catalogue, tq, MARKS, DAY)
    names = [b.agency for b in bars]
    assert names == sorted(names, key=agency_order)
    assert names[0].startswith("Ban") and names[-1] == "Văn phòng UBND tỉnh"
    # the district units lead nothing (they comment on the dossiers) and coordinate 406-11: a
    # bar each of that row alone, counted apart, as /tiendo tinh lists them (f18b item 2)
    assert "UBND huyện" not in names and set(tq.units) <= set(names)
    assert all(b.total == 0 and b.total_apart == 1 for b in bars if b.agency in tq.units)


def test_no_empty_late_panel_and_no_chart_without_rows(catalogue, tq):
    counts = dict.fromkeys(
        ["chua_bat_dau", "dang_thuc_hien", "dang_kiem_thu", "hoan_thanh", "vuong_mac"], 0
    )
    calm = [Bar("Sở Xây dựng", {**counts, "khong_du_dieu_kien": 0, "hoan_thanh": 2}, 0)]
    assert len(province_figure(tq, calm, DAY).axes) == 1
    late = [Bar("Sở Xây dựng", {**counts, "khong_du_dieu_kien": 0, "chua_bat_dau": 2}, 1)]
    assert len(province_figure(tq, late, DAY).axes) == 2
    labels = [t.get_text() for t in agency_figure(tq, calm[0], DAY).axes[0].get_yticklabels()]
    assert "Quá hạn" not in labels
    import matplotlib.pyplot as plt  # here: importing pyplot costs each worker a second

    plt.close("all")
    assert province_chart(catalogue, catalogue.province("bac-giang"), {}, DAY) is None


def test_the_workbook_names_each_occurrence_of_a_recurring_task_by_its_task(catalogue):
    """The progress workbook looked an occurrence's key ("kh-monthly-sync@2020-06-01") up as a
    task id: its line had the key for a title, no deadline as printed, and sorted last."""
    kh = catalogue.province("khanh-hoa")
    task = kh.task("kh-monthly-sync")
    agency = task.addressees[0]
    lines = [
        line
        for line in progress_lines(catalogue, kh, {}, date(2020, 7, 3), agency)
        if line.key.startswith("kh-monthly-sync@")
    ]
    # August's sync, due on the day its month begins, is not listed before it (ux36 #2)
    assert [line.key for line in lines] == [f"kh-monthly-sync@2020-0{m}-01" for m in (5, 6, 7)]
    for line, month in zip(lines, (5, 6, 7), strict=True):
        # its task's title and the month its date falls in (f18b item 3)
        assert line.title == f"{task.title} — tháng {month}/2020"
        assert line.deadline.startswith(task.deadline_text + " (")
    assert lines[1].deadline.endswith("(1/6/2020)") and lines[1].standing == "Quá hạn 32 ngày"
