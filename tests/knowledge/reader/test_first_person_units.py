"""An officer of a district or a Sở asking of their own unit in their own words: the district's
committee called by the table's group name, a past month's late work, the late work taken in
with the open, a list asked for, who asks said before a colon, the unit's duties by the verbs
of handing them out, and an ordinary word that is also an agency's name. Phrasings written for
these tests; the expected units come from the standing rule /tiendo and /quahan use."""

from __future__ import annotations

import datetime as dt

from knowledge.rules.progress import standings

HAM_YEN = "UBND huyện Hàm Yên"
JUSTICE = "Sở Tư pháp"
OCTOBER = dt.date(2021, 10, 11)
JUNE = dt.date(2021, 6, 2)


def _units(answer):
    return {(i.key, i.unit) for i in answer.items} | {(t.task.id, t.unit) for t in answer.tasks}


def _ruled(catalogue, agency, today, states):
    province = catalogue.province("tuyen-quang")
    found = standings(catalogue, province, {}, today, agency)
    return {(s.key, s.agency) for s in found if s.state.value in states}


def test_the_district_committee_by_the_group_name_is_the_officers_own(assistant, catalogue):
    answer = assistant.ask("UBND huyện bọn em còn việc gì chưa xong", JUNE, None, HAM_YEN)
    assert answer.intent == "progress" and answer.agency == HAM_YEN
    assert _units(answer) == _ruled(catalogue, HAM_YEN, JUNE, {"open", "late"})
    assert {unit for _, unit in _units(answer)} == {HAM_YEN}  # no other district's rows


def test_late_in_a_past_month_holds_what_was_late_before_it_too(assistant, catalogue):
    answer = assistant.ask(
        "đơn vị mình có mục nào trễ hạn tháng 9 mà vẫn chưa làm xong", OCTOBER, None, JUSTICE
    )
    late = _ruled(catalogue, JUSTICE, OCTOBER, {"late"})
    assert answer.intent == "progress" and _units(answer) == late
    assert ("tq-2021-04-20", JUSTICE) in late  # late since April, still owed in September
    assert "kể cả việc đã quá hạn" in answer.text.splitlines()[0]


def test_the_late_work_taken_in_with_the_open_asks_the_open(assistant, catalogue):
    answer = assistant.ask(
        "sở em còn mục nào chưa hoàn thành, bao gồm cả quá hạn", JUNE, None, JUSTICE
    )
    assert answer.intent == "progress"
    assert _units(answer) == _ruled(catalogue, JUSTICE, JUNE, {"open", "late"})
    assert {v.standing for v in [*answer.items, *answer.tasks]} == {"open", "late"}


def test_a_list_asked_of_the_work_left_unfinished(assistant, catalogue):
    answer = assistant.ask(
        "liet ke giup toi cac viec con dang do cua huyen minh", JUNE, None, HAM_YEN
    )
    assert answer.intent == "progress" and answer.agency == HAM_YEN
    assert _units(answer) == _ruled(catalogue, HAM_YEN, JUNE, {"open", "late"})


def test_who_asks_before_a_colon_is_no_service(assistant, catalogue):
    answer = assistant.ask(
        "Văn phòng HĐND và UBND huyện hỏi: bên mình còn gì phải nộp", JUNE, None, HAM_YEN
    )
    assert answer.intent == "progress" and answer.agency == HAM_YEN
    assert _units(answer) == _ruled(catalogue, HAM_YEN, JUNE, {"open", "late"})


def test_the_units_duties_asked_by_the_verbs_of_handing_them_out(assistant):
    for question in (
        "đơn vị mình phụ trách bao nhiêu dịch vụ trong danh mục",
        "sở em được phân công làm những gì",
    ):
        answer = assistant.ask(question, JUNE, None, JUSTICE)
        assert (answer.intent, answer.agency) == ("agency", JUSTICE), question
        assert any(i.key == "406-20" for i in answer.items)  # a row the table gives it


def test_an_ordinary_word_beside_em_is_not_the_officers_agency(assistant):
    answer = assistant.ask(
        "tháng 9 sở mình có hạn gì, em đang làm kế hoạch", dt.date(2021, 8, 16), None, JUSTICE
    )
    assert (answer.intent, answer.agency) == ("deadline", JUSTICE)
    assert answer.items and all(i.deadline and i.deadline.month == 9 for i in answer.items)


def test_a_colon_with_no_word_before_it_is_no_introduction(assistant, catalogue):
    """An emoji or nothing before the colon names no asker (the hostile run found "😀:" and a
    bare ":" raising): the question after it is still the asker's, and nothing crashes."""
    answer = assistant.ask("👍: bên em còn gì chưa xong", JUNE, None, JUSTICE)
    assert answer.intent == "progress" and answer.agency == JUSTICE
    assert _units(answer) == _ruled(catalogue, JUSTICE, JUNE, {"open", "late"})
    for bare in (":", "😀😀:", " : "):
        assert assistant.ask(bare, JUNE, None, JUSTICE).intent == "unknown"


def test_work_still_to_handle_is_the_units_open_work_not_the_fines_rows(assistant, catalogue):
    # "xử lý" is the verb of any case or dossier; only beside the fines' own words
    # ("xử lý vi phạm") is it 406-45's wording
    answer = assistant.ask("huyện Na Hang bọn em còn gì cần xử lý nữa", JUNE, None, "UBND huyện")
    na_hang = "UBND huyện Na Hang"
    assert answer.intent == "progress" and answer.agency == na_hang, answer.text
    assert _units(answer) == _ruled(catalogue, na_hang, JUNE, {"open", "late"})
    fines = assistant.ask("nộp phạt xử lý vi phạm giao thông đường bộ", JUNE)
    assert fines.intent == "service" and fines.items[0].key in ("406-45", "411-10")


def test_late_in_a_span_from_today_is_what_is_late_now(assistant, catalogue):
    # nothing falls late inside a span that begins today; the span is why the officer asks
    answer = assistant.ask(
        "đến hết tháng này bên mình có gì trễ hạn không", OCTOBER, None, JUSTICE
    )
    assert answer.intent == "progress" and answer.agency == JUSTICE, answer.text
    late = _ruled(catalogue, JUSTICE, OCTOBER, {"late"})
    assert late and _units(answer) == late
