"""The coordinator's corrections to a draft typed as a sentence, without the buttons ("sửa hạn
nv 1 thành 25/8", "bỏ Sở Y tế khỏi nv 1", "thêm Viễn thông vào hỗ trợ nv 1", "bỏ nhiệm vụ
2", "thêm nhiệm vụ: tên; đơn vị; hạn; biểu mẫu", "công bố"): read by
knowledge/letters/draft_talk.py, applied by the buttons' own use cases (usecases/letter_edits.py;
a task added whole: usecases/added_tasks.py). A message meant for the draft that is in no
shape read there (it names a task, or opens with a correction's verb and names a field) gets
the shapes that are read and the "Sửa n" buttons, never a service's answer.
"""

from __future__ import annotations

from dataclasses import replace

from knowledge.letters.draft_talk import DraftTalk, Talk, read_draft_talk, said_to_draft
from knowledge.messages import offers
from knowledge.render.answers import esc
from knowledge.render.published_talk import PublishedTask, published_talk
from usecases.added_tasks import add_task
from usecases.callers import Caller
from usecases.deadline_moves import MovePlan
from usecases.desk import Desk
from usecases.draft_choice import chosen_task
from usecases.draft_extends import extends_cited
from usecases.letter_edits import EditField, drop_task, edited_task, save_edit
from usecases.letters import LetterReview, letter_repo
from usecases.letters import review as draft_review
from usecases.results import Refusal
from usecases.runner import use_case
from usecases.task_renames import RenamePlan, plan_rename
from usecases.tracked_talk import tracked_edit

MAX_LISTED_DRAFTS = 50  # drafts counted when a sentence goes to the newest of several


@use_case(database=False)
def draft_talk_said(desk: Desk, caller: Caller, text: str) -> DraftTalk | None:
    """An admin's text read as a correction to a draft (`draft_talk` then finds the draft), once
    per text; None for anyone else's or anything else."""
    if not caller.is_admin or desk.letters is None:
        return None
    return desk.remembered(
        "draft talk", text, lambda: read_draft_talk(text) or said_to_draft(text)
    )


@use_case(writes=True)
def draft_talk(
    desk: Desk, caller: Caller, said: DraftTalk
) -> LetterReview | RenamePlan | MovePlan | Refusal | None:
    """A correction typed as a sentence to the admin's newest draft, read by the buttons' own
    readers and quoted back with the draft; "công bố" shows the draft with its button
    (publishing is a press); a sentence the reader does not read, the shapes it reads. None: no
    draft waits (the text is then read as anything else)."""
    if not caller.is_admin or desk.letters is None:
        return None
    if said.tracked:  # a tracked task by its id, a seed's too: never a draft's (tracked_talk.py)
        return tracked_edit(desk, caller, said)
    drafts = letter_repo(desk).drafts(limit=MAX_LISTED_DRAFTS)
    if not drafts:
        return _published(desk, caller, said)
    # the newest draft, as README says: a draft left for later must not stop typed corrections
    # to every letter after it; when others wait, the reply says which one it went to
    if said.cited is not None:  # "cv 860 là gia hạn cho nv 2 của cv 815": the draft it names
        return extends_cited(desk, caller, said, drafts)
    stored = drafts[0]
    tasks = stored.draft.tasks
    chosen = chosen_task(desk, caller, stored.id)
    if chosen is not None and not 0 <= chosen < len(tasks):
        chosen = None
    if said.kind == Talk.DATE and chosen is not None:
        # "hạn 30/6/2021" right after [Sửa 1]: task 1's deadline (ux24 #10)
        said = replace(said, kind=Talk.EDIT, task=chosen + 1)
    if said.kind == Talk.DATE:  # whose deadline: asked, with the draft and its buttons
        asked = offers.date_for_which_task(stored.file_name, len(tasks), said.value)
        return replace(draft_review(desk, stored), changed=asked)
    if said.kind == Talk.UNREAD:
        return Refusal(offers.draft_talk_forms(stored.file_name, len(tasks)))
    if said.kind == Talk.ADD:  # a task the reader missed, added whole
        return _newest(add_task(desk, caller, stored, said.value), drafts)
    if said.kind == Talk.PUBLISH:
        shown = draft_review(desk, stored)
        if not tasks:
            return replace(shown, changed=offers.nothing_to_publish(stored.file_name))
        if shown.blockers:  # no "Công bố" under it yet: what must be done first
            checkable = bool(stored.draft.blocking and tasks)
            held = offers.publish_held(stored.file_name, len(shown.blockers), checkable)
            return replace(shown, changed=held)
        return replace(shown, changed=offers.publish_by_press(stored.file_name, bool(tasks)))
    number = said.task
    if number is None:  # the task chosen by its "Sửa n" button, or the draft's only one
        number = chosen + 1 if chosen is not None else 1 if len(tasks) == 1 else None
    if number is None or not 1 <= number <= len(tasks):
        return Refusal(offers.which_draft_task(stored.file_name, len(tasks)))
    index = number - 1
    if said.kind == Talk.DROP:
        return _newest(drop_task(desk, caller, stored.id, stored.revision, index), drafts)
    field = EditField(said.field)
    changed = edited_task(desk, stored.draft, index, field, said.value)
    if isinstance(changed, str):
        return Refusal(f"{esc(changed.rstrip('.'))}. {offers.UNCHANGED}")
    return _newest(save_edit(desk, caller, stored, index, field, changed), drafts)


def _published(desk: Desk, caller: Caller, said: DraftTalk) -> RenamePlan | Refusal | None:
    """No draft waits: a task's correction by its number ("sửa hạn nv 1 thành 5/7/2021", "bỏ
    nv 2") is about the letter published last, which the coordinator may have published before
    correcting it: said so, with the command that does it on the tracked task (ux22 #5); a new
    title is shown to be confirmed by a press (usecases/task_renames.py, ux32 #7). None for
    anything else (then read as a question)."""
    if said.kind not in (Talk.EDIT, Talk.DROP) or said.task is None or desk.letters is None:
        return None
    letters = [p for p in desk.letters.in_force() if p.tasks]
    if not letters:
        return None
    last = letters[-1]
    name = last.letter.number or last.file_name
    found = None
    if 1 <= said.task <= len(last.tasks):
        task_id = last.tasks[said.task - 1][0]
        tracked = desk.province.task_at(task_id)
        if tracked is not None:
            task = tracked[0]
            found = PublishedTask(said.task, task, task.next_due(desk.clock.today()))
    if found is not None and said.kind == Talk.EDIT and said.field == EditField.TITLE:
        return plan_rename(desk, caller, found.task.id, said.value)
    html = published_talk(name, len(last.tasks), said.kind.value, said.field, said.value, found)
    return Refusal(html)


def _newest(done: LetterReview | Refusal, drafts: list) -> LetterReview | Refusal:
    """The correction's quote, saying it went to the newest draft when others wait."""
    if isinstance(done, Refusal) or len(drafts) < 2:
        return done
    note = offers.newest_draft(drafts[0].file_name, len(drafts) - 1)
    return replace(done, changed=f"{note}\n{done.changed}")
