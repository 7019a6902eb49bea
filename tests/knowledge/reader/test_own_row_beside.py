"""An officer asking of a service their agency has a part in under another row of the same name
gets their own row first, offered beside the other; a service named in the catalogue's words
that no title prints together is not in the catalogue, never the asker's whole list. Phrasings
written for these tests, not taken from any question set."""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2021, 4, 13)
JUSTICE = "Sở Tư pháp"


def ask(assistant, question, agency=None):
    return assistant.ask(question, TODAY, None, agency)


def test_the_askers_own_row_is_offered_first_beside_a_row_of_the_same_name(assistant):
    # 411-12 "Đăng ký khai sinh" (2020, no part for the agency) and 406-7, which Sở Tư pháp leads
    answer = ask(assistant, "khai sinh cho bé online hạn nào", JUSTICE)
    assert answer.intent == "service" and not answer.sure, answer.text
    assert [i.key for i in answer.items][:2] == ["406-7", "411-12"]
    # asked by no one, the best row is answered as before, the other beside it
    answer = ask(assistant, "khai sinh cho bé online hạn nào")
    assert answer.items[0].key == "411-12" and "406-7" in [i.key for i in answer.items]


def test_a_compound_no_title_prints_is_no_row_nor_the_askers_list(assistant):
    for question in ("chung thuc chu ky han bao gio", "chứng thực chữ ký hạn bao giờ"):
        for agency in (JUSTICE, None):
            answer = ask(assistant, question, agency)
            assert answer.intent == "absent", (question, agency, answer.text)
    # words many titles print, or that name rows and duties, make no service's name
    answer = ask(assistant, "công việc được giao hạn khi nào", JUSTICE)
    assert answer.intent != "absent", answer.text
    # the asker's own list, asked with nothing of a service, is still theirs
    answer = ask(assistant, "hạn tỉnh giao cho đơn vị em là khi nào", JUSTICE)
    assert answer.intent == "agency" and answer.agency == JUSTICE
