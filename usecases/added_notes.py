"""A note added to an item by its key ("ghi chú 406-11: chờ công an tỉnh phản hồi",
knowledge/reader/added_notes.py): offered for a press with the status the unit's item already
has, so the press records the note as any status write is recorded — quoted back, kept in
/lichsu, undone by "Hoàn tác". It was shown the row's card and the note was lost (ux30 #3).
"""

from __future__ import annotations

from dataclasses import replace

from knowledge.messages.markup import key_tag
from knowledge.reader.added_notes import added_note
from knowledge.reader.offers import Offer
from knowledge.render.answers import esc
from knowledge.rules.statuses import Status, Target, target_for
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.results import UNCHANGED, Refusal
from usecases.runner import use_case
from usecases.statements_items import meant_offer
from usecases.statements_kinds import Several
from usecases.status_offers import offer_status
from usecases.status_results import MAX_NOTE, Offered, UnitAsked

HOW = "Gõ: <code>ghi chú &lt;mã mục&gt;: &lt;nội dung&gt;</code>."


@use_case(writes=True)
def note_added(desk: Desk, caller: Caller, text: str) -> Offered | UnitAsked | Refusal | None:
    """The offer of the note a line adds (see the module); a Refusal in one line when the item
    or the note is missing or may not be written; None when the line adds no note."""
    said = added_note(text, desk.assistant, desk.province, desk.clock.today())
    if said is None:
        return None
    if said.key is None:
        unread = f"Không nhận ra mục «{esc(said.typed)}». " if said.typed else ""
        return Refusal(f"{unread}{HOW}")
    if not said.note:
        return Refusal(f"Chưa có nội dung ghi chú cho {esc(said.key)}. {HOW}")
    if caller.agency is None and not caller.is_admin:  # where the registration stands, said
        return Refusal(
            f"Chưa ghi được ghi chú cho {key_tag(said.key)}: {caller.standing} {UNCHANGED}"
        )
    if len(said.note) > MAX_NOTE:
        return Refusal(f"Ghi chú dài quá {MAX_NOTE} ký tự; gõ ngắn lại.")
    offer = meant_offer(desk, caller, Offer(said.key, Status.CHUA_BAT_DAU, said.note))
    if isinstance(offer, Several):  # "406-11" from a unit of several sectors: which one
        parts = ", ".join(esc(o.key) for o in offer.offers)
        return Refusal(f"{esc(said.key)} có các mục con của đơn vị bạn: {parts}. {HOW}")
    found = target_for(desk.province, caller.actor, offer.key, None)
    if isinstance(found, Refusal):
        return found
    if not isinstance(found, Target):  # an admin, a row of several units: whose note is unsaid
        return Refusal(
            f"{key_tag(offer.key)} có {len(found.units)} đơn vị; ghi chú cho đơn vị nào? Gõ "
            "<code>/capnhat &lt;mã mục&gt; &lt;đơn vị&gt; &lt;trạng thái&gt; &lt;ghi chú&gt;"
            "</code>."
        )
    current = desk.repo.current(offer.key, found.agency)
    status = current.new if current is not None else Status.CHUA_BAT_DAU
    return offer_status(desk, caller, replace(offer, status=status))
