"""A service told as a citizen's story (knowledge/reader/retelling.py): the clauses that hold no
catalogue wording and stand before the service's clause, or in brackets, are the story; the
question read without them offers the row it finds, never as sure. Phrasings written for these
tests, not taken from any question set."""

from __future__ import annotations

import datetime as dt

from knowledge.reader.retelling import Clause, clauses, retold

TODAY = dt.date(2021, 5, 3)


def texts(question: str) -> list[str]:
    return [c.text for c in clauses(question)]


def test_clauses_split_at_punctuation_brackets_and_a_wish():
    assert texts("nhà em ở xa, muốn đổi bằng lái (xe máy) trên mạng") == [
        "nhà em ở xa",
        "đổi bằng lái",
        "xe máy",
        "trên mạng",
    ]
    assert [c.aside for c in clauses("a (b) c")] == [False, True, False]
    # a wish typed without marks before a verb; "muon" before "hạn" or at the end is "muộn"
    assert texts("ba em muon xin giay phep") == ["ba em", "xin giay phep"]
    assert texts("nop muon han roi") == ["nop muon han roi"]
    assert texts("nộp muộn") == ["nộp muộn"]


def test_a_list_of_numbers_or_a_date_is_one_clause():
    assert texts("báo cáo mức 2, 3, 4 hạn 30.9 nhé") == ["báo cáo mức 2, 3, 4 hạn 30.9 nhé"]


def test_the_story_is_what_holds_no_wording_before_the_service():
    says = {"story": False, "service": True, "frame": False, "aside": False}.__getitem__
    parts = [Clause("story"), Clause("service"), Clause("frame")]
    assert retold(parts, says) == "service"
    # what only follows the service is the question's frame: nothing to drop
    assert retold([Clause("service"), Clause("frame")], says) is None
    # ... but an aside in brackets is dropped wherever it stands
    assert retold([Clause("service"), Clause("aside", aside=True)], says) == "service"
    # all story, all wording, or one clause: read as it was
    assert retold([Clause("story"), Clause("frame")], says) is None
    assert retold([Clause("service"), Clause("service")], says) is None
    assert retold([Clause("service")], says) is None


def test_a_row_told_as_a_story_is_offered(assistant):
    for question, key in (
        (
            "anh họ em là người Nhật đang dạy tiếng ở trường, muốn ở thêm một năm, gia hạn "
            "tạm trú trên mạng thì sao",
            "406-12",
        ),
        ("nhà em ở xa trung tâm, đi lại vất vả, muốn đổi giấy phép lái xe trên mạng", "406-22"),
        (
            "anh ấy bị ốm nằm nhà cả tuần (sốt xuất huyết), nộp thuế môn bài qua mạng được không",
            "411-3",
        ),
    ):
        answer = assistant.ask(question, TODAY)
        assert answer.intent == "service" and not answer.sure, (question, answer.intent)
        assert answer.items[0].key == key, question
        assert "Có phải" in answer.text


def test_another_service_told_as_a_story_is_still_absent(assistant):
    for question in (
        "cô giáo ở bản xa, muốn xin giấy phép khai thác khoáng sản qua mạng",
        "ông em là cựu chiến binh, muốn xin cấp thẻ hội viên qua mạng",
    ):
        assert assistant.ask(question, TODAY).intent == "absent", question


def test_a_clause_of_when_why_or_if_is_a_clause_of_its_own():
    # "khi …" up to the "thì" that opens the main clause; "vì" only as typed with its marks
    # ("vi" is the "vi" of "vi phạm"); "khi nào" asks, it opens nothing
    assert texts("đổi bằng lái khi chuyển nhà thì làm ở đâu") == [
        "đổi bằng lái",
        "khi chuyển nhà",
        "thì làm ở đâu",
    ]
    assert texts("xin cấp lại thẻ vì thẻ cũ bị gãy") == ["xin cấp lại thẻ", "vì thẻ cũ bị gãy"]
    assert texts("nop phat vi pham giao thong khi nao") == ["nop phat vi pham giao thong khi nao"]


def test_a_service_told_with_a_circumstance_between_is_offered(assistant):
    # the clause of when holds no catalogue wording: the land row, never "not in the
    # catalogue" as sure (its "mua bán" after the row's wording began qualifies the row's
    # thing and leads nowhere else, wording.py `leads_elsewhere`: the row may be said)
    answer = assistant.ask(
        "chuyển nhượng sổ đỏ khi mua bán nhà đất thì nộp hồ sơ biến động ở đâu",
        TODAY,
        "tuyen-quang",
    )
    assert answer.intent == "service", answer.text
    assert answer.items[0].key == "406-20"
