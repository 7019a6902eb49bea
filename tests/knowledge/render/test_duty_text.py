"""One unit's duty list read from the statuses (knowledge/render/duty_text.py, ux28 #3): each
item under the date the standing rule says applies, a row done in the done group, never late."""

from __future__ import annotations

from datetime import date

from knowledge.reader.ask import default_assistant
from knowledge.rules.standing import Mark

AGENCY = "Sở Tài chính"  # leads 406-39 (31/5 and 31/8/2021), coordinates 406-18 (31/5/2021)
DAY = date(2021, 7, 10)


def _duties(marks: dict) -> str:
    assistant = default_assistant()
    asked = assistant.understand("ben em phai lam gi", DAY, "tuyen-quang", AGENCY)
    assert asked.needs_statuses  # read from the statuses, as /tiendo is
    answer = assistant.answer(asked, marks)
    assert answer.intent == "agency" and answer.agency == AGENCY
    return answer.text


def test_a_row_reported_done_is_listed_done_and_not_late():
    marks = {
        ("406-39@2021-05-31", AGENCY): Mark("hoan_thanh", date(2021, 6, 1)),
        ("406-39", AGENCY): Mark("hoan_thanh", date(2021, 7, 1)),
    }
    owed, _, finished = _duties(marks).partition("✅ Đã xong, đã đóng (1)")
    assert "406-39" not in owed
    [line] = [x for x in finished.splitlines() if "406-39" in x]
    assert "✅ Hoàn thành" in line and "quá hạn" not in line
    assert "mốc 1 (hộ gia đình) 31/5/2021 — 🕓 xong muộn 1 ngày" in line


def test_an_owed_row_is_under_the_date_it_is_late_since():
    said = _duties({})
    owed, _, _ = said.partition("✅ Đã xong")
    group = owed.split("⚠️ Hạn 31/5/2021 (quá hạn 40 ngày)", 1)[1].split("\n\n", 1)[0]
    assert "406-18" in group and "❗QUÁ HẠN" in group
    assert "406-39" in group  # households' milestone missed: late since 31/5, as /quahan says
    assert "✅ Đã xong" not in said  # nothing reported: no done group
