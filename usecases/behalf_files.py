"""A unit's file the coordinator received by e-mail or on paper, kept for the unit ("ghi thay"):
`/nop <task> <unit>` names both, the unit after the task's words (or before them). The admin's
prompt for the file opens with `PROMPT_HEAD`, so a file sent later in reply to it is for that
unit too (usecases/file_targets.file_key).
"""

from __future__ import annotations

import re

from knowledge.catalogue.units import unit_read
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.officers import registrable

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
