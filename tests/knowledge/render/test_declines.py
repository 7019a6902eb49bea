"""The help's examples come from the province's own data: Tuyên Quang's plan holds the building
permit and Sở Xây dựng leads rows there; Khánh Hòa's 2020 plan (Quyết định 411) holds neither,
so its examples are its own rows, its coordinator that its letter gives a task, its dates."""

from __future__ import annotations

import datetime as dt

from knowledge.render.declines import HELP_TEXT, help_text


def test_tuyen_quang_keeps_its_examples(catalogue):
    assert help_text(catalogue, catalogue.province("tuyen-quang")) == HELP_TEXT


def test_khanh_hoas_examples_are_its_own_and_each_is_answered(catalogue, assistant):
    text = help_text(catalogue, catalogue.province("khanh-hoa"))
    assert "giấy phép xây dựng" not in text and "Sở Xây dựng" not in text
    asked = [part.split("</i>")[0] for part in text.split("<i>")[1:]]
    assert asked
    for question in asked:
        answer = assistant.ask(question, dt.date(2020, 4, 14), "khanh-hoa")
        assert answer.sure and answer.intent not in ("unknown", "absent"), question
        assert answer.items or answer.tasks, question
