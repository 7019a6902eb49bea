"""A file sent as a reply to the reminder of one task that names another task the unit owes
(ux37 #2): the 30/8 reminder listed only Mẫu số 03, the officer replied to it with the Mẫu số 04
list, and the offer had one button, for Mẫu số 03, under the bot's own "không phải nhiệm vụ
này". The reply points at a task; the file's own words (the form it prints, its name, its head)
may point at another the unit owes: that one is offered too, first (usecases/file_offers.py),
and the reminder's task keeps a button only if the file does not contradict it.
"""

from __future__ import annotations

from knowledge.catalogue.model import split_key
from knowledge.deliverables.file_claims import FileClaims, form_key
from knowledge.deliverables.file_evidence import file_words
from usecases.desk import Desk
from usecases.file_targets import owed_keys


def named_instead(
    desk: Desk, agency: str, replied: str, name: str, head: str, claims: FileClaims
) -> tuple[str, ...]:
    """The unit's files owed now, of tasks other than `replied`'s (the reminder's), that the
    file names: by the form it prints, or by its words when they do not name `replied` too
    (words naming both decide nothing). () when it names none."""
    task_id = split_key(replied)[0]
    owed = [k for k in owed_keys(desk, agency) if split_key(k)[0] != task_id]
    if not owed:
        return ()
    province = desk.province
    form = {k for k in owed if claims.form and _form(desk, k) == claims.form}
    said: set[str] = set()
    words = " ".join(filter(None, (file_words(name), head)))
    if words:
        ids = {split_key(k)[0] for k in owed} | {task_id}
        pool = [t for t in province.tasks if t.id in ids]
        today = desk.clock.today()
        said = {
            t.id for t in desk.assistant.tasks_in_file(words, today, province, agency, pool).tasks
        }
        if task_id in said:
            said = set()
    return tuple(k for k in owed if k in form or split_key(k)[0] in said)


def _form(desk: Desk, key: str) -> str | None:
    task = desk.province.task(split_key(key)[0])
    return form_key(task.form) if task is not None and task.form else None
