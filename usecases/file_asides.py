"""A question asked while the chat waits for a file (`/nop tq-2021-04-25`, then "huyện em còn gì
chưa nộp"): answered, and the file still awaited, its wait opened anew (reading the answer takes
time), as a status's note is (usecases/note_asides.py). It once dropped the wait ("Đã bỏ tệp đang
chờ") and the file sent next was offered among every task owed (ux32 #8). A command still ends
the wait; nothing is written before the file comes."""

from __future__ import annotations

from usecases import prompts
from usecases.callers import Caller, question_beside_file
from usecases.desk import Desk
from usecases.prompts import HandinPrompt
from usecases.runner import use_case


@use_case(writes=True)
def file_aside(desk: Desk, caller: Caller, text: str) -> HandinPrompt | None:
    """The file still awaited after the question `text` is answered, its wait from now; None
    when `text` is no question beside an awaited file."""
    prompt = question_beside_file(desk, caller, text)
    if prompt is None or caller.chat_id is None:
        return None
    prompts.wait_for(desk, caller.chat_id, caller.user_id, prompt)
    return prompt
