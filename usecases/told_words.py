"""The words the reminder log carries beside a letter's notice and retraction, each made at send
time by the module that records it (usecases/letter_notices.py `texts_for` asks this table)."""

from __future__ import annotations

from collections.abc import Callable

from db.delivery_log import BEHALF, BLANK, ENDED, MOVED, RENAMED, REOPENED, TABLE
from db.log_tags import APPROVED
from db.reminder_repo import Owed
from usecases import end_notices
from usecases.approval_notices import approved_notice
from usecases.behalf_told import behalf_notice
from usecases.deadline_moves import moved_notice
from usecases.desk import Desk
from usecases.letter_forms import blank_notice
from usecases.table_notices import table_told
from usecases.task_renames import renamed_notice

# the words that are not a letter's notice or retraction, each made at send time by its module:
# an end of tracking (or its reopening), a moved deadline, a task renamed, a blank form
# attached, a write for the unit ("ghi thay"), an officer just approved, a table change
OWN_WORDS: dict[str, Callable[[Desk, Owed], str | None]] = {
    ENDED: end_notices.text_for,
    REOPENED: end_notices.text_for,
    MOVED: moved_notice,
    RENAMED: renamed_notice,
    BLANK: blank_notice,
    BEHALF: behalf_notice,
    APPROVED: approved_notice,
    TABLE: table_told,
}
# told to the officers who switched reminders off too: records of their unit, not reminders
QUIET_TOO = (BEHALF, APPROVED)
