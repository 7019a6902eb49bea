"""A question asked while the chat waits for something the officer will type or send next: a
status's note ("/capnhat 406-15 vướng", then "tháng 5 có gì đến hạn") or a file (`/nop
tq-2021-04-25`, then "huyện em còn gì chưa nộp"). The question is answered and the wait kept,
opened anew (reading the answer takes time), as a form filled in the chat is kept beside a
question (usecases/form_asides.py). The note's wait was once dropped ("Đã bỏ ghi chú đang chờ",
u26 #4) and so was the file's ("Đã bỏ tệp đang chờ", ux32 #8: the file sent next was offered
among every task owed). "huỷ" or /huy ends the wait, a command ends a file's; nothing is written
before the note or the file comes. (The note's and the file's asides were twin modules.)"""

from __future__ import annotations

from usecases import prompts
from usecases.callers import Caller, question_beside_file, question_beside_note
from usecases.desk import Desk
from usecases.prompts import HandinPrompt, NotePrompt
from usecases.runner import use_case


@use_case(writes=True)
def prompt_aside(desk: Desk, caller: Caller, text: str) -> NotePrompt | HandinPrompt | None:
    """The note or the file still awaited after the question `text` is answered, its wait from
    now; None when `text` is no question beside an awaited note or file."""
    prompt: NotePrompt | HandinPrompt | None = question_beside_note(desk, caller, text)
    if prompt is None:
        prompt = question_beside_file(desk, caller, text)
    if prompt is None or caller.chat_id is None:
        return None
    prompts.wait_for(desk, caller.chat_id, caller.user_id, prompt)
    return prompt
