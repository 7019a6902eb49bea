"""A file a unit sends with no task named surely, offered for a press: the files the unit owes
now, or the tasks of the reminder of several it replies to (usecases/handed_files.file_key says
which), one button each, those the file's own words name first; kept only on the press, as
usecases/handed_files.hand_in keeps a file named at once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from knowledge.catalogue.model import Task, split_key
from knowledge.deliverables.file_evidence import file_words, named_first
from knowledge.deliverables.handed_files import FILE_FORM
from usecases import prompts, refs
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.handed_files import target_of
from usecases.prompts import FilePrompt
from usecases.results import Refusal
from usecases.runner import use_case
from usecases.task_titles import task_title


@dataclass(frozen=True)
class FileOffered:
    """A file sent with no task named, offered for the one the unit owes: nothing kept yet."""

    key: str
    task: Task
    due: date | None
    name: str
    again: bool = False  # the unit already sent a file for it: this one is a new version
    named: bool = False  # the file's name or title rows name it (file_evidence.py): put first
    title: str = ""  # the task's short title, which its button leads with (ux23 #2)


@use_case(writes=True)
def offer_file(
    desk: Desk, caller: Caller, keys: tuple[str, ...], file_id: str, name: str, head: str = ""
) -> tuple[FileOffered, ...] | Refusal:
    """The chat waits for the press that hands this file in for one of `keys` (what a reply to
    the reminder of one task does at once: here nothing names the task surely, so it is
    asked): the one file the unit owes, or the tasks a reminder of several names. Those the
    file's name or a workbook's title rows (`head`) name come first ("bc_stp_mau02.docx": the
    task on Mẫu số 02, not the one listed first by date); none named, none put forward."""
    targets = [target_of(desk, caller, key, name) for key in keys]
    found = [t for t in targets if not isinstance(t, Refusal)]
    if not found:
        refused = targets[0]
        assert isinstance(refused, Refusal)
        return refused
    agency = found[0][1]
    chosen, named = _named_first(
        desk, agency, tuple(dict.fromkeys(key for key, _ in found)), name, head
    )
    assert caller.chat_id is not None
    prompt = FilePrompt(chosen[0], agency, file_id, name, chosen[1:])
    prompts.wait_for(desk, caller.chat_id, caller.user_id, prompt)
    offered = []
    for key in chosen:
        task = desk.province.task(split_key(key)[0])
        assert task is not None
        again = bool(desk.submissions.submissions(task=key, agency=agency, form=FILE_FORM))
        offered.append(
            FileOffered(
                key,
                task,
                split_key(key)[1] or task.due,
                name,
                again,
                key in named,
                task_title(desk, key),
            )
        )
    return tuple(offered)


def _named_first(
    desk: Desk, agency: str, keys: tuple[str, ...], name: str, head: str
) -> tuple[tuple[str, ...], frozenset[str]]:
    """`keys` with those the file's own words name first (its name, a workbook's title rows),
    read as `/nop <words>` reads a unit's words among its tasks; and those."""
    words = " ".join(filter(None, (file_words(name), head)))
    if len(keys) < 2 or not words:
        return keys, frozenset()
    pool = [t for t in desk.province.tasks if t.id in {split_key(k)[0] for k in keys}]
    province, today = desk.province, desk.clock.today()
    said = desk.assistant.tasks_named(words, today, province, agency, pool)
    return named_first(keys, {t.id for t in said.tasks}, said.due)


@use_case(writes=True)
def offered_file(desk: Desk, caller: Caller, reference: str) -> FilePrompt | Refusal:
    """The press of `offer_file`'s button, while the chat still waits for it: the file to
    download and hand in (`hand_in`)."""
    assert caller.chat_id is not None
    waiting = prompts.take(desk, caller.chat_id, caller.user_id)
    prompt = waiting.prompt if waiting is not None else None
    key = refs.item_key(desk, reference)
    if not isinstance(prompt, FilePrompt) or key is None or key not in prompt.keys:
        return Refusal(
            "Lựa chọn này đã hết hiệu lực: gửi lại tệp kèm chú thích <code>/nop &lt;mã nhiệm "
            "vụ&gt;</code>. Không có gì được lưu."
        )
    return replace(prompt, key=key, others=())
