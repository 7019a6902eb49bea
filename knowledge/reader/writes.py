"""What an officer's message may write, decided before anything is written.

- `/capnhat <key> <status words> [note]` is read exactly in capnhat_line.py.
- A free text that names one row and a status ("406-14 xong rồi") is only offered for
  confirmation (`statement`, `offer_for`), never written. Where the status words stand is
  status_words.py; several items named by key, keyed_items.py; the note, typed_notes.py; what an
  offer holds, offers.py (re-exported here).
- A prompt waiting for a note, a reason or a proposal field ends instead of taking a message that
  is a command, a button of another message, a question, a status statement, or that comes too
  late (prompt_ends.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date

from knowledge.catalogue.model import Province
from knowledge.catalogue.views import TaskView
from knowledge.language.text import Token, fold, tokenize
from knowledge.reader.ask import Assistant
from knowledge.reader.capnhat_line import DATE_SHAPE, FILLER, leading_status, whole_key_shape
from knowledge.reader.joined_services import joined_services
from knowledge.reader.keyed_items import (
    behalf_typed,
    behalf_unit,
    items_statement,
    rows_after,
)
from knowledge.reader.offers import Items, Offer, Unclear, Unread
from knowledge.reader.question_shape import reads_as_question
from knowledge.reader.row_runs import spread_ranges
from knowledge.reader.sent_dates import said_sent, without_day
from knowledge.reader.shares import below_whole
from knowledge.reader.spelling import untelexed
from knowledge.reader.status_spelling import companions_respelled, respelled
from knowledge.reader.status_words import NEGATIONS, SPAN_WORDS, status_span
from knowledge.reader.task_choice import occurrences
from knowledge.reader.task_refs import one_form
from knowledge.reader.typed_notes import (
    kept_note,
    note_after,
    sending_left_out,
    sent_to_only,
    token_words,
)
from knowledge.rules.statuses import Status, parts_meant, role_in
from knowledge.rules.typed_years import year_anchor

__all__ = [
    "Items",
    "Offer",
    "Unclear",
    "Unread",
    "offer_for",
    "says_status",
    "short_number",
    "statement",
    "under_way",
]


# A status phrase whose last word only marks the work done ("nộp rồi", "gửi rồi") also stands
# around its object: "nộp biểu 02 rồi". Read off the status phrases, not listed.
_AROUND = tuple(
    (words[0], words[1], code)
    for words, code in SPAN_WORDS
    if len(words) == 2 and words[1] in FILLER
)
MAX_OBJECT_WORDS = 8  # "nộp <the form or task named> rồi"


def _around(folds: list[str]) -> tuple[Status, int, int, int] | None:
    """A status phrase standing around its object ("nộp biểu 02 rồi"): (status, verb, object's
    end, marker's end)."""
    for verb, marker, code in _AROUND:
        for i, word in enumerate(folds):
            if word != verb or (i > 0 and folds[i - 1] in NEGATIONS):
                continue
            for j in range(i + 2, min(len(folds), i + 2 + MAX_OBJECT_WORDS)):
                if folds[j] == marker:
                    return Status(code), i, j, j + 1
    return None


def says_status(text: str, assistant: Assistant) -> bool:
    """The text states a status as `statement` reads one: its phrase ("đã nộp rồi", "xong
    rooif"), or its verb and marker around an object ("nộp bc quy 4 rồi nhé"); not a question
    nor a command."""
    if not text.strip() or text.lstrip().startswith("/") or reads_as_question(text):
        return False
    folds = [t.fold for t in tokenize(untelexed(text, assistant.vocabulary))]
    return status_span(folds) is not None or _around(folds) is not None


def offer_for(
    text: str, assistant: Assistant, province: Province, today: date, agency: str | None = None
) -> Offer | None:
    """A statement naming one row or task and a status: what to offer for confirmation (see
    `statement`)."""
    found = statement(text, assistant, province, today, agency)
    return found if isinstance(found, Offer) else None


def statement(
    text: str, assistant: Assistant, province: Province, today: date, agency: str | None = None
) -> Offer | Items | Unclear | Unread | None:
    """A statement naming one row or task and a status (`_statement`); "done" said with a
    share below the whole ("406-15 xong 50% rồi") is work under way, never Hoàn thành. A
    range of rows ("mục 29-31 xong") is each of its rows, as their run ("mục 29 30 31")."""
    # "406-11 xong rooif": Telex left-overs read back as the question reader reads them
    text = untelexed(spread_ranges(text), assistant.vocabulary)
    text = companions_respelled(text)  # "406-14 xong ruoi": "rồi", no note (u49 #3)
    found = _statement(text, assistant, province, today, agency)
    slip = respelled(text) if found is None and not reads_as_question(text) else None
    if slip is not None:  # "406-14 vuogn mac …": offered, asked as a guess (status_spelling)
        guess = _statement(slip.text, assistant, province, today, agency)
        found = replace(guess, spelled=slip.typed) if isinstance(guess, Offer) else None
    if isinstance(found, Offer):
        found = _unit_typed(found, text)
        said = _sent_day(under_way(found, text), province, today)
        return _note_kept(said, assistant, province)
    if isinstance(found, Items):
        return Items(
            tuple(
                _note_kept(_sent_day(under_way(o, o.note), province, today), assistant, province)
                for o in found.offers
            )
        )
    return found


def _unit_typed(offer: Offer, text: str) -> Offer:
    """An admin's "ghi thay <words> …" whose words name no unit: the offer keeps those words,
    for the choice of the unit to say them back (they were dropped in silence)."""
    if offer.unit:
        return offer
    tokens = tokenize(text)
    found = status_span([t.fold for t in tokens])
    typed = behalf_typed(tokens[: found[1]] if found is not None else tokens)
    return replace(offer, unit_typed=" ".join(t.raw for t in typed)) if typed else offer


def _sent_day(offer: Offer, province: Province, today: date) -> Offer:
    """A done item with the day it was sent said in its note ("đã gửi ubnd tỉnh ngày 9/4"):
    that day read out of the note, as the day the status counts from (sent_dates.py); a day
    typed without its year is read in the item's year (typed_years.py)."""
    if offer.status != Status.HOAN_THANH or not offer.note:
        return offer
    day, rest = said_sent(offer.note, today, anchor=year_anchor(province, offer.key, today))
    return replace(offer, note=rest, sent_on=day) if day is not None else offer


def _note_kept(offer: Offer, assistant: Assistant, province: Province) -> Offer:
    """The offer with only the officer's note about the item: talk to the bot ("mà sao vẫn
    nhắc") left out, and for a task, words that only name where it was sent ("cho so tttt":
    the task names its recipient); what is left out is kept apart for the offer to say."""
    if not offer.note:
        return offer
    kept, dropped = kept_note(offer.note)
    found = province.task_at(offer.key)
    if found is not None and kept and offer.status == Status.HOAN_THANH:
        # "đã gửi qua mail cho so tttt": how and to whom it went, which the offer records
        recipient = found[0].recipient
        printed = assistant.agencies.whole(recipient) if recipient else None

        kind = _kind_word(printed or recipient, assistant.agencies.spelt)

        def is_recipient(text: str) -> bool:
            unit = assistant.agencies.whole(text)
            if not recipient:
                return unit is not None
            # "cho sở": the recipient named by its kind, which the task's recipient is
            named = fold(text) in (fold(recipient), kind)
            return named or (unit is not None and unit == printed)

        kept, sending = sending_left_out(kept, is_recipient)
        if kept and is_recipient(kept):  # "đã gửi sở rồi": the recipient alone, no note
            kept, sending = "", " ".join(filter(None, (sending, kept)))
        dropped = " ".join(filter(None, (sending, dropped)))
    elif found is not None:
        named = sent_to_only(kept)
        if named and assistant.agencies.whole(named) is not None:
            kept, dropped = "", offer.note
    return replace(offer, note=kept, dropped=dropped) if dropped else offer


def _kind_word(name: str, names: Iterable[str]) -> str:
    """The word `name` opens with, folded, when it is the kind of body that several names of
    the register open with ("so" of "Sở Thông tin và Truyền thông", as of every Sở): an officer
    names the recipient so ("đã gửi cho sở rồi"); "" for a name of its own kind."""
    first = [fold(n.split()[0]) for n in names if n.split()]
    head = fold(name.split()[0]) if name.split() else ""
    return head if head and first.count(head) > 1 else ""


def under_way(offer: Offer, said: str) -> Offer:
    """The offer as Đang thực hiện when it says done and `said` states a share below the
    whole; else as it is."""
    if offer.status == Status.HOAN_THANH and below_whole(said):
        return replace(offer, status=Status.DANG_THUC_HIEN, partial=True)
    return offer


def _statement(
    text: str, assistant: Assistant, province: Province, today: date, agency: str | None = None
) -> Offer | Items | Unclear | Unread | None:
    """A statement naming one row or task and a status: what to offer for confirmation. The row
    is a key as typed ("406-14", "20/4") or else one clear service named before the status words
    ("gpxd đã tích hợp xong"); the words after the status are its note. A task may also be
    named after the status words or between them ("đã gửi phụ lục rồi", "bên em nộp biểu 02
    rồi"): the task that asks for that form or has those words, the writer's unit's
    (`agency`), weighed as a question naming it is (knowledge/reader/task_choice.py)."""
    if reads_as_question(text) or text.lstrip().startswith("/"):
        return None
    tokens = tokenize(text)
    folds = [t.fold for t in tokens]
    found = status_span(folds)
    around = _around(folds) if found is None else None
    if found is None and around is None:
        return None
    clause: int | None = None  # the task's name after the status ends at a comma: a note then
    if around is not None:
        status, start, object_end, end = around
        after = tokens[start + 1 : object_end]
    else:
        assert found is not None
        status, start, end = found
        clause = _clause_end(text, end)
        after = tokens[end:clause]
    if around is None:
        keyed = items_statement(text, tokens, assistant, province, today)
        if keyed is None:  # "đã xong mục 29 và 30": the status first, then its rows
            keyed = rows_after(text, tokens, assistant, province, today)
        if keyed is not None:
            return keyed
    shaped = [w.strip(".,;:!") for w in text.split() if whole_key_shape(w)]
    # a date no task falls due on is no key but a date of the note ("biểu 02 đã gửi ngày 12/4")
    dates = frozenset(
        w
        for w in shaped
        if DATE_SHAPE.match(w) and assistant.resolve_key(w, province, today) is None
    )
    # "pl1 đã gửi sở tttt ngày 20/5": a day said as the day sent is that, even when a task
    # falls due on it; it names the task only when nothing before the status does
    sent = _said_days(tokens, end) if status == Status.HOAN_THANH else frozenset()
    named_before = any(t.fold not in FILLER and not whole_key_shape(t.raw) for t in tokens[:start])
    sent_keys: frozenset[str] = frozenset() if named_before else sent - dates
    dates = dates | sent
    typed = [w for w in shaped if w not in dates or w in sent_keys]
    note = note_after(text, end, dates)
    if typed:
        key = assistant.resolve_key(typed[0], province, today) if len(typed) == 1 else None
        # "Sở Y tế 406-14 xong": words before the status that name a unit, and nothing else
        words = [t for t in tokens[:start] if not whole_key_shape(t.raw)]
        named = " ".join(t.raw for t in words)
        unit = assistant.agencies.whole(named) if named else None
        unit = unit or behalf_unit(words, assistant, province)
        return Offer(key, status, note, unit=unit) if key else None
    opening = [t for t in tokens[:start] if t.fold not in FILLER]
    before = [t.raw for t in opening]
    unit = ""
    joined = joined_services(opening, assistant, province, today, agency)
    if joined:  # "gpxd với quy hoạch xây dựng đều đang làm": each service its own offer
        return Items(tuple(Offer(key, status, note) for key in joined))
    if before:
        answer = assistant.ask(" ".join(before), today, province.slug, agency)
        # read as an agency, not a service's words ("giấy phép xây dựng" is no Sở Xây dựng)
        mention = assistant.agencies.find(" ".join(before)) if answer.intent == "agency" else None
        unit = mention.name if mention is not None else behalf_unit(opening, assistant, province)
        if answer.intent == "service" and answer.items and not answer.close:
            return Offer(answer.items[0].key, status, note, unit=unit)
        owner = unit or agency
        if answer.intent == "service" and answer.items and owner:
            # "gplx xong" fits 406-22, 411-16 and 411-17: the one the writer's unit owns
            own = list(
                dict.fromkeys(k for v in answer.items for k in _owned(province, owner, v.key))
            )
            if len(own) == 1:
                return Offer(own[0], status, note, unit=unit)
        if answer.intent == "task" and answer.tasks:
            return _tasks_offer(
                answer.tasks, before, tokens, status, note, unit, (assistant, province, today)
            )
    named = " ".join(t.raw for t in after if t.fold not in FILLER)
    # "đã nộp biểu 02 ngày 21/4": the day it was sent, said after the task's name, is no word
    # of the name, whether or not it has come (sent_dates.py); read once the task is known,
    # in its year (typed_years.py)
    said = named
    rest = without_day(named) if status == Status.HOAN_THANH else named
    named = rest or named  # the day alone ("đã nộp hôm qua") is still looked for, as before
    if not named:
        return None
    # after the status words only a task is the object (a row's are a note): the unit's named
    # before the status words ("ghi thay Sở Y tế đã nộp báo cáo tháng 8"), else the writer's
    # unit's, found as `/nop <words>` finds it
    owner = unit or agency
    keys: tuple[str, ...] = ()
    if owner is not None:
        tasks = assistant.tasks_named(named, today, province, owner, province.tasks_of(owner))
        # a recurring task's occurrence the period names ("báo cáo tháng 12"): that one
        keys = tuple(
            f"{t.id}@{tasks.due[t.id].isoformat()}" if t.id in tasks.due else t.id
            for t in tasks.tasks
        )
    if not keys:
        # a unit that owes no such task ("Viễn thông … đã nộp biểu 02", a district's "đã gửi
        # phụ lục rồi"): the task the words name, which the use case then refuses for that
        # unit, saying so, rather than the task's card read as if it had been taken
        answer = assistant.ask(named, today, province.slug)
        keys = tuple(dict.fromkeys(v.task.id for v in answer.tasks if answer.intent == "task"))
    # what follows the task's name: the note ("đã nộp báo cáo, chờ ký số"), kept through the
    # choice of the task when the name fits several (it was dropped after the button)
    if around is None:
        note = note_after(text, clause, dates) if clause is not None else ""
    if not keys:
        return None
    day = None
    if status == Status.HOAN_THANH:
        day = said_sent(said, today, anchor=year_anchor(province, keys[0], today))[0]
    if len(keys) > 1:  # the day sent goes with whichever is chosen (ux36 #4: it was lost)
        return Unclear(keys, status, unit, note, day)
    named_task = province.task(keys[0].split("@")[0])
    part = one_form(named_task, tokens, province) if named_task is not None else None
    return Offer(keys[0], status, note, part or "", unit, sent_on=day)


_DAY_WORDS = frozenset({"ngay", "hom"})


def _said_days(tokens: list[Token], end: int) -> frozenset[str]:
    """The dates said as a day ("ngày 20/5") after the status words, from the `end`-th token."""
    return frozenset(
        t.raw.strip(".,;:!")
        for before, t in zip(tokens[end:], tokens[end + 1 :], strict=False)
        if before.fold in _DAY_WORDS and DATE_SHAPE.match(t.raw.strip(".,;:!"))
    )


def _tasks_offer(
    found: Sequence[TaskView],
    before: list[str],
    tokens: list[Token],
    status: Status,
    note: str,
    unit: str,
    context: tuple[Assistant, Province, date],
) -> Offer | Unclear:
    """The tasks named before the status words: the one offered, or several asked back."""
    assistant, province, today = context
    # "bc quý 4 nộp rồi": the occurrence the period names, as after the status words
    parsed = assistant.parse(" ".join(before), today, province)
    tasks = [v.task for v in found]
    due = occurrences(tasks, [p.period for p in parsed.periods])
    ids = tuple(f"{t.id}@{due[t.id].isoformat()}" if t.id in due else t.id for t in tasks)
    if len(ids) > 1:
        # "bc tháng 6 nộp rồi" fits two reports: which one is asked, a button each (it was
        # read as a question, whose buttons only opened the tasks' cards)
        return Unclear(ids, status, unit, note)
    return Offer(ids[0], status, note, one_form(tasks[0], tokens, province) or "", unit)


def _clause_end(text: str, start: int) -> int | None:
    """The token after the first word from the `start`-th token on that closes a clause (a comma
    or a semicolon typed after it): where the words naming the object stop; None: no such
    word."""
    for word, (first, last) in token_words(text):
        if first >= start and word.endswith((",", ";")):
            return last
    return None


def _owned(province: Province, agency: str, key: str) -> tuple[str, ...]:
    """The rows of `agency` a row's key stands for: itself where it has a role, else its
    sub-rows the agency owns ("406-11" for Sở Y tế: 406-11/Y tế)."""
    return (key,) if role_in(province, agency, key) else parts_meant(province, agency, key)


MAX_ROW_NUMBER = 999  # as row_refs reads a row's number


def short_number(args: str) -> tuple[str, Status, str] | None:
    """`/capnhat 23 xong`: a row's number alone where the key stands, then a status (the rest
    a note), as /muc reads a number alone: (the number, the status, the note); None for any
    other line. Which rows the number may be is the caller's (the decisions that have it)."""
    words = args.split()
    if not words or not words[0].isdecimal() or not 0 < int(words[0]) <= MAX_ROW_NUMBER:
        return None
    status, note = leading_status(words[1:])
    return (str(int(words[0])), status, note) if status is not None else None
