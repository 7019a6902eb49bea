"""A task's document reported sent outside the bot: "xong hết rồi" in reply to the Phụ lục
reminder, with no Phụ lục in the bot, marks the task done, and the coordinator's tracking then
counts the unit as sent. The offer says what the press records (sent to the coordinator outside
the bot, nothing of it in the bot) and how to send it through the bot instead (ux16a #4); the
tracking marks such an entry apart (knowledge/render/submission_text.py `nothing_in_bot`)."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.catalogue.occurrence_names import short_key
from knowledge.deliverables.forms import task_forms
from knowledge.deliverables.submissions import missing_forms
from knowledge.deliverables.tracking import collects
from knowledge.rules.statuses import Status
from usecases.desk import Desk


@dataclass(frozen=True)
class Outside:
    """What the unit reports sent outside the bot: `what` (the task's forms, "Phụ lục I–IV", or
    its file), to whom, and how it is sent through the bot (`hand_in`: "/nop pl1", …)."""

    what: str
    to: str
    hand_in: tuple[str, ...]
    forms: bool  # forms the bot has a layout of (else a file)
    # the forms the unit did send through the bot ("Phụ lục I"): then `what` is only the others
    # ("Phụ lục II, …"), which the press reports sent outside it (ux19 #10)
    held: tuple[str, ...] = ()


def outside_bot(desk: Desk, key: str, agency: str, status: Status) -> Outside | None:
    """Marking `key` done for `agency` reports its document sent outside the bot: a task the
    coordinator collects, of which the unit has handed nothing in through the bot."""
    province = desk.province
    found = province.task_at(key)
    if status != Status.HOAN_THANH or found is None or not collects(province, found[0]):
        return None
    task = found[0]
    forms = task_forms(province, task.id)
    sent = desk.submissions.submissions(task=key, agency=agency)
    if sent:
        # some of its forms in the bot ("Phụ lục I" of I–IV): the others reported sent outside
        # it, and said so; all of them, or a file, in the bot: the status is about those
        missing = missing_forms(province, task.id, [s.form for s in sent])
        if not missing or len(missing) == len(forms):
            return None
        held = tuple(f.name for f in forms if f not in missing)
        to = task.recipient or province.coordinator
        what = ", ".join(f.name for f in missing)
        return Outside(what, to, tuple(f"/nop {f.code}" for f in missing), True, held)
    what = task.form or ", ".join(f.name for f in forms) or "tệp"
    hand_in = tuple(f"/nop {f.code}" for f in forms) or (f"/nop {short_key(key)}",)
    return Outside(what, task.recipient or province.coordinator, hand_in, bool(forms))
