"""An act of the question's own before the row's wording — a word a title opens with that the
row does not print ("gia hạn | giấy phép …" against "Cấp, cấp lại giấy phép …") — asks for
another act on the row's thing: not in the catalogue, never said as sure (acts.py). A word of
its own before the row's wording is such an act too where the question also names the row's
thing by its everyday name (explaining.py `other_act`). Phrasings written for these tests, not
taken from any set."""

from __future__ import annotations

import datetime as dt

from knowledge.reader.acts import listed_acts, opening_acts

TODAY = dt.date(2021, 4, 13)


def ask(assistant, question):
    return assistant.ask(question, TODAY, "tuyen-quang")


def test_the_acts_are_the_words_titles_open_with(assistant):
    acts = opening_acts(assistant.matcher)
    assert {"cap", "dang", "gia", "thu"} <= set(acts)
    assert "giay" not in acts  # "giấy" opens no title: a thing, not an act


def test_another_act_before_the_rows_thing_is_offered(assistant):
    for question in (
        "gia hạn giấy phép khai thác thủy sản",
        "gia hạn giấy phép xây dựng nhà ở",
    ):
        answer = ask(assistant, question)
        assert answer.intent in ("service", "suggest", "absent"), question
        assert not (answer.intent == "service" and answer.sure), (question, answer.text)


def test_the_rows_own_acts_stay_sure(assistant):
    for question, key in (
        ("cấp lại giấy phép khai thác thủy sản", "406-38"),
        # a title prints "Đăng ký, cấp …": the officers' "đăng ký cấp" is the row's own act
        ("đăng ký cấp hộ chiếu phổ thông", "406-9"),
        # "hồ" of "hồ sơ" is not the "Hỗ" of "Hỗ trợ": no act
        ("ai nộp hồ sơ cấp phép xây dựng nhà ở", "406-14"),
    ):
        answer = ask(assistant, question)
        assert answer.intent == "service" and answer.sure, (question, answer.text)
        assert answer.items[0].key == key, question


def test_a_word_of_its_own_before_the_rows_wording_beside_an_everyday_name(assistant):
    # "thpt" is the row's everyday name; "khiếu nại điểm" stands before "thi", the row's own
    # word, not before that name: another act, offered
    answer = ask(assistant, "khiếu nại điểm thi tốt nghiệp thpt")
    assert not (answer.intent == "service" and answer.sure), answer.text
    answer = ask(assistant, "đăng ký dự thi tốt nghiệp thpt")
    assert answer.intent == "service" and answer.sure and answer.items[0].key == "406-16"


def test_the_acts_titles_list_beside_their_first(assistant):
    # "Cấp, cấp lại, đổi thẻ …", "Cấp, gia hạn, cấp lại chứng chỉ …", "Thực hiện, điều chỉnh, …":
    # a list inside a title that opens with its thing ("(mầm non, tiểu học, …)") is of things
    assert listed_acts(r.title for r in assistant.catalogue.rows.values()) == {
        ("cap", "lai"),
        ("gia", "han"),
        ("dieu", "chinh"),
    }


def test_an_act_another_title_lists_is_not_the_rows_own(assistant):
    # the row prints "Cấp" alone: "điều chỉnh" (listed by 406-30) of its thing is another service
    for question, key in (
        ("điều chỉnh giấy phép xây dựng nhà ở riêng lẻ khi đổi thiết kế", "406-14"),
        ("điều chỉnh giấy chứng nhận đăng ký quyền tác giả", "406-51"),
    ):
        answer = ask(assistant, question)
        assert answer.intent == "absent", (question, answer.text)
        assert key in answer.text, question  # the row shown beside, as another service


def test_a_re_issue_where_the_row_prints_only_the_issue_is_another_service(assistant):
    # the catalogue lists "cấp lại" as an act of its own ("Cấp, cấp lại …"): a row that prints
    # "Cấp" alone does not do it, and is shown beside as not the same
    answer = ask(assistant, "cấp lại hộ chiếu phổ thông")
    assert answer.intent == "absent", answer.text
    assert "406-9" in answer.text


def test_an_act_the_row_lists_itself_stays_its_own(assistant):
    for question, key in (
        ("cấp lại thẻ căn cước công dân bị hỏng", "406-1"),
        ("cấp lại chứng chỉ hành nghề thú y", "406-55"),
        ("điều chỉnh trợ cấp xã hội hàng tháng", "406-30"),
        # "chung cư" typed with marks is no "Chứng nhận": no act before the row's wording
        (
            "chủ đầu tư chung cư báo nhà ở hình thành trong tương lai đủ điều kiện được bán",
            "406-54",
        ),
    ):
        answer = ask(assistant, question)
        assert answer.intent == "service", (question, answer.text)
        assert answer.items[0].key == key, question
