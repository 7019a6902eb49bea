"""A unit's file the coordinator received by e-mail or on paper, kept for the unit ("ghi thay"):
`/nop <task> <unit>` names both, the unit after the task's words (or before them). The admin's
prompt for the file opens with `PROMPT_HEAD`, so a file sent later in reply to it is for that
unit too (usecases/file_targets.file_key).

The day the unit's e-mail came may be said with them (`/nop <task> <unit> ngày 3/9`, ux37 #5:
the upload day was the only one, and a unit that sent on time was recorded late): the status
the file sets counts from it (`sent_on`, as "đã nộp ngày 3/9" does), quoted back in the receipt,
undone with it. It may not be after today, nor before the task's letter (`received_refused`).
"""

from __future__ import annotations

import re
from datetime import date

from knowledge.calendar.deadlines import fmt_date
from knowledge.catalogue.model import split_key
from knowledge.catalogue.units import unit_read
from knowledge.letters.letter_days import letter_day
from knowledge.reader.sent_dates import said_received
from knowledge.render.answers import key_tag
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.officers import registrable
from usecases.results import Refusal

# the first words of the bot's prompt for a unit's file an admin keeps (handlers/handed_files)
PROMPT_HEAD = "📥 Ghi thay {unit}: "
_PROMPT_UNIT = re.compile(r"📥 Ghi thay ([^:\n]{2,200}): ")


def behalf_words(desk: Desk, caller: Caller, arg: str) -> tuple[str, str | None]:
    """An admin's `/nop` words: the task's words and the unit they name after them, the longest
    run of closing words that reads as one unit ("tq-2021-08-25 T9/2021 so y te"), else before
    them ("syt mẫu 01"); (arg, None) for anyone else, or when no unit is named."""
    words = arg.split()
    if not caller.is_admin or len(words) < 2:
        return arg, None
    units, whole = registrable(desk), desk.assistant.agencies.whole
    for cut in range(1, len(words)):
        name = unit_read(" ".join(words[cut:]), whole, units)
        if name is not None:
            return " ".join(words[:cut]), name
    for cut in range(len(words) - 1, 0, -1):
        name = unit_read(" ".join(words[:cut]), whole, units)
        if name is not None:
            return " ".join(words[cut:]), name
    return arg, None


def prompt_unit(desk: Desk, caller: Caller, replied: str) -> str | None:
    """The unit the bot's prompt an admin replies to was for (None: not such a prompt)."""
    found = _PROMPT_UNIT.search(replied) if caller.is_admin else None
    if found is None:
        return None
    return unit_read(found.group(1).strip(), desk.assistant.agencies.whole, registrable(desk))


def received_words(desk: Desk, caller: Caller, arg: str) -> tuple[str, date | None]:
    """An admin's `/nop` words without the day the unit's file was received ("… ubnd hàm yên
    ngày 3/9", "… nhận email ngày 3/9"), and that day; (arg, None) for anyone else or when
    they say none."""
    if not caller.is_admin:
        return arg, None
    day, rest = said_received(arg, desk.clock.today())
    return (rest, day) if day is not None else (arg, None)


def received_refused(desk: Desk, key: str, received: date | None) -> Refusal | None:
    """Why the day received may not stand for the file of `key`: a day that has not come, or
    one before the task's letter; None when it may (or none was said)."""
    if received is None:
        return None
    today = desk.clock.today()
    if received > today:
        return Refusal(
            f"Ngày nhận {fmt_date(received)} chưa đến (hôm nay {fmt_date(today)}): gõ lại ngày "
            "đơn vị gửi. Không có gì được lưu."
        )
    task = desk.province.task(split_key(key)[0])
    published = desk.letters.in_force() if desk.letters is not None else ()
    dated = letter_day(task, published) if task is not None else None
    if dated is not None and received < dated:
        return Refusal(
            f"Ngày nhận {fmt_date(received)} trước ngày công văn giao {key_tag(key)} "
            f"({fmt_date(dated)}): gõ lại ngày đơn vị gửi. Không có gì được lưu."
        )
    return None
