"""`/nop bieu02` (or `/nop ho so de xuat`) from a unit with no proposal in the bot. "Thêm bằng
/dexuat rồi nộp lại" was a dead end for a Sở with nothing new to propose, or one whose dossier
was drafted and signed outside the bot: the reply says each way the task can still be settled —
reported sent with nothing to propose (`/capnhat <task> đã nộp …`, as `/capnhat` writes any
task), the dossier sent as a document (.pdf, .docx: it is kept as the unit's file for the task,
knowledge/deliverables/handed_files.accepts_file; the chat waits for it now), or proposals added
while the window is open — and writes nothing.
"""

from __future__ import annotations

from knowledge.deliverables.handed_files import DOSSIER_SUFFIXES
from knowledge.deliverables.submissions import Target
from knowledge.messages.markup import key_tag, typed_key
from knowledge.reader.offers import Offer
from knowledge.render.answers import esc
from knowledge.rules.proposal_steps import says_nothing
from knowledge.rules.proposals import window_closed
from knowledge.rules.statuses import Status
from usecases import prompts
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.prompts import HandinPrompt
from usecases.results import Refusal
from usecases.runner import use_case


def no_proposals(desk: Desk, caller: Caller, target: Target) -> Refusal:
    """What a unit with no proposal can do about the task of BIỂU 02; an officer's chat then
    waits for the dossier's file (a prompt, like `/nop <task>`'s: any command ends it)."""
    task = desk.province.task(target.task)
    form = esc(task.form) if task is not None and task.form else "Biểu 02"
    key = typed_key(target.task)
    kinds = ", ".join(DOSSIER_SUFFIXES)
    lines = [
        f"{esc(target.agency)} chưa có đề xuất nào trong bot cho {key_tag(target.task)} "
        f"({form}). Đơn vị có thể:",
        f"• không có dịch vụ đề xuất: <code>/capnhat {key} đã nộp không có đề xuất</code>;",
    ]
    if not target.behalf and caller.chat_id is not None:
        prompts.wait_for(
            desk,
            caller.chat_id,
            caller.user_id,
            HandinPrompt(target.task, target.agency, aside=True),
        )
        lines.append(
            f"• gửi tệp hồ sơ ({kinds}: công văn, biểu đã ký) ngay trong chat này, hoặc sau này "
            f"kèm chú thích <code>/nop {key}</code>;"
        )
    if window_closed(desk.province, desk.clock.today(), caller.actor) is None:
        lines.append("• có dịch vụ cần đề xuất: /dexuat, rồi <code>/nop bieu02</code>.")
    lines.append("Chưa có gì được ghi.")
    if not target.behalf and caller.chat_id is not None:
        lines.append(ASKED)
    return Refusal("\n".join(lines))


# the step's question, which "ko"/"không" or "có" answer in a word (ux24 #10: "ko" was read as
# a question and got "Tôi chưa hiểu")
ASKED = "Đơn vị có dịch vụ nào cần đề xuất không? Trả lời <i>không</i> hoặc <i>có</i>."
NONE_NOTE = "không có đề xuất"


@use_case(writes=False)
def yes_no_answer(desk: Desk, caller: Caller, prompt: HandinPrompt, text: str) -> Offer | str:
    """ "ko", "không", "k" to the question above: the task offered as sent with nothing to
    propose, by its confirmation button (never a write before the press: usecases/statuses.py);
    "có", "ừ": how to propose, the dossier's file still awaited."""
    if says_nothing(text):
        return Offer(prompt.key, Status.HOAN_THANH, NONE_NOTE)
    key = typed_key(prompt.key)
    if window_closed(desk.province, desk.clock.today(), caller.actor) is None:
        return (
            "Thêm từng dịch vụ đề xuất bằng /dexuat, rồi gửi Biểu 02 bằng "
            f"<code>/nop bieu02</code>; hồ sơ đã ký thì gửi tệp ngay trong chat này "
            f"(hoặc kèm chú thích <code>/nop {key}</code>)."
        )
    return (
        "Hạn đề xuất thêm dịch vụ đã qua; hồ sơ đã ký thì gửi tệp ngay trong chat này (hoặc kèm "
        f"chú thích <code>/nop {key}</code>)."
    )
