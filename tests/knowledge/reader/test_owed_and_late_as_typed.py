"""How far along, as officers type it: "còn dang dở", "đang nợ", "lỡ hạn" without marks, "muon"
that is "muốn" (want) before a verb and "muộn" (late) only after one, a letter typed twice.
Phrasings written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

JUNE = dt.date(2021, 6, 2)
ASKER = "Sở Y tế"


@pytest.mark.parametrize(
    "question",
    [
        "phong minh con dang do nhung viec gi vay",
        "co quan em dang no muc nao",
        "bên mình còn dở dang việc gì không",
        "ben toi con no gi khong a",
    ],
)
def test_work_left_owed_asks_what_is_open(assistant, question):
    answer = assistant.ask(question, JUNE, None, ASKER)
    assert (answer.intent, answer.agency) == ("progress", ASKER)
    assert answer.items and all(v.standing in ("open", "late") for v in answer.items)


@pytest.mark.parametrize(
    "question",
    ["so minh lo han nhung muc nao roi", "đơn vị em lỡ hạn gì chưa", "bên em có gì quá hạnn ko"],
)
def test_a_missed_deadline_typed_loosely_asks_what_is_late(assistant, question):
    answer = assistant.ask(question, JUNE, None, ASKER)
    assert (answer.intent, answer.agency) == ("progress", ASKER)
    assert answer.tasks and all(t.standing == "late" for t in answer.tasks)
    assert all(v.standing == "late" for v in answer.items)


def test_lo_han_before_words_of_content_is_no_late_work(assistant):
    answer = assistant.ask("em lo han che cua phan mem mot cua", JUNE, None, ASKER)
    assert answer.intent != "progress"


def test_muon_before_a_verb_is_want_not_late(assistant):
    answer = assistant.ask("em muon dang ky khai sinh cho con qua mang han nao", JUNE)
    assert answer.intent == "service" and answer.items[0].row.title.startswith("Đăng ký khai sinh")
    late = assistant.ask("ben em co viec nao muon han khong", JUNE, None, ASKER)
    assert (late.intent, late.agency) == ("progress", ASKER)
    assert all(t.standing == "late" for t in late.tasks)
