"""Levels listed after "mức"/"muc" ("mức 3, 4", "muc do 2 3 4") are service levels, never rows one
after another; "mục 3" typed with its marks stays a row. Phrasings written for these tests."""

from __future__ import annotations

import datetime as dt

from knowledge.language.text import tokenize
from knowledge.reader.row_refs import find_rows

APRIL = dt.date(2021, 4, 12)


def rows(question: str) -> list[str]:
    return [r.number for r in find_rows(tokenize(question))]


def test_an_unmarked_muc_before_levels_in_order_names_no_row():
    assert rows("danh muc dvc muc 3 4 cua so") == []
    assert rows("thu tuc muc 2, 3, 4") == []
    assert rows("mục 3, 4") == ["3"]  # the row word typed as such
    assert rows("muc 4 3") == ["4"]  # not levels in order


def test_a_form_with_levels_listed_is_the_task(assistant):
    answer = assistant.ask("bieu 02 cac dvc muc 3 4 ghi nhu the nao", APRIL)
    assert answer.intent == "task" and [t.task.id for t in answer.tasks] == ["tq-2021-04-20"]
