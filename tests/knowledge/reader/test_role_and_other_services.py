"""A service no row holds, named by words the documents print only outside the titles: a pair
one row prints only in a ministry's part of it ("đăng kiểm" in 411-11's, the registration fee)
is another service, whatever the marks; an act on a thing other documents' services name
("cấp | bản sao … hộ tịch") is absent, not "Tôi chưa hiểu". Phrasings written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

APRIL = dt.date(2021, 4, 13)


@pytest.mark.parametrize("question", ["dang kiem xe o to", "đăng kiểm xe ô tô"])
def test_a_pair_only_a_ministrys_part_prints_is_another_service(assistant, question):
    answer = assistant.ask(question, APRIL)
    assert answer.intent == "absent", question
    # the row whose other words fit is shown beside, labelled as another service
    assert "411-11" in answer.text and "không phải dịch vụ bạn hỏi" in answer.text


def test_the_plans_own_wording_in_many_rows_roles_names_no_other_service(assistant):
    answer = assistant.ask("thanh toán viện phí trực tuyến bên nào chủ trì", APRIL)
    assert answer.intent == "service" and answer.items[0].key == "406-48"


@pytest.mark.parametrize(
    "question", ["cap ban sao trich luc ho tich", "cấp bản sao trích lục hộ tịch hạn khi nào"]
)
def test_an_act_on_a_thing_other_documents_name_is_absent(assistant, question):
    answer = assistant.ask(question, APRIL)
    assert answer.intent == "absent" and not answer.items, question


@pytest.mark.parametrize("question", ["cấp thẻ công chứng viên", "cap the cong chung vien"])
def test_a_thing_of_its_own_after_a_rows_pair_reads_the_same_without_marks(assistant, question):
    # "cấp thẻ | công chứng viên": the row goes on "cấp thẻ Căn cước công dân"
    answer = assistant.ask(question, APRIL)
    assert answer.intent == "absent", question
