"""Issue 20: an officer asking in the words of a task their unit owes gets that task offered,
never a row that prints the same letters by chance; two words of talk or of the work ("ho so"
typed without marks, which folds like "hộ sở") are no evidence of a service. Phrasings written
for these tests, not taken from any question set."""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2021, 4, 13)
HEALTH = "Sở Y tế"  # owes the seed's 20/4 dossier
DISTRICT = "UBND huyện Hàm Yên"  # only comments on it
DOSSIER = "tq-2021-04-20"


def ask(assistant, question, agency=None):
    return assistant.ask(question, TODAY, "tuyen-quang", agency)


def test_words_of_the_work_alone_name_no_row(assistant):
    for question in ("ho so nop o dau", "han ho so the nao"):
        answer = ask(assistant, question)
        assert not (answer.intent == "service" and answer.sure), (question, answer.text)
        assert "406-35" not in [i.key for i in answer.items], question


def test_the_owed_tasks_own_words_offer_that_task(assistant):
    for question in ("ho so nop o dau", "han ho so the nao", "hồ sơ gửi lúc nào"):
        answer = ask(assistant, question, HEALTH)
        assert answer.intent == "task" and not answer.sure, (question, answer.text)
        assert [t.task.id for t in answer.tasks] == [DOSSIER], question


def test_words_beyond_the_task_keep_the_service(assistant):
    answer = ask(assistant, "ho so cap giay phep xay dung gui khi nao", HEALTH)
    assert answer.intent == "service" and answer.items[0].key == "406-14", answer.text
    # and a unit that owes no such task is not offered another's
    answer = ask(assistant, "ho so nop o dau", DISTRICT)
    assert answer.intent != "task", answer.text


def test_a_list_of_late_work_stays_the_list(assistant):
    answer = ask(assistant, "hồ sơ hay dịch vụ nào bên em đang trễ", HEALTH)
    assert answer.intent == "progress" and answer.agency == HEALTH, answer.text


def test_a_service_declined_is_not_taken_by_a_phrase_of_the_owed_tasks_title(assistant):
    # "danh mục" is a phrase of the 20/4 dossier's title; the service asked about is in no
    # catalogue and in none of the task's words (ux19 item 3: the dossier came back in full)
    for question in (
        "thu tuc dang ky karaoke co trong danh muc ko",
        "cấp phép kinh doanh karaoke có trong danh mục không",
    ):
        answer = ask(assistant, question, HEALTH)
        assert answer.intent == "absent" and not answer.tasks, (question, answer.text)
    # the task's own words still offer it
    answer = ask(assistant, "danh mục đề xuất nộp khi nào", HEALTH)
    assert [t.task.id for t in answer.tasks] == [DOSSIER], answer.text
