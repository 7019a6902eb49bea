"""Tiers of government listed after "cấp" ("cấp tỉnh, huyện, xã") name no service, and where
something is sent ("gửi Sở TT&TT") is no agency beside a task's words. Phrasings written for
these tests."""

from __future__ import annotations

import datetime as dt

MAY = dt.date(2021, 5, 6)


def test_a_list_of_tiers_is_one_span_but_one_tier_or_tro_cap_xa_hoi_is_not(assistant):
    province = assistant.catalogue.provinces["tuyen-quang"]

    def tiers(text):
        parsed = assistant.parse(text, MAY, province)
        return [
            " ".join(t.raw for t in parsed.tokens[s.start : s.end])
            for s in parsed.others
            if s.kind == "tiers"
        ]

    assert tiers("thủ tục cấp tỉnh, huyện, xã") == ["cấp tỉnh huyện xã"]
    assert tiers("cap huyen xa") == ["cap huyen xa"]
    assert tiers("cơ sở trợ giúp xã hội cấp huyện") == []  # one tier tells rows apart
    assert tiers("trợ cấp xã hội cấp tỉnh") == []


def test_a_review_sent_to_the_coordinator_is_the_task_not_a_row(assistant):
    answer = assistant.ask(
        "đơn vị mình rà soát thủ tục cấp tỉnh huyện xã gửi Sở TT&TT hạn nào",
        MAY,
        None,
        "Sở Tài chính",
    )
    assert answer.intent == "task" and [t.task.id for t in answer.tasks] == ["tq-2021-05-20"]


def test_an_agency_told_of_something_is_no_agency_asked_about(assistant):
    # "báo công an" tells where the citizen reports, not whose list is asked for
    answer = assistant.ask("đi xa nhà vài tháng muốn báo công an thì hạn thế nào", MAY)
    assert answer.intent != "agency" and answer.agency is None
    assert assistant.ask("công an tỉnh phải làm gì", MAY).agency == "Công an tỉnh"
