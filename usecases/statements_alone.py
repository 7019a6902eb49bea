"""A status said with no row ("xong rồi"): the row the writer just wrote or named, else one
button for each item the writer's unit still owes; nothing written before a press."""

from __future__ import annotations

from datetime import date

from knowledge.catalogue.model import split_key
from knowledge.reader.writes import Offer
from knowledge.render.answers import esc
from knowledge.rules.last_act import not_before
from knowledge.rules.progress import standings
from knowledge.rules.standing import State
from knowledge.rules.status_undo import said_of_last_write
from knowledge.rules.statuses import Status, target_for
from usecases import named_rows
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.later_sends import reminded_keys
from usecases.results import UNCHANGED, Refusal
from usecases.runner import use_case
from usecases.statements_kinds import BareStatus, Several, Why


@use_case()
def last_row_offer(desk: Desk, caller: Caller, said: BareStatus) -> Offer | Several | Refusal:
    """ "xong rồi" right after writing 406-22 (within the undo's window), or after naming it with
    `/capnhat 406-22` and leaving its buttons for another command (usecases/named_rows.py): that
    row, offered for confirmation as any statement is, the newer of the two. Else which item is
    asked: one button for each the writer's unit still owes (`owed_offers`), or, with none,
    how to name it."""
    change = desk.repo.latest_by(caller.user_id)
    named = named_rows.last_named(desk, caller.chat_id, caller.user_id)
    if (
        named is not None
        and (change is None or not_before(named.at, change.at))
        and (not said.sending or desk.province.task_at(named.key) is not None)
    ):  # `/capnhat 406-19` left for another command, or 406-19 just asked: "xong" is about it
        target = target_for(desk.province, caller.actor, named.key, named.unit or None)
        if isinstance(target, Refusal):
            # another unit's row just asked: whose it is, and nothing to press (u31: the unit's
            # own items owed beside it read as "Bạn chưa nêu mục nào", as if nothing was asked)
            return target
        return Offer(named.key, said.status, unit=named.unit)
    # the unit an admin wrote for: the same again
    unit = change.agency if change is not None and caller.is_admin else None
    is_task = change is not None and desk.province.task_at(change.key) is not None
    if (
        change is not None
        and said_of_last_write(change, desk.clock.now(), said.sending, is_task)
        and not isinstance(target_for(desk.province, caller.actor, change.key, unit), Refusal)
    ):
        return Offer(change.key, said.status, unit=unit or "")
    owed = owed_offers(desk, caller, said)
    if owed is not None:
        return owed
    label = said.status.label
    return Refusal(
        f"Ghi “{esc(label)}” cho mục nào? Gõ kèm mã, ví dụ <code>406-14 "
        f"{esc(label.lower())}</code>, hoặc /capnhat để chọn mục. {UNCHANGED}"
    )


MAX_OWED = 6  # buttons for a status said alone; the others by /capnhat, which the offer says
# a task's document is sent or being prepared, never tested on the portal as a service is
_TASK_STATUSES = frozenset(Status) - {Status.DANG_KIEM_THU}


def owed_offers(desk: Desk, caller: Caller, said: BareStatus) -> Several | None:
    """A status said alone about nothing named: the items the writer's unit still owes (open
    or late, by the one rule of where an item stands: knowledge/rules/standing.py), soonest
    due first, each offered with that status; said as a sending ("đã nộp rồi ạ"), only its
    tasks, whose documents are sent. None when the writer has no unit or owes nothing."""
    agency = caller.agency
    if agency is None:
        return None
    province, today = desk.province, desk.clock.today()
    owed = [
        s
        for s in standings(desk.catalogue, province, desk.statuses().marks, today, agency)
        if s.state in (State.OPEN, State.LATE)
        and (not s.is_task or said.status in _TASK_STATUSES)
        and (s.is_task or not said.sending)
    ]
    owed.sort(key=lambda s: (s.due or date.max, not s.is_task))
    keys = [
        s.key for s in owed if not isinstance(target_for(province, caller.actor, s.key), Refusal)
    ]
    if not keys:
        return None
    if said.sending and caller.chat_id is not None:
        # "đã gửi rồi" typed right after a reminder: about what it named, as a Telegram reply
        # to it would be (ux27 #7), when the unit still owes any of it
        reminded = set(reminded_keys(desk, caller.chat_id))
        keys = [k for k in keys if k in reminded or split_key(k)[0] in reminded] or keys
    why = Why.OWED_SENT if said.sending else Why.OWED
    return Several(tuple(Offer(k, said.status) for k in keys[:MAX_OWED]), why)
