"""Issue 20, sixth pass: an agency named only in talk of something else is no question about its
list. Phrasings written for these tests, not taken from any question set."""

from __future__ import annotations

import datetime as dt

from knowledge.language.text import tokenize
from knowledge.reader.question_frames import frame_words

TODAY = dt.date(2021, 5, 3)


def ask(assistant, question, agency=None, today=TODAY):
    return assistant.ask(question, today, None, agency)


def test_an_agency_in_talk_of_something_else_is_not_its_list(assistant):
    answer = ask(assistant, "chiều mai liên hoan văn nghệ cùng đoàn thanh niên Sở Tư pháp ở đâu")
    assert answer.intent == "unknown" and not answer.items, answer.text
    # the agency alone, or asked for its work, is still its list
    for question in (
        "Sở Tư pháp",
        "Sở Tư pháp phải làm gì",
        "danh sách mục của Sở Tư pháp",
        # many words no title holds, but about its work: its duties, a decision's number
        "sếp nhờ em xem lại toàn bộ nhiệm vụ của Sở Tư pháp theo 406",
    ):
        answer = ask(assistant, question)
        assert answer.intent == "agency" and answer.agency == "Sở Tư pháp", question


def test_levels_and_a_word_of_the_domain_a_tasks_text_prints_name_the_task(assistant):
    # the 20/5 report counts the TTHC at levels 2, 3 and 4: the levels and "TTHC" are no
    # service's wording, but evidence for the task whose text prints them
    answer = ask(assistant, "số liệu TTHC mức độ 2, 3, 4 của đơn vị gửi ngày nào")
    assert answer.intent == "task", answer.text
    assert answer.tasks[0].task.id == "tq-2021-05-20"
    # never against a task that does not print them, nor alone: a level beside an agency is
    # still its list, beside a service that service
    assert ask(assistant, "dịch vụ công mức độ 4 của sở y tế").intent == "agency"
    answer = ask(assistant, "giấy phép xây dựng mức độ 4 hạn nào")
    assert answer.intent == "service" and answer.items[0].key == "406-14"
    # the domain's common words ("tích hợp", "cổng") are every text's: a period stays a period
    answer = ask(assistant, "6 tháng cuối năm những việc gì phải tích hợp lên cổng")
    assert answer.intent == "deadline", answer.text


def test_support_words_count_only_where_a_text_holds_them(assistant):
    index = assistant.interpreter.tasks
    tokens = tokenize("rà soát tthc mức 2 3 4 cấp tỉnh huyện xã gửi")
    plain = index.fit(["tq-2021-05-20"], tokens)
    helped = index.fit(["tq-2021-05-20"], tokens, {"muc", "cap", "tinh", "huyen", "xa", "tthc"})
    assert helped[0].coverage > plain[0].coverage


def test_who_set_the_date_is_the_frame_of_a_deadline_question(assistant):
    # "hạn tỉnh giao": the province set the date; "tỉnh", "giao" are no words of the service
    answer = ask(
        assistant,
        "bên mình phụ trách phần cấp phép xây nhà dân, hạn tỉnh giao vào tháng nào",
        "Sở Xây dựng",
    )
    assert answer.intent == "service" and answer.items[0].key == "406-14", answer.text
    tokens = tokenize("hạn tỉnh giao là khi nào")
    assert {1, 2} <= frame_words(tokens, range(len(tokens)))
    tokens = tokenize("tỉnh giao hạn gì")  # no date's word before: not the frame
    assert not {0, 1} & frame_words(tokens, range(len(tokens)))


def test_an_agency_named_as_a_place_of_something_else_is_not_asked_about(assistant):
    # "ở", "tại" before a district or an agency: where the thing talked of is
    answer = ask(assistant, "xin số điện thoại bệnh viện ở huyện Hàm Yên")
    assert answer.intent == "unknown" and not answer.items, answer.text
    # the domain's words beside it, or a list asked for, still ask about the unit
    answer = ask(assistant, "danh sách dịch vụ công ở UBND huyện Hàm Yên")
    assert answer.intent == "agency" and answer.agency == "UBND huyện Hàm Yên", answer.text
