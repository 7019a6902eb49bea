"""A task the coordinator adds to the draft under review in one typed line ("thêm nhiệm vụ: tên;
đơn vị; hạn; biểu mẫu"), when the reader missed a duty (the draft's safety net says where) or
the letter prints it where no reader looks. Each part is read by the reader that corrects that
field of a task (usecases/letter_edits.py `edited_task`): the date by the letter's date reader, the
units through the register and its tolerant lookup, the forms as printed. What cannot be read,
or is missing, is said in one line with the shape, and nothing changes.
"""

from __future__ import annotations

from db.letter_repo import StoredLetter
from knowledge.letters.added import blank, parts_of, placed
from knowledge.letters.edits import read_deadline, read_forms
from knowledge.messages import offers
from knowledge.render.answers import esc
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.draft_units import units_edited
from usecases.letter_edits import save_added
from usecases.letters import LetterReview
from usecases.results import Refusal


def add_task(
    desk: Desk, caller: Caller, stored: StoredLetter, value: str
) -> LetterReview | Refusal:
    """`stored`'s draft with the task `value` types, or what keeps it from being read."""
    parts = parts_of(value)
    if parts is None:
        return Refusal(offers.add_task_shape(stored.file_name))
    draft = stored.draft
    task = blank(draft, stored.file_name, parts.title)
    # the units are the first part after the title the register reads whole
    units = ""
    for part in parts.others[1:]:
        read = units_edited(desk, task, part, supporting=False)
        if not isinstance(read, str):
            task, units = read, part
            break
    missing = [
        what
        for what, given in (("tên", parts.title), ("đơn vị", units), ("hạn", parts.deadline))
        if not given
    ]
    if missing:
        unread = [p for p in parts.others[1:] if p != units]
        said = f" (chưa đọc được «{esc(unread[0])}»)" if unread and "đơn vị" in missing else ""
        return Refusal(offers.add_task_missing(stored.file_name, missing, said))
    dated = read_deadline(task, parts.deadline, draft.letter.date, desk.clock.today())
    if isinstance(dated, str):
        return Refusal(f"{esc(dated.rstrip('.'))}. {offers.UNCHANGED}")
    task = placed(draft, dated, stored.file_name)
    if parts.forms:
        formed = read_forms(task, parts.forms)
        if isinstance(formed, str):
            return Refusal(f"{esc(formed.rstrip('.'))}. {offers.UNCHANGED}")
        task = formed
    return save_added(desk, caller, stored, task)
