"""The next date anything falls due ("hạn gần nhất", "hạn tiếp theo", "việc nào gần hạn
nhất"), and a period nothing falls due in naming the first date after it. Phrasings written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.language.text import tokenize
from knowledge.reader.period_finding import find_periods

TODAY = dt.date(2021, 5, 10)


@pytest.mark.parametrize(
    "question",
    [
        "hạn gần nhất là khi nào",
        "han tiep theo cua ben em",
        "moc ke tiep",
        "việc gần hạn nhất",
        "con bao nhieu ngay nua",
        "còn mấy ngày",
    ],
)
def test_the_nearest_deadline_is_a_period_of_its_own(question):
    periods, _ = find_periods(tokenize(question), TODAY, [2021])
    [span] = periods
    assert span.period.nearest and span.period.start == TODAY


@pytest.mark.parametrize(
    "question", ["gần đây có gì mới", "hạn nộp hồ sơ", "tiếp theo làm gì", "còn gì chưa xong"]
)
def test_near_words_without_a_deadline_name_no_nearest_date(question):
    periods, _ = find_periods(tokenize(question), TODAY, [2021])
    assert not any(p.period.nearest for p in periods)


def test_the_nearest_date_is_the_first_one_due_and_only_what_falls_due_then(assistant):
    answer = assistant.ask("hạn gần nhất của bên em", TODAY, "tuyen-quang", "Sở Xây dựng")
    assert answer.intent == "deadline"
    # 20/5: the provincial Phụ lục I–IV; 406-14 and 406-15 fall due later (31/5)
    assert [t.task.id for t in answer.tasks] == ["tq-2021-05-20"] and answer.items == []
    period = answer.extra["period"]
    assert (period.start, period.end) == (dt.date(2021, 5, 20), dt.date(2021, 5, 20))
    assert answer.text.startswith("Đến hạn ngày 20/5/2021 (hạn gần nhất) của Sở Xây dựng")
    # after 20/5 the next is the end of May, both rows at once
    later = assistant.ask("han tiep theo", dt.date(2021, 5, 21), "tuyen-quang", "Sở Xây dựng")
    assert sorted(v.row.key for v in later.items) == ["406-14", "406-15"]
    # a service named with it: that service's answer, not the asker's next date
    gpxd = assistant.ask("gpxd còn bao nhiêu ngày", TODAY, "tuyen-quang", "Sở Xây dựng")
    assert gpxd.intent == "service" and gpxd.items[0].row.key == "406-14"


def test_a_period_with_nothing_due_names_the_first_date_after_it(assistant):
    answer = assistant.ask("tuần này bên em có hạn gì", TODAY, "tuyen-quang", "Sở Y tế")
    assert answer.items == [] and answer.tasks == []
    assert answer.text.splitlines() == [
        "Không có mục nào của Sở Y tế đến hạn trong tuần này (Tuyên Quang).",
        "Hạn gần nhất sau đó: 20/5/2021 (còn 10 ngày) — tq-2021-05-20.",
        # and what is late already, by /quahan's rule: "nothing due" hid it (ux17 item 5)
        "⚠️ Đã quá hạn: tq-2021-04-20 (hạn 20/4/2021, quá hạn 20 ngày). Xem /quahan.",
    ]
    # what is already late is no period of the calendar: nothing after it is named
    late = assistant.ask(
        "bên em có gì quá hạn không", dt.date(2021, 4, 13), "tuyen-quang", "Sở Y tế"
    )
    assert "Hạn gần nhất sau đó" not in late.text
    # a past month with nothing due: the next date is one still ahead, never one gone by
    # (20/4 fell between that month and today)
    past = assistant.ask("tháng 3/2021 có hạn gì", TODAY, "tuyen-quang")
    lines = past.text.splitlines()
    assert lines[1] == "Hạn gần nhất sau đó: 20/5/2021 (còn 10 ngày) — tq-2021-05-20.", lines
