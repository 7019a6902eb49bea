"""A form sent back with nothing filled in (BIỂU 02 exactly as /baocao sent it): not taken as the
unit's dossier unasked. The chat asked (usecases/submissions.py `upload_form`, `BlankAsked`);
its button sends it blank on purpose, as the unit's version like any other, for the unit read
from the file, decided again on the press (ux16a #6)."""

from __future__ import annotations

from knowledge.deliverables.forms import FORMS
from knowledge.deliverables.submissions import Target, may_submit
from knowledge.formats.form_book import template
from usecases import prompts
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.prompts import BlankPrompt
from usecases.results import UNCHANGED, Refusal
from usecases.runner import use_case
from usecases.submissions import Submitted, accept

LAPSED = "Nút nộp biểu trống này đã hết hiệu lực; gửi lại tệp nếu vẫn muốn nộp. " + UNCHANGED


@use_case(writes=True)
def send_blank(desk: Desk, caller: Caller, code: str) -> Submitted | Refusal:
    """The press that sends the blank form the chat holds (and only that one)."""
    assert caller.chat_id is not None
    waiting = prompts.take(desk, caller.chat_id, caller.user_id)
    prompt = waiting.prompt if waiting is not None else None
    form = FORMS.get(code)
    if not isinstance(prompt, BlankPrompt) or form is None or prompt.form != code:
        return Refusal(LAPSED)
    target = may_submit(desk.province, caller.actor, form, prompt.agency)
    if not isinstance(target, Target):
        return target
    if form.shape == "counts":
        content = template(form, target.agency, counts=prompt.data.get("counts") or {})
    else:
        content = template(form, target.agency, [])
    return accept(desk, caller, form, target, prompt.data, content, prompt.name, "file")
