"""A form filled in the chat (/nop pl1 … pl4) and the messages beside it: a question asked while
it waits ("pl1 là cái gì vậy") is answered and the form kept, its step asked again with the
window opened anew; numbers typed when no form is open ("10 5 3 2") are said not to be taken,
with how to open the form, rather than read as a question. What is which is
knowledge/reader/form_asides.py."""

from __future__ import annotations

from dataclasses import replace

from knowledge.deliverables.forms import FORMS, TIERS
from knowledge.reader.form_asides import (
    Nothing,
    asks_beside_form,
    key_alone,
    list_line,
    nothing_at_step,
    numbers_only,
)
from knowledge.render.answers import esc
from knowledge.rules.statuses import within_window
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.prompts import SubmitPrompt
from usecases.results import Refusal
from usecases.runner import use_case
from usecases.submissions import FormStep, ask_step, form_button, form_line


def kept_beside(desk: Desk, caller: Caller, text: str) -> SubmitPrompt | None:
    """The form the chat fills, when `text` is a question asked beside it within its window."""
    waiting = caller.waiting
    if waiting is None or not isinstance(waiting.prompt, SubmitPrompt):
        return None
    if waiting.since is not None and not within_window(waiting.since, desk.clock.now()):
        return None
    prompt = waiting.prompt
    form = FORMS.get(prompt.form)
    return prompt if form is not None and asks_beside_form(form, text) else None


@use_case(writes=True)
def form_aside(desk: Desk, caller: Caller, text: str) -> tuple[FormStep, str] | None:
    """A question asked while a form waits: the form's step, asked again after the answer
    (its window opened anew: reading the answer takes time), and the line saying how the text
    was read when it could have been taken for the form's input (a row's key: not its numbers).
    None when it is not one."""
    prompt = kept_beside(desk, caller, text)
    if prompt is None:
        return None
    form = FORMS[prompt.form]
    said = ""
    if key_alone(text):
        what = "số liệu" if form.shape == "counts" else "một dòng"
        said = (
            f"«{esc(text.strip())}» là mã mục, không phải {what} của {esc(form.name)}: "
            "đã hiện mục đó ở trên, biểu không ghi gì thêm."
        )
    return ask_step(desk, caller, form, prompt), said


@use_case(database=False)
def stray_counts(desk: Desk, caller: Caller, text: str) -> Refusal | None:
    """Numbers typed with no form open, or a list form's line (its fields between ";"): not
    taken, and said so, with the forms they fit (ux35 #6: a Phụ lục III line typed after
    /tiendo ended the form was answered as a question about 406-14)."""
    if caller.waiting is not None:
        return None
    if list_line(text):
        how = "; ".join(
            f"{esc(f.name)}: <code>/nop {f.code}</code>"
            for f in FORMS.values()
            if f.shape == "list"
        )
        return Refusal(
            f"Không có biểu nào đang mở, nên dòng «{esc(text.strip()[:60])}» chưa được ghi vào "
            f"đâu. Mở biểu — {how} — rồi gõ lại dòng này."
        )
    if not numbers_only(text):
        return None
    how = "; ".join(
        f"{esc(f.name)}: <code>/nop {f.code}</code>" for f in FORMS.values() if f.shape == "counts"
    )
    return Refusal(
        f"Không có biểu nào đang mở, nên các số «{esc(text.strip()[:60])}» chưa được ghi vào "
        f"đâu. Nhập số liệu trong chat — {how} — rồi gõ lại các số theo từng cấp."
    )


@use_case(writes=True)
def form_text(
    desk: Desk, caller: Caller, prompt: SubmitPrompt, text: str
) -> tuple[FormStep | Refusal, str]:
    """A message typed to the form the chat fills: its next line (usecases/submissions.py), or
    "ko co" read as the step's "Không có" (a tier without procedures; a list with none), and
    the line saying how it was read, so that the step moving on is no surprise."""
    form = FORMS[prompt.form]
    nothing = nothing_at_step(form, len(prompt.counts), len(prompt.lines), text)
    typed = esc(text.strip()[:40])
    if nothing == Nothing.TIER:
        tier = TIERS[len(prompt.counts)][2]
        step = form_button(desk, caller, prompt, "zero")
        assert isinstance(step, FormStep)
        return step, f"«{typed}»: {esc(tier)} — Không có (như bấm nút “Không có”)."
    if nothing == Nothing.LIST:
        step = replace(ask_step(desk, caller, form, prompt), finished=True)
        return step, f"«{typed}»: không có dịch vụ nào để liệt kê."
    return form_line(desk, caller, prompt, text), ""
