"""How far along, in the words officers frame it with: "tình hình", "trạng thái", "bao nhiêu
phần trăm", "nộp đủ chưa", "xong chưa". They ask what is still open for the asker and name no
service ("tình hình" is in 411-6's title); a service's own words beside them still name it.
Phrasings written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

JUNE = dt.date(2021, 6, 2)
ASKER = "Sở Xây dựng"


@pytest.mark.parametrize(
    "question",
    [
        "tình hình bên em thế nào",
        "tinh hinh thuc hien cua don vi minh",
        "trạng thái các mục của bên em",
        "ben em duoc bao nhieu phan tram roi a",
        "chung toi da nop du chua",
        "bên em xong chưa nhỉ",
    ],
)
def test_how_far_along_asks_what_is_open_for_the_asker(assistant, question):
    answer = assistant.ask(question, JUNE, None, ASKER)
    assert (answer.intent, answer.agency) == ("progress", ASKER)
    assert answer.items and all(v.standing in ("open", "late") for v in answer.items)
    assert {v.row.key for v in answer.items} >= {"406-14", "406-15"}


def test_a_title_that_prints_the_frame_is_named_by_its_other_words(assistant):
    answer = assistant.ask("báo cáo tình hình thay đổi về lao động", JUNE)
    assert answer.intent == "service" and answer.items[0].row.key == "411-6"


def test_a_service_asked_how_far_along_is_that_service(assistant):
    answer = assistant.ask("tien do cap giay phep xay dung ben em", JUNE, None, ASKER)
    assert answer.items and answer.items[0].row.key == "406-14"
    assert answer.intent != "absent"


def test_how_far_along_in_talk_of_something_else_is_not_understood(assistant):
    assert assistant.ask("tình hình dịch covid thế nào", JUNE).intent == "unknown"


def test_a_closing_chua_after_a_word_of_content_is_no_progress_question(assistant):
    """ "đăng ký kết hôn được chưa": "được" is no verb of the work."""
    answer = assistant.ask("em dang ky khai sinh online duoc chua", JUNE, None, ASKER)
    assert answer.intent == "service"


def test_putting_services_online_names_no_service(assistant):
    answer = assistant.ask("sở em có bao nhiêu dịch vụ phải đưa lên mức 4", JUNE, None, ASKER)
    assert (answer.intent, answer.agency) == ("agency", ASKER)


@pytest.mark.parametrize(
    "question",
    ["em can nop gi cho so tttt", "bên em phải gửi gì về Sở TT&TT, hạn khi nào ạ"],
)
def test_where_the_work_is_sent_is_not_whose_it_is(assistant, question):
    """ "nộp gì cho Sở TT&TT": Sở TT&TT receives; the asker's own list is asked for."""
    answer = assistant.ask(question, JUNE, None, "UBND huyện Hàm Yên")
    assert (answer.intent, answer.agency) == ("agency", "UBND huyện Hàm Yên")


def test_assigned_to_an_agency_is_whose_it_is(assistant):
    answer = assistant.ask("có bao nhiêu mục giao cho Sở Y tế", JUNE)
    assert (answer.intent, answer.agency) == ("agency", "Sở Y tế")


@pytest.mark.parametrize(
    "question",
    ["ds muc tre han cua so em", "liệt kê giúp em các việc bên em chưa xong"],
)
def test_a_list_asked_of_how_far_along_is_no_task_named(assistant, question):
    """ "ds", "danh sách", "liệt kê" ask for the answer as a list; the 20/5 task's title opens
    with "Danh sách …", which they do not name."""
    answer = assistant.ask(question, dt.date(2021, 6, 21), None, "Sở Tài nguyên và Môi trường")
    assert (answer.intent, answer.agency) == ("progress", "Sở Tài nguyên và Môi trường")
    assert {v.row.key for v in answer.items} >= {"406-19", "406-20"}


@pytest.mark.parametrize(
    ("question", "agency"),
    [
        ("danh sách dịch vụ của sở em", ASKER),
        ("ds cac muc ben em", ASKER),
        ("danh sách thủ tục của bên tài nguyên môi trường", "Sở Tài nguyên và Môi trường"),
    ],
)
def test_a_list_of_whose_services_is_that_agencys_list(assistant, question, agency):
    """ "danh sách dịch vụ của …": the agency's rows, not the 20/5 task "Danh sách …"."""
    answer = assistant.ask(question, JUNE, None, ASKER)
    assert (answer.intent, answer.agency) == ("agency", agency)


def test_a_list_that_is_the_deliverable_stays_the_task(assistant):
    answer = assistant.ask("danh sach dvc du dieu kien len muc do 4 gui truoc ngay nao", JUNE)
    assert answer.intent == "task" and answer.tasks[0].task.id == "tq-2021-05-20"


def test_tiep_as_the_second_half_of_a_word_is_no_next_work(assistant):
    # "trực tiếp" is a word of its own, not "(làm) tiếp": no progress question
    answer = assistant.ask(
        "nộp lệ phí trực tiếp chi phí xét nghiệm tại bhxh tỉnh hạn nào",
        dt.date(2021, 6, 1),
        "tuyen-quang",
    )
    assert answer.intent != "progress"
