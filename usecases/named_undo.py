"""An undo asked right after a row was named ("406-20 chưa xong", then "hoàn tác"): the caller's
last write of that row, not their last write of any row (which may be another, later one). The
row named is the one whose status offer still waits for its press; with none waiting, or none of
the caller's writes on it, the undo is the caller's last write as before (usecases/undoing.py).
Nothing is undone without the button's press."""

from __future__ import annotations

from knowledge.rules.status_undo import undo
from knowledge.rules.statuses import Target, target_for
from usecases import prompts
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.prompts import OfferPrompt
from usecases.results import Refusal
from usecases.runner import use_case
from usecases.undoing import LastWrite


@use_case(writes=True)
def named_last_write(desk: Desk, caller: Caller) -> LastWrite | None:
    """The offer waiting ends here (the screen kept it for this): the undo is what is offered
    now, by its own button."""
    waiting = caller.waiting
    prompt = waiting.prompt if waiting is not None else None
    if not isinstance(prompt, OfferPrompt):
        return None
    if caller.chat_id is not None:
        prompts.take(desk, caller.chat_id, caller.user_id)
    if prompt.others:
        return None
    province = desk.province
    target = target_for(province, caller.actor, prompt.key, prompt.unit or None)
    if not isinstance(target, Target):
        return None
    change = desk.repo.current(prompt.key, target.agency)
    if change is None or change.by != caller.user_id or change.undoes is not None:
        return None  # another's write, or an undo: the general rule says what to do
    if desk.submissions.marking(change.id) is not None:
        return None  # a submission's mark is undone with its submission, never alone
    previous = desk.repo.before(change)
    decision = undo(province, caller.actor, change, previous, change.id, desk.clock.now())
    if isinstance(decision, Refusal):
        return LastWrite(refusal=decision)
    return LastWrite(change=change)
