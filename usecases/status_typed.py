"""A status typed where /capnhat's status buttons for one row wait ("vướng", "đang làm ạ",
"vướng mắc chờ máy chủ"): written for that row as its button would write it, the rest of the
message its note (a status that needs a note and has none asks for it, as the button does)."""

from __future__ import annotations

from knowledge.reader.spelling import untelexed
from knowledge.reader.status_alone import status_answer
from usecases import prompts
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.prompts import StatusPrompt
from usecases.results import Refusal
from usecases.runner import use_case
from usecases.status_writes import write_status
from usecases.statuses import NoteAsked, Offered, Recorded, UnitAsked

NOT_A_STATUS = "Chưa rõ trạng thái. Bấm một nút trạng thái, hoặc /huy để thôi."


@use_case(writes=True)
def give_status(
    desk: Desk, caller: Caller, prompt: StatusPrompt, text: str
) -> Recorded | NoteAsked | UnitAsked | Offered | Refusal:
    assert caller.chat_id is not None
    # "ddang kieemr thuw": a Telex left-over read back, as in a statement
    said = status_answer(untelexed(text, desk.assistant.vocabulary))
    if said is None:  # the chat let only a status through: the prompt stays for its buttons
        return Refusal(NOT_A_STATUS)
    prompts.take(desk, caller.chat_id, caller.user_id)
    status, note = said
    return write_status(desk, caller, prompt.key, status, note, prompt.unit or None)
