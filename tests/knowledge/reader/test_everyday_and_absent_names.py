"""Services named by everyday contractions and abbreviations are their rows; services the
catalogues do not hold are "not in the catalogue", quoted whole, with the rows of their sector
beside them (issue 20, q29b). Phrasings written for these tests, not taken from any set."""

from __future__ import annotations

import datetime as dt

from knowledge.language.text import tokenize
from knowledge.reader.role_pairs import told_thing

TODAY = dt.date(2021, 4, 13)


def ask(assistant, question, agency=None):
    return assistant.ask(question, TODAY, "tuyen-quang", agency)


def test_an_acts_contraction_beside_the_rows_words_is_the_row(assistant):
    # "cấp phép" is what another document's name prints ("Cấp phép hoạt động giáo dục …"),
    # but it holds fewer of the question's words than 406-14 does
    answer = ask(assistant, "cap phep xay nha")
    assert answer.intent == "service" and answer.items[0].key == "406-14", answer.text


def test_the_initials_of_the_land_right_read_as_its_words(assistant):
    parsed = assistant.parse("qsdđ", TODAY, assistant.catalogue.province("tuyen-quang"))
    words = [w.known for w in assistant.matcher.words(parsed.tokens)]
    assert words == ["quyen", "su", "dung", "dat"]


def test_a_document_of_another_kind_is_no_letter_of_ours(assistant):
    # "văn bản" after "thông tư … thể thức": the seeds' letter's "hướng dẫn" is before it
    answer = ask(assistant, "thông tư hướng dẫn thể thức văn bản")
    assert answer.intent in ("absent", "unknown") and not answer.tasks, answer.text
    # the letter named by its subject after the letter word is still that letter
    answer = ask(assistant, "văn bản hướng dẫn đề xuất danh mục gồm gì")
    assert [t.task.id for t in answer.tasks][:1] == ["tq-2021-04-20"], answer.text


def test_the_province_authoritys_name_is_no_tasks_evidence(assistant):
    # the 20/4 letter prints "Ủy ban nhân dân tỉnh"; a meeting of it is no task
    answer = ask(assistant, "ubnd tỉnh tổ chức hội nghị ngày nào")
    assert answer.intent in ("absent", "unknown") and not answer.tasks, answer.text


def test_a_pair_a_row_prints_only_in_a_ministrys_part_is_another_service(assistant):
    # "đăng kiểm" is printed only in 411-11's ministry cell; "xe" is its title's word
    prov = assistant.catalogue.province("tuyen-quang")
    parsed = assistant.parse("dang kiem xe khach", TODAY, prov)
    reader = assistant.interpreter
    assert told_thing(reader.matcher, reader.lone, parsed.tokens, reader.kept(parsed)) == (0, 1)
    for agency in (None, "Sở Giao thông vận tải"):
        answer = ask(assistant, "dang kiem xe khach lam online duoc chua", agency)
        assert answer.intent == "absent", answer.text
        assert "dang kiem xe khach" in answer.text  # the whole service quoted back
    # the pair alone, beside no word of that row's title, tells nothing of a service
    parsed = assistant.parse("dang kiem", TODAY, prov)
    assert told_thing(reader.matcher, reader.lone, parsed.tokens, reader.kept(parsed)) is None


def test_a_service_of_a_sector_shows_that_sectors_rows_beside_not_there(assistant):
    answer = ask(assistant, "cấp lại bản sao trích lục hộ tịch trên mạng")
    assert answer.intent == "absent", answer.text
    # "hộ tịch" is printed by Bắc Giang's "Lĩnh vực Tư pháp" names: the civil status rows
    # that Bộ Tư pháp leads, labelled as other services
    assert "406-7 " in answer.text and "406-8 " in answer.text, answer.text
    assert "không phải dịch vụ bạn hỏi" in answer.text
    hints = assistant.interpreter.sectors.hints(list(tokenize("giấy phép kinh doanh karaoke")))
    assert hints and all(h.key in ("406-51", "406-11/Văn hóa, Thể thao và Du lịch") for h in hints)


def test_thanks_in_the_first_person_close_a_message(assistant):
    answer = ask(assistant, "giấy phép xây dựng nhà ở hạn khi nào, em xin cảm ơn")
    assert answer.intent == "service" and answer.sure, answer.text
    assert answer.items[0].key == "406-14"


def test_a_rare_word_replaced_beside_a_bracketed_story_is_not_the_row(assistant):
    answer = ask(assistant, "cấp phép khai thác khoáng sản (đá, cát làm vật liệu) online chưa")
    assert answer.intent == "absent", answer.text


def test_sent_on_time_asks_how_far_along_typed_either_way(assistant):
    # "đúng hạn" before the closing "chưa", as "đủ" is: whether the unit's work is done
    day, unit = dt.date(2021, 9, 6), "UBND huyện Sơn Dương"
    for question in (
        "hồ sơ tháng 8 của bên em gửi đúng hạn chưa",
        "ho so thang 8 cua ben em gui dung han chua",
    ):
        answer = assistant.ask(question, day, "tuyen-quang", unit)
        assert answer.intent == "progress" and answer.agency == unit, (question, answer.text)
    # a month's report asked so is the unit's document of that month, never 411-6 "báo cáo 6
    # tháng" as sure; with marks and without alike
    for question in (
        "báo cáo tháng 8 của huyện em nộp đúng hạn chưa",
        "bao cao thang 8 cua huyen em nop dung han chua",
    ):
        answer = assistant.ask(question, day, "tuyen-quang", unit)
        assert answer.intent == "task", (question, answer.text)
        assert "không có báo cáo, hồ sơ nào phải nộp trong Tháng 8/2021" in answer.text


def test_a_situation_in_everyday_names_no_row_holds_is_not_there(assistant):
    # two everyday names of the social assistance rows, neither enough for one row: a service
    # the catalogues do not hold, with the rows those names point at labelled beside it
    answer = ask(assistant, "người cao tuổi neo đơn thì nhờ vào đâu được")
    assert answer.intent == "absent", answer.text
    assert "không phải dịch vụ bạn hỏi" in answer.text and "406-24 " in answer.text
    # one such name alone in talk of something else is still nothing the bot knows
    assert ask(assistant, "hôm nay trời có bão không").intent == "unknown"
