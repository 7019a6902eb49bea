from datetime import date

import pytest

from knowledge.calendar.deadlines import DeadlineError, describe_days, parse_deadline
from knowledge.language.text import MarkedWords, Tokens, fold, tokenize, untelex


@pytest.mark.parametrize(
    "a, b",
    [
        ("Hóa chất", "Hoá chất"),
        ("thủy sản", "thuỷ sản"),
        ("ĐĂNG KÝ", "dang ky"),
        ("Sở TT&TT", "so tttt"),
        ("giấy phép", "giay phep"),
    ],
)
def test_fold_equates_spellings(a, b):
    assert fold(a) == fold(b)


def test_fold_nfd_input():
    import unicodedata

    assert fold(unicodedata.normalize("NFD", "Xây dựng")) == "xay dung"


def test_fold_drops_emoji_and_punctuation():
    assert fold("🙏 giấy phép, xây dựng?!") == "giay phep xay dung"


@pytest.mark.parametrize(
    "raw, plain",
    [
        ("giaasy", "giay"),
        ("pheps", "phep"),
        ("xaay", "xay"),
        ("duwngj", "dung"),
        ("ddaats", "dat"),
    ],
)
def test_untelex(raw, plain):
    assert untelex(raw) == plain


@pytest.mark.parametrize(
    "text, dues",
    [
        ("Quý II/2021", [date(2021, 6, 30)]),
        ("Quý IV/2021", [date(2021, 12, 31)]),
        ("Tháng 5/2021", [date(2021, 5, 31)]),
        ("Tháng 2/2024", [date(2024, 2, 29)]),
        ("Trước ngày 30/9/2021", [date(2021, 9, 30)]),
        ("trước ngày 20/4/2021", [date(2021, 4, 20)]),
        ("Quý I/2021 (Chuyển tiếp nhiệm vụ từ năm 2020)", [date(2021, 3, 31)]),
        (
            "- Triển khai thí điểm tại 10 Bệnh viện trong quý II/2021 - Triển khai toàn quốc từ "
            "quý III/2021 đến Quý IV/2021",
            [date(2021, 6, 30), date(2021, 12, 31)],
        ),
    ],
)
def test_parse_deadline(text, dues):
    assert [m.due for m in parse_deadline(text)] == dues


def test_parse_deadline_refuses_text_without_date():
    with pytest.raises(DeadlineError):
        parse_deadline("sớm nhất có thể")


def test_days_left_or_late():
    assert describe_days(date(2021, 4, 13), date(2021, 4, 20)) == "còn 7 ngày"
    assert describe_days(date(2021, 4, 20), date(2021, 4, 20)) == "hạn hôm nay"
    assert describe_days(date(2021, 4, 23), date(2021, 4, 20)) == "quá hạn 3 ngày"


def test_some_marked_words_count_only_as_typed_with_their_marks():
    words = MarkedWords("gửi đóng", marked_only="đóng")
    assert tokenize("đóng")[0] in words and tokenize("gui")[0] in words
    # "dong" is as often "động" or "đồng": only "đóng" as typed counts
    assert tokenize("dong")[0] not in words and tokenize("động")[0] not in words


def test_a_vocabulary_found_in_a_question_by_its_folds_as_word_by_word():
    # "sở" (a department) is not "sổ" (a book): a question's words that fold alike are still
    # told apart by their marks when the set of folds finds them
    book = MarkedWords("sổ")
    strict = MarkedWords("dở", strict=True)
    for question in ("cấp sổ đỏ", "cap so do", "sở xây dựng", "làm dở", "lam do", "hạn nộp"):
        typed = tokenize(question)
        for vocabulary in (book, strict):
            expected = any(t in vocabulary for t in typed)
            assert vocabulary.any_in(Tokens(typed)) == expected, question
            assert vocabulary.any_in(typed) == expected, question
    assert book.any_in(Tokens(tokenize("cấp sổ đỏ")))
    assert not book.any_in(Tokens(tokenize("sở xây dựng")))
    assert not strict.any_in(Tokens(tokenize("lam do")))
