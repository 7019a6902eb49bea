"""A situation told by the officer of the agency that leads the row nearest its words: the row
is offered, never refused as sure nor answered as sure (knowledge/reader/own_rows.py); the
evidence against a row (another act, a rare word replaced) still refuses it. Phrasings written
for these tests, not taken from any question set."""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2021, 6, 1)
STORY = "ngư dân xin giấy phép ra khơi lại vì giấy hết hạn thì hạn nào"


def ask(assistant, question, agency=None):
    return assistant.ask(question, TODAY, "tuyen-quang", agency=agency)


def test_the_askers_own_row_near_a_situation_is_offered(assistant):
    answer = ask(assistant, "em ở sở nông nghiệp, " + STORY)
    assert answer.intent == "service" and not answer.sure, answer.text
    assert answer.items[0].key == "406-38"
    # an approved officer of that agency asking in chat: the same evidence
    answer = ask(assistant, STORY, agency="Sở Nông nghiệp và Phát triển nông thôn")
    assert answer.intent == "service" and not answer.sure, answer.text


def test_without_the_askers_agency_the_words_alone_decide(assistant):
    assert ask(assistant, STORY).intent == "absent"
    # an agency the table does not give the row: no second piece of evidence
    assert ask(assistant, "em ở sở tư pháp, " + STORY).intent == "absent"


def test_the_askers_own_row_is_still_refused_when_the_words_say_another_service(assistant):
    for question in (
        # another act the catalogue lists, on a row that prints "Cấp"
        "em ở sở xây dựng, gia hạn giấy phép xây dựng nhà ở riêng lẻ hạn nào",
        # a word of its own where the row prints a rare one ("thủy sản")
        "em ở sở nông nghiệp, cấp giấy phép khai thác khoáng sản cho doanh nghiệp hạn nào",
    ):
        answer = ask(assistant, question)
        assert answer.intent == "absent", (question, answer.text)


def test_lateness_in_a_citizens_story_beside_a_service_is_no_progress_question(assistant):
    # "quá hạn" of the visitor's stay, beside "thị thực" (visa), with no unit named nor the
    # asker's own: never the province's progress list
    answer = ask(assistant, "du khách lỡ quá hạn cần xin thêm visa hạn nào")
    assert answer.intent != "progress", answer.text
    # with a unit named, or the asker's own, lateness is still asked
    answer = ask(assistant, "sở xây dựng có gì quá hạn")
    assert answer.intent == "progress", answer.text
