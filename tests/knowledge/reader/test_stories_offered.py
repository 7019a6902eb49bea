"""A citizen's story relayed by an officer is never "not in the catalogue" because of the
asker's own words: a word no title knows after a preposition says for whom (evidence.py
`substituted`: offered, not refused), and a compound typed after the row's own wording began
qualifies it or asks about it (wording.py `leads_elsewhere`). Phrasings written for these tests,
not taken from any set."""

from __future__ import annotations

import datetime as dt

DAY = dt.date(2021, 6, 1)


def ask(assistant, question, agency=None):
    return assistant.ask(question, DAY, "tuyen-quang", agency)


def test_for_whom_in_the_askers_words_is_offered_not_refused(assistant):
    answer = ask(assistant, "nhà bên cạnh mới sinh con, muốn làm khai sinh với thẻ bhyt cho cháu")
    assert answer.intent == "service" and not answer.sure
    assert answer.items[0].key == "406-7"


def test_a_compound_after_the_rows_wording_does_not_lead_elsewhere(assistant):
    answer = ask(assistant, "người dân sang tên sổ đỏ thì sở em có liên quan gì", "Sở Tư pháp")
    assert answer.intent == "service" and answer.items[0].key == "406-20"


def test_a_compound_before_the_rows_wording_still_leads_elsewhere(assistant):
    answer = ask(assistant, "đăng ký kết hôn với người nước ngoài hạn nào")
    assert answer.intent == "absent"
