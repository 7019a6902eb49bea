"""An officer's question of how far along their unit is, told with a clause of circumstances
that names a day, a month or a task: that clause narrows nothing. And the first person as
officers write it: "đơn vị tôi", a unit named with its pronoun, a decision named as the plan.
Phrasings written for these tests."""

from __future__ import annotations

import datetime as dt

JUNE = dt.date(2021, 6, 2)
SEPTEMBER = dt.date(2021, 9, 6)


def _keys(answer):
    return {i.key for i in answer.items} | {t.task.id for t in answer.tasks}


def test_a_month_told_in_a_clause_of_its_own_narrows_no_late_list(assistant):
    told = assistant.ask(
        "sở mình có việc gì trễ hạn không, tháng 5 vừa qua bận họp suốt", JUNE, None, "Sở Y tế"
    )
    plain = assistant.ask("sở mình có việc gì trễ hạn không", JUNE, None, "Sở Y tế")
    assert told.intent == plain.intent == "progress" and told.agency == "Sở Y tế"
    assert _keys(told) == _keys(plain)
    assert "tq-2021-04-20" in _keys(told)  # late since April, outside May


def test_a_task_told_in_a_clause_of_its_own_is_no_task_asked(assistant):
    answer = assistant.ask(
        "còn những mục nào đang trễ ạ, hôm trước lỡ quên gửi biểu 02", JUNE, None, "Sở Y tế"
    )
    assert answer.intent == "progress" and answer.agency == "Sở Y tế"
    assert "tq-2021-05-20" in _keys(answer)  # the other late task is listed too


def test_a_bare_month_after_the_question_still_narrows_it(assistant):
    answer = assistant.ask("bên em còn gì chưa xong, trong tháng 8", JUNE, None, "Sở Y tế")
    assert answer.intent == "progress"
    assert all(i.deadline and i.deadline.month == 8 for i in answer.items)
    assert answer.tasks == [] or all(t.due and t.due.month == 8 for t in answer.tasks)


def test_nothing_is_late_yet_in_a_span_to_come(assistant):
    answer = assistant.ask(
        "sở mình đang chậm những mục nào, 30/9 tới nơi rồi", SEPTEMBER, None, "Sở Tư pháp"
    )
    assert answer.intent == "progress" and {"tq-2021-04-20", "406-20"} <= _keys(answer)


def test_don_vi_toi_asks_the_askers_unit(assistant):
    answer = assistant.ask(
        "đơn vị tôi còn việc nào chưa hoàn thành trong năm nay không",
        SEPTEMBER,
        None,
        "Công an tỉnh",
    )
    assert answer.intent == "progress" and answer.agency == "Công an tỉnh"
    assert "406-54" not in _keys(answer)  # no "thành trong" of 406-54's title


def test_a_list_in_the_catalogue_is_the_units_list_not_the_proposal(assistant):
    answer = assistant.ask(
        "cơ quan tôi phải làm những việc gì trong danh mục dvc", JUNE, None, "Sở Y tế"
    )
    assert answer.intent == "agency" and answer.agency == "Sở Y tế"


def test_the_plan_named_by_its_number_after_theo(assistant):
    answer = assistant.ask("phòng em phải làm những gì theo 406", JUNE, None, "Sở Y tế")
    assert answer.intent == "agency" and answer.agency == "Sở Y tế"


def test_a_list_noun_with_its_standing_before_its_owner(assistant):
    answer = assistant.ask("những mục còn dở của bên mình là gì", JUNE, None, "Sở Y tế")
    assert answer.intent == "progress" and answer.agency == "Sở Y tế"


def test_a_unit_said_with_its_pronoun_is_the_asker_not_the_agency_asked_of(assistant):
    answer = assistant.ask(
        "cho hỏi bên STP phải làm những mục nào, để huyện Hàm Yên chúng tôi phối hợp",
        JUNE,
    )
    assert answer.intent == "agency" and answer.agency == "Sở Tư pháp"
