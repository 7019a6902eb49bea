"""A message that asks two things answers both when each reads sure alone, or names the part it
did not answer; a clause that is only the frame of another is no question of its own. Phrasings
written for these tests, not taken from any question set."""

from __future__ import annotations

import datetime as dt

from knowledge.language.text import tokenize
from knowledge.reader.two_questions import asking_clauses, asks

TODAY = dt.date(2021, 4, 13)


def ask(assistant, question, agency=None):
    return assistant.ask(question, TODAY, None, agency)


def test_which_clauses_ask():
    assert asks(tokenize("bên em nộp phụ lục 3 chưa"))
    assert asks(tokenize("cấp phép xây dựng bao giờ xong"))
    assert not asks(tokenize("cho em hỏi"))
    assert asking_clauses("cho em hỏi, gpxd hạn khi nào") == []  # one clause asks


def test_two_questions_each_sure_are_both_answered(assistant):
    question = "giấy phép xây dựng hạn khi nào; còn phụ lục 3 gửi khi nào"
    answer = ask(assistant, question, "Sở Xây dựng")
    assert answer.intent == "service" and answer.items[0].key == "406-14", answer.text
    # the head is the first part's answer alone; the second part beside it
    assert not answer.tasks and [p.intent for p in answer.parts] == ["service", "task"]
    assert [t.task.id for t in answer.parts[1].tasks] == ["tq-2021-05-20"], answer.text
    assert [p["intent"] for p in answer.to_json()["parts"]] == ["service", "task"]
    assert answer.text.index("giấy phép xây dựng") < answer.text.index("phụ lục 3")


def test_a_part_read_as_no_sure_answer_is_named_back(assistant):
    # "bằng lái" alone offers rows to choose from; the form decides the whole at once
    answer = ask(assistant, "bằng lái hạn khi nào, với biểu 02 bên em nộp chưa", "Sở Y tế")
    assert answer.intent == "task", answer.text
    assert "Chưa trả lời phần: “bằng lái hạn khi nào”" in answer.text
    # a clause that only frames the other ("…, hạn khi nào") is not named back
    answer = ask(assistant, "Sở Tài chính phải làm gì, hạn khi nào?")
    assert answer.intent == "agency" and "Chưa trả lời" not in answer.text


def test_a_clause_is_split_at_a_joining_word_when_both_sides_ask():
    # "k", "hk": "không" as typed in chat closes a yes-no question
    assert asks(tokenize("stp có phải gửi phụ lục 3 hk"))
    assert asking_clauses("stp có phải gửi phụ lục 3 k mà đơn vị mình gửi chưa") == [
        "stp có phải gửi phụ lục 3 k",
        "mà đơn vị mình gửi chưa",
    ]
    # a joining word between names, or "còn" meaning "still", splits nothing
    assert asking_clauses("Sở Tư pháp và Sở Y tế hạn khi nào") == []
    assert asking_clauses("đơn vị mình còn việc gì chưa xong") == []


def test_a_send_question_naming_nothing_asks_of_the_other_clause_task(assistant):
    question = "stp có phải gửi phụ lục 3 hk, với lại đơn vị mình gửi chưa"
    answer = ask(assistant, question, "Sở Y tế")
    text = answer.text
    # the first clause is the named unit's duty, not the asker's
    assert "Sở Tư pháp: thuộc đối tượng phải thực hiện" in text, text
    # the second: where the asker's unit stands on that same task
    tail = text[text.index("đơn vị mình gửi chưa") :]
    assert "tq-2021-05-20" in tail and "Sở Y tế: ▫️ chưa nộp" in tail, text


def test_a_question_word_inside_a_clause_is_qualified_not_joined():
    # "nào … mà": a relative "mà" goes on with the head the question word asks of
    assert asking_clauses("có việc nào quá hạn tuần trước mà sở mình chưa gửi không") == []
    # a question whole before the joining word is a second question
    question = "gpxd hạn khi nào mà phụ lục 2 bên em gửi chưa"
    assert asking_clauses(question) == ["gpxd hạn khi nào", "mà phụ lục 2 bên em gửi chưa"]
