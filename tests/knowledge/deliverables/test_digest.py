"""The coordinator's digest: its cadence on the work calendar, and what it holds."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.calendar.workdays import WorkCalendar
from knowledge.deliverables.digest import (
    Cadence,
    build_digest,
    digest_days,
    is_digest_day,
    nothing_new,
    parse_weekdays,
)
from knowledge.render.answers import to_plain
from knowledge.render.digest_text import digest_message
from knowledge.render.messages import split_message
from knowledge.render.progress_text import late_report
from knowledge.rules.standing import Mark

TELEGRAM_LIMIT = 4096


@pytest.fixture(scope="module")
def tq(catalogue):
    return catalogue.province("tuyen-quang")


def test_default_cadence_over_april_and_may_2021(catalogue, tq):
    days = digest_days(tq, catalogue.calendar, Cadence(), date(2021, 4, 1), date(2021, 5, 31))
    # Mondays (3/5 is the day in lieu of Labour Day: Tuesday 4/5 instead), and 15, 16, 19/4 and
    # 17, 18, 19/5: the three working days before 20/4 and 20/5; 20/4 and 20/5 themselves, the
    # last day the units are on time; 22/4 and 21/5: the first working days after them
    # (21/4/2021 is the Hùng Kings' day), when the units turn late
    assert [d.strftime("%d/%m") for d in days] == [
        "05/04",
        "12/04",
        "15/04",
        "16/04",
        "19/04",
        "20/04",
        "22/04",
        "26/04",
        "04/05",
        "10/05",
        "17/05",
        "18/05",
        "19/05",
        "20/05",
        "21/05",
        "24/05",
        "31/05",
    ]


def test_days_off_are_skipped_not_counted(tq):
    # a calendar where Friday 16/4 is off: the three working days before 20/4 are 14, 15, 19/4
    calendar = WorkCalendar(frozenset({date(2021, 4, 16)}))
    cadence = Cadence(weekdays=(), before_deadline=3)
    days = digest_days(tq, calendar, cadence, date(2021, 4, 1), date(2021, 4, 30))
    # the day itself, and 22/4, the first working day after it (21/4 is the Hùng Kings' day)
    assert days == [
        date(2021, 4, 14),
        date(2021, 4, 15),
        date(2021, 4, 19),
        date(2021, 4, 20),
        date(2021, 4, 22),
    ]
    # a deadline on a day off: no digest that day (the working days before it have one)
    off = WorkCalendar(frozenset({date(2021, 4, 20)}))
    assert not is_digest_day(date(2021, 4, 20), tq, off, cadence)


def test_configured_cadence(catalogue, tq):
    weekly = Cadence(weekdays=(3,), before_deadline=0)  # Thursdays only
    days = digest_days(tq, catalogue.calendar, weekly, date(2021, 4, 1), date(2021, 4, 30))
    assert [d.day for d in days] == [1, 8, 15, 22, 29]
    assert (
        digest_days(tq, catalogue.calendar, Cadence((), 0), date(2021, 4, 1), date(2021, 6, 1))
        == []
    )


def test_monthly_task_sets_a_deadline_every_month(catalogue):
    kh = catalogue.province("khanh-hoa")
    days = digest_days(kh, catalogue.calendar, Cadence((), 3), date(2020, 5, 20), date(2020, 6, 1))
    # before 1/6/2020 (a Monday): Wednesday 27, Thursday 28, Friday 29/5; and 1/6 itself
    assert days == [date(2020, 5, 27), date(2020, 5, 28), date(2020, 5, 29), date(2020, 6, 1)]


def test_weekday_names():
    assert parse_weekdays(["mon", "T5", "cn"]) == (0, 3, 6)
    with pytest.raises(ValueError, match="monday"):
        parse_weekdays(["monday"])


def test_digest_by_task_then_unit_with_titles(catalogue, tq):
    marks = {("tq-2021-04-20", "Sở Xây dựng"): Mark("hoan_thanh", date(2021, 4, 16))}
    found = build_digest(catalogue, tq, marks, date(2021, 4, 19))
    text = to_plain(digest_message(catalogue, tq, found))
    assert "Biểu 02: Hồ sơ đề xuất" in text and "chưa nộp (" in text
    missing_line = next(line for line in text.splitlines() if line.startswith("• chưa nộp"))
    assert "Sở Xây dựng" not in missing_line and "Sở Y tế" in missing_line
    # not chased a month ahead: its units not named, yet said to be left for later (ux24 #8)
    chased, later = text.split("Chưa tới kỳ nhắc")
    assert "tq-2021-05-20" not in chased
    assert "tq-2021-05-20 Phụ lục I–IV" in later
    assert "17 đơn vị chưa nộp; nhắc từ 11/5/2021" in later  # 7 working days (ux34 #3)


def test_digest_late_count_and_every_part_under_the_limit(catalogue, tq):
    # late on 31/5/2021 with nothing reported: the two dossiers and the April rows
    found = build_digest(catalogue, tq, {}, date(2021, 5, 31))
    text = digest_message(catalogue, tq, found)
    assert f"{found.headline.late} mục quá hạn" in to_plain(text)
    assert "406-16" in found.late and "406-15" in found.soon
    parts = split_message(text, TELEGRAM_LIMIT)
    assert all(len(to_plain(p)) <= TELEGRAM_LIMIT for p in parts)


def _listed(plain: str) -> tuple[int, int, set[str], list[int]]:
    """What the full digest lists: late lead lines, late coordinating lines, their agencies,
    and each document's count of missing units."""
    lead, coordinating, agencies, missing, section = 0, 0, set(), [], ""
    for line in plain.splitlines():
        if line == "Quá hạn" or line.startswith(("Hồ sơ, biểu mẫu", "Đến hạn", "Chi tiết")):
            section = line
        elif section == "Quá hạn" and line.startswith("• "):
            agency, role = line[2:].split(" — ")[0], "(phối hợp)" in line
            coordinating += role
            lead += not role
            agencies |= set() if role else {agency}
        elif line.startswith("• chưa nộp ("):
            missing.append(int(line.split("(")[1].split(")")[0]))
    return lead, coordinating, agencies, missing


@pytest.mark.parametrize("day", [date(2021, 5, 21), date(2021, 9, 20), date(2021, 4, 19)])
def test_the_headline_counts_what_is_listed_each_of_its_kind(catalogue, tq, day):
    """ux20 #11: "37 mục quá hạn" over a list of one late row, summing rows with each unit's
    missing dossier. The late lines, the agencies they are of, the coordinating ones apart,
    and each document's missing units, as the lists below hold them."""
    found = build_digest(catalogue, tq, {}, day)
    plain = to_plain(digest_message(catalogue, tq, found, full=True))
    lead, coordinating, _agencies, missing = _listed(plain)
    head = plain.splitlines()[0]
    assert lead or day == date(2021, 4, 19)
    # /quahan tinh's count and words (ux30 #7), the documents late and the list's lines apart
    province = to_plain(late_report(catalogue, tq, {}, day)).splitlines()[1]
    if day == date(2021, 4, 19):
        assert "không có mục quá hạn" in head and "Không có mục nào" in province
    else:
        assert f": {province.split(';')[0]} (" in head
        late_documents = found.headline.late - lead
        assert f"({late_documents} lượt hồ sơ chưa nộp quá hạn, {lead} mục ở danh sách" in head
    if coordinating:
        assert f"; phối hợp: {coordinating} mục ở" in head
    assert f"{sum(missing)} lượt hồ sơ chưa nộp (Biểu 02: {missing[0]}" in head
    # the compact digest heads its by-unit list with the same counts
    assert to_plain(digest_message(catalogue, tq, found)).splitlines()[0] == head
    if day == date(2021, 5, 21):
        assert head.endswith(
            ": 37 mục quá hạn ở 19 cơ quan (36 lượt hồ sơ chưa nộp quá hạn, 1 mục ở danh sách "
            "Quá hạn); 36 lượt hồ sơ chưa nộp (Biểu 02: 19, Phụ lục I–IV: 17)"
        )


def test_nothing_to_say_is_no_digest(catalogue):
    kh = catalogue.province("khanh-hoa")
    marks = {
        (t.id, a): Mark("hoan_thanh", date(2020, 4, 1)) for t in kh.tasks for a in t.addressees
    }
    found = build_digest(catalogue, kh, marks, date(2020, 4, 6))
    assert found.empty


def test_a_row_of_two_dates_says_which_one_it_is_late_for(catalogue, tq):
    """406-22 of Sở Y tế: the province's 31/8 passed, the decision's 30/9 to come. The digest
    said "hạn 31/8/2021 (quá hạn 8 ngày)" where it had said an earlier date's larger figure,
    as if the row had grown less late (ux15 tester): which date of how many, as /quahan says."""
    found = build_digest(catalogue, tq, {}, date(2021, 9, 8))
    text = to_plain(digest_message(catalogue, tq, found, full=True))
    line = next(ln for ln in text.splitlines() if ln.startswith("• Sở Y tế — hạn 31/8/2021"))
    # the decision's date is said as the decision's, not as a second phase of the province's
    # (ux19 item 1)
    assert "hạn 31/8/2021 (quá hạn 8 ngày); hạn QĐ 406: 30/9/2021 (còn 22 ngày)" in line
    assert "mốc" not in line
    # said by unit to fit one message, it names the row and no date at all
    short = to_plain(digest_message(catalogue, tq, found))
    line = next(ln for ln in short.splitlines() if ln.startswith("• Sở Y tế — "))
    assert "406-22" in line and "hạn" not in line


def test_a_digest_day_with_nothing_new_since_the_last_is_said_to_be_so(catalogue, tq):
    """ux28: near a deadline the digest went out every working day with the same lists. A day
    with no status written, no form handed in, nothing turned late and nothing newly chased
    since the digest before has nothing new; each of those is news."""
    quiet = build_digest(catalogue, tq, {}, date(2021, 4, 16), since=date(2021, 4, 15))
    assert nothing_new(quiet, {}, handed_since=False)
    assert not nothing_new(quiet, {}, handed_since=True)  # a form came in
    sent = {("tq-2021-04-20", "Sở Y tế"): Mark("hoan_thanh", date(2021, 4, 15))}
    assert not nothing_new(quiet, sent, handed_since=False)  # a unit sent since
    # the first working day after 20/4: the units that did not send turned late
    after = build_digest(catalogue, tq, {}, date(2021, 4, 22), since=date(2021, 4, 20))
    assert not nothing_new(after, {}, handed_since=False)
    # 20/4 itself: the dossier's last day on time, its missing units named again
    deadline_day = build_digest(catalogue, tq, {}, date(2021, 4, 20), since=date(2021, 4, 19))
    assert not nothing_new(deadline_day, {}, handed_since=False)
    # the first digest (or one asked for) has no digest before it
    assert not nothing_new(build_digest(catalogue, tq, {}, date(2021, 4, 16)), {}, False)
