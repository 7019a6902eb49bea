"""A task found by the words its text shares with the question is offered, not said as sure,
when the question also holds evidence the task does not: a title's wording none of the tasks
prints, or a thing of its own no title holds (task_evidence.py `against_tasks`). Phrasings written
for these tests, not taken from any set."""

from __future__ import annotations

import datetime as dt

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
