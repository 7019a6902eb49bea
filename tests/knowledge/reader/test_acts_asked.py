"""An act of the reviewed list (act_words.py) that the row's title does not print is another
service on the row's thing: not in the catalogue, the row shown beside as not the same
(acts_asked.py). Phrasings written for these tests, not taken from any set."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.language.text import tokenize
from knowledge.reader.acts_asked import acts_typed

TODAY = dt.date(2021, 4, 13)


def ask(assistant, question):
    return assistant.ask(question, TODAY, "tuyen-quang")


def typed(assistant, question):
    return [act for act, _ in acts_typed(assistant.matcher, tokenize(question))]


def test_an_act_inside_a_compound_the_titles_print_is_no_act(assistant):
    # "cổng quốc gia | hạn khi nào": the "gia" closes "quốc gia"
    assert typed(assistant, "khai báo hóa chất lên cổng quốc gia hạn khi nào") == []
    assert typed(assistant, "khai bao hoa chat len cong quoc gia han khi nao") == []
    assert typed(assistant, "gia hạn giấy phép") != []


def test_an_act_of_one_syllable_is_read_only_with_its_marks(assistant):
    # "doi" is as much "đội" or "đối" as "đổi"
    assert typed(assistant, "tiep nhan doi tuong can bao ve") == []
    assert typed(assistant, "đối tượng bảo trợ xã hội") == []
    assert typed(assistant, "đổi ngành nghề kinh doanh") != []


def test_the_longest_act_is_read(assistant):
    (act,) = typed(assistant, "thay đổi nơi ở")
    assert [fold for fold, _ in act] == ["thay", "doi"]


@pytest.mark.parametrize(
    "question, beside",
    [
        ("chấm điểm lại, phúc khảo bài thi tốt nghiệp trung học phổ thông hạn nào", "406-16"),
        ("xin hoàn thuế thu nhập, kê khai thuế cá nhân nộp thừa", "406-40"),
        ("thu hồi giấy phép khai thác thủy sản của tàu cá", "406-38"),
        ("đăng ký thành lập hộ kinh doanh xong giờ muốn tạm ngừng kinh doanh", "406-37"),
    ],
)
def test_an_act_the_row_does_not_print_is_not_the_row(assistant, question, beside):
    answer = ask(assistant, question)
    assert answer.intent == "absent", answer.text
    assert "không có trong danh mục" in answer.text
    assert beside in answer.text  # shown beside, as another service


@pytest.mark.parametrize(
    "question, key",
    [
        ("gia hạn chứng chỉ hành nghề bảo vệ thực vật", "406-55"),
        ("cấp đổi bằng lái xe do ngành giao thông vận tải cấp", "406-22"),
        ("đăng ký thay đổi thông tin đăng ký thuế của hộ gia đình", "406-42"),
        ("xóa đăng ký giao dịch bảo đảm khi trả xong nợ", "411-9"),  # a group does every act
        ("khai báo hóa chất nhập khẩu lên cổng quốc gia hạn khi nào", "406-50"),
    ],
)
def test_an_act_the_row_prints_stays_the_row(assistant, question, key):
    answer = ask(assistant, question)
    assert answer.intent == "service", answer.text
    assert answer.items[0].key == key


@pytest.mark.parametrize(
    "question, beside",
    [
        # offered before ("Có phải bạn hỏi…"): the first row offered does not do the act
        ("xin khôi phục giá trị sử dụng của hộ chiếu phổ thông", "406-9"),
        ("mien giam hoc phi cho hoc sinh co phai len cong khong", "406-49"),
        ("xoa dang ky tam tru khi chuyen di noi khac", "406-4"),
    ],
)
def test_an_offer_whose_row_does_not_do_the_act_is_declined(assistant, question, beside):
    answer = ask(assistant, question)
    assert answer.intent == "absent", answer.text
    assert beside in answer.text
