"""A published task read from its own words (issue 19: "<task words> nộp khi nào"): whether a
reading of the catalogue may give way to the tasks (`yields_to_task_words`), and the tasks whose
words explain the question better than the best row (`task_words_read`). Split from ask.py; the
words themselves are weighed in task_words.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from knowledge.catalogue.model import Province
from knowledge.reader.in_catalogue import catalogue_named
from knowledge.reader.list_asked import asks_for_a_list
from knowledge.reader.parse import Parsed
from knowledge.reader.reading import Reading
from knowledge.reader.task_choice import (
    clues_of,
    falls_in,
    late_beside,
    narrowed,
    owed_by,
    task_reading,
)
from knowledge.reader.task_words import verdict

if TYPE_CHECKING:
    from knowledge.reader.ask import Assistant


def yields_to_task_words(reading: Reading, parsed: Parsed, agency: str | None) -> bool:
    """Whether a reading may give way to a task's own words: a service found or not, nothing,
    rows offered, or the asker's own list read from a question that names no agency; never
    what the question names itself (a row, a task, a letter)."""
    if parsed.rows or parsed.tasks or parsed.letters:
        return False
    if reading.intent == "agency":
        # the asker's own list read from a question naming no agency, that asks for no list
        own = reading.agency == (parsed.asker or agency) and not parsed.subject
        return own and not asks_for_a_list(parsed)
    return reading.intent in ("service", "suggest", "absent", "unknown")


def task_words_read(
    assistant: Assistant,
    parsed: Parsed,
    prov: Province,
    prior: np.ndarray,
    reading: Reading,
    agency: str | None,
) -> Reading | None:
    """The tasks whose own words explain the question better than the best row: the
    task (weighed by the asker and the day, task_choice.py), or the tasks and the row
    offered side by side when the row holds a word they do not."""
    domain = {i for s in parsed.others if s.kind == "domain" for i in range(s.start, s.end)}
    catalogue = catalogue_named(parsed)  # "có trong danh mục không": the list, no task's
    free = [parsed.tokens[i] for i in sorted(set(parsed.residue) | domain) if i not in catalogue]
    if not assistant.task_words.candidates([t.fold for t in assistant.task_words.spelled(free)]):
        return None  # no task prints a pair of its words: nothing to weigh
    kept = sorted((set(assistant.interpreter.kept(parsed)) | domain) - catalogue)
    tokens = [parsed.tokens[i] for i in kept]
    hits = reading.hits

    def row() -> str | None:  # the best row, ranked only when a task holds the words
        nonlocal hits
        if not hits:
            words = assistant.interpreter.words(parsed)
            hits = tuple(
                assistant.matcher.rank(words, limit=1, prior=prior, allowed=assistant._rows_mask)
            )
        return hits[0].key if hits else None

    periods = [p.period for p in parsed.periods]
    years = [y.year for y in parsed.years]
    asker = parsed.asker or agency
    # a period is evidence for the tasks falling due in it that the unit asked about (the
    # asker's, or the one named) must deliver: "Sở Y tế nộp báo cáo tháng 9 chưa" is not
    # the districts' monthly report
    who = clues_of(parsed, asker).agency
    dated = [
        t.id
        for t in prov.tasks
        if (periods or years)
        and falls_in(t, periods, years)
        and (who is None or owed_by(prov, who, t))
    ]
    support = {parsed.tokens[i].fold for i in domain}
    fit = assistant.task_words.fit(dated, tokens, row, support) if dated else None
    if fit is None:
        fit = assistant.task_words.fit([t.id for t in prov.tasks], tokens, row, support)
        dated = []
    said = verdict(fit, bool(dated)) if fit else None
    if fit is None or said is None:
        return None
    tied = [t for t in prov.tasks if t.id in fit.tasks]
    # the ones printing more of the question as typed ("thanh toán trực tuyến" in a title, not
    # apart in a sibling's) weigh before the day (task_choice.py `narrowed`)
    clues = clues_of(parsed, asker)
    both = late_beside(tied, prov, clues, fit.phrases)
    if both:  # a report late (maybe still owed) and a current one the words fit as well
        return Reading("task", agency=asker, tasks=both, sure=False)
    left = narrowed(tied, prov, clues, fit.phrases)
    chosen = task_reading(left, parsed, prov, asker)
    if said == "task":
        return chosen
    left = (chosen.task,) if chosen.task else chosen.tasks
    if said == "offer":  # words of little weight: the task offered, not said as sure
        return Reading("task", agency=asker, tasks=left, sure=False)
    return Reading("task", agency=asker, tasks=left, hits=hits[:1], sure=False)
