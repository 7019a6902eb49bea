"""A message naming several things of one kind answers each, the first named at the head, and
compares them when asked; a second agency after a relation, or two months asked of one row,
are no second subject. Phrasings written for these tests, not taken from any question set."""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2021, 4, 13)


def ask(assistant, question, agency=None):
    return assistant.ask(question, TODAY, None, agency)


def test_two_rows_are_both_answered_and_compared_by_their_dates(assistant):
    answer = ask(assistant, "mục 22 với mục 14 cái nào muộn hơn")
    assert answer.intent == "item" and [i.key for i in answer.items] == ["406-22"]
    heads = [p.items[0] for p in answer.parts]
    assert [v.key for v in heads] == ["406-22", "406-14"], answer.text
    first = min(heads, key=lambda v: v.deadline)
    other = max(heads, key=lambda v: v.deadline)
    assert first.deadline != other.deadline  # the data gives the two rows different dates
    line = answer.comparison or ""
    verdict = line.partition("→")[2]
    assert verdict.index(first.key) < verdict.index("đến hạn trước") < verdict.index(other.key)
    assert f"{(other.deadline - first.deadline).days} ngày" in line
    assert answer.text.endswith(line)
    assert [p["items"][0]["key"] for p in answer.to_json()["parts"]] == ["406-22", "406-14"]
    # two rows of one date in the province are said to share it
    same = ask(assistant, "mục 39 và mục 20 cái nào hết hạn trước")
    dates = {p.items[0].deadline for p in same.parts}
    assert len(dates) == 1 and (same.comparison or "").endswith("→ cùng hạn."), same.text


def test_a_row_named_without_its_decision_takes_the_one_joined_to_it(assistant):
    answer = ask(assistant, "dòng 3 hoặc dòng 12 của 411 ai chủ trì")
    assert [p.items[0].key for p in answer.parts] == ["411-3", "411-12"], answer.text
    assert answer.comparison is None  # nothing compared was asked


def test_two_agencies_joined_are_each_listed_the_first_at_the_head(assistant):
    answer = ask(assistant, "Sở Tư pháp với Sở Y tế được giao những gì")
    assert answer.intent == "agency" and answer.agency == "Sở Tư pháp", answer.text
    assert [p.agency for p in answer.parts] == ["Sở Tư pháp", "Sở Y tế"]
    roles = [i.role for i in answer.items]
    assert roles == sorted(roles, key=lambda r: r != "lead")  # the head's own list, lead first
    # two names that are also catalogue wording, the first read as the agency: the second is
    # listed too, never dropped unsaid
    weak = ask(assistant, "tu phap va ke hoach dau tu can lam nhung gi")
    assert [p.agency for p in weak.parts] == ["Sở Tư pháp", "Sở Kế hoạch và Đầu tư"], weak.text
    # a service's wording beside such a name stays the service
    service = ask(assistant, "cấp giấy phép xây dựng và tư pháp")
    assert not service.parts and service.intent == "service", service.text


def test_a_second_period_in_a_later_clause_is_answered_beside_the_first(assistant):
    answer = ask(assistant, "tháng 6 có gì đến hạn, còn tháng 9 thì sao")
    assert answer.intent == "deadline" and answer.items, answer.text
    assert all(i.deadline.month == 6 for i in answer.items if i.deadline)
    later = answer.parts[1].items
    assert later and all(i.deadline.month == 9 for i in later if i.deadline)


def test_no_second_subject_where_the_words_tie_none(assistant):
    # an agency after a relation is its partner; two months asked of one row ask its date
    related = ask(assistant, "Sở Y tế phối hợp với Sở Tư pháp những mục nào")
    assert not related.parts, related.text
    one_row = ask(assistant, "mục 20 hạn tháng 5 hay tháng 6")
    assert not one_row.parts and [i.key for i in one_row.items] == ["406-20"], one_row.text


def test_agencies_in_a_polite_messages_background_are_no_subject(assistant):
    question = (
        "Xin chào, bên tôi là Sở Tư pháp, tuần trước có làm việc với Sở Y tế và Công an tỉnh. "
        "Tôi muốn hỏi phiếu lý lịch tư pháp thì hạn là tháng mấy ạ, tôi cảm ơn"
    )
    answer = ask(assistant, question)
    assert answer.intent == "service" and answer.sure, answer.text
    assert answer.items[0].key == "411-13"


def test_a_row_named_after_the_question_is_answered_beside_it(assistant):
    # the first clause asks the unit's late list; the row in the clause after it was read
    # whole as the question and the list dropped
    answer = ask(assistant, "bên em có gì trễ hạn chưa, cả mục 19 nữa", "Sở Tư pháp")
    assert answer.intent == "progress" and answer.agency == "Sở Tư pháp", answer.text
    assert [p.intent for p in answer.parts] == ["progress", "item"]
    assert [i.key for i in answer.parts[1].items] == ["406-19"]
    # a row in the first clause is the question itself
    own = ask(assistant, "mục 19 bên em trễ chưa, còn gì nữa", "Sở Tư pháp")
    assert own.intent == "item" and not own.parts, own.text


def test_an_agency_named_after_a_service_checks_who_does_it(assistant):
    # the agency in the clause after the service is no request for its list
    known = ask(assistant, "phiếu lý lịch tư pháp là mục nào, Sở Tư pháp làm à")
    assert known.intent == "service" and known.items[0].key == "411-13", known.text
    absent = ask(assistant, "đăng ký kết hôn là mục nào, sở tư pháp làm à")
    assert absent.intent == "absent", absent.text
    # named in the first clause, the agency is what is asked about
    listed = ask(assistant, "Sở Tư pháp làm những mục nào, hạn ra sao")
    assert listed.intent == "agency" and listed.agency == "Sở Tư pháp", listed.text


def test_two_services_joined_by_their_words_are_each_answered(assistant):
    # read whole, the two names were no one row; each alone is one row for sure
    answer = ask(assistant, "cấp hộ chiếu phổ thông hay hộ chiếu ngoại giao có khác hạn không")
    assert answer.intent == "service" and answer.sure, answer.text
    assert [p.items[0].key for p in answer.parts] == ["406-9", "406-10"]
    dates = {p.items[0].deadline for p in answer.parts}
    verdict = "→ cùng hạn." if len(dates) == 1 else "đến hạn trước"
    assert verdict in (answer.comparison or ""), answer.comparison
    # read whole as a service, one service perhaps said twice: offered as it was
    twice = ask(assistant, "đăng ký tạm trú hay đăng ký thường trú có khác hạn không")
    assert not twice.parts and not twice.sure, twice.text
