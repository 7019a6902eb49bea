"""A province's tasks' ids and forms are read once per task list (task_refs.py): a letter
published is a new list, whose task is named by its form and id at once, while the province
before it keeps answering by its own tasks."""

from __future__ import annotations

from dataclasses import replace

from knowledge.language.text import tokenize
from knowledge.reader.ask import default_assistant
from knowledge.reader.task_refs import find_forms, find_tasks


def _named(question: str, province) -> list[tuple[str, str]]:
    return [(r.task.id, r.how) for r in find_tasks(tokenize(question), province)]


def test_a_published_tasks_form_and_id_are_read_at_once_and_the_old_list_keeps_its_own():
    prov = default_assistant().catalogue.province("tuyen-quang")
    assert _named("biểu 05 nộp khi nào", prov) == []
    assert find_forms(tokenize("biểu 05 nộp khi nào"), prov) == [(0, 2)]  # a form still
    added = replace(prov.tasks[0], id="tq-2021-06-30", form="Biểu 05")
    published = replace(prov, tasks=[*prov.tasks, added])
    assert _named("biểu 05 nộp khi nào", published) == [("tq-2021-06-30", "form")]
    assert _named("tq-2021-06-30 là gì", published) == [("tq-2021-06-30", "id")]
    assert _named("biểu 02 nộp khi nào", published) == [("tq-2021-04-20", "form")]
    # the province before the letter: its own tasks only, as before
    assert _named("biểu 05 nộp khi nào", prov) == []
    assert _named("phụ lục 3 gửi ai", prov) == [("tq-2021-05-20", "form")]
