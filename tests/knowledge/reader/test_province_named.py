"""Another province the bot keeps a plan for, named in the question, is answered from that
province's plan, never silently from the asker's (ux26 #7). Phrasings written for these tests."""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2021, 4, 13)


def test_another_province_and_its_date_answer_its_task(assistant):
    answer = assistant.ask("tỉnh khánh hòa hạn 10/4 cần báo cáo gì", TODAY, None, "Sở Y tế")
    assert answer.intent == "task", answer.text
    assert [t.task.id for t in answer.tasks][:1] == ["kh-2020-04-10"], answer.text
    assert "Khánh Hòa" in answer.text
    assert "tq-2021" not in answer.text


def test_the_asker_s_own_province_named_is_read_as_usual(assistant):
    answer = assistant.ask("tuyên quang 20/4 phải nộp gì", TODAY, None, "Sở Y tế")
    assert [t.task.id for t in answer.tasks][:1] == ["tq-2021-04-20"], answer.text
