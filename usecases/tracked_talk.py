"""A correction typed as a sentence about a task tracked already, named by its id ("sửa tên
tq-2021-04-20 thành Hồ sơ đăng ký DVCTT", "đổi hạn tq-2021-04-20 thành 30/4/2021", "sửa hạn
tq-2021-05-25 T6/2021 thành 28/6/2021"): the seeds' letters' tasks are tracked like the
published ones, so the sentence does what the published task's does — a title is shown old → new
for a press (usecases/task_renames.py), a deadline is /doihan's plan (usecases/deadline_moves.py),
each a new version of the letters, quoted back, undoable, the units told. A field no sentence
changes on a tracked task (its units, its forms) gets one line saying why and what to do
instead. The id names a tracked task whether or not a draft waits: a draft's tasks are "nv 1".
"""

from __future__ import annotations

from knowledge.catalogue.occurrence_names import spell_out
from knowledge.letters.draft_talk import DraftTalk
from knowledge.letters.publish import SOURCE_PREFIX
from knowledge.messages.markup import esc, typed_key
from usecases.callers import Caller
from usecases.deadline_moves import MovePlan, plan_move
from usecases.desk import Desk
from usecases.results import Refusal
from usecases.task_renames import ADMINS_ONLY, RenamePlan, plan_rename

UNCHANGED = "Không có gì thay đổi."


def _fields_left(task_id: str, seed: bool) -> str:
    """Why the units or forms of a tracked task are not changed by a sentence, and what to do."""
    code = f"<code>{typed_key(task_id)}</code>"
    if seed:
        why = (
            f"Đơn vị, biểu mẫu của {code} theo công văn khởi tạo của tỉnh (nạp khi bot khởi "
            "động), không sửa bằng câu"
        )
    else:
        why = (
            f"Đơn vị, biểu mẫu của {code} theo công văn đã công bố, không sửa bằng câu: hoàn tác "
            "tin công bố (10 phút) hoặc thu hồi công văn ở /congvan rồi gửi lại tệp"
        )
    return (
        f"{why}. Sửa được: tên (<code>sửa tên {typed_key(task_id)} thành …</code>), hạn "
        f"(<code>/doihan {typed_key(task_id)} &lt;hạn mới&gt;</code>), thôi theo dõi "
        f"(<code>/ketthuc {typed_key(task_id)}</code>). {UNCHANGED}"
    )


def tracked_edit(desk: Desk, caller: Caller, said: DraftTalk) -> RenamePlan | MovePlan | Refusal:
    """Inside a use case that writes: the sentence's plan for the tracked task its id names;
    nothing is written before the press."""
    if not caller.is_admin or desk.letters is None:
        return Refusal(ADMINS_ONLY)
    key = spell_out(said.tracked, desk.province, desk.clock.today())
    found = desk.province.task_at(key) or desk.province.task_at(key.lower())
    if found is None:
        return Refusal(
            f"Không thấy nhiệm vụ {esc(said.tracked)} đang theo dõi (xem /congvan). {UNCHANGED}"
        )
    task = found[0]
    if said.field == "t":
        return plan_rename(desk, caller, task.id, said.value)
    if said.field == "d":
        return plan_move(desk, caller, f"{said.tracked} {said.value}")
    return Refusal(_fields_left(task.id, not task.source.startswith(SOURCE_PREFIX)))
