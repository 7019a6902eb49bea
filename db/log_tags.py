"""The tags in the reminder log's unique keys (db/delivery_log.py): what kind of word an entry
is, read back from its key. Split from delivery_log.py.
"""

from __future__ import annotations

# the tag in the unique key of a reminder to send a missing document (the coordinator's button)
NUDGE = "nopbai"
# the tags of a published letter's notice to the units that owe or support its tasks, and of
# the word that it was taken back (undone or withdrawn): `{province}|{tag}|{letter}|{version}|
# {unit}|{chat}`
NOTICE = "congvan"
RETRACT = "thuhoi"
# the coordinator ended (or reopened) the tracking of tasks or occurrences: the units concerned
# are told as of a letter (usecases/end_notices.py), `{province}|{tag}|0|{version}|{unit}|{chat}`
ENDED = "ketthuc"
REOPENED = "molai"
# a moved deadline told to the units that owe it (usecases/deadline_moves.py): the version of
# the letters that moved it stands where a letter's id does
MOVED = "doihan"
# a published task renamed, told to the units that owe it (usecases/task_renames.py): the
# version of the letters that renamed it stands where a letter's id does
RENAMED = "doiten"
# a task's blank form attached by the coordinator (usecases/letter_forms.py): the form's id
# stands where a letter's id does
BLANK = "mautrong"
# a write the coordinator made for a unit ("ghi thay", usecases/behalf_told.py): the status
# change's id stands where a letter's id does
BEHALF = "ghithay"
# an officer approved: the letters in force with the unit's work (usecases/approval_notices.py),
# the version of the letters in force standing where a letter's id does
APPROVED = "duyet"
# a change of the assignment table in force (an import, /giao, a rollback) told to each unit it
# changes a role or a date for (usecases/table_notices.py): the version stands where a letter's
# id does, and the entry's keys hold the unit's lines of the change, "old → new"
TABLE = "bangpc"
# what a person's act records to be told at once (not a tick's reminder or digest)
TOLD_TAGS = (
    NUDGE,
    NOTICE,
    RETRACT,
    ENDED,
    REOPENED,
    MOVED,
    RENAMED,
    BLANK,
    BEHALF,
    APPROVED,
    TABLE,
)


def notice_of(uniq: str) -> tuple[str, int | None]:
    """(tag, letter) of a letter's notice or retraction; ("", None) for any other entry."""
    parts = uniq.split("|")
    tags = (NOTICE, RETRACT, ENDED, REOPENED, MOVED, RENAMED, BLANK, BEHALF, APPROVED, TABLE)
    if len(parts) == 6 and parts[1] in tags and parts[2].isdigit():
        return parts[1], int(parts[2])
    return "", None


def notice_key(province: str, tag: str, letter: int, version: int, unit: str, chat: int) -> str:
    return f"{province}|{tag}|{letter}|{version}|{unit}|{chat}"
