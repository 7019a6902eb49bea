"""One clause of a question read: the reading by evidence (interpret.py), then the re-readings its
circumstances call for, in order. Apart from the Assistant (ask.py), which holds the indexes
and caches it reads with and calls it once a clause."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from knowledge.catalogue.stats import stats_question
from knowledge.language.vocabulary import DOCUMENT_BEFORE
from knowledge.reader.answer_types import Asked, dated_row
from knowledge.reader.date_asked import asks_only_the_date, asks_the_date
from knowledge.reader.figures import figures_asked
from knowledge.reader.in_catalogue import catalogue_named
from knowledge.reader.letter_subjects import described_letter
from knowledge.reader.message_focus import focused
from knowledge.reader.month_reports import REPLACED, in_period, month_report
from knowledge.reader.ordinary_names import guessed
from knowledge.reader.owed_month_report import owed_month_report
from knowledge.reader.owed_words import owed_reading, replaceable
from knowledge.reader.own_rows import own_row_offer
from knowledge.reader.parse import Parsed
from knowledge.reader.places import place_named, with_unit
from knowledge.reader.progress_asides import without_asides
from knowledge.reader.reading import Reading
from knowledge.reader.recurring_reports import recurring_report
from knowledge.reader.rendering import GUESSED
from knowledge.reader.rereading import period_reread, story_reread
from knowledge.reader.situations import situation_offer
from knowledge.reader.small_talk import outing
from knowledge.reader.task_choice import letter_words_reading
from knowledge.reader.task_word_reading import task_words_read, yields_to_task_words
from knowledge.reader.two_questions import answered

if TYPE_CHECKING:
    from knowledge.catalogue.model import Province
    from knowledge.reader.ask import Assistant

# What a question naming a letter by its subject was read as when the letter was not seen: a
# service, nothing, or a choice; a task, a row or a period the question names stays itself.
ABOUT_A_LETTER = ("service", "absent", "unknown", "suggest")
# readings a period question's circumstances can lead to, when the clause that asks is read
# alone: a task its purpose's words fit, or nothing, or a service, its story's words
_TOLD_AROUND = ("task", "unknown", "absent", "suggest")


def read_clause(
    assistant: Assistant,
    question: str,
    today: date,
    province: str | None = None,
    agency: str | None = None,
) -> Asked:
    """One clause read: parsed once, read by its evidence, then each re-reading that its
    circumstances call for (a letter by its subject, a task's own words, a month's report, a
    place as its unit, a short form as a guess). agency: the asking officer's."""
    prov = assistant.catalogue.province(province)
    # a long polite message: the part that asks, its courtesy and background aside, and the
    # whole message only where that part leans on the background (message_focus.py)
    focus = focused(assistant.parse(question, today, prov), assistant.compounds)
    if focus.asking is not None:
        asked = read_parsed(assistant, focus.asking, today, prov, agency)
        listed = asked.reading is not None and asked.reading.intent == "agency"
        if focus.yes_no is not None and listed:
            return read_parsed(assistant, focus.yes_no, today, prov, agency)
        if answered(asked.reading):
            return asked
    return read_parsed(assistant, focus.whole, today, prov, agency)


def read_parsed(
    assistant: Assistant, parsed: Parsed, today: date, prov: Province, agency: str | None
) -> Asked:
    question = parsed.text
    parsed = without_asides(parsed)  # a story's day: no period
    if not parsed.tokens:
        return Asked(prov, today, parsed, None, bool(question.strip()))
    if prov.stats:
        subject = parsed.subject
        if stats_question(parsed.folded, subject.name if subject else None):
            return Asked(prov, today, parsed, None, True, stats=True)
    prior = assistant.prior(prov, parsed.subject.name if parsed.subject else None)
    reading = assistant.interpreter.read(parsed, prov, prior, assistant._rows_mask, agency)
    reading = assistant.interpreter.act_undone(reading, parsed) or reading
    if reading.intent in ABOUT_A_LETTER and not parsed.letters:
        # "công văn số hóa yêu cầu nộp gì": a letter named by its subject's words
        letter = described_letter(parsed.tokens, assistant.letters(prov), assistant._subjects)
        if letter is not None:
            asker = parsed.asker or agency
            reader = assistant.interpreter
            tokens = reader.tokens(parsed)
            reading = letter_words_reading(reader.tasks, tokens, [letter], parsed, prov, asker)
    if yields_to_task_words(reading, parsed, agency):
        # "bao cao thanh toan truc tuyen nop khi nao": a task's own words (task_words.py)
        reading = task_words_read(assistant, parsed, prov, prior, reading, agency) or reading
    # "bc tháng 11 nộp chưa": the unit's document of that month, not a row on "báo cáo"
    if reading.intent in REPLACED and parsed.periods:
        # a district by its place alone ("ham yen nộp bc tháng 9 chưa"); looked for only
        # here, where it can matter (a tenth of a millisecond a question)
        where = None
        if not parsed.agencies:
            where = place_named(parsed.tokens, assistant.units(prov), prov.name)
        reading = month_report(parsed, prov, reading, parsed.asker or agency, where) or reading
        # "bc tháng 10 nộp muộn ạ" from a unit that owes it: its report, not "báo cáo 6 tháng"
        asker = parsed.asker or agency
        rows = assistant.catalogue.rows
        title = lambda key: rows[key].title if key in rows else ""  # noqa: E731
        reading = owed_month_report(parsed, prov, reading, asker, title) or reading
    reading = in_period(reading, parsed)
    # "huyện em có phải nộp bc tháng không": the monthly report, not 411-6 "báo cáo 6 tháng"
    reading = recurring_report(parsed, prov, reading, parsed.asker or agency) or reading
    if reading.intent in ("absent", "unknown"):
        reading = story_reread(assistant, question, today, prov, agency) or reading
    if reading.intent == "absent":
        # the nearest row is the asker's agency's own: offered (own_rows.py)
        asker = parsed.asker or agency
        reading = own_row_offer(assistant.interpreter, reading, parsed, prov, asker) or reading
    # a citizen's situation relayed in everyday words: the rows it needs (situations.py)
    told = situation_offer(assistant.interpreter, reading, parsed, parsed.asker or agency)
    # a period the story holds ("bằng b2 sắp hết hạn") was read as the story's: not again
    storied = told is not None and reading.intent == "deadline"
    reading = told or reading
    if reading.intent in _TOLD_AROUND and parsed.periods and not parsed.tasks and not storied:
        reading = period_reread(assistant, question, today, prov, agency) or reading
    if agency is not None and replaceable(reading, parsed, agency):
        # "… có trong danh mục không" asks of the catalogue, not of the proposal's "Danh mục"
        named = {id(parsed.tokens[i]) for i in catalogue_named(parsed)}
        tokens = [t for t in assistant.interpreter.tokens(parsed) if id(t) not in named]
        reading = (
            owed_reading(
                reading, assistant.interpreter.tasks, tokens, prov, agency, assistant.knows_word
            )
            or reading
        )
    place = (
        None
        if parsed.agencies or outing(assistant.interpreter, parsed, reading)
        else place_named(parsed.tokens, assistant.units(prov), prov.name)
    )
    if place is not None:
        # "chiem hoa con gi chua xong": the place read as its unit, and offered
        text = with_unit(question, parsed.tokens, place)
        again = assistant.parse(text, today, prov)
        prior = assistant.prior(prov, place.unit)
        unit = assistant.interpreter.read(again, prov, prior, assistant._rows_mask, agency)
        if unit.intent in GUESSED and unit.agency == place.unit:
            # the asker's own unit by its place ("ham yen đã làm gì rồi" from Hàm Yên) is
            # no guess
            own = (parsed.asker or agency) == place.unit
            return Asked(prov, today, again, replace(unit, sure=own), True)
    subject = parsed.subject
    if (
        reading.intent in GUESSED
        and reading.sure
        and subject is not None
        and reading.agency == subject.name
        and guessed(parsed.tokens, subject, assistant.ordinary(prov))
    ):
        # "kế hoạch có những mốc nào", "kế hoạch tháng 5 có hạn gì": a short form the
        # letters print as an ordinary word names the agency only as a guess
        # (ordinary_names.py); "quý 2 có gì phải xong theo kế hoạch": after "theo", "trong"
        # it is the document itself, and a period's deadlines are the province's
        at = subject.start - 1
        plan = at >= 0 and parsed.tokens[at] in DOCUMENT_BEFORE
        if reading.intent == "deadline" and plan:
            reading = replace(reading, agency=None)
        else:
            reading = replace(reading, sure=False)
    if not prov.stats and figures_asked(parsed, reading):
        # "sở tư pháp có bao nhiêu hồ sơ trực tuyến": no such figures here, said so
        subject = parsed.subject
        return Asked(
            prov,
            today,
            parsed,
            Reading("figures", agency=subject.name if subject and subject.strong else None),
            True,
        )
    if reading.intent == "deadline" and asks_only_the_date(parsed):
        reading = Reading("unknown")
    elif reading.intent == "deadline" and asks_the_date(parsed):
        # "hôm nay ngày mấy, có hạn gì": the bot's clock says the day, and what falls due
        # on it; asked alone ("hôm nay thứ mấy") the calendar is nothing the bot keeps
        # (issue 20: never a period list because a question says "hôm nay"), so it stays
        # unknown and the answer only starts with the date (rendering.py)
        span = next(p.period for p in parsed.periods if p.period.start == today)
        reading = Reading("deadline", agency=reading.agency, period=span)
    if reading.intent == "item" and reading.agency is None and agency:
        # a row by its number from an approved officer: its part in the row is said
        reading = replace(reading, agency=agency)
    dated = dated_row(assistant.catalogue, prov, reading)
    return Asked(prov, today, parsed, reading, True, dated=dated)
