"""What an officer's message may write, decided before anything is written.

- `/capnhat <key> <status words> [note]` is read exactly in capnhat_line.py (re-exported here:
  `read_capnhat`, `read_capnhat_line`, `repeats`, `whole_key`).
- A free text that names one row and a status ("406-14 xong rồi") is only offered for
  confirmation (`offer_for`), never written.
- A prompt waiting for a note, a reason or a proposal field ends instead of taking a message that
  is a command, a button of another message, a question, a status statement, or that comes too
  late (`prompt_ends`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from knowledge.catalogue.model import Province
from knowledge.catalogue.units import registrable, unit_by_words
from knowledge.language.text import Token, fold, tokenize
from knowledge.language.vocabulary import BEHALF_WORDS
from knowledge.reader.ask import Assistant
from knowledge.reader.capnhat_line import (
    FILLER,
    PHRASE_WORDS,
    SUB_ROW_SHAPE,
    only_filler,
    row_shape,
    trim_filler,
    whole_key_shape,
)
from knowledge.reader.question_shape import reads_as_question
from knowledge.reader.shares import below_whole
from knowledge.reader.task_refs import one_form
from knowledge.rules.statuses import (
    STATUS_PHRASES,
    Status,
    parts_meant,
    role_in,
)

# -- free text ---------------------------------------------------------------------------------
# Status words too common in questions and notes to offer a write on ("đang", "ok", "chưa").
_WEAK = frozenset({"dang", "ok", "chua", "thuc hien", "test", "done", "ht"})
NEGATIONS = frozenset({"chua", "khong", "ko", "k", "chang", "cha", "kg"})


@dataclass(frozen=True)
class Offer:
    key: str
    status: Status
    note: str = ""  # what follows the status words ("406-15 vướng mắc chờ máy chủ")
    # one form of several the task asks for, as printed ("Phụ lục III" of "Phụ lục I–IV"): the
    # statement says that form was sent, not the whole task
    part: str = ""
    # the unit named before the status words ("Sở Y tế đã nộp biểu 02"): whose it is, for an
    # admin writing for units (usecases/statuses.py); an officer writes for their own
    unit: str = ""
    # "xong 50%": said done, with a share below the whole; offered as under way, which the
    # offer says (knowledge/reader/shares.py)
    partial: bool = False


_SPAN_WORDS = tuple(
    (words, code)
    for (phrase, code), (words, _) in zip(STATUS_PHRASES, PHRASE_WORDS, strict=True)
    if phrase not in _WEAK
)


def status_span(folds: list[str]) -> tuple[Status, int, int] | None:
    """The longest status phrase among the words (whole words only), with where it stands."""
    best: tuple[Status, int, int] | None = None
    present = set(folds)
    for words, code in _SPAN_WORDS:
        if words and words[0] not in present:
            continue  # cannot stand anywhere: none of the text's words opens it
        for i in range(len(folds) - len(words) + 1):
            if folds[i : i + len(words)] == words and (
                best is None or len(words) > best[2] - best[1]
            ):
                best = (Status(code), i, i + len(words))
    if best is not None and best[1] > 0 and folds[best[1] - 1] in NEGATIONS:
        return None  # "gplx chưa xong": not done, and no other status either
    return best


_PERCENT = re.compile(r"\d+(?:[.,]\d+)?\s*%")


def share_reported(text: str) -> bool:
    """ "bên em đã xong 50% rồi": a share of the work said done. No status says it (a status
    is a row's), so it is neither offered nor read as a question of what is done."""
    if reads_as_question(text) or text.lstrip().startswith("/"):
        return False
    if any(whole_key_shape(w) for w in text.split()):
        return False  # "406-14 xong 100%": that row's status, offered as any
    folds = [t.fold for t in tokenize(text)]
    spelled = any(
        a.isdecimal() and (b, c) == ("phan", "tram")
        for a, b, c in zip(folds, folds[1:], folds[2:], strict=False)
    )
    # said done ("xong 50%") or reached ("đạt 80 phần trăm", "được 50%")
    said = status_span(folds) is not None or bool({"dat", "duoc"} & set(folds))
    return (spelled or bool(_PERCENT.search(text))) and said


@dataclass(frozen=True)
class Items:
    """A statement naming several rows or tasks, each with its status ("406-22 xong, 406-11/Y
    tế đang làm", "406-22 và 406-14 xong rồi"): one offer an item, in the order typed; never
    the second item kept as the first's note."""

    offers: tuple[Offer, ...]


def status_spans(folds: list[str]) -> list[tuple[Status, int, int]]:
    """Every status phrase among the words, left to right, the longest at each place, none
    overlapping another, none after a negation ("chưa xong") nor asked ("xong chưa")."""
    found, i = [], 0
    while i < len(folds):
        at = [
            (len(words), code) for words, code in _SPAN_WORDS if folds[i : i + len(words)] == words
        ]
        if not at:
            i += 1
            continue
        length, code = max(at, key=lambda a: a[0])
        # "xong chưa", "xong không": asked, not said
        asked = i + length < len(folds) and folds[i + length] in NEGATIONS
        if not (i > 0 and folds[i - 1] in NEGATIONS) and not asked:
            found.append((Status(code), i, i + length))
        i += length
    return found


# Words that join one item to the next and say nothing of their own ("406-22 và 406-14 xong",
# "406-22 xong, còn 406-14 đang làm")
_JOINERS = frozenset({"va", "voi", "con", "cung", "and", "&", "+"})


def _keyed_items(
    text: str, tokens: list[Token], assistant: Assistant, province: Province, today: date
) -> list[tuple[list[str], int, Status, int]] | None:
    """The items a statement names by their keys, each with its status: (keys, where the first
    key starts, status, where the status words end). A row is named any way a question names
    it ("406-22", "mục 22", "406-11 y tế", "406-11/Y tế"), a task by its id or date; a status
    phrase whose own words before it name a key starts another item ("406-22 đang làm, 11 y tế
    xong"), any other stays in the note ("vướng mắc do kiểm thử chưa đạt"). None when no key
    stands before the first status words."""
    folds = [t.fold for t in tokens]
    spans = status_spans(folds)
    if not spans:
        return None
    refs = list(assistant.parse(text, today, province).rows)
    words = _token_words(text)
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
            # a number alone ("14 xong") is no key in words: it may count anything
            bare = len(head) == 1 and head[0].isdecimal()
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


def _token_words(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Each word of `text` as typed, with the tokens it makes (start, end)."""
    out, seen = [], 0
    for word in text.split():
        n = len(tokenize(word))
        out.append((word, (seen, seen + n)))
        seen += n
    return out


def _items_statement(
    text: str, tokens: list[Token], assistant: Assistant, province: Province, today: date
) -> Offer | Items | None:
    """A statement naming its rows or tasks by key (`_keyed_items`): one offer, or one an item;
    each item's note is what follows its status up to the next item."""
    found = _keyed_items(text, tokens, assistant, province, today)
    if not found:
        return None
    offers = []
    for n, (keys, _, status, end) in enumerate(found):
        stop = found[n + 1][1] if n + 1 < len(found) else len(tokens)
        note = _note_between(text, end, stop)
        offers += [Offer(key, status, note) for key in keys]
    if len(offers) > 1:
        return Items(tuple(dict((o.key, o) for o in offers).values()))
    # "Sở Y tế 406-14 xong": words before the key that name a unit, and nothing else
    keys, first, status, _ = found[0]
    before = [t for t in tokens[:first] if not whole_key_shape(t.raw)]
    named = " ".join(t.raw for t in before)
    unit = assistant.agencies.whole(named) if named else None
    unit = unit or _behalf_unit(before, assistant, province)
    return replace(offers[0], unit=unit)


@dataclass(frozen=True)
class Unclear:
    """A statement about a task its words name, whose object names several tasks the writer's
    unit owes and nothing tells which: asked back, nothing offered."""

    keys: tuple[str, ...]
    status: Status


# A status phrase whose last word only marks the work done ("nộp rồi", "gửi rồi") also stands
# around its object: "nộp biểu 02 rồi". Read off the status phrases, not listed.
_AROUND = tuple(
    (words[0], words[1], code)
    for words, code in _SPAN_WORDS
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


def offer_for(
    text: str, assistant: Assistant, province: Province, today: date, agency: str | None = None
) -> Offer | None:
    """A statement naming one row or task and a status: what to offer for confirmation (see
    `statement`)."""
    found = statement(text, assistant, province, today, agency)
    return found if isinstance(found, Offer) else None


def statement(
    text: str, assistant: Assistant, province: Province, today: date, agency: str | None = None
) -> Offer | Items | Unclear | None:
    """A statement naming one row or task and a status (`_statement`); "done" said with a
    share below the whole ("406-15 xong 50% rồi") is work under way, never Hoàn thành."""
    found = _statement(text, assistant, province, today, agency)
    if isinstance(found, Offer):
        return under_way(found, text)
    if isinstance(found, Items):
        return Items(tuple(under_way(o, o.note) for o in found.offers))
    return found


def under_way(offer: Offer, said: str) -> Offer:
    """The offer as Đang thực hiện when it says done and `said` states a share below the
    whole; else as it is."""
    if offer.status == Status.HOAN_THANH and below_whole(said):
        return replace(offer, status=Status.DANG_THUC_HIEN, partial=True)
    return offer


def _statement(
    text: str, assistant: Assistant, province: Province, today: date, agency: str | None = None
) -> Offer | Items | Unclear | None:
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
    if around is not None:
        status, start, object_end, end = around
        after = tokens[start + 1 : object_end]
    else:
        assert found is not None
        status, start, end = found
        after = tokens[end:]
    if around is None:
        keyed = _items_statement(text, tokens, assistant, province, today)
        if keyed is not None:
            return keyed
    note = _note_after(text, end)
    typed = [w.strip(".,;:!") for w in text.split() if whole_key_shape(w)]
    if typed:
        key = assistant.resolve_key(typed[0], province, today) if len(typed) == 1 else None
        # "Sở Y tế 406-14 xong": words before the status that name a unit, and nothing else
        words = [t for t in tokens[:start] if not whole_key_shape(t.raw)]
        named = " ".join(t.raw for t in words)
        unit = assistant.agencies.whole(named) if named else None
        unit = unit or _behalf_unit(words, assistant, province)
        return Offer(key, status, note, unit=unit) if key else None
    opening = [t for t in tokens[:start] if t.fold not in FILLER]
    before = [t.raw for t in opening]
    unit = ""
    if before:
        answer = assistant.ask(" ".join(before), today, province.slug, agency)
        # read as an agency, not a service's words ("giấy phép xây dựng" is no Sở Xây dựng)
        mention = assistant.agencies.find(" ".join(before)) if answer.intent == "agency" else None
        unit = mention.name if mention is not None else _behalf_unit(opening, assistant, province)
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
        if answer.intent == "task" and len(answer.tasks) == 1:
            task = answer.tasks[0].task
            return Offer(task.id, status, note, one_form(task, tokens, province) or "", unit)
    named = " ".join(t.raw for t in after if t.fold not in FILLER)
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
    if len(keys) > 1:
        return Unclear(keys, status)
    if not keys:
        return None
    named_task = province.task(keys[0].split("@")[0])
    part = one_form(named_task, tokens, province) if named_task is not None else None
    return Offer(keys[0], status, note if around is not None else "", part or "", unit)


def _owned(province: Province, agency: str, key: str) -> tuple[str, ...]:
    """The rows of `agency` a row's key stands for: itself where it has a role, else its
    sub-rows the agency owns ("406-11" for Sở Y tế: 406-11/Y tế)."""
    return (key,) if role_in(province, agency, key) else parts_meant(province, agency, key)


def _behalf_unit(opening: list[Token], assistant: Assistant, province: Province) -> str:
    """ "ghi thay hàm yên …", "ghi cho viễn thông …": after the words of writing for a unit, the
    unit named by its own words, which are no agency's name in a question."""
    if not opening or opening[0] not in BEHALF_WORDS:
        return ""
    named = [t for t in opening if t not in BEHALF_WORDS]
    return unit_by_words(named, registrable(assistant.catalogue.agencies, province)) or ""


def _note_after(text: str, end: int) -> str:
    """The words of `text` from its `end`-th token on, as typed, less keys and filler."""
    return _note_between(text, end, len(tokenize(text)))


def _note_between(text: str, end: int, stop: int) -> str:
    """The words of `text` from its `end`-th token to its `stop`-th, as typed, less keys and
    filler."""
    kept = [
        word
        for word, (start, _) in _token_words(text)
        if end <= start < stop and not whole_key_shape(word)
    ]
    return "" if only_filler(kept) else trim_filler(" ".join(kept))
