"""Issue 20, sixth pass: an agency named only in talk of something else is no question about its
list. Phrasings written for these tests, not taken from any question set."""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2021, 5, 3)


def ask(assistant, question, agency=None, today=TODAY):
    return assistant.ask(question, today, None, agency)


def test_an_agency_in_talk_of_something_else_is_not_its_list(assistant):
    answer = ask(assistant, "chiều mai liên hoan văn nghệ cùng đoàn thanh niên Sở Tư pháp ở đâu")
    assert answer.intent == "unknown" and not answer.items, answer.text
    # the agency alone, or asked for its work, is still its list
    for question in ("Sở Tư pháp", "Sở Tư pháp phải làm gì", "danh sách mục của Sở Tư pháp"):
        answer = ask(assistant, question)
        assert answer.intent == "agency" and answer.agency == "Sở Tư pháp", question
