"""A statement that names its rows or tasks by key ("406-22 xong, 406-11/Y tế đang làm",
"406-22 và 406-14 xong rồi", "Sở Y tế 406-14 xong", "mục 29 30 31 xong": a run of numbers,
row_runs.py): one offer an item, each with the note typed after its status up to the next
item; and the unit written for, named before. A status said first and only rows after it ("đã
xong mục 29 và 30"): one offer a row (`rows_after`)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import pairwise

from knowledge.catalogue.model import Province
from knowledge.catalogue.units import leading_unit, registrable
from knowledge.language.text import MarkedWords, Token, fold
from knowledge.language.vocabulary import BEHALF_WORDS, CHAT_WORDS
from knowledge.reader.ask import Assistant
from knowledge.reader.capnhat_line import (
    DATE_SHAPE,
    FILLER,
    ROW_SHAPE,
    SUB_ROW_SHAPE,
    row_shape,
    whole_key_shape,
)
from knowledge.reader.offers import Items, Offer, Unread
from knowledge.reader.row_runs import with_runs
from knowledge.reader.status_words import status_spans
from knowledge.reader.typed_notes import note_between, token_words
from knowledge.rules.statuses import Status

# Words that join one item to the next and say nothing of their own ("406-22 và 406-14 xong",
# "406-22 xong, còn 406-14 đang làm")
_JOINERS = frozenset({"va", "voi", "con", "cung", "and", "&", "+"})


def _keyed_items(
    text: str,
    tokens: list[Token],
    assistant: Assistant,
    province: Province,
    today: date,
    unread: list[str],
) -> list[tuple[list[str], int, Status, int]] | None:
    """The items a statement names by their keys, each with its status: (keys, where the first
    key starts, status, where the status words end). A row is named any way a question names
    it ("406-22", "mục 22", "406-11 y tế", "406-11/Y tế"), a task by its id or date; a status
    phrase whose own words before it name a key starts another item ("406-22 đang làm, 11 y tế
    xong"), any other stays in the note ("vướng mắc do kiểm thử chưa đạt"). None when no key
    stands before the first status words. A row named by its number that neither decision has
    ("mục 29 và 99 xong") is added to `unread`, as typed, to be said back."""
    folds = [t.fold for t in tokens]
    spans = status_spans(folds)
    if not spans:
        return None
    # "mục 29 30 31 xong", "mục 29 và 30 xong": every row of the run, never the first alone
    refs = with_runs(tokens, assistant.parse(text, today, province).rows, spans[0][1])
    words = token_words(text)
    items: list[tuple[list[str], int, Status, int]] = []
    begin = used = 0
    for status, start, end in spans:
        mine = [r for r in refs if begin <= r.start < start]
        keys: list[str] = []
        for n, ref in enumerate(mine):
            stop = mine[n + 1].start if n + 1 < len(mine) else start
            sector = tuple(ref.sector[: max(0, stop - ref.end)])
            answer = assistant.item(replace(ref, sector=sector), province, today)
            typed = next((w for w, (a, b) in words if a <= ref.start < b), "").lower()
            if answer is None or not answer.items:
                if not sector and len(mine) > 1:
                    unread.append(typed.strip(".,;:!()") or ref.number)
                continue
            if SUB_ROW_SHAPE.match(typed) and not answer.items[0].row.sub:
                return None  # "406-14/capnhat": a sub-row's shape naming none, no key at all
            keys.append(answer.items[0].key)
        first = mine[0].start if mine else begin
        if not keys:
            # "11 y tế", "tq-2021-04-20", "20/4": the words before the status, whole, a key
            head = [
                w.strip(".,;:!()")
                for w, (a, _) in words
                if a >= begin and a < start and fold(w.strip(".,;:!()")) not in FILLER | _JOINERS
            ]
            # a number alone ("14 xong") is no key in words: it may count anything; after a
            # row ("mục 29 xong, 30 đang làm") it is another row of the same decision
            bare = len(head) == 1 and head[0].isdecimal()
            if bare and items and ROW_SHAPE.match(items[-1][0][-1]):
                head = [f"{items[-1][0][-1].split('-')[0]}-{int(head[0])}"]
                bare = False
            key = (
                assistant.resolve_key(" ".join(head), province, today)
                if head and not bare
                else None
            )
            keys = [key] if key is not None else []
            first = next((a for w, (a, _) in words if a >= begin and fold(w) not in FILLER), begin)
        if not keys:
            if not items:
                return None
            continue  # status words inside the note of the item before ("do kiểm thử")
        items.append((keys, first, status, end))
        used += len(mine)
        begin = end
    if used < len(refs) or any(row_shape(w) for w, (a, _) in words if a >= begin):
        return None  # a row left in a note ("406-22 xong 406-14"): no item is clear
    return items


def items_statement(
    text: str, tokens: list[Token], assistant: Assistant, province: Province, today: date
) -> Offer | Items | Unread | None:
    """A statement naming its rows or tasks by key (`_keyed_items`): one offer, or one an item;
    each item's note is what follows its status up to the next item; rows not read, `Unread`."""
    unread: list[str] = []
    found = _keyed_items(text, tokens, assistant, province, today, unread)
    if not found:
        return None
    offers = []
    # a date no task falls due on, in a note, is the note's ("406-14 xong ngày 12/4")
    dates = frozenset(
        w.strip(".,;:!")
        for w in text.split()
        if DATE_SHAPE.match(w.strip(".,;:!"))
        and assistant.resolve_key(w.strip(".,;:!"), province, today) is None
    )
    for n, (keys, _, status, end) in enumerate(found):
        stop = found[n + 1][1] if n + 1 < len(found) else len(tokens)
        note = note_between(text, end, stop, dates)
        offers += [Offer(key, status, note) for key in keys]
    if unread:
        return Unread(tuple(offers), tuple(unread))
    if len(offers) > 1:
        return Items(tuple(dict((o.key, o) for o in offers).values()))
    # "Sở Y tế 406-14 xong": words before the key that name a unit, and nothing else
    keys, first, status, _ = found[0]
    before = [t for t in tokens[:first] if not whole_key_shape(t.raw)]
    named = " ".join(t.raw for t in before)
    unit = assistant.agencies.whole(named) if named else None
    unit = unit or behalf_unit(before, assistant, province)
    return replace(offers[0], unit=unit)


def behalf_typed(opening: list[Token]) -> list[Token]:
    """ "ghi thay tnmt …", "ghi cho viễn thông …": the words typed after the words of writing
    for a unit (none when the line does not open with them)."""
    if not opening or opening[0] not in BEHALF_WORDS:
        return []
    return [t for t in opening if t not in BEHALF_WORDS]


def behalf_unit(opening: list[Token], assistant: Assistant, province: Province) -> str:
    """ "ghi thay tnmt …", "ghi thay hàm yên …": after the words of writing for a unit, the
    unit its words open with, read as /capnhat reads a unit (`unit_read`: the register's names,
    short forms and initials, else the words only one unit's name holds); "" when none."""
    named = behalf_typed(opening)
    units = registrable(assistant.catalogue.agencies, province)
    found = leading_unit(named, assistant.agencies.whole, units) if named else None
    return found[0] if found is not None else ""


# what may stand before a status said first ("bên em đã xong mục 29 và 30"): the writer, not
# an item
_BEFORE = MarkedWords("bên")


def rows_after(
    text: str, tokens: list[Token], assistant: Assistant, province: Province, today: date
) -> Offer | Items | None:
    """A status said first, then the rows it is said of and nothing else ("đã xong mục 29 và
    30", "bên em xong mục 29, 30 rồi"): one offer a row. None when anything but the writer
    stands before the status, or anything but rows (and the words joining them) after it."""
    spans = status_spans([t.fold for t in tokens])
    # one status, perhaps said twice in a row ("đã tích hợp xong")
    if not spans or any(
        now[0] != spans[0][0] or now[1] != before[2] for before, now in pairwise(spans)
    ):
        return None
    status, start, end = spans[0][0], spans[0][1], spans[-1][2]
    if any(
        t.fold not in FILLER and t not in CHAT_WORDS and t not in _BEFORE for t in tokens[:start]
    ):
        return None
    refs = [r for r in assistant.parse(text, today, province).rows if r.start >= end]
    if not refs:
        return None
    refs = with_runs(tokens, [replace(r, sector=()) for r in refs], len(tokens))
    covered = {i for r in refs for i in range(r.start, r.end)}
    for i in range(end, len(tokens)):
        if i not in covered and tokens[i].fold not in FILLER | _JOINERS:
            return None  # a note, a service, a question: not rows alone
    keys = []
    for ref in refs:
        answer = assistant.item(ref, province, today)
        if answer is None or not answer.items:
            return None
        keys.append(answer.items[0].key)
    offers = tuple(dict.fromkeys(Offer(k, status) for k in keys))
    return offers[0] if len(offers) == 1 else Items(offers)
