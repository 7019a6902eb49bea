"""The plan named by carrying out its decision ("đợt triển khai 406", "để thực hiện Quyết định
số 406") is the plan, like "kế hoạch 406": no words left unexplained, no agency. Phrasings
written for these tests, not taken from any set."""

from __future__ import annotations

import datetime as dt

from knowledge.language.text import tokenize
from knowledge.reader.plan_named import plan_spans

TODAY = dt.date(2021, 5, 12)
HAM_YEN = "UBND huyện Hàm Yên"


def _claimed(question: str) -> list[str]:
    tokens = tokenize(question)
    return [" ".join(t.fold for t in tokens[s.start : s.end]) for s in plan_spans(tokens, set())]


def test_the_act_and_the_nouns_before_it_back_to_the_preposition_are_the_plan():
    assert _claimed("bên em làm gì trong đợt triển khai 406") == ["dot trien khai 406"]
    assert _claimed("để thực hiện Quyết định số 411 cần gì") == ["de thuc hien quyet dinh so 411"]
    # no act before the number: a row or a decision named some other way, not claimed here
    assert _claimed("mục 406 là gì") == []
    # an act that carries out no decision is no plan ("triển khai" a service)
    assert _claimed("triển khai cấp giấy phép xây dựng") == []


def test_the_officers_own_list_asked_in_the_plan_so_named(assistant):
    plain = assistant.ask("UB mình phải làm những gì", TODAY, "tuyen-quang", HAM_YEN)
    assert plain.intent == "agency" and plain.agency == HAM_YEN
    for question in (
        "UB minh phai lam nhung gi trong dot trien khai 406",
        "bên em cần làm gì để thực hiện quyết định số 406",
    ):
        answer = assistant.ask(question, TODAY, "tuyen-quang", HAM_YEN)
        assert answer.intent == "agency" and answer.agency == HAM_YEN, answer.text
        assert [i.key for i in answer.items] == [i.key for i in plain.items]
        assert [t.task.id for t in answer.tasks] == [t.task.id for t in plain.tasks]


def test_a_weak_agency_name_before_the_plan_so_named_is_the_plan(assistant):
    province = assistant.catalogue.province("tuyen-quang")
    parsed = assistant.parse("kế hoạch triển khai 406 giao bên em những gì", TODAY, province)
    assert not parsed.agencies


def test_the_plan_asked_as_the_question_opens_is_the_askers_list(assistant):
    # issue 20 #5: the plan's nouns open the question, no preposition before them
    assert _claimed("đợt triển khai 406 có những gì") == ["dot trien khai 406"]
    plain = assistant.ask("UB mình phải làm những gì", TODAY, "tuyen-quang", HAM_YEN)
    answer = assistant.ask("dot trien khai 411 gom nhung gi", TODAY, "tuyen-quang", HAM_YEN)
    assert answer.intent == "agency" and answer.agency == HAM_YEN, answer.text
    assert [i.key for i in answer.items] == [i.key for i in plain.items]
    # nobody's unit known: whose list it is asked back, never "not understood" with examples
    asked = assistant.understand("đợt triển khai 406 có những gì", TODAY, "tuyen-quang")
    assert asked.reading is not None and asked.reading.intent == "whose"
