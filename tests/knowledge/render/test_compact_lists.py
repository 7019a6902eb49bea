"""The province's late list and the Monday digest fit one message when the full list would not:
said by unit, each unit's count and first items by key, the rest counted, with the commands
that list everything; the full list is unchanged and a short list is not compacted."""

from __future__ import annotations

import re
from datetime import date

from knowledge.deliverables.digest import build_digest
from knowledge.render.answers import to_plain
from knowledge.render.compact_text import ONE_MESSAGE
from knowledge.render.digest_text import digest_message
from knowledge.render.progress_text import late_report

LATE_IN_YEAR = date(2021, 10, 1)  # nothing reported: most rows and both dossiers late


def test_a_long_province_list_is_said_by_unit_in_one_message(catalogue):
    tq = catalogue.province("tuyen-quang")
    full = late_report(catalogue, tq, {}, LATE_IN_YEAR, full=True)
    short = late_report(catalogue, tq, {}, LATE_IN_YEAR)
    assert len(full) > ONE_MESSAGE >= len(short)
    plain = to_plain(short)
    # the same count heads both; a unit's line counts its items and names the first
    head = re.compile(r"(\d+) mục quá hạn")
    assert head.findall(plain)[:1] == head.findall(to_plain(full))[:1]
    line = next(x for x in plain.splitlines() if x.startswith("• Sở Lao động"))
    assert re.search(r"— \d+ mục( \(\d+ phối hợp\))?: .*… và \d+ mục khác$", line), line
    assert "/quahan tinh du" in plain
    # one agency's own list is never compacted
    own = late_report(catalogue, tq, {}, LATE_IN_YEAR, "Sở Lao động, Thương binh và Xã hội")
    assert "… và" not in to_plain(own)


def test_a_short_province_list_keeps_its_lines(catalogue):
    tq = catalogue.province("tuyen-quang")
    day = date(2021, 4, 21)
    assert late_report(catalogue, tq, {}, day) == late_report(catalogue, tq, {}, day, full=True)


def test_the_digest_fits_one_message_naming_the_first_missing_units(catalogue):
    tq = catalogue.province("tuyen-quang")
    text = digest_message(catalogue, tq, build_digest(catalogue, tq, {}, LATE_IN_YEAR))
    assert len(text) <= ONE_MESSAGE
    plain = to_plain(text)
    assert re.search(r"chưa nộp \(19\): .* … và 13 đơn vị khác", plain), plain
    assert "/nopbai tinh" in plain and "/quahan tinh du" in plain


def test_the_province_late_list_is_per_unit_tasks_apart_from_rows(catalogue):
    """/quahan tinh: each unit's late tasks (what it sends, key and short title) apart from its
    late rows (what it puts online), the items those of the one standing function."""
    from knowledge.rules.progress import standings
    from knowledge.rules.standing import State

    tq = catalogue.province("tuyen-quang")
    day = date(2021, 6, 2)
    short = to_plain(late_report(catalogue, tq, {}, day))
    line = next(x for x in short.splitlines() if x.startswith("• Sở Giáo dục và Đào tạo"))
    assert line == (
        "• Sở Giáo dục và Đào tạo — 4 mục: hồ sơ phải nộp 📌tq-2021-04-20 (Biểu 02), "
        "📌tq-2021-05-20 (Phụ lục I–IV); dịch vụ công 406-16, 406-17"
    )
    late = [
        s
        for s in standings(catalogue, tq, {}, day, None, coordinating=True)
        if s.state is State.LATE and s.agency == "Sở Giáo dục và Đào tạo"
    ]
    assert sorted(s.key for s in late) == ["406-16", "406-17", "tq-2021-04-20", "tq-2021-05-20"]
    full = to_plain(late_report(catalogue, tq, {}, day, full=True)).split("\n\n")
    unit = next(b for b in full if b.startswith("Sở Giáo dục và Đào tạo — 4 mục"))
    lines = unit.splitlines()
    assert lines[1] == "Hồ sơ phải nộp:" and lines[4] == "Dịch vụ công:"
    assert lines[2].startswith("• 📌 tq-2021-04-20 Biểu 02 — hạn 20/4/2021")
    assert lines[5].startswith("• 406-16 Đăng ký dự thi") and lines[6].startswith("• 406-17")
    # a unit with tasks only keeps its lines without a heading
    only = next(b for b in full if b.startswith("Sở Công Thương"))
    assert "Hồ sơ phải nộp:" not in only
