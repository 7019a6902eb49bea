"""Which unit is the most late, asked in words: the province's late list ranked by each unit's
count (the standing rule of /quahan), not the asker's own unit, not in the names' order.
Phrasings written for these tests."""

from __future__ import annotations

import datetime as dt
import re

TODAY = dt.date(2021, 6, 2)


def counts(text):
    return [int(n) for n in re.findall(r"^• .+? — (\d+) mục", text, flags=re.MULTILINE)]


def test_which_unit_is_most_late_ranks_the_province_by_count(assistant):
    answer = assistant.ask("sở nào đang chậm hạn nhiều nhất vậy", TODAY, "tuyen-quang", "Sở Y tế")
    assert answer.intent == "progress" and answer.agency is None, answer.text
    found = counts(answer.text)
    assert len(found) > 3 and found == sorted(found, reverse=True), found
    assert "nhiều nhất trước" in answer.text


def test_a_unit_named_is_asked_of_itself(assistant):
    answer = assistant.ask("sở xây dựng có gì quá hạn", TODAY, "tuyen-quang", "Sở Y tế")
    assert (answer.intent, answer.agency) == ("progress", "Sở Xây dựng")
    province = assistant.ask("toàn tỉnh có gì quá hạn", TODAY, "tuyen-quang")
    assert "nhiều nhất trước" not in province.text


def test_the_verb_of_updating_typed_unmarked_is_no_superlative(assistant):
    answer = assistant.ask("don vi nao chua cap nhat tre han", TODAY, "tuyen-quang")
    assert "nhiều nhất trước" not in answer.text
