"""What an officer's message may write, decided before anything is written.

- `/capnhat <key> <status words> [note]`, read exactly (`read_capnhat`): a whole key first, the
  status words right after it, the rest a note unless it is only filler ("đã", "rồi", "ạ").
  A unit may stand between the key and the status (`/capnhat 20/4 So Y te da nop`: an admin
  writing for that unit, "ghi thay"), in any spelling the register reads as that unit whole; a
  note that is nothing but a unit ("… đã nộp Sở Y tế") is kept aside as `note_unit`.
- The same status again without a new note appends nothing (`repeats`).
- A free text that names one row and a status ("406-14 xong rồi") is only offered for
  confirmation (`offer_for`), never written.
- A prompt waiting for a note, a reason or a proposal field ends instead of taking a message that
  is a command, a button of another message, a question, a status statement, or that comes too
  late (`prompt_ends`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from knowledge.catalogue.model import Province
from knowledge.catalogue.units import registrable, unit_by_words
from knowledge.language.text import Token, fold, tokenize
from knowledge.language.vocabulary import BEHALF_WORDS
from knowledge.reader.ask import Assistant
from knowledge.reader.question_shape import reads_as_question
from knowledge.reader.task_refs import one_form
from knowledge.rules.statuses import (
    STATUS_PHRASES,
    Change,
    Status,
    parts_meant,
    role_in,
)

# Words that colour a status without saying anything more ("xong rồi ạ", "đã xong nhé").
# "hết" ("all": "đã nộp hết rồi") is filler only where it closes the words ("hết kinh phí" says
# what blocks the work, so a note may open with it).
FILLER = frozenset(
    {"da", "roi", "r", "a", "ak", "ah", "nhe", "nha", "oi", "nhi", "luon", "ha", "het", "ca"}
)
# A key as typed: a catalogue row ("406-14", "406/14"), a sub-row ("406-11/Y tế"), a task id
# ("tq-2021-04-20") or a task's date ("20/4", "20/4/2021"). Nothing longer or shorter is a key.
_ROW = re.compile(r"^(406|411)[-/.]\d{1,3}$")
_SUB_ROW = re.compile(r"^(406|411)-\d{1,3}/\S")
# a task's id, or one occurrence's key ("tq-2023-09-20@2023-09-20")
_TASK_ID = re.compile(r"^[a-z]{2,4}-\d{4}-\d{2}-\d{2}(?:@\d{4}-\d{2}-\d{2})?$")
_DATE = re.compile(r"^\d{1,2}/\d{1,2}(/\d{4})?$")
MAX_KEY_WORDS = 8  # "406-11/Lao động, Thương binh và Xã hội"
MAX_UNIT_WORDS = 17  # the longest agency name of the register


class CapnhatKind(StrEnum):
    ROWS = "rows"  # no arguments: offer the officer's rows
    WRITE = "write"  # key, status and maybe a note, exactly
    CHOOSE = "choose"  # a whole key but no status right after it: offer its statuses
    USAGE = "usage"  # no whole key: explain the form


@dataclass(frozen=True)
class CapnhatReading:
    kind: CapnhatKind
    key: str | None = None
    status: Status | None = None
    note: str = ""
    hint: str | None = None  # USAGE: the whole key a loose one names ("14" -> "406-14")
    unit: str | None = None  # the unit named between the key and the status
    note_unit: str | None = None  # the unit the whole note names ("đã nộp Sở Y tế")


def whole_key(text: str, resolve: Callable[[str], str | None]) -> str | None:
    """The row or task `text` names when it is nothing but a key; None for anything else."""
    typed = text.strip()
    folded_shape = typed.lower()
    if _ROW.match(folded_shape) or _TASK_ID.match(folded_shape) or _DATE.match(folded_shape):
        return resolve(typed)
    if _SUB_ROW.match(folded_shape) and typed[-1].isalnum():
        key = resolve(typed)
        # "406-11/Y tế xong" resolves to the sub-row too: only the sub-row's own name is a key.
        return key if key is not None and fold(key) == fold(typed) else None
    return None


def _only_filler(words: list[str]) -> bool:
    """Filler only ("rồi ạ", "xong rồi" after "đã tích hợp"): nothing that a note would say."""
    return all(w in FILLER | {"xong"} for w in fold(" ".join(words)).split())


# Filler that may open a note ("xong ạ, chờ ký"); "đã" opens real notes ("đã gửi Bộ").
_OPENING_FILLER = FILLER - {"da", "het", "ca"}


def _trim_filler(note: str) -> str:
    """The note less the filler words at its ends ("ạ, chờ ký số rồi ạ" -> "chờ ký số")."""
    words = note.split()
    while words and fold(words[0]) in _OPENING_FILLER | {""}:
        words.pop(0)
    while words and fold(words[-1]) in FILLER | {""}:
        words.pop()
    return " ".join(words).strip(" ,;:-–—.")


def _leading_status(words: list[str]) -> tuple[Status | None, str]:
    """The status whose words are exactly the first whole words ("xong", "vướng mắc"), and the
    words after them; "xong/capnhat" is no status word, nor "xong?" (a question)."""
    folded = [fold(w) if "?" not in w else "" for w in words]
    longest = max((len(w) for w, _ in _PHRASE_WORDS), default=0)
    # the first n words joined, for each n a phrase may take (as many as its words, at most)
    openings = [" ".join(folded[:n]) for n in range(1, min(len(words), longest) + 1)]
    for (phrase, code), (phrase_words, _) in zip(STATUS_PHRASES, _PHRASE_WORDS, strict=True):
        for n in range(1, min(len(words), len(phrase_words)) + 1):
            if openings[n - 1] == phrase and all(folded[:n]):
                return Status(code), " ".join(words[n:])
    return None, ""


def leading_status(words: list[str]) -> tuple[Status | None, str]:
    """The status the words open with ("đã kiểm thử": after the filler), and the rest, a note
    unless only filler ("xong rồi ạ")."""
    status, note = _leading_status(words)
    if status is None and words and fold(words[0]) in FILLER:
        status, note = _leading_status(words[1:])
    return status, "" if _only_filler(note.split()) else _trim_filler(note)


def read_capnhat(
    text: str,
    resolve: Callable[[str], str | None],
    unit_of: Callable[[str], str | None] | None = None,
) -> CapnhatReading:
    """The arguments of /capnhat read exactly; `resolve` names the row or task of a key,
    `unit_of` the unit a text names whole (None: no unit is read)."""
    words = text.split()
    if not words:
        return CapnhatReading(CapnhatKind.ROWS)
    key, used = None, 0
    for n in range(min(len(words), MAX_KEY_WORDS), 0, -1):
        key = whole_key(" ".join(words[:n]), resolve)
        if key is not None:
            used = n
            break
    if key is None:
        loose = next(filter(None, (resolve(" ".join(words[:n])) for n in (2, 1))), None)
        return CapnhatReading(CapnhatKind.USAGE, hint=loose)
    rest = words[used:]
    status, note = leading_status(rest)
    unit = None
    if status is None and unit_of is not None:
        unit, status, note = _unit_first(rest, unit_of)
    if status is None:
        return CapnhatReading(CapnhatKind.CHOOSE, key, unit=unit)
    note = "" if _only_filler(note.split()) else _trim_filler(note)
    note_unit = unit_of(note) if unit is None and unit_of is not None and note else None
    return CapnhatReading(CapnhatKind.WRITE, key, status, note, unit=unit, note_unit=note_unit)


def _unit_first(
    words: list[str], unit_of: Callable[[str], str | None]
) -> tuple[str | None, Status | None, str]:
    """(unit, status, note) when the words open with a unit named whole, followed by a status or
    by nothing; the longest such unit ("UBND huyện Hàm Yên", not "UBND huyện")."""
    for n in range(min(len(words), MAX_UNIT_WORDS), 0, -1):
        unit = unit_of(" ".join(words[:n]))
        if unit is None:
            continue
        status, note = leading_status(words[n:])
        if status is not None or n == len(words):
            return unit, status, note
    return None, None, ""


def read_capnhat_line(
    line: str,
    resolve: Callable[[str], str | None],
    unit_of: Callable[[str], str | None] | None = None,
) -> CapnhatReading:
    """The whole message: its first word must be the command itself ("/capnhat",
    "/capnhat@bot"); Telegram also calls "/capnhat, 406-14 xong" or "/capnhat/capnhat 406-14 xong"
    the command /capnhat, but those are not the exact form."""
    head, _, rest = line.strip().partition(" ")
    if head.split("@")[0].lower() != "/capnhat":
        return CapnhatReading(CapnhatKind.USAGE)
    return read_capnhat(rest, resolve, unit_of)


def repeats(current: Change | None, status: Status, note: str) -> bool:
    """The status already stands and no new note comes with it: nothing to append."""
    if current is None:
        return status == Status.CHUA_BAT_DAU and not note
    return current.new == status and (not note or note == current.note)


# -- free text ---------------------------------------------------------------------------------
# Status words too common in questions and notes to offer a write on ("đang", "ok", "chưa").
_WEAK = frozenset({"dang", "ok", "chua", "thuc hien", "test", "done", "ht"})
_NEGATIONS = frozenset({"chua", "khong", "ko", "k", "chang", "cha", "kg"})


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


# Each status phrase as its words, split once (in STATUS_PHRASES' order, which breaks ties)
_PHRASE_WORDS = tuple((phrase.split(), code) for phrase, code in STATUS_PHRASES)
_SPAN_WORDS = tuple(
    (words, code)
    for (phrase, code), (words, _) in zip(STATUS_PHRASES, _PHRASE_WORDS, strict=True)
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
    if best is not None and best[1] > 0 and folds[best[1] - 1] in _NEGATIONS:
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
        asked = i + length < len(folds) and folds[i + length] in _NEGATIONS
        if not (i > 0 and folds[i - 1] in _NEGATIONS) and not asked:
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
            if _SUB_ROW.match(typed) and not answer.items[0].row.sub:
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
    if used < len(refs) or any(_row_shape(w) for w, (a, _) in words if a >= begin):
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
            if word != verb or (i > 0 and folds[i - 1] in _NEGATIONS):
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
    return "" if _only_filler(kept) else _trim_filler(" ".join(kept))


def _row_shape(word: str) -> bool:
    w = word.strip(".,;:!").lower()
    return bool(_ROW.match(w) or _SUB_ROW.match(w))


def whole_key_shape(word: str) -> bool:
    w = word.strip(".,;:!").lower()
    return bool(_ROW.match(w) or _TASK_ID.match(w) or _DATE.match(w) or _SUB_ROW.match(w))
