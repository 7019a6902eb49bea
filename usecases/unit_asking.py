"""An admin's status for a row several units own, written without naming one: the chat asks
which unit (its button), the status, note and day sent typed waiting with it. Only the units not
already at that status are buttons (for done: those that still owe it); words typed between the
key and the status, or after "ghi thay", that more than one unit's name holds narrow the buttons
to those units, and words that name no unit are said back, never dropped in silence."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from knowledge.catalogue.units import units_holding
from knowledge.catalogue.views import ROLE_LABELS
from knowledge.language.text import fold, tokenize
from knowledge.reader.status_words import status_span
from knowledge.render.answers import esc, key_tag
from knowledge.rules.statuses import Status, UnitChoice, role_in
from usecases import prompts
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.early_occurrences import early_done, early_refusal
from usecases.occurrences import occurrence_for
from usecases.prompts import UnitPrompt
from usecases.results import UNCHANGED, Refusal
from usecases.status_results import MAX_NOTE, UnitAsked, UnitOption


def unit_in_words(
    desk: Desk, caller: Caller, choice: UnitChoice, line: str
) -> UnitAsked | Refusal | None:
    """The units owning the key whose names hold the words typed between the key and a status,
    asked with the status kept; None when no status is typed or no owning unit fits."""
    words = line.split()[2:]  # after the command and the key
    found = status_span([fold(w) for w in words])
    if found is None or found[1] == 0:
        return None
    status, start, end = found
    fits = units_holding(tokenize(" ".join(words[:start])), choice.units)
    if not fits:
        return None
    note = " ".join(words[end:])
    asked = ask_unit(desk, caller, UnitChoice(choice.key, tuple(fits)), status, note)
    return replace(asked, typed=" ".join(words[:start])) if isinstance(asked, UnitAsked) else asked


def ask_unit(
    desk: Desk,
    caller: Caller,
    choice: UnitChoice,
    status: Status,
    note: str,
    *,
    sent_on: date | None = None,
    unread: str = "",
) -> UnitAsked | Refusal:
    """The buttons of the units still to write `status` for, the status, note and day sent
    (`sent_on`) waiting for the press; `unread`: the words typed for the unit that named none,
    which narrow the buttons to the units whose names hold them, else are said back."""
    assert caller.chat_id is not None
    early = early_done(desk, choice.key, status)
    if early is not None:
        # done of a period not begun: said before any unit is asked, never after the press
        # (the one rule every status path asks, usecases/early_occurrences.py; u49 #2)
        return Refusal(early_refusal(early))
    note = note[:MAX_NOTE]

    def now(unit: str) -> str | None:
        current = desk.repo.current(occurrence_for(desk, choice.key, unit), unit)
        return current.new if current is not None else None

    owing = choice.to_write(now, status)
    if not owing.units:
        return Refusal(
            f"Cả {len(choice.units)} đơn vị của {key_tag(choice.key)} đã ở trạng thái "
            f"“{esc(status.label)}”. {UNCHANGED}"
        )
    typed = ""
    fits = units_holding(tokenize(unread), owing.units) if unread else []
    if fits:  # "ghi thay tài nguyên …" of two units' names: those two, the words said back
        owing, typed, unread = UnitChoice(choice.key, tuple(fits)), unread, ""
    prompts.wait_for(
        desk, caller.chat_id, caller.user_id, UnitPrompt(choice.key, status, note, sent_on)
    )
    province = desk.province
    options = tuple(
        UnitOption(
            u,
            ROLE_LABELS.get(role_in(province, u, choice.key) or "", "")
            if choice.key in province.assignments
            else "",
        )
        for u in owing.units
    )
    done = len(choice.units) - len(owing.units) if not typed else 0
    return UnitAsked(choice.key, status, note, options, typed, unread, sent_on, done)
