"""A report of a month named by a unit that owes one that month: "bc tháng 10 nộp muộn ạ", "bc
tháng 11 nộp ở đâu, gửi qua bot được không", "… gửi lại bc tháng 9". The month after "tháng" is
a month, not a count of months: it was read as row 411-6, whose title prints "báo cáo 6 tháng"
(ux37 #6), because the talk around it was more than month_reports.py reads as sending talk.

When the asker's unit owes a recurring task with an occurrence reporting on that month, the
question is about that task's occurrence, unless the row found shares a word of its own with
the question beyond the report's word, the month and the talk ("bc tháng 10 về cấp giấy phép
xây dựng" keeps its row).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from knowledge.catalogue.model import Province
from knowledge.language.text import fold
from knowledge.language.vocabulary import CHAT_WORDS, QUESTION_MARKED, SEND_WORDS
from knowledge.reader.handin_questions import talk_word
from knowledge.reader.month_reports import REPLACED
from knowledge.reader.parse import Parsed
from knowledge.reader.reading import Reading
from knowledge.reader.report_periods import occurrences_in
from knowledge.reader.task_choice import task_reading

_REPORT_WORDS = frozenset({"bc", "bao", "cao", "ky"})  # the report's word before the month
_WORD = re.compile(r"\w+")


def owed_month_report(
    parsed: Parsed,
    prov: Province,
    reading: Reading,
    asker: str | None,
    title: Callable[[str], str],
) -> Reading | None:
    """The occurrence of the task the asker's unit owes for the report month named, or None.
    `title`: a catalogue row's title by its key."""
    if asker is None or reading.intent not in REPLACED:
        return None
    if parsed.rows or parsed.tasks or parsed.letters:
        return None
    spans = [p for p in parsed.periods if p.period.reported and not p.period.late]
    if len(spans) != 1:
        return None
    period = spans[0].period
    owed = [t for t in prov.tasks_of(asker) if t.recurring and occurrences_in(t, period)]
    if not owed:
        return None
    span = range(spans[0].start, spans[0].end)
    own = {
        t.fold
        for i, t in enumerate(parsed.tokens)
        if i not in span
        and t.fold not in _REPORT_WORDS
        and not (talk_word(t) or t in SEND_WORDS or t in CHAT_WORDS or t in QUESTION_MARKED)
    }
    if any(own & set(_WORD.findall(fold(title(hit.key)))) for hit in reading.hits):
        return None  # the row found on words of its own, not on "báo cáo … tháng"
    return replace(task_reading(owed, parsed, prov, asker), period=period)
