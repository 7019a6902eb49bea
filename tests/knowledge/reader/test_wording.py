"""How specific a question's service wording is, and services other documents name outside the
catalogues. Phrasings written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.language.text import tokenize
from knowledge.reader.matching import Matcher
from knowledge.reader.outside_services import Outside
from knowledge.reader.wording import Wording

TITLES = [
    "Cấp giấy phép xây dựng nhà ở riêng lẻ",
    "Cấp giấy phép khai thác thủy sản",
    "Đổi giấy phép lái xe",
]
OTHERS = [
    "Cấp giấy phép bán lẻ rượu",
    "Cấp giấy phép hoạt động phòng khám",
    "Cấp giấy phép xuất bản bản tin",
    "Cấp lại giấy phép khai thác thủy sản",  # a catalogue row's own service
]


def words(matcher: Matcher, question: str):
    return matcher.words(tokenize(question))


def test_a_head_is_printed_in_many_names_before_many_words():
    wording = Wording(TITLES, OTHERS)
    assert ("giay", "phep") in wording.heads
    assert ("khai", "thac") not in wording.heads  # always before "thủy sản"
    assert ("xay", "dung") not in wording.heads


def test_compounds_take_the_most_printed_pair_first():
    wording = Wording(TITLES, OTHERS)
    matcher = Matcher([(str(i), t) for i, t in enumerate(TITLES)])
    found = wording.compounds(words(matcher, "cấp giấy phép lái xe"))
    # "phép lái" is printed once, "giấy phép" in every name: the compound is "giấy phép"
    assert [(a.typed, b.typed) for a, b in found] == [("giay", "phep"), ("lai", "xe")]


def test_a_row_shares_only_a_head_with_another_kind_of_licence():
    wording = Wording(TITLES, OTHERS)
    matcher = Matcher([(str(i), t) for i, t in enumerate(TITLES)])
    assert not wording.specific(matcher, "0", words(matcher, "giấy phép nuôi ong"))
    assert wording.specific(matcher, "0", words(matcher, "giấy phép xây dựng"))


def test_a_service_named_elsewhere_that_holds_more_of_the_question_is_outside():
    matcher = Matcher([(str(i), t) for i, t in enumerate(TITLES)])
    wording = Wording(TITLES, OTHERS)
    outside = Outside(OTHERS, matcher)
    # the catalogue's own service, named again elsewhere, is no contrast
    assert "Cấp lại giấy phép khai thác thủy sản" not in outside.names
    question = tokenize("giấy phép hoạt động phòng khám")
    read = matcher.words(question)
    assert outside.closer(matcher, wording, "0", read, question) == (
        "Cấp giấy phép hoạt động phòng khám"
    )
    question = tokenize("giấy phép khai thác thủy sản")
    read = matcher.words(question)
    assert outside.closer(matcher, wording, "1", read, question) is None


TODAY = dt.date(2021, 6, 1)


@pytest.mark.parametrize(
    "question",
    [
        "cấp giấy phép vận chuyển thuốc bảo vệ thực vật",  # Bắc Giang's list, not 406/411
        "đăng ký thành lập hợp tác xã",  # idem
        "cấp giấy phép nuôi chim yến",  # a licence of another kind
        "trợ cấp thai sản",  # "trợ cấp" of 406-30, then a word no title knows
        "cấp thẻ hội viên",  # more of the question is about something else
    ],
)
def test_another_service_of_a_known_kind_is_absent(assistant, question):
    answer = assistant.ask(question, TODAY)
    assert (answer.intent, answer.items, answer.sure) == ("absent", [], True), answer.text


@pytest.mark.parametrize(
    "question, key",
    [
        ("đăng ký khai sinh cho con", "411-12"),
        ("cấp lại thẻ căn cước bị mất", "406-1"),
        ("giấy phép xây dưng", "406-14"),  # a slipped mark inside a printed pair
    ],
)
def test_a_row_named_with_words_around_it_is_still_answered(assistant, question, key):
    answer = assistant.ask(question, TODAY)
    assert answer.intent == "service" and answer.items[0].key == key, answer.text


def test_words_that_pair_into_no_title_are_not_offered_as_rows(assistant):
    assert assistant.ask("thuế", TODAY).intent == "service"  # one word: the rows that print it
    answer = assistant.ask("ao cá", TODAY)
    assert (answer.intent, answer.items) == ("unknown", [])


@pytest.mark.parametrize(
    "question",
    [
        "hôm nay trời có nắng không",
        "gia ca phe hom nay",  # "gia" is not "gia hạn": a period then is no deadline question
        "tỷ số trận bóng tối qua",
    ],
)
def test_nothing_the_bot_knows_is_unknown(assistant, question):
    answer = assistant.ask(question, TODAY)
    assert (answer.intent, answer.items, answer.sure) == ("unknown", [], False), answer.text


def test_a_bare_name_of_a_service_other_documents_name_is_absent(assistant):
    # no title prints "photocopy"; Bắc Giang's list of its portal's services does
    answer = assistant.ask("photocopy", TODAY)
    assert (answer.intent, answer.items) == ("absent", [])


def test_deadline_is_read_as_han(assistant):
    answer = assistant.ask("tháng sau có deadline gì không", dt.date(2021, 7, 10))
    assert answer.intent == "deadline"
    assert answer.items
    assert all(dt.date(2021, 8, 1) <= v.deadline <= dt.date(2021, 8, 31) for v in answer.items)


@pytest.mark.parametrize(
    "question, key",
    [
        # the whole of the row's wording, and much around it
        ("đăng ký tạm trú cho sinh viên thuê trọ gần trường", "406-4"),
        # two words the row prints with one between them ("xây dựng nhà", "mẫu con dấu")
        ("xin giấy phép xây nhà hai tầng ở quê", "406-14"),
        ("báo mẫu dấu mới của công ty", "411-2"),
    ],
)
def test_a_row_said_loosely_is_answered(assistant, question, key):
    answer = assistant.ask(question, TODAY)
    assert answer.intent == "service" and answer.items[0].key == key, answer.text


@pytest.mark.parametrize(
    "question",
    [
        # what names put after "hành nghề" is theirs; the row goes on with "thú y"
        "cấp chứng chỉ hành nghề giám định",
        # "đá" is no slip of a three-letter word of the row
        "cấp phép khai thác đá vôi",
    ],
)
def test_a_question_that_ends_in_its_own_wording_is_another_service(assistant, question):
    answer = assistant.ask(question, TODAY)
    assert (answer.intent, answer.items) == ("absent", []), answer.text


def test_unmarked_words_the_catalogue_drops_as_conversation_are_read_by_the_other_names(
    assistant,
):
    # "ban" typed without marks is "bạn" to the catalogue, "bán" to a list that prints "bán lẻ"
    answer = assistant.ask("giay phep ban le thuoc la dieu", TODAY)
    assert (answer.intent, answer.items) == ("absent", [])


def test_a_head_tells_half_as_much_as_the_rest():
    # the row and the list share "kinh doanh"; the list's "tạm ngừng" outweighs the row's
    # "đăng ký", a head
    titles = ["Đăng ký thành lập hộ kinh doanh", "Đăng ký tạm trú", "Đăng ký khai sinh"]
    others = ["Tạm ngừng hoạt động hộ kinh doanh", "Đăng ký lại phương tiện"]
    others += ["Đăng ký thay đổi nội dung", "Đăng ký mã số thuế"]
    matcher = Matcher([(str(i), t) for i, t in enumerate(titles)])
    wording = Wording(titles, others)
    assert ("dang", "ky") in wording.heads
    outside = Outside(others, matcher)
    question = tokenize("đăng ký tạm ngừng kinh doanh")
    read = matcher.words(question)
    assert outside.closer(matcher, wording, "0", read, question) == others[0]


def test_a_weak_agency_name_beside_the_askers_is_the_services_wording(assistant):
    answer = assistant.ask("so xay dung hoi cap phep xay dung nha o", TODAY)
    assert (answer.intent, answer.agency) == ("service", "Sở Xây dựng")
    assert answer.items[0].key == "406-14"


@pytest.mark.parametrize(
    "question",
    [
        # the row and Bắc Giang's list share "chứng chỉ hành nghề"; only the list has "dược"
        "cấp chứng chỉ hành nghề dược",
        # the phrase's head is "kết hôn", printed only in other documents' names
        "đăng ký kết hôn có yếu tố nước ngoài",
    ],
)
def test_what_only_other_names_print_makes_another_service(assistant, question):
    answer = assistant.ask(question, TODAY)
    assert (answer.intent, answer.items) == ("absent", []), answer.text


def test_a_name_that_does_something_else_is_no_contrast(assistant):
    # "… cơ sở lưu trú du lịch" is about ranking hotels: the question does not say "công nhận"
    answer = assistant.ask("thông báo lưu trú cho khách du lịch nước ngoài", TODAY)
    assert answer.intent == "service" and answer.items[0].key == "406-6"


def test_three_printed_words_in_a_row_are_the_rows_though_each_pair_is_a_head(assistant):
    # "giấy phép" and "xây dựng" are heads; "giấy phép xây dựng" is 406-14's. Too little of
    # the question to answer, so it is offered, not said to be absent.
    answer = assistant.ask("giấy phép xây dựng cho gia đình ở vùng nông thôn miền núi", TODAY)
    assert (answer.intent, answer.sure) == ("service", False)
    assert answer.items[0].key == "406-14"


def test_unmarked_chung_minh_is_the_catalogues_beside_its_wording(assistant):
    answer = assistant.ask("chung minh nhan dan cu con dung duoc khong", TODAY)
    assert answer.intent == "service" and answer.items[0].key in ("406-2", "411-15")
    # alone with a question of progress it is "chúng mình": whose, from someone unregistered
    answer = assistant.ask("chung minh con gi chua xong", TODAY)
    assert (answer.intent, answer.items) == ("unknown", [])
    answer = assistant.ask("chung minh con gi chua xong", TODAY, None, "Sở Tư pháp")
    assert (answer.intent, answer.agency) == ("progress", "Sở Tư pháp")
