"""A unit saying it did its part of a task it only supports (ux20 #10): said done, in the
task's own words; the agency the comment went to is no subject."""

from __future__ import annotations

from datetime import date

from knowledge.reader.support_said import duty_words, says_done
from knowledge.rules.supporting import only_supports


def test_done_is_said_with_any_verb_never_asked_nor_denied():
    for text in (
        "huyen em da gop y cho so tu phap roi nhe",
        "bieu 02 huyen em gop y xong roi",
        "đã gửi ý kiến rồi ạ",
    ):
        assert says_done(text), text
    for text in (
        "huyen em da gop y chua",
        "huyen em chua gop y",
        "huyen em co phai gop y khong",
        "/capnhat 20/4 xong",
        "huyen em dang gop y",
    ):
        assert not says_done(text), text


def test_the_duty_is_read_in_the_tasks_own_words_not_its_name(catalogue):
    task = catalogue.province("tuyen-quang").task("tq-2021-04-20")
    printed = (task.title, *task.steps, *task.contents)
    assert duty_words("huyen em da gop y cho so tu phap roi nhe", printed, task.form) == "góp ý"
    assert duty_words("bieu 02 huyen em gop y xong roi", printed, task.form) == "góp ý"
    assert duty_words("huyen em xong roi", printed, task.form) == ""


def test_a_district_only_supports_the_dossier_a_department_owes_it(catalogue):
    tq = catalogue.province("tuyen-quang")
    assert only_supports(tq, "UBND huyện Chiêm Hóa", "tq-2021-04-20")
    assert only_supports(tq, "Viễn thông Tuyên Quang", "tq-2021-04-20")
    assert not only_supports(tq, "Sở Tư pháp", "tq-2021-04-20")
    assert not only_supports(tq, "UBND huyện Chiêm Hóa", "406-11/Tư pháp")


def test_the_agency_a_comment_goes_to_is_no_subject(assistant, catalogue):
    tq = catalogue.province("tuyen-quang")
    parsed = assistant.parse("huyen em da gop y cho so tu phap roi nhe", date(2021, 4, 19), tq)
    assert [m.name for m in parsed.recipients] == ["Sở Tư pháp"]
    assert parsed.subject is None or parsed.subject.name != "Sở Tư pháp"
