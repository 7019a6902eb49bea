"""The coordinator's last change of the province's letters (a publication, a withdrawal, an end of
tracking, a deadline moved, a rollback), for `/hoantac` and "hoàn tác" typed (usecases/undoing.py):
which version it made, and how /congvan lichsu names it. Undoing it is the letters' own "Hoàn tác"
(publishing.undo_version): the version before it in force again, within 10 minutes, while it is
the version in force.
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.letters.publish import LetterVersion
from knowledge.render.letter_versions import version_lines
from knowledge.rules.statuses import within_window
from usecases.callers import Caller
from usecases.desk import Desk


@dataclass(frozen=True)
class LettersAct:
    version: LetterVersion
    line: str  # as /congvan lichsu lists it: "2 · 2/8/2021 09:00 · thu hồi công văn 1 (…) · …"
    in_force: bool  # still the version in force: nothing newer changed the letters
    in_window: bool  # within the 10 minutes of its "Hoàn tác"


def last_letters_act(desk: Desk, caller: Caller) -> LettersAct | None:
    """The newest version of the letters the caller made (only an admin changes them)."""
    if desk.letters is None or not caller.is_admin:
        return None
    versions = desk.letters.history()
    mine = [v for v in versions if v.by == caller.user_id]
    if not mine:
        return None
    version = mine[-1]
    current = desk.letters.in_force_number()
    names = {stored.id: stored.file_name for stored in desk.letters.published()}
    lines = version_lines(versions, names, current)
    line = next((x for x in lines if x.startswith(f"{version.number} · ")), str(version.number))
    line = line.removesuffix(" ← đang dùng")
    return LettersAct(
        version,
        line,
        version.number == current,
        within_window(version.at, desk.clock.now()),
    )
