"""What a message says of the status offer the bot has just made, before its button is pressed:
the note the status waits for typed first ("406-22 vướng mắc", then "chờ Bộ GTVT hướng dẫn"),
and an item named instead ("nhầm, không phải 406-22 mà là 406-11 y tế"). Read here; the offer
made again, for a press, is usecases/offer_followups.py. Nothing is written from either.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from knowledge.catalogue.model import Province
from knowledge.language.bot_talk import BUT_WORDS
from knowledge.language.text import MarkedWords, Token, tokenize
from knowledge.reader.ask import Assistant
from knowledge.reader.capnhat_line import FILLER, trim_filler
from knowledge.reader.corrections import correction
from knowledge.reader.offers import Offer
from knowledge.reader.prompt_ends import asks_cancel, asks_undo
from knowledge.reader.question_shape import reads_as_question
from knowledge.reader.small_talk import acknowledges
from knowledge.reader.status_alone import bare_status
from knowledge.reader.status_words import NEGATIONS
from knowledge.reader.typed_notes import kept_note
from knowledge.reader.writes import statement
from knowledge.rules.statuses import Status, note_needed, role_in, says_something

# "không phải", "ko phải", "chẳng phải": the item said not to be the one meant
_NOT_THE_ONE = MarkedWords("phải")
_IS = MarkedWords("là")
# What the question reader reads (sure, or as a choice) and a note about the item would not be: a
# service, a row, a task, a letter ("giấy phép xây dựng" after "406-22 vướng mắc" asks about it).
_ASKED_THINGS = frozenset({"service", "item", "task", "letter"})
# Where the reader finds nothing it knows: what a note about the work reads as ("chờ Bộ GTVT
# hướng dẫn" is "not in the catalogue").
_NOTHING_KNOWN = frozenset({"absent", "unknown"})


@dataclass(frozen=True)
class Swap:
    """ "không phải X mà là Y": `meant` is Y's key; `denied` X's, when X is a key; `offer`: Y
    with a status, when the words after it say one ("… mà là 406-11 y tế vướng mắc")."""

    meant: str
    denied: str | None
    offer: Offer | None = None


def swapped(
    text: str, assistant: Assistant, province: Province, today: date, agency: str | None = None
) -> Swap | None:
    """The item the writer says they meant instead of another ("nhầm, không phải 406-22 mà là
    406-11 y tế", "ko phai muc 22, ma la muc 11 y te"): the one after "mà (là)". None when the
    words are not so, or the item meant is no key."""
    if text.lstrip().startswith("/") or reads_as_question(text):
        return None
    tokens = tokenize(text)
    opening = _not_the_one(tokens)
    if opening is None:
        return None
    turn = next(
        (i for i in range(opening + 1, len(tokens)) if tokens[i] in BUT_WORDS),
        None,
    )
    if turn is None:
        return None
    rest = turn + 1 + (turn + 1 < len(tokens) and tokens[turn + 1] in _IS)
    meant_words = _typed(tokens[rest:])
    denied_words = _typed(tokens[opening + 1 : turn])
    if not meant_words:
        return None
    said = statement(meant_words, assistant, province, today, agency)
    offer = said if isinstance(said, Offer) else None
    meant = offer.key if offer is not None else _key(meant_words, assistant, province, today)
    if meant is None:
        return None
    denied = _key(denied_words, assistant, province, today) if denied_words else None
    return Swap(meant, denied, offer)


def _not_the_one(tokens: list[Token]) -> int | None:
    """Where "không phải" ends (the index of "phải"), or None."""
    for i in range(1, len(tokens)):
        if tokens[i] in _NOT_THE_ONE and tokens[i - 1].fold in NEGATIONS:
            return i
    return None


def _typed(tokens: list[Token]) -> str:
    """The words as typed, less the filler and punctuation around them."""
    words = [t.raw for t in tokens if t.raw.strip(".,;:!")]
    return trim_filler(" ".join(words).strip(" ,.;:!"))


def _key(words: str, assistant: Assistant, province: Province, today: date) -> str | None:
    """The one row or task the words name, as a key names it ("406-11 y tế", "mục 22", "20/4")
    or as a question names one surely ("gpxd")."""
    key = assistant.resolve_key(words, province, today)
    if key is not None:
        return key
    answer = assistant.ask(words, today, province.slug)
    if answer.intent == "service" and len(answer.items) == 1 and not answer.close:
        return answer.items[0].key
    return None


def states_a_lack(tokens: list[Token]) -> bool:
    """A negation before other words ("chưa có tài khoản", "không đủ hạ tầng"): a lack stated,
    as the note of a blocked or ineligible item says it; a question names a service without one
    (and "… chưa" at the end asks, which reads_as_question has already said)."""
    return any(t.fold in NEGATIONS for t in tokens[:-1])


def _foreign(key: str, owed: bool, province: Province, agency: str | None) -> bool:
    """A row read from words alone (no key was typed: the caller checked) that the writer's unit
    has no part in, while the offer owes a note: the line is that note, not news of a row the
    unit could not write anyway."""
    return owed and agency is not None and role_in(province, agency, key) is None


def note_line(
    text: str,
    status: Status,
    assistant: Assistant,
    province: Province,
    today: date,
    agency: str | None = None,
) -> str | None:
    """The note this line gives the offer of `status` just made ("chờ Bộ GTVT hướng dẫn" after
    "406-22 vướng mắc"), or None when it is something else: a command, a question, a status
    or an item of its own, a cancel, an undo, an acknowledgement, talk to the bot, no words.
    A status that needs a note takes any such line that states a lack, or that the question
    reader reads as no service, row, task or letter, nor a choice of them; another status only
    a line the reader finds nothing in, since the officer did not owe it a note."""
    if text.lstrip().startswith("/") or reads_as_question(text):
        return None
    if asks_cancel(text) or asks_undo(text) or acknowledges(text) or not says_something(text):
        return None
    if correction(text) is not None or bare_status(text) is not None:
        return None
    parsed = assistant.parse(text, today, province)
    if parsed.rows or parsed.tasks or parsed.letters or assistant.agencies.whole(text):
        return None  # an item, or a unit's bare name ("so y te"): not a note about the item
    kept, dropped = kept_note(text)
    if dropped or not kept or all(t.fold in FILLER for t in tokenize(kept)):
        return None
    if note_needed(status) and states_a_lack(tokenize(kept)):
        # "chưa có tài khoản kết nối csdl dân cư, đã gửi cv hỏi công an": what blocks the work,
        # owed by the offer, even where its words would read as another row's status by words
        # alone (no key typed): that row was never named (ux30 #3)
        return kept.strip()
    said = statement(text, assistant, province, today, agency)
    if said is not None and not (
        isinstance(said, Offer) and _foreign(said.key, bool(note_needed(status)), province, agency)
    ):
        return None
    answer = assistant.ask(text, today, province.slug, agency)
    if note_needed(status):
        if answer.intent in _ASKED_THINGS:  # sure, or offered as a choice ("gplx")
            return None
    elif answer.intent not in _NOTHING_KNOWN:
        return None
    return kept.strip()
