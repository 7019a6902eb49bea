"""The letters in force told to an officer just approved (ux34 #7): a letter's notice goes to
the officers approved when it is published; one approved later (the publish receipt's units
"chưa có cán bộ được duyệt" included) heard nothing of it until a reminder. On approval, one
entry in the reminder log for the officer's chat (recorded with the approval, so a restart
neither loses nor repeats it; keyed by the version of the letters in force, so a second
approval under the same letters says nothing again), delivered after the welcome; its text is
made at send time, from the letters and statuses then: nothing to say, nothing sent.
"""

from __future__ import annotations

from dataclasses import replace

from db.delivery_log import notice_key
from db.log_tags import APPROVED
from db.reminder_repo import Owed
from knowledge.catalogue.key_lists import join_keys
from knowledge.catalogue.model import Task
from knowledge.catalogue.views import TaskView, task_view
from knowledge.letters.publish import Published, document_of
from knowledge.reader.progress import owed_task
from knowledge.render.approved_text import approved_message
from usecases.desk import Desk
from usecases.runner import use_case


def _tasks(desk: Desk, published: Published, unit: str) -> list[Task]:
    """The letter's tasks in force the unit owes or supports, tracked still."""
    found = []
    for task_id, _ in published.tasks:
        task = desk.province.task(task_id)
        if (
            task is not None
            and task.ended is None
            and unit in (*task.addressees, *task.supporting)
        ):
            found.append(task)
    return found


def record_approved(desk: Desk, unit: str, user_id: int) -> int:
    """Inside the approval's use case: the word owed to the officer's chat, when a letter in
    force gives the unit work; how many entries were recorded (0 or 1)."""
    letters = desk.letters
    if letters is None:
        return 0
    keys = [t.id for p in letters.in_force() for t in _tasks(desk, p, unit)]
    if not keys:
        return 0
    now, version = desk.clock.now(), letters.in_force_number()
    entry = {
        "uniq": notice_key(desk.config.province, APPROVED, version, version, unit, user_id),
        "chat_id": user_id,
        "day": now.date(),
        "agency": unit,
        "due": now.date(),
        "offset": 0,
        "keys": join_keys(keys),
    }
    return desk.reminders.record([entry], now)


def approved_notice(desk: Desk, item: Owed) -> str | None:
    """At send time, the letters in force with the unit's work in them, where it stands on
    each by the standing rule (knowledge/reader/progress.py `owed_task`); None when none is
    left (withdrawn or ended meanwhile) or the officer is no longer of the unit."""
    assert desk.letters is not None
    unit, today = item.agency, desk.clock.today()
    marks = desk.statuses().marks
    letters: list[tuple[str, list[TaskView]]] = []
    for published in desk.letters.in_force():
        views = []
        for task in _tasks(desk, published, unit):
            view = task_view(task, today)
            if unit in task.addressees:
                views.append(owed_task(view, desk.province, unit, marks, today))
            else:
                views.append(replace(view, supports=True))
        if views:
            title = document_of(published).title.removesuffix(f" ({published.file_name})")
            letters.append((title, views))
    return approved_message(unit, letters, today) if letters else None


@use_case(front=True)
async def tell_approved(desk: Desk) -> None:
    """The word recorded with the approval delivered at once, after the welcome, rather than
    at the next heartbeat."""
    if desk.deliver_owed is not None:
        await desk.deliver_owed()
