"""An admin's status for a row several units own, written without naming one: the chat asks
which unit (its button), the status and note typed waiting with it; words typed between the key
and the status that more than one unit's name holds narrow the buttons to those units."""

from __future__ import annotations

from dataclasses import replace

from knowledge.catalogue.units import units_holding
from knowledge.catalogue.views import ROLE_LABELS
from knowledge.language.text import fold, tokenize
from knowledge.reader.status_words import status_span
from knowledge.rules.statuses import Status, UnitChoice, role_in
from usecases import prompts
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.prompts import UnitPrompt
from usecases.status_results import MAX_NOTE, UnitAsked, UnitOption


def unit_in_words(desk: Desk, caller: Caller, choice: UnitChoice, line: str) -> UnitAsked | None:
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
    return replace(asked, typed=" ".join(words[:start]))


def ask_unit(
    desk: Desk, caller: Caller, choice: UnitChoice, status: Status, note: str
) -> UnitAsked:
    assert caller.chat_id is not None
    note = note[:MAX_NOTE]
    prompts.wait_for(desk, caller.chat_id, caller.user_id, UnitPrompt(choice.key, status, note))
    province = desk.province
    options = tuple(
        UnitOption(
            u,
            ROLE_LABELS.get(role_in(province, u, choice.key) or "", "")
            if choice.key in province.assignments
            else "",
        )
        for u in choice.units
    )
    return UnitAsked(choice.key, status, note, options)
