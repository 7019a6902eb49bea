"""A unit saying it did its part of a task it only supports ("huyện em đã góp ý cho sở tư pháp
rồi nhé", "biểu 02 huyện em góp ý xong rồi"): acknowledged, nothing offered or written, never
the recipient's list nor a stranger's refusal (ux20 #10). Called by usecases/statements.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.messages import offers
from knowledge.reader.support_said import duty_words, says_done
from knowledge.rules.supporting import only_supports
from usecases.results import Refusal
from usecases.understood import understood

if TYPE_CHECKING:
    from usecases.callers import Caller
    from usecases.desk import Desk


def acknowledged(desk: Desk, caller: Caller, text: str, key: str | None = None) -> Refusal | None:
    """The acknowledgement of a done said by the caller's unit of a task it only supports: the
    task `key` a statement named, else the one the question reader reads the words as (a task
    read surely from its own words, "góp ý"). None otherwise."""
    unit, province = caller.agency, desk.province
    if unit is None or not says_done(text):
        return None
    if key is None:
        asked = understood(desk, text, unit)
        if asked.needs_statuses:
            return None
        answer = desk.assistant.answer(asked)
        if answer.intent != "task" or not answer.sure or not answer.tasks:
            return None
        key = answer.tasks[0].task.id
    if not only_supports(province, unit, key):
        return None
    found = province.task_at(key)
    if found is None:
        return None
    task = found[0]
    duty = duty_words(text, (task.title, *task.steps, *task.contents), task.form)
    return Refusal(offers.only_supported(unit, key, task.form, duty))
