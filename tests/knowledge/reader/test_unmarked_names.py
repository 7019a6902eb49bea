"""An unmarked word the catalogue reads as talk ("duoc" as "được") that another document's
service name prints right after the row's wording ("hành nghề dược"): the row is offered, not
said as sure. Phrasings written for these tests."""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2021, 6, 9)
VETERINARY = "406-55"  # Cấp, gia hạn, cấp lại chứng chỉ/thẻ hành nghề lĩnh vực thú y, …


def ask(assistant, question):
    return assistant.ask(question, TODAY, "tuyen-quang")


def test_an_unmarked_word_of_another_documents_name_offers_the_row(assistant):
    answer = ask(assistant, "chứng chỉ hành nghề duoc han khi nao")
    assert answer.intent != "service" or not answer.sure, answer.text


def test_the_row_named_in_full_with_the_word_as_talk_stays_sure(assistant):
    for question in ("cap chung chi hanh nghe thu y duoc khong", "cap giay phep xay dung duoc ko"):
        answer = ask(assistant, question)
        assert answer.intent == "service" and answer.sure, (question, answer.text)
    assert ask(assistant, "cap chung chi hanh nghe thu y duoc khong").items[0].key == VETERINARY
