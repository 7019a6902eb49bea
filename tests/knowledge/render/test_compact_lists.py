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
