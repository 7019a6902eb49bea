"""Which typed words carry service evidence: a function word typed with other marks is another
word, and a two-word verb of the work counts only whole. Phrasings written for these tests."""

from __future__ import annotations

from knowledge.language.text import tokenize
from knowledge.reader.matching import Matcher

DOCS = [
    ("a", "Cấp giấy phép bán lẻ hàng hóa"),
    ("b", "Chứng thực chữ ký trên giấy tờ"),
    ("c", "Thực hiện chính sách đối với thuốc lá"),
]


def kept(question: str) -> list[str]:
    return [w.typed for w in Matcher(DOCS).words(tokenize(question))]


def test_a_function_word_typed_with_other_marks_is_content():
    # "bán" (sell) is not "bạn" (you), "lá" (leaf) is not "là" (is)
    assert kept("bạn ơi giấy phép bán lẻ") == ["giay", "phep", "ban", "le"]
    assert "la" in kept("thuốc lá là gì")
    assert kept("thuốc lá là gì").count("la") == 1


def test_unmarked_function_words_still_drop_out():
    assert kept("ban oi giay phep la gi") == ["giay", "phep"]


def test_a_two_word_verb_counts_only_whole():
    # "thực" alone is the "thực" of "chứng thực"; "thực hiện" is the work itself
    assert kept("chứng thực chữ ký") == ["chung", "thuc", "chu", "ky"]
    words = Matcher(DOCS).words(tokenize("em thực hiện chứng thực"))
    assert [w.typed for w in words if not w.chat] == ["chung", "thuc"]


def test_shorthand_with_two_spellings_takes_the_one_a_title_prints_beside_it():
    matcher = Matcher([("a", "Đăng ký tạm trú"), ("b", "Cơ sở đủ điều kiện hoạt động")])
    assert [w.typed for w in matcher.words(tokenize("đk tạm trú"))] == ["dang", "ky", "tam", "tru"]
    assert [w.typed for w in matcher.words(tokenize("đủ đk hoạt động"))] == [
        "du",
        "dieu",
        "kien",
        "hoat",
        "dong",
    ]


def test_everyday_names_read_as_the_catalogues_wording(assistant):
    import datetime as dt

    today = dt.date(2021, 5, 3)
    for question, key in [
        ("làm passport mất bao lâu", "406-9"),
        ("đăng ký vào lớp 10 qua mạng", "406-17"),
        ("đóng tiền thuê đất trực tuyến", "406-39"),
    ]:
        answer = assistant.ask(question, today)
        assert answer.intent == "service" and answer.items[0].key == key, question


def test_a_closing_particle_before_words_of_content_is_another_word():
    matcher = Matcher([("a", "Cấp giấy phép xây dựng nhà ở riêng lẻ")])
    # "nha" closing what is said drops out; before "3 tang" it is "nhà"
    assert "nha" not in [w.typed for w in matcher.words(tokenize("xay dung xong chua nha"))]
    assert "nha" in [w.typed for w in matcher.words(tokenize("xay nha 3 tang"))]


def test_words_the_question_keeps_apart_are_no_neighbours():
    matcher = Matcher([("a", "Đăng ký thường trú"), ("b", "Trú quán")])
    words = matcher.words(tokenize("đăng ký thường trú quán"), breaks=[4])
    at = {w.typed: w.at for w in words}
    # "trú | quán": something else the question said stood between them
    assert at["quan"] - at["tru"] == 2 and at["tru"] - at["thuong"] == 1


def test_the_askers_unit_between_a_service_and_a_role_word(assistant):
    import datetime as dt

    answer = assistant.ask(
        "liên thông khai tử xóa đăng ký thường trú bên em phụ trách hạn tỉnh",
        dt.date(2021, 7, 20),
        None,
        "Sở Tư pháp",
    )
    assert answer.intent == "service" and answer.items[0].key == "406-8", answer.text


def test_a_word_of_conversation_before_a_question_word_belongs_to_the_question():
    matcher = Matcher([("a", "Gia hạn thẻ bảo hiểm y tế")])
    # "the nao" is "thế nào" (how), not the "thẻ" of "gia hạn thẻ"
    assert [w.typed for w in matcher.words(tokenize("gia han the nao"))] == ["gia", "han"]
    assert "the" in [w.typed for w in matcher.words(tokenize("gia han the bao hiem"))]


def test_how_after_an_agency_and_a_service_asks_about_the_service(assistant):
    import datetime as dt

    answer = assistant.ask("so y te phoi hop doi bang lai thi han the nao", dt.date(2021, 7, 14))
    assert answer.intent == "service" and answer.items[0].key == "406-22", answer.text


def test_a_pair_a_preposition_opens_is_a_qualifier():
    from knowledge.reader.row_wording import qualifier_only

    matcher = Matcher([("a", "Chứng nhận giấy tờ tại các cơ quan trong nước")])
    assert qualifier_only(matcher, "a", matcher.words(tokenize("con nuôi trong nước")))
    assert not qualifier_only(matcher, "a", matcher.words(tokenize("chứng nhận trong nước")))
    assert not qualifier_only(matcher, "a", matcher.words(tokenize("nuôi con")))  # no pair


def test_two_words_of_the_talk_that_pair_only_with_each_other_are_talk(assistant):
    import datetime as dt

    matcher = Matcher([("a", "Xác nhận số khi đã được cấp thẻ")])
    # "đã được chưa" asks whether it is available: no wording of the title's "đã được cấp"
    assert [w.typed for w in matcher.words(tokenize("xac nhan da duoc chua"))] == ["xac", "nhan"]
    # in a chain that reaches the title's content they are its wording
    assert "duoc" in [w.typed for w in matcher.words(tokenize("da duoc cap the"))]
    question = "mất căn cước muốn làm lại trên mạng đã được chưa"
    answer = assistant.ask(question, dt.date(2021, 4, 13))
    assert answer.intent == "service" and answer.items[0].key == "406-1", answer.text
