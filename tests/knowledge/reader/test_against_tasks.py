"""A task found by the words its text shares with the question is offered, not said as sure,
when the question also holds evidence the task does not: a title's wording none of the tasks
prints, or a thing of its own no title holds (task_evidence.py `against_tasks`). Phrasings written
for these tests, not taken from any set."""

from __future__ import annotations

import datetime as dt

from knowledge.reader.evidence import strays, telling
from knowledge.reader.task_evidence import thing_against

DAY = dt.date(2021, 9, 1)


def ask(assistant, question):
    return assistant.ask(question, DAY, "tuyen-quang")


def test_a_thing_of_its_own_beside_a_tasks_words_is_offered(assistant):
    answer = ask(assistant, "đề nghị cấp giấy khen của chủ tịch ubnd tỉnh thì nộp hồ sơ hạn nào")
    assert not (answer.intent == "task" and answer.sure), answer.text


def test_the_tasks_own_words_stay_sure(assistant):
    answer = ask(assistant, "hồ sơ đề xuất danh mục dvc mức độ 3, 4 gửi sở tttt thẩm định hạn nào")
    assert answer.intent == "task" and answer.sure, answer.text
    assert answer.tasks[0].task.id == "tq-2021-04-20"


def _thing_against(assistant, question):
    read = assistant.interpreter
    prov = assistant.catalogue.province("tuyen-quang")
    parsed = assistant.parse(question, dt.date(2021, 4, 13), prov)
    words = read.words(parsed)
    stray = strays(read.matcher, words, telling(read.matcher, words))
    held = read.tasks.words("tq-2021-04-20")
    return thing_against(read.tasks, read.matcher, held, words, stray)


def test_a_thing_no_title_and_no_task_holds_is_another_service(assistant):
    # "bằng khen" (a certificate of merit) is in no title and not in the proposal task's text
    # its dossier words fit: a service no one listed, declined rather than offered
    assert _thing_against(
        assistant, "đề nghị tặng bằng khen cho giáo viên dạy giỏi thì nộp hồ sơ hạn khi nào"
    )
    assert not _thing_against(assistant, "hồ sơ đề xuất danh mục gửi sở tttt gồm những gì")
