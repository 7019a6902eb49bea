"""A question about letters named by what they are, not by their number ("văn bản tháng 4 của
sở tttt", "công văn mới nhất", "cv tuần trước", "công văn gửi Sở Y tế tháng 6"): the letters in
force that fit (knowledge/reader/letters_named.py), each with its tasks, those the asker's unit
owes first with where each stands by the one standing rule (the statuses read, as for "cv 415":
knowledge/reader/intent_answers.py `letter_of`), the others with the unit's part; none: said so,
with the letters in force. It was read as a period's list of the sender's catalogue rows.

Reading needs no database (`letters_asked`, once per question, day and table version); the
answer reads the statuses (`answer_letters`). `letters_answered` does both, for the question
path (usecases/asking.py).
"""

from __future__ import annotations

from knowledge.reader.answer_types import Answer
from knowledge.reader.intent_answers import letter_of
from knowledge.reader.letters_named import LettersNamed, letters_named
from knowledge.render.letter_lists import letters_found, letters_said, no_letters
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.runner import use_case

MAX_LETTERS = 5  # letters answered in full; more is a list to narrow


@use_case(database=False)
def letters_asked(desk: Desk, caller: Caller | None, question: str) -> LettersNamed | None:
    """The letters the question names by date, sender or addressee; None for any other."""
    today, province = desk.clock.today(), desk.province

    def read() -> LettersNamed | None:
        parsed = desk.assistant.parse(question, today, province)
        return letters_named(parsed, desk.assistant.letters(province), province)

    return desk.remembered("letters named", (question, today), read)


@use_case(writes=False)
def answer_letters(desk: Desk, caller: Caller | None, named: LettersNamed) -> Answer:
    """The letters that fit, each with its tasks and where the asker's unit stands on them."""
    today, province = desk.clock.today(), desk.province
    agency = caller.agency if caller is not None else None
    said = letters_said(named.period, named.sender, named.unit, named.latest)
    if not named.letters:
        html = no_letters(said, desk.assistant.letters(province))
        return Answer("task", agency, [], [], html, sure=True)
    marks = desk.statuses().marks
    answers = [
        letter_of(desk.catalogue, letter, province, today, agency, marks)
        for letter in named.letters[:MAX_LETTERS]
    ]
    html = letters_found(said, [a.html for a in answers])
    views = [v for a in answers for v in a.tasks]
    return Answer("task", agency, [], views, html, sure=True)


async def letters_answered(desk: Desk, caller: Caller | None, question: str) -> Answer | None:
    """Both steps from async code; None when the question names no letter this way."""
    named = await desk.run(letters_asked, caller, question)
    return None if named is None else await desk.run(answer_letters, caller, named)


def letters_answered_now(desk: Desk, caller: Caller | None, question: str) -> Answer | None:
    """`letters_answered` from synchronous code (the command line)."""
    named = desk.call(letters_asked, caller, question)
    return None if named is None else desk.call(answer_letters, caller, named)
