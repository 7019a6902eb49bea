"""An agency beside a thing of the question's own whose deadline is asked, in any words ("hạn",
"đến bao giờ"), asks of a service, not for the agency's list: a half of a compound the titles
print, typed with words of its own ("hưởng | một lần"), is such a thing too
(row_things.py `thing_of_its_own`). Phrasings written for these tests, not from any set."""

from __future__ import annotations

import datetime as dt

from knowledge.reader.row_things import thing_of_its_own

DAY = dt.date(2021, 6, 1)


def ask(assistant, question):
    return assistant.ask(question, DAY, "tuyen-quang")


def test_a_bound_half_beside_words_of_its_own_is_a_thing(assistant):
    words = assistant.interpreter.words(
        assistant.parse("hưởng một lần", DAY, assistant.catalogue.province("tuyen-quang"))
    )
    assert not thing_of_its_own(words, words)
    assert thing_of_its_own(words, words, assistant.matcher.bound)


def test_a_service_no_title_holds_beside_an_agency_is_not_its_list(assistant):
    for question in (
        "rút bhxh một lần online thì hạn bao giờ",
        "công nhận cha mẹ nuôi qua mạng, sở tư pháp làm đến bao giờ",
    ):
        answer = ask(assistant, question)
        declined = answer.intent in ("absent", "unknown")
        assert declined or not answer.sure, (question, answer.text)


def test_the_agency_asked_for_its_work_is_still_its_list(assistant):
    answer = ask(assistant, "sở tư pháp phải làm gì đến bao giờ")
    assert answer.intent in ("agency", "deadline") and answer.sure
