"""An admin's statement for a unit that names no item: "ghi thay Sở Xây dựng đã nộp, nhận bản
giấy ngày 2/8". The unit and the status read, the item not: each task the unit still owes is
offered for a press, the words after the status its note (usecases/statements.py makes it the
usual choice, one button a task); it was "Tôi chưa hiểu câu hỏi này". Nothing is guessed."""

from __future__ import annotations

from knowledge.deliverables.tracking import collects
from knowledge.language.text import tokenize
from knowledge.language.vocabulary import BEHALF_WORDS
from knowledge.reader.capnhat_line import DATE_SHAPE, whole_key_shape
from knowledge.reader.keyed_items import behalf_unit
from knowledge.reader.status_words import status_span
from knowledge.reader.typed_notes import note_after
from knowledge.reader.writes import Offer
from knowledge.rules.progress import standing_of
from knowledge.rules.standing import State
from usecases.callers import Caller
from usecases.desk import Desk


def unit_owed_offers(desk: Desk, caller: Caller, text: str) -> list[Offer]:
    """The offers for each task (occurrence) the unit a "ghi thay <unit> <status> …" line
    names still owes; [] when the line is not such a line, or the unit owes none."""
    tokens = tokenize(text)
    if not caller.is_admin or not tokens or tokens[0] not in BEHALF_WORDS:
        return []
    found = status_span([t.fold for t in tokens])
    if found is None:
        return []
    status, start, end = found
    opening = tokens[:start]
    assistant, province = desk.assistant, desk.province
    unit = behalf_unit(opening, assistant, province)
    if not unit:
        return []
    marks, today = desk.statuses().marks, desk.clock.today()
    # a date no task falls due on is the note's ("nhận bản giấy ngày 2/8"), as the reader keeps it
    shaped = [w.strip(".,;:!") for w in text.split() if whole_key_shape(w)]
    dates = frozenset(
        w
        for w in shaped
        if DATE_SHAPE.match(w) and assistant.resolve_key(w, province, today) is None
    )
    note = note_after(text, end, dates)
    keys = [
        s.key
        for task in province.tasks_of(unit)
        if collects(province, task)
        and (s := standing_of(assistant.catalogue, province, task.id, unit, marks, today))
        is not None
        and s.state in (State.OPEN, State.LATE)
    ]
    return [Offer(key, status, note, unit=unit) for key in keys]
