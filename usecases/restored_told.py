"""Who heard of a change of the letters undone ("Hoàn tác", /hoantac, the web desk's undo): the
notices it recorded (a publication taken back, a deadline moved back, an end of tracking undone)
delivered at once, and the line that says whom they reached. One front for the chat and the
page: the page's undo of "Kết thúc theo dõi" told the units only at a later tick while the
chat's told them at once (ux27 #8 fixed the chat alone; u31)."""

from __future__ import annotations

from knowledge.render.letter_notice import notices_report, retracts_report
from usecases import end_notices, letter_notices
from usecases.desk import Desk
from usecases.letter_notices import Announced
from usecases.publishing import LettersRestored
from usecases.runner import use_case


def owes_delivery(done: LettersRestored) -> bool:
    """Whether the undo recorded words for the units: said now, as the change itself was."""
    announced = done.announced is not None and done.announced.owed
    told = bool(done.moved) or done.titled > 0
    return announced or told or any(e.recorded for e in done.ends)


def notices_told(announced: Announced | None, found: letter_notices.NoticeReport | None) -> str:
    """Whom a change's letter notices (and retractions) reached, as HTML; "" when none."""
    if announced is None or found is None:
        return ""
    lines = []
    if announced.letters and announced.units:
        lines.append(
            notices_report(
                found.told,
                found.waiting,
                found.blocked,
                found.unreached,
                found.no_officer,
                found.no_officer_support,
            )
        )
    if found.retracted:
        lines.append(retracts_report(found.retracted))
    return "\n".join(lines)


@use_case(writes=False)
def restored_report(desk: Desk, done: LettersRestored) -> str:
    """Once delivered: whom the undo's notices and its ends' (or reopenings') reached."""
    announced = done.announced
    found = None
    if announced is not None and (announced.units or announced.retracted):
        found = letter_notices.report(desk, announced)
    lines = [notices_told(announced, found)]
    lines += [end_notices.told_line(desk, end) for end in done.ends]
    return "\n".join(line for line in lines if line)


@use_case(front=True)
async def tell_restored(desk: Desk, done: LettersRestored) -> str:
    """The undo's words delivered now (the reminders' delivery: retried, a blocked chat marked),
    then whom they reached, as HTML for the coordinator's reply; "" when nobody was concerned."""
    if owes_delivery(done) and desk.deliver_owed is not None:
        await desk.deliver_owed()
    return await desk.run(restored_report, done)
