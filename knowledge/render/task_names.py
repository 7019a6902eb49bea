"""How a provincial task is named in a line: its id, which an officer types back, then its form
and title. A task's id is made from its first date ("tq-2021-06-30"); once that date has moved
(`/doihan`, an extension letter) the id reads as a deadline that no longer holds ("📌
tq-2021-06-30 … — hạn 15/7/2021", ux22 #9), so such a task is named by its form and title
first and its id after, as the code it is ("Mẫu số 02: Rà soát … (mã tq-2021-06-30)"). An
occurrence of a recurring task is named by its period ("tq-2021-06-20 T7/2021"), which its
moved date still falls in. A title is cut at a word (a letter's task may be a 200-character
sentence, printed whole in every reminder: ux22 #10)."""

from __future__ import annotations

import re
from datetime import date

from knowledge.catalogue.model import Province, Task, split_key
from knowledge.catalogue.occurrence_key import carried
from knowledge.catalogue.occurrence_names import titled
from knowledge.messages.markup import clipped, esc, key_tag

TITLE_CHARS = 100  # a task's title in a list line, cut at a word beyond it
__all__ = ["clipped"]  # re-exported: where a task's name is cut
_ID_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def task_name(task: Task, due: date | None = None, limit: int = TITLE_CHARS) -> str:
    """ "Mẫu số 02: Rà soát các thủ tục …", the title cut at a word; an occurrence's (`due`)
    with its period ("… — tháng 7/2021")."""
    title = clipped(task.title, limit)
    return titled(task, due, f"{task.form}: {title}" if task.form else title)


def id_date(task_id: str) -> date | None:
    """The date a task's id is made from ("tq-2021-06-30"), None when it holds none."""
    found = _ID_DATE.search(task_id)
    if found is None:
        return None
    try:
        return date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:
        return None


def id_misleads(task: Task, key: str) -> bool:
    """Whether a one-off task's id reads as a date it is no longer due on (moved)."""
    if task.recurring or split_key(key)[1] is not None or task.due is None:
        return False
    made = id_date(task.id)
    return made is not None and made != task.due


def task_head(task: Task | None, key: str, name_html: str) -> str:
    """The start of a task's line: "<b>tq-2021-06-20 T7/2021</b> Mẫu số 01: …", or for a moved
    one-off task "Mẫu số 02: … (mã <b>tq-2021-06-30</b>)". `name_html`: the name, escaped."""
    if task is not None:  # its occurrence named by the task's own cadence (a quarter's)
        key = carried(key, task.every, task.lag)
    if task is not None and id_misleads(task, key):
        return f"{name_html} (mã {key_tag(key)})"
    return f"{key_tag(key)} {name_html}"


def item_head(province: Province, key: str, name_html: str) -> str:
    """`task_head` for a key that may be a row's (never moved: its key is no date)."""
    found = province.task_at(key)
    return task_head(found[0] if found is not None else None, key, name_html)


def task_name_html(task: Task, key: str, limit: int = TITLE_CHARS) -> str:
    """`task_head` of the task's name as `task_name` says it."""
    return task_head(task, key, esc(task_name(task, split_key(key)[1], limit)))
