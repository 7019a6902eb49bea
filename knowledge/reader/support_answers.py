"""A unit's dates asked ("hạn gần nhất của bên em", "tháng 5 bên em có gì"), with what it
supports beside what it owes: the owners' and sectors' dates its part serves, said as support
(knowledge/render/support_text.py), by the rule /tiendo lists them by
(knowledge/rules/supporting.py). Nothing is counted or said late for it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from knowledge.catalogue.model import Province
from knowledge.reader.answer_types import Answer
from knowledge.reader.period_answers import DueIn
from knowledge.reader.periods import Period
from knowledge.render import support_text
from knowledge.rules.standing import Standing
from knowledge.rules.supporting import first_support, supports, supports_within


def with_support(
    answer: Answer,
    unit: str,
    period: Period,
    prov: Province,
    today: date,
    units: Sequence[Standing],
    due: DueIn,
) -> Answer:
    """`answer` for `period` with `unit`'s supports in it said after it: for "hạn gần nhất" the
    first support date when it comes before the first date owed (or nothing is owed), the head
    then saying nothing is owed rather than nothing at all; for a period not over, those from
    today to its end."""
    found = supports(prov, unit, units, today)
    owed = [v.deadline for v in due.views if v.deadline] + [t.due for t in due.tasks if t.due]
    if period.nearest:
        first = first_support(found, today)
        if not first or (owed and min(owed) < first[0].day):
            return answer
        html = answer.html
        if not owed:  # "Không còn mục nào … có hạn": the unit owes nothing, supports still
            rest = html.split("\n", 1)[1] if "\n" in html else ""
            html = support_text.nothing_owed_ahead(unit, prov.name) + ("\n" + rest if rest else "")
        block = support_text.nearest_support(unit, first, today, owes=bool(owed))
        return replace(answer, html=html + "\n" + block)
    if period.late or period.end < today:
        return answer
    within = supports_within(found, max(period.start, today), period.end)
    block = support_text.supports_in(period.label, within, today)
    return replace(answer, html=answer.html + "\n" + block) if block else answer
