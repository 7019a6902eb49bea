"""An act of the question's own right before a run of the row's wording — a word a title or a
dashed clause of a title opens with, which the row does not print — or an act the catalogue
lists whose second word the row does not print: the row is offered, never said as sure
(beside_wording.py). Phrasings written for these tests, not taken from any set."""

from __future__ import annotations

import datetime as dt

from knowledge.reader.beside_wording import clause_acts

TODAY = dt.date(2021, 4, 13)


def ask(assistant, question):
    return assistant.ask(question, TODAY, "tuyen-quang")


def test_acts_are_read_off_titles_and_their_dashed_clauses():
    acts = clause_acts(["Cấp hộ chiếu", "Liên thông đăng ký khai tử - Xóa đăng ký thường trú"])
    assert set(acts) == {"cap", "lien", "xoa"}
    assert len(acts["xoa"]) == 1  # with the marks the title prints it with


def test_an_act_of_the_questions_own_makes_the_row_an_offer(assistant):
    for question, key in (
        ("thu hồi giấy phép khai thác thủy sản của tàu cá", "406-38"),
        ("xóa đăng ký tạm trú cho người đã chuyển đi", "406-4"),
        ("cấp lại giấy chứng nhận đăng ký quyền tác giả bị mất", "406-51"),
        # the act and the paper it acts on before the row's wording
        ("xe cũ không đi nữa, muốn thu hồi giấy đăng ký biển số mô tô", "406-21"),
    ):
        answer = ask(assistant, question)
        assert not (answer.intent == "service" and answer.sure), (question, answer.text)
        assert answer.intent != "service" or answer.items[0].key == key


def test_the_rows_own_act_stays_sure(assistant):
    for question, key in (
        ("đăng ký tạm trú trực tuyến hạn khi nào", "406-4"),
        ("cấp lại giấy phép khai thác thủy sản hạn nào", "406-38"),
        ("cấp giấy chứng nhận đăng ký quyền tác giả hạn nào", "406-51"),
        # an act the titles print with the word after it is theirs ("đăng ký | cấp")
        ("đăng ký cấp mới giấy phép lái xe hạn nào", "411-17"),
    ):
        answer = ask(assistant, question)
        assert (answer.intent, answer.sure, answer.items[0].key) == ("service", True, key)


def test_an_agency_named_where_the_row_prints_another_sector_is_another_paper(assistant):
    # another sector's licence: not in the catalogue, the row shown beside as not the same
    answer = ask(assistant, "đổi giấy phép lái xe do ngành công an cấp hạn nào")
    assert answer.intent == "absent", answer.text
    assert "406-22" in answer.text
    # the sector the row prints, by its agency's short name, is the row's own wording
    answer = ask(assistant, "đổi giấy phép lái xe do sở gtvt cấp hạn nào")
    assert (answer.intent, answer.sure, answer.items[0].key) == ("service", True, "406-22")


def test_an_object_of_its_own_after_the_rows_verb_is_offered(assistant):
    # "hỗ trợ | gạo cứu đói" where the row goes on "hỗ trợ | chi phí mai táng …"
    answer = ask(assistant, "trợ giúp xã hội đột xuất về hỗ trợ gạo cứu đói cho dân hạn nào")
    assert not (answer.intent == "service" and answer.sure), answer.text
    # a word that links back to the row's own wording is no object of its own
    answer = ask(assistant, "thành lập hộ kinh doanh kèm đăng ký thuế hạn nào")
    assert (answer.intent, answer.sure, answer.items[0].key) == ("service", True, "406-37")


def test_a_paper_of_the_questions_own_after_an_act_is_offered_not_sure(assistant):
    # "cấp | bản sao trích lục | khai sinh": the row's wording only qualifies a paper it does
    # not name; its own wording after its own act stays sure
    answer = ask(assistant, "cap ban sao trich luc khai sinh cho con thi lam sao")
    assert not (answer.intent == "service" and answer.sure), answer.text
    answer = ask(assistant, "đăng ký khai sinh cho trẻ dưới 6 tuổi hạn khi nào")
    assert (answer.intent, answer.sure, answer.items[0].key) == ("service", True, "406-7")
