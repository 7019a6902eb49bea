"""An approved officer asking of their own unit's duties and open work in words the letters
use ("nhiệm vụ", "còn mở", "hạn đã trôi qua"): the unit's list or its standing, never "Tôi chưa
hiểu" (knowledge/reader/list_asked.py, asking.py). Phrasings written for these tests, not
taken from any question set."""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2021, 6, 10)
UNIT = "Sở Xây dựng"


def ask(assistant, question):
    return assistant.ask(question, TODAY, "tuyen-quang", UNIT, {})


def test_the_units_duties_asked_with_la_gi_are_its_list(assistant):
    for question in ("nhiệm vụ của đơn vị mình là gì", "nhiem vu cua so minh la gi"):
        answer = ask(assistant, question)
        assert answer.intent == "agency" and answer.agency == UNIT, (question, answer.text)
        assert "406-14" in [i.key for i in answer.items]


def test_the_duties_in_the_catalogue_named_as_itself_are_the_units_list(assistant):
    answer = ask(assistant, "chúng tôi có nhiệm vụ gì trong danh mục 406")
    assert answer.intent == "agency" and answer.agency == UNIT, answer.text


def test_the_work_still_open_is_the_units_open_and_late_rows(assistant):
    answer = ask(assistant, "các mục còn mở của sở em")
    assert answer.intent == "progress" and answer.agency == UNIT, answer.text
    standing = {i.key: i.standing for i in answer.items}
    # nothing reported: 406-14 (Tháng 5/2021) is late on 10/6, 406-54 still open
    assert standing["406-14"] == "late" and standing["406-54"] == "open"


def test_deadlines_gone_by_with_work_still_owed_are_the_late_ones(assistant):
    answer = ask(assistant, "những hạn đã trôi qua bên em còn chưa xong việc gì")
    assert answer.intent == "progress" and answer.agency == UNIT, answer.text
    assert {i.standing for i in answer.items} == {"late"}
    assert "406-54" not in [i.key for i in answer.items]


def test_the_work_handed_out_typed_without_marks_is_the_units_list(assistant):
    # "phan cong" unmarked pairs like a title's syllables; asked of an agency or of the asker's
    # own unit it is still the verb of handing out the work, never "not in the catalogue"
    named = assistant.ask("so xay dung duoc phan cong nhung muc nao", TODAY, "tuyen-quang")
    own = ask(assistant, "ben minh dc phan cong muc nao vay")
    for answer in (named, own):
        assert answer.intent == "agency" and answer.agency == UNIT, answer.text
        assert "406-14" in [i.key for i in answer.items]


def test_duties_by_the_assignment_tables_form_are_the_units_list(assistant):
    # BIỂU 01 is the table the province's rows are assigned in (provinces.toml's label), no
    # form a task asks for: the unit's rows, never the forms it must send
    for question in (
        "sở mình có những nhiệm vụ gì theo biểu 01",
        "bieu 1 giao ben em nhiem vu gi",
    ):
        answer = ask(assistant, question)
        assert answer.intent == "agency" and answer.agency == UNIT, (question, answer.text)
        assert "406-14" in [i.key for i in answer.items]
    # alone it is still no form a unit sends, said with the forms that are
    answer = assistant.ask("biểu 01 là gì", TODAY, "tuyen-quang")
    assert answer.intent == "task" and not answer.sure and "biểu 01" in answer.text
