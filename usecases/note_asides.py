"""A question asked while a status's note is awaited ("/capnhat 406-15 vướng", then "tháng 5 có
gì đến hạn"): answered, and the note still awaited, its wait opened anew (reading the answer
takes time), as a form filled in the chat is kept beside a question (usecases/form_asides.py).
It once dropped the note ("Đã bỏ ghi chú đang chờ") and the note typed next had to be offered
again by a button (u26 #4). "huỷ" or /huy ends the wait; nothing is written before the note."""

from __future__ import annotations

from usecases import prompts
from usecases.callers import Caller, question_beside_note
from usecases.desk import Desk
from usecases.prompts import NotePrompt
from usecases.runner import use_case


@use_case(writes=True)
def note_aside(desk: Desk, caller: Caller, text: str) -> NotePrompt | None:
    """The note still awaited after the question `text` is answered, its wait from now; None
    when `text` is no question beside an awaited note."""
    prompt = question_beside_note(desk, caller, text)
    if prompt is None or caller.chat_id is None:
        return None
    prompts.wait_for(desk, caller.chat_id, caller.user_id, prompt)
    return prompt
