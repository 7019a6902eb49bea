"""A long polite message: courtesy carries nothing, the background is context, the part that
asks is the question (issue 20). Phrasings written for these tests."""

from __future__ import annotations

import datetime as dt

from knowledge.reader.message_focus import focused, message_parts

TODAY = dt.date(2021, 5, 12)
PROVINCE = "tuyen-quang"


def test_a_messages_parts_are_courtesy_background_and_the_question(assistant):
    text = (
        "Kính gửi đồng chí quản trị, phòng tôi đang rà soát kế hoạch tháng 6. "
        "Xin hỏi quý 3 có những mục nào đến hạn ạ? Trân trọng cảm ơn."
    )
    parsed = assistant.parse(text, TODAY, assistant.catalogue.province(PROVINCE))
    parts = message_parts(parsed)
    assert parts is not None
    assert [p.kind for p in parts] == ["courtesy", "told", "asking", "courtesy"]
    focus = focused(parsed)
    assert focus.asking is not None
    # the question's own period stays; the background's month is only context
    assert [p.period.start for p in focus.asking.periods] == [dt.date(2021, 7, 1)]


def test_the_period_asked_is_the_questions_not_the_backgrounds(assistant):
    text = (
        "Chào anh chị, tuần trước Sở Y tế họp tổng kết tháng 4. "
        "Cho tôi hỏi quý 3 có những dịch vụ nào phải hoàn thành ạ? Xin cảm ơn."
    )
    answer = assistant.ask(text, TODAY, PROVINCE)
    assert answer.intent == "deadline" and answer.agency is None, answer.text
    assert answer.items
    assert all(i.deadline and 7 <= i.deadline.month <= 9 for i in answer.items), answer.text


def test_a_sentence_of_why_after_the_question_changes_nothing(assistant):
    short = assistant.ask("Sở Xây dựng có những mục nào đến hạn trong quý 3 ạ?", TODAY, PROVINCE)
    text = (
        "Kính gửi quản trị viên. Sở Xây dựng có những mục nào đến hạn trong quý 3 ạ? "
        "Tôi cần gửi lãnh đạo phòng để lập lịch nhắc việc. Xin cảm ơn anh chị nhiều."
    )
    long = assistant.ask(text, TODAY, PROVINCE)
    assert long.intent == short.intent == "deadline", long.text
    assert long.agency == "Sở Xây dựng"
    assert [i.key for i in long.items] == [i.key for i in short.items]


def test_a_closing_clause_of_purpose_is_no_part_of_the_question(assistant):
    text = "Xin hỏi quý 4 có những dịch vụ nào phải xong, để tôi báo cáo lãnh đạo lập kế hoạch ạ?"
    answer = assistant.ask(text, TODAY, PROVINCE)
    assert answer.intent == "deadline" and answer.agency is None, answer.text
    assert all(i.deadline and i.deadline.month >= 10 for i in answer.items), answer.text


def test_an_address_alone_before_the_question_carries_nothing(assistant):
    bare = assistant.ask("tháng 8 có những mục nào đến hạn", TODAY, PROVINCE)
    text = "Kính gửi đồng chí quản trị viên, tháng 8 có những mục nào đến hạn ạ?"
    answer = assistant.ask(text, TODAY, PROVINCE)
    assert answer.intent == bare.intent == "deadline", answer.text
    assert [i.key for i in answer.items] == [i.key for i in bare.items]


def test_a_question_pointing_back_at_the_background_reads_its_service(assistant):
    text = (
        "Kính gửi anh chị, bà con trong xóm hỏi tôi về xin giấy phép xây dựng nhà ở riêng lẻ. "
        "Dịch vụ này hạn triển khai khi nào ạ? Xin cảm ơn."
    )
    answer = assistant.ask(text, TODAY, PROVINCE)
    assert answer.intent == "service" and answer.items[0].key == "406-14", answer.text


def test_a_question_too_short_to_read_alone_leans_on_the_background(assistant):
    text = (
        "Chào đồng chí, người dân hỏi tôi về đăng ký khai tử trực tuyến. "
        "Có trong danh mục không ạ? Trân trọng."
    )
    answer = assistant.ask(text, TODAY, PROVINCE)
    assert answer.intent == "service" and answer.items[0].key == "406-8", answer.text


def test_a_yes_no_about_an_agency_after_the_background_is_no_list(assistant):
    text = (
        "Kính gửi anh chị, một hợp tác xã hỏi tôi về cấp giấy phép nuôi chim yến. "
        "Sở Nông nghiệp và Phát triển nông thôn có phải làm không ạ? Xin cảm ơn."
    )
    answer = assistant.ask(text, TODAY, PROVINCE)
    assert answer.intent in ("absent", "unknown"), answer.text


def test_the_author_of_a_document_is_not_whom_the_question_is_about(assistant):
    text = "Theo các văn bản của Sở TT&TT, Sở Y tế phải chủ trì những dịch vụ nào ạ?"
    answer = assistant.ask(text, TODAY, PROVINCE)
    assert answer.intent == "agency" and answer.agency == "Sở Y tế", answer.text


def test_a_period_asked_according_to_the_plan_is_the_provinces_list(assistant):
    text = "Quý 3 có những dịch vụ nào phải triển khai xong theo kế hoạch ạ?"
    answer = assistant.ask(text, TODAY, PROVINCE)
    # the plan, not Sở Kế hoạch và Đầu tư by its short name
    assert answer.intent == "deadline" and answer.agency is None and answer.sure, answer.text
    assert all(i.deadline and 7 <= i.deadline.month <= 9 for i in answer.items), answer.text


def test_what_a_list_holds_anyway_is_no_part_of_the_question(assistant):
    text = "Xin hỏi những mục nào phải xong trong quý 3, kể cả phần báo cáo gửi Sở TT&TT ạ?"
    answer = assistant.ask(text, TODAY, PROVINCE)
    assert answer.intent == "deadline" and answer.agency is None, answer.text
    assert all(i.deadline and 7 <= i.deadline.month <= 9 for i in answer.items), answer.text


def test_the_author_of_the_letters_is_not_the_askers_own_unit(assistant):
    text = "Đơn vị chúng tôi có trễ văn bản nào của Sở TT&TT không ạ?"
    answer = assistant.ask(text, dt.date(2021, 5, 26), PROVINCE, agency="Sở Y tế")
    assert answer.intent == "progress" and answer.agency == "Sở Y tế", answer.text


def test_who_the_question_is_relayed_for_is_no_part_of_it(assistant):
    # the same question, plain and relayed for someone in a parenthesis or before a colon
    plain = assistant.ask("giấy phép xây dựng hạn khi nào", TODAY, PROVINCE)
    for text in (
        "(hỏi hộ đồng chí Thành) giấy phép xây dựng hạn khi nào",
        "hỏi giúp anh Vũ bên phòng: giấy phép xây dựng hạn khi nào",
    ):
        parsed = assistant.parse(text, TODAY, assistant.catalogue.province(PROVINCE))
        parts = message_parts(parsed, assistant.compounds)
        assert parts is not None and [p.kind for p in parts] == ["courtesy", "asking"], text
        answer = assistant.ask(text, TODAY, PROVINCE)
        assert (answer.intent, answer.sure) == (plain.intent, plain.sure) == ("service", True)
        assert [i.key for i in answer.items] == [i.key for i in plain.items]
    # a parenthesis that says something of the question is still read with it
    parsed = assistant.parse(
        "(mức 4) giấy phép xây dựng hạn khi nào", TODAY, assistant.catalogue.province(PROVINCE)
    )
    assert [p.kind for p in message_parts(parsed) or []] != ["courtesy", "asking"]
    # the subject after the asking verb, or a pair the documents print after "hộ", is no relay
    for text in ("hỏi về thuế môn bài: hạn khi nào", "hỏi hộ chiếu phổ thông: hạn khi nào"):
        parsed = assistant.parse(text, TODAY, assistant.catalogue.province(PROVINCE))
        parts = message_parts(parsed, assistant.compounds) or []
        assert "courtesy" not in [p.kind for p in parts], text
        assert assistant.ask(text, TODAY, PROVINCE).intent == "service", text
