"""The coordinator's digest, asked for in words ("tổng hợp tuần này") or sent on its cadence:
one function builds both (`digest_for`, ux24 #8: the digest asked for and the one sent must
list the same documents), from knowledge/deliverables/digest.py, with a moved deadline said
beside the date it replaced, as /nopbai tinh heads it. Anyone but an admin asking is read as a
question."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from knowledge.deliverables.digest import Digest, build_digest, nothing_new, weekly_day
from knowledge.deliverables.tracking import TaskHandins
from knowledge.reader.digest_words import asks_digest
from knowledge.render.digest_text import digest_message, quiet_message
from knowledge.render.submission_text import Partly
from knowledge.rules.progress import Marks
from usecases import handins
from usecases.callers import Caller
from usecases.deadline_history import moved_before
from usecases.desk import Desk
from usecases.results import Refusal
from usecases.runner import use_case

ADMINS_ONLY = (
    "Bản tổng hợp là của quản trị viên (Sở TT&amp;TT). Việc của đơn vị bạn: /nopbai, /tiendo, "
    "/quahan."
)


@use_case(database=False)
def digest_asked(desk: Desk, caller: Caller, text: str) -> bool:
    """Whether an admin's text asks for the digest (read once per text and day)."""
    if not caller.is_admin or text.lstrip().startswith("/"):
        return False
    today = desk.clock.today()

    def read() -> bool:
        return asks_digest(desk.assistant.parse(text, today, desk.province))

    return desk.remembered("digest", (text, today), read)


@use_case(writes=False)
def digest_for(
    desk: Desk, marks: Marks, day: date, since: date | None = None
) -> tuple[Digest, str]:
    """The digest of `day` and its message; `since`: the day of the digest sent before (its
    lists not repeated), None when asked for (every list in full)."""
    catalogue, province = desk.catalogue, desk.province
    found = built_digest(desk, marks, day)
    partly = handins.partly(desk)  # some forms in: said beside the unit, as /nopbai tinh says
    found = replace(
        found,
        since=since,
        documents=tuple(with_partly(t, partly) for t in moved_before(desk, found.documents)),
        later=tuple(moved_before(desk, found.later)),
    )
    if since is not None and not weekly_day(day, catalogue.calendar, desk.config.digest.weekdays):
        # a day near a deadline with nothing new since the digest before: one line (ux28)
        handed = any(s.submitted_at.date() >= since for s in desk.submissions.submissions())
        if nothing_new(found, marks, handed):
            return found, quiet_message(province, found)
    return found, digest_message(catalogue, province, found)


def with_partly(t: TaskHandins, partly: Mapping[tuple[str, str], Partly]) -> TaskHandins:
    """The document with what each unit still missing it sent of its forms, and still owes."""
    units = tuple(
        replace(u, detail=partly[(u.key, u.unit)].text) if (u.key, u.unit) in partly else u
        for u in t.units
    )
    return replace(t, units=units)


# desk.memory's entry: the last digest built, with what it was built from
_BUILT = "digest-built"


def built_digest(desk: Desk, marks: Marks, day: date) -> Digest:
    """The digest of `day` for these statuses on the catalogue in force, every list in full: the
    tick that writes the digest down and the send that says it build the same one (the same
    statuses, the same day), and each read every unit's every row and task. Kept once built,
    until the statuses, the catalogue or the day differ (`since` only says which lists the
    message leaves out: `digest_for`)."""
    catalogue = desk.catalogue
    kept = desk.memory.get(_BUILT)
    if kept is not None and kept[0] is catalogue and kept[1] is marks and kept[2] == day:
        found: Digest = kept[3]
        return found
    found = build_digest(catalogue, desk.province, marks, day, offsets=desk.config.policy.offsets)
    desk.memory[_BUILT] = (catalogue, marks, day, found)
    return found


@use_case(writes=False)
def asked_digest(desk: Desk, caller: Caller) -> str:
    """The digest as of today, from the statuses in force."""
    return digest_for(desk, desk.statuses().marks, desk.clock.today())[1]


@use_case(writes=False)
def digest_command(desk: Desk, caller: Caller) -> str | Refusal:
    """/tonghop: the digest as of today for an admin, as "tổng hợp tuần này" gives it."""
    if not caller.is_admin:
        return Refusal(ADMINS_ONLY)
    return asked_digest(desk, caller)
