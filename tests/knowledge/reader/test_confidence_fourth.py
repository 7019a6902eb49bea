"""Issue 20, fourth pass: a classifier is no object, paying is work, the role words, an agency
beside the service, the province that sets a deadline, the work still open until a date.
Phrasings written for these tests, not taken from any question set."""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2021, 5, 3)  # a Monday


def ask(assistant, question, agency=None, today=TODAY):
    return assistant.ask(question, today, None, agency)


def test_a_classifier_before_what_is_no_object_of_the_verb(assistant):
    # "cái" of "cái gì" is no fee or paper no catalogue lists: the period is asked
    for question in ("tháng sau sở mình phải gửi cái gì", "tuần này phải nộp mấy cái"):
        assert ask(assistant, question, "Sở Y tế").intent == "deadline", question


def test_paying_something_no_catalogue_lists_is_no_deadline_question(assistant):
    answer = ask(assistant, "hạn đóng quỹ khuyến học tháng này là bao giờ")
    assert answer.intent in ("absent", "unknown") and not answer.items, answer.text
    # paying a fee the catalogue lists is that service
    answer = ask(assistant, "dong hoc phi truc tuyen han nao")
    assert answer.intent == "service" and answer.items[0].key == "406-49"
    # unmarked "dong" is "động" as often: a service's word, not the verb
    answer = ask(assistant, "dang ky kinh doanh bat dong san online")
    assert answer.intent == "absent", answer.text


def test_the_province_that_set_the_dates_is_not_the_scope(assistant):
    # the asker names their unit; "tỉnh" is the province that set the deadline
    answer = ask(assistant, "sở mình có mục nào chậm so với hạn của tỉnh không", "Sở Y tế")
    assert answer.intent == "progress" and answer.agency == "Sở Y tế", answer.text
    # the province whole, said so
    for question in ("bên em với cả tỉnh còn gì chưa xong", "tỉnh mình còn gì chưa xong"):
        answer = ask(assistant, question, "Sở Y tế")
        assert answer.intent == "progress" and answer.agency is None, question


def test_what_is_still_open_until_a_date_includes_what_is_already_late(assistant):
    answer = ask(assistant, "từ nay đến cuối tháng sở mình còn việc gì chưa làm", "Sở Y tế")
    assert answer.intent == "progress" and answer.agency == "Sở Y tế", answer.text
    ids = [t.task.id for t in answer.tasks]
    # 20/4 is past and not sent: still owed now; 20/5 falls in the span
    assert ids == ["tq-2021-04-20", "tq-2021-05-20"], answer.text
    assert "kể cả việc đã quá hạn" in answer.text
    # a span that does not hold today keeps to its own dates
    answer = ask(assistant, "tháng 6 sở mình còn gì chưa xong", "Sở Y tế")
    assert "tq-2021-04-20" not in [t.task.id for t in answer.tasks], answer.text


def test_a_preposition_is_no_wording_of_its_own(assistant):
    # "vào" (into) beside "tuyển sinh" does not put other wording where the row prints "đầu cấp"
    answer = ask(
        assistant,
        "tuyển sinh vào lớp 1 và lớp 6 qua mạng tỉnh giao hạn nào",
        "Sở Giáo dục và Đào tạo",
    )
    assert answer.intent == "service" and answer.items[0].key == "406-17", answer.text


def test_another_practice_certificate_is_not_the_vets_one(assistant):
    # the profession fills the slot after "chứng chỉ hành nghề"; "cấp" after it is what every
    # title says, no return to 406-55's own wording
    answer = ask(assistant, "chứng chỉ hành nghề kế toán cấp ở đâu")
    assert answer.intent == "absent", answer.text


def test_an_agencys_name_that_fills_a_services_slot_is_the_services_wording(assistant):
    # "xây dựng" after "chứng chỉ hành nghề" says which certificate, not who asks
    answer = ask(assistant, "chung chi hanh nghe xay dung cap o dau")
    assert answer.intent == "absent" and answer.agency is None, answer.text
    # an agency beside a service it does not name still is the agency
    answer = ask(assistant, "TNMT phối hợp thanh toán nghĩa vụ tài chính đất đai")
    assert answer.intent == "service" and answer.items[0].key == "406-39"
    assert answer.agency == "Sở Tài nguyên và Môi trường"


def test_the_role_an_agency_names_is_no_wording_of_a_service(assistant):
    answer = ask(assistant, "Sở Tư pháp chủ trì lý lịch tư pháp hạn nào")
    assert answer.intent == "service" and answer.items[0].key == "411-13", answer.text
    answer = ask(
        assistant, "hồ sơ đăng ký thường trú bên em phụ trách, hạn tỉnh giao", "Công an tỉnh"
    )
    assert answer.intent == "service" and answer.items[0].key == "406-3", answer.text


def test_a_row_that_shares_only_where_or_for_whom_is_not_the_service(assistant):
    # "trong nước" is all 411-19 shares with a work permit: where, not which
    answer = ask(assistant, "xin giấy phép lao động trong nước")
    assert answer.intent == "absent", answer.text
    # the same words beside the row's own wording are that row
    answer = ask(assistant, "hợp pháp hóa lãnh sự giấy tờ trong nước")
    assert answer.intent == "service" and answer.items[0].key == "411-19"


def test_a_one_word_agency_inside_a_services_wording_keeps_its_neighbours_together(assistant):
    # unmarked "cat" is "cát" (sand) here, though CAT is also Công an tỉnh's short form
    answer = ask(assistant, "xin phep khai thac cat soi long song")
    assert answer.intent == "absent", answer.text


def test_the_askers_own_unit_said_so_before_an_agency_named_by_common_words(assistant):
    # "kế hoạch" is also Sở Kế hoạch và Đầu tư's short name; "bên em" says whose
    answer = ask(assistant, "bên em còn gì chưa xong so với kế hoạch tỉnh", "Sở Y tế")
    assert answer.intent == "progress" and answer.agency == "Sở Y tế", answer.text
    # an agency named in full is the one asked about
    answer = ask(assistant, "sở tài chính còn gì chưa xong", "Sở Y tế")
    assert answer.agency == "Sở Tài chính"


def test_the_askers_own_list_asked_without_naming_it(assistant):
    for question in ("bên mình chủ trì những mục nào", "hạn tỉnh giao cho bên em là khi nào"):
        answer = ask(assistant, question, "Sở Tư pháp")
        assert answer.intent == "agency" and answer.agency == "Sở Tư pháp", question
    # from someone not registered: whose?
    answer = ask(assistant, "bên mình chủ trì những mục nào")
    assert answer.intent == "unknown" and not answer.sure
