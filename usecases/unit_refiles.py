"""A coordinator's file kept for the wrong unit ("ghi thay"), re-recorded for the unit meant
(ux34 #5: "nhầm rồi, đây là file của Sở Y tế" right after a ghi thay for UBND huyện Yên Sơn got
"Tôi chưa hiểu", and only /hoantac then a new /nop and the file again set it right). The words
are read by knowledge/reader/wrong_unit.py; here the last file the coordinator kept for a unit,
within the undo's window, is offered to be re-recorded by a button beside that file's undo, and
only the press writes, in one unit of work: the file undone for the wrong unit (its status put
back, usecases/submission_undo.py), the same file kept for the unit meant (usecases/
handed_files.hand_in), whose receipt carries its own "Hoàn tác"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from knowledge.deliverables.handed_files import FILE_FORM
from knowledge.messages.markup import esc, key_tag
from knowledge.reader.wrong_unit import unit_meant
from usecases import refs
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.handed_files import FileHandedIn, hand_in, target_of
from usecases.results import Refusal
from usecases.runner import use_case
from usecases.submission_undo import SubmissionUndone, undo_submission
from usecases.task_titles import task_title

WINDOW = timedelta(minutes=10)  # the undo's: a file kept longer ago is not "the one just sent"
GONE = "Tệp này không còn là bản đang được tính (đã hoàn tác, thay hoặc chuyển). "


@dataclass(frozen=True)
class RefileOffer:
    """The file just kept for `wrong`, to be kept for `right` instead: nothing written yet."""

    submission: int
    name: str
    key: str
    title: str
    wrong: str
    right: str


@dataclass(frozen=True)
class Refiled:
    undone: SubmissionUndone  # the wrong unit's file taken back
    done: FileHandedIn  # the same file kept for the unit meant


@use_case(writes=False)
def refile_asked(desk: Desk, caller: Caller, text: str) -> RefileOffer | Refusal | None:
    """The refile an admin's words ask for the file they kept last for a unit; None when the
    words ask none or no such file was kept just now (read as usual then)."""
    if not caller.is_admin:
        return None
    unit = unit_meant(text, desk.assistant.agencies)
    sent = desk.submissions.latest_by(caller.user_id) if unit is not None else None
    if unit is None or sent is None or sent.behalf is None or sent.undone:
        return None
    change = desk.repo.latest_by(caller.user_id)
    if change is not None and change.at > sent.submitted_at:
        return None  # another write since: the words are not about the file
    if sent.form != FILE_FORM or desk.clock.now() - sent.submitted_at > WINDOW:
        return None
    title = task_title(desk, sent.task)
    if unit == sent.agency:
        return None
    target = target_of(desk, caller, sent.task, sent.file_name, unit)
    if isinstance(target, Refusal):
        return target
    return RefileOffer(sent.id, sent.file_name, sent.task, title, sent.agency, unit)


@use_case(writes=True)
def refile(desk: Desk, caller: Caller, submission_id: int, reference: str) -> Refiled | Refusal:
    """The press: the file `submission_id` taken back from its unit and kept for the unit
    `reference` names (its button's reference, or its name)."""
    subs = desk.submissions
    sent = subs.get(submission_id)
    unit = refs.agency_name(desk, reference)
    if unit is None or not caller.is_admin or sent is None or sent.undone:
        return Refusal(f"{GONE}Không có gì thay đổi.")
    if sent.form != FILE_FORM:
        return Refusal(f"{GONE}Không có gì thay đổi.")
    accepted = subs.submissions(task=sent.task, agency=sent.agency, form=FILE_FORM)
    if not accepted or accepted[-1].id != sent.id:
        return Refusal(f"{GONE}Không có gì thay đổi.")
    # a press days later (u51 #3): past the undo's window, or the unit meant has kept a file
    # of its own for the task since, the old choice changes nothing
    if desk.clock.now() - sent.submitted_at > WINDOW:
        return Refusal(
            f"Nút «Ghi cho {esc(unit)}» chỉ dùng được trong {WINDOW.seconds // 60} phút sau khi "
            f"ghi thay tệp {esc(sent.file_name)}. Không có gì thay đổi."
        )
    own = subs.submissions(task=sent.task, agency=unit)
    if any(s.id > sent.id for s in own):
        return Refusal(
            f"{esc(unit)} đã có tệp {esc(own[-1].file_name)} cho {key_tag(sent.task)} sau tệp "
            f"này: không ghi đè. Không có gì thay đổi."
        )
    # checked before anything is undone: the unit meant must take this file for this task
    target = target_of(desk, caller, sent.task, sent.file_name, unit)
    if isinstance(target, Refusal):
        return target
    content = subs.content(sent.id)
    assert content is not None
    undone = undo_submission(desk, caller, sent.id)
    if isinstance(undone, Refusal):
        return undone
    done = hand_in(desk, caller, sent.task, sent.file_name, content, unit)
    if isinstance(done, Refusal):  # the unit of work is dropped: the undo above with it
        raise RuntimeError(f"refile of submission {sent.id} refused after its check: {done}")
    return Refiled(undone, done)
