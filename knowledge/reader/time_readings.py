"""What a question asks of the calendar, once its words are read: how far along the work is
(`progress`: late, open or done, for whom, by which span), or what falls due in a period.
Decided here so that the interpreter's one long chain of evidence (interpret.py) only asks."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.reader.asking import Standing, asks_deadline, first_person
from knowledge.reader.parse import Parsed
from knowledge.reader.periods import Period
from knowledge.reader.province_asked import whole_province
from knowledge.reader.question_words import Word
from knowledge.reader.ranking_asked import units_ranked
from knowledge.reader.reading import Reading
from knowledge.reader.weighing import about_else, outside_thing


def progress_reading(parsed: Parsed, standing: Standing, own: str | None) -> Reading:
    """ "có gì quá hạn", "còn gì chưa xong": the standing asked, of the unit the question is
    about (`own`), within the first period said that is not itself "quá hạn"."""
    span = next((p.period for p in parsed.periods if not p.period.late), None)
    if standing == "late" and span and parsed.today and span.start >= parsed.today:
        # "đang trễ những mục nào, 30/9 sắp tới", "sắp hết tháng 8, có gì trễ hạn": nothing is
        # late yet in a span that begins today or later (late is a date before today); the
        # span is why the officer asks, and what is late now is the answer ("tính đến hôm nay
        # có gì trễ": late as of today, not due today)
        span = None
    if own is None and first_person(parsed) and not whole_province(parsed):
        return Reading("whose", sure=False)  # "bên em" from someone not registered
    ranked = units_ranked(parsed)  # "đơn vị nào trễ nhiều nhất": the province ranked
    agency = None if ranked else own
    return Reading("progress", agency, span, standing=standing, ranked=ranked)


def due_asked(parsed: Parsed, period: Period, foreign: Sequence[Word], loose: bool) -> bool:
    """Whether the question asks what falls due in its first period: not "thời tiết hôm nay"
    (words no title explains, `foreign`, about a thing of their own), nor a span of what is late.
    loose: the catalogue's words told of but loosely."""
    if period.late:
        return False
    if about_else(parsed, foreign, False):
        # "hôm nay ăn trưa ở đâu gần <agency>": a day and an agency named in talk of a thing
        # of its own, asking where or when, is no deadline question (issue 20)
        return False
    return not foreign or (
        asks_deadline(parsed) and not loose and not outside_thing(parsed, foreign)
    )
