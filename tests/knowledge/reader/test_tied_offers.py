"""Issue 20: of two rows the words tie, the one the question also names by its everyday name is
offered first when neither explains enough to answer, rather than "not in the catalogue" said as
sure. Phrasings written for these tests, not taken from any question set."""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2021, 4, 13)


def test_a_security_interest_on_land_offers_the_security_interest_first(assistant):
    question = (
        "đem sổ đỏ đi thế chấp ở ngân hàng thì đăng ký giao dịch bảo đảm trên mạng được chưa"
    )
    answer = assistant.ask(question, TODAY, "tuyen-quang")
    assert answer.intent == "service" and not answer.sure, answer.text
    keys = [i.key for i in answer.items]
    assert keys[0] == "411-9" and "406-20" in keys, keys


def test_a_tie_without_the_everyday_name_is_not_offered_on_that_ground(assistant):
    # another thing about fees than paying them: no row named by its everyday name
    answer = assistant.ask("xin miễn học phí cho con hộ nghèo qua mạng", TODAY, "tuyen-quang")
    assert not (answer.intent == "service" and answer.sure), answer.text


def test_gp_alone_is_a_permit(assistant):
    # "GP" is the "giấy phép" of GPXD and GPLX typed alone: a permit the catalogue has is
    # that row, one it has not is not in the catalogue (not an agency's list beside it)
    answer = assistant.ask("xin gp xây nhà ở riêng lẻ online", TODAY, "tuyen-quang")
    assert answer.intent == "service" and answer.items[0].key == "406-14", answer.text
    for question in (
        "gp đặt biển quảng cáo bên sở văn hóa hạn nào",
        "gp dựng biển quảng cáo ngoài trời bên svhttdl khi nào xong",
    ):
        answer = assistant.ask(question, TODAY, "tuyen-quang")
        assert answer.intent == "absent" and not answer.items, (question, answer.text)
