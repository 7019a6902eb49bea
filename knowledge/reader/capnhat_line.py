"""/capnhat read exactly: a whole key first, the status words right after it, the rest a note
unless it is only filler ("đã", "rồi", "ạ"). A unit may stand between the key and the status
(`/capnhat 20/4 So Y te da nop`: an admin writing for that unit, "ghi thay"), in any spelling
the register reads as that unit whole; a note that is nothing but a unit ("… đã nộp Sở Y tế") is
kept aside as `note_unit`. The same status again without a new note appends nothing
(`repeats`). Free text that may write is read in writes.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

from knowledge.language.text import MarkedWords, fold, tokenize
from knowledge.language.vocabulary import CLOSING_PARTICLES, EMPHATIC_PARTICLES
from knowledge.reader.note_labels import unlabelled
from knowledge.rules.statuses import STATUS_PHRASES, Change, Status

# Each status phrase as its words, split once (in STATUS_PHRASES' order, which breaks ties)
PHRASE_WORDS = tuple((phrase.split(), code) for phrase, code in STATUS_PHRASES)
_LONGEST = max((len(w) for w, _ in PHRASE_WORDS), default=0)  # words of the longest phrase

# Words that colour a status without saying anything more ("xong rồi ạ", "đã xong nhé").
# "hết" ("all": "đã nộp hết rồi") is filler only where it closes the words ("hết kinh phí" says
# what blocks the work, so a note may open with it).
FILLER = frozenset(
    {"da", "roi", "r", "a", "ak", "ah", "nhe", "nha", "oi", "nhi", "luon", "ha", "het", "ca"}
)
# A key as typed: a catalogue row ("406-14", "406/14"), a sub-row ("406-11/Y tế"), a task id
# ("tq-2021-04-20") or a task's date ("20/4", "20/4/2021"). Nothing longer or shorter is a key.
ROW_SHAPE = re.compile(r"^(406|411)[-/.]\d{1,3}$")
SUB_ROW_SHAPE = re.compile(r"^(406|411)-\d{1,3}/\S")
# a task's id, or one occurrence's key ("tq-2023-09-20@2023-09-20")
TASK_ID_SHAPE = re.compile(r"^[a-z]{2,4}-\d{4}-\d{2}-\d{2}(?:@\d{4}-\d{2}-\d{2})?$")
# an occurrence's raw key of a task whose id has another shape ("kh-monthly-sync@2020-09-01")
OCCURRENCE_SHAPE = re.compile(r"^[a-z][a-z0-9-]*@\d{4}-\d{2}-\d{2}$")
DATE_SHAPE = re.compile(r"^\d{1,2}/\d{1,2}(/\d{4})?$")
MAX_KEY_WORDS = 8  # "406-11/Lao động, Thương binh và Xã hội"
MAX_UNIT_WORDS = 17  # the longest agency name of the register


class CapnhatKind(StrEnum):
    ROWS = "rows"  # no arguments: offer the officer's rows
    WRITE = "write"  # key, status and maybe a note, exactly
    CHOOSE = "choose"  # a whole key but no status right after it: offer its statuses
    USAGE = "usage"  # no whole key: explain the form
    TASKS = "tasks"  # a task's name (form, date, letter) that several tasks answer to


@dataclass(frozen=True)
class CapnhatReading:
    kind: CapnhatKind
    key: str | None = None
    status: Status | None = None
    note: str = ""
    hint: str | None = None  # USAGE: the whole key a loose one names ("14" -> "406-14")
    unit: str | None = None  # the unit named between the key and the status
    note_unit: str | None = None  # the unit the whole note names ("đã nộp Sở Y tế")
    # TASKS: the keys the name answers to; USAGE: what stood before a unit and a status
    # ("gpxd Sở Xây dựng xong"), the words a loose key's offer is read from
    keys: tuple[str, ...] = ()
    named: str = ""


def whole_key(text: str, resolve: Callable[[str], str | None]) -> str | None:
    """The row or task `text` names when it is nothing but a key; None for anything else."""
    typed = text.strip()
    folded_shape = typed.lower()
    if (
        ROW_SHAPE.match(folded_shape)
        or TASK_ID_SHAPE.match(folded_shape)
        or DATE_SHAPE.match(folded_shape)
    ):
        return resolve(typed)
    if OCCURRENCE_SHAPE.match(folded_shape):
        # a recurring task's occurrence as its short key spells out ("kh-monthly-sync T9/2020"
        # is "kh-monthly-sync@2020-09-01"), whatever shape the task's own id has
        return resolve(typed)
    if SUB_ROW_SHAPE.match(folded_shape) and typed[-1].isalnum():
        key = resolve(typed)
        # "406-11/Y tế xong" resolves to the sub-row too: only the sub-row's own name is a key.
        return key if key is not None and fold(key) == fold(typed) else None
    return None


def only_filler(words: list[str]) -> bool:
    """Filler only ("rồi ạ", "xong rồi" after "đã tích hợp"): nothing that a note would say."""
    return all(w in FILLER | {"xong"} for w in fold(" ".join(words)).split())


# Filler that may open a note ("xong ạ, chờ ký"); "đã" opens real notes ("đã gửi Bộ").
_OPENING_FILLER = FILLER - {"da", "het", "ca"}


# Particles that only close what is said ("đang làm thôi", "chưa xong đâu", "xong rồi mà",
# "chờ ký nhé"): at a note's end they say nothing of the item, so no note is made of them.
_CLOSERS = MarkedWords("thôi đâu đấy vậy mà")


def _closer(word: str) -> bool:
    tokens = tokenize(word)
    return len(tokens) == 1 and (tokens[0] in _CLOSERS or tokens[0] in CLOSING_PARTICLES)


# Filler that closes a note only typed with its marks: "cả" ("đã nộp cả"), while an unmarked
# "ca" ends real notes ("chờ bộ CA": the ministry of public security, ux35 #1)
_CLOSING_MARKED = MarkedWords("cả", marked_only="cả")


def _closing_filler(word: str) -> bool:
    folded = fold(word)
    if folded not in FILLER | {""}:
        return _closer(word)
    tokens = tokenize(word)
    return folded not in _CLOSING_MARKED.keys or (
        len(tokens) == 1 and tokens[0] in _CLOSING_MARKED
    )


def trim_filler(note: str) -> str:
    """The note less the filler words at its ends ("ạ, chờ ký số rồi ạ" -> "chờ ký số"), and
    less the particles that close it ("đang làm thôi": no note)."""
    words = note.split()
    while words and (fold(words[0]) in _OPENING_FILLER | {""} or _closes_clause(words)):
        words.pop(0)
    while words and _closing_filler(words[-1]):
        words.pop()
    if words and unlabelled(" ".join(words)) != " ".join(words):
        return trim_filler(unlabelled(" ".join(words)))  # "ghi chú: ạ, chờ ký" -> "chờ ký"
    return " ".join(words).strip(" ,;:-–—.")


def _closes_clause(words: list[str]) -> bool:
    """The first word is an emphatic particle that ends the status's clause ("vướng mắc chứ,
    chưa có kinh phí"): a comma or a stop after it, or nothing."""
    first = tokenize(words[0])
    ends = len(words) == 1 or words[0][-1] in ",;.!"
    return len(first) == 1 and first[0] in EMPHATIC_PARTICLES and ends


def _leading_status(words: list[str]) -> tuple[Status | None, str]:
    """The status whose words are exactly the first whole words ("xong", "vướng mắc"), and the
    words after them; "xong/capnhat" is no status word, nor "xong?" (a question)."""
    folded = [fold(w) if "?" not in w else "" for w in words]
    # the first n words joined, for each n a phrase may take (as many as its words, at most)
    openings = [" ".join(folded[:n]) for n in range(1, min(len(words), _LONGEST) + 1)]
    for (phrase, code), (phrase_words, _) in zip(STATUS_PHRASES, PHRASE_WORDS, strict=True):
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
    return status, "" if only_filler(note.split()) else trim_filler(note)


_PUNCTUATION = re.compile(r"[,;:!?]")
# What a task's name may take before the unit ("cv 618/STTTT-CNTT mẫu số 01 tháng 10")
MAX_NAME_WORDS = 8
# What an item's words may take before the unit an admin writes for ("gpxd Sở Xây dựng xong"): a
# service typed by its words, well beyond the longest title anyone types
MAX_BEFORE_UNIT = 24

# The task a name stands for, given the unit written for (None: the writer's own): its key, or
# the keys of the several tasks it may mean; () when the words are no task's name alone.
TaskOf = Callable[[str, str | None], tuple[str, ...]]


def read_capnhat(
    text: str,
    resolve: Callable[[str], str | None],
    unit_of: Callable[[str], str | None] | None = None,
    task_of: TaskOf | None = None,
) -> CapnhatReading:
    """The arguments of /capnhat read exactly; `resolve` names the row or task of a key,
    `unit_of` the unit a text names whole (None: no unit is read), `task_of` the task a name
    of it stands for (its form, date or letter: knowledge/reader/task_keys.py)."""
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
        named = _task_named(words, task_of, unit_of) if task_of is not None else None
        if named is not None:
            return named
        loose = next(filter(None, (resolve(" ".join(words[:n])) for n in (2, 1))), None)
        unit, status, note, before = _unit_split(words, unit_of)
        return CapnhatReading(
            CapnhatKind.USAGE, hint=loose, unit=unit, status=status, note=note, named=before
        )
    return _after_key(key, words[used:], unit_of)


def _after_key(
    key: str, rest: list[str], unit_of: Callable[[str], str | None] | None
) -> CapnhatReading:
    """The words after a whole key: the status (perhaps after a unit), then the note."""
    status, note = leading_status(rest)
    unit = None
    if status is None and unit_of is not None:
        unit, status, note = _unit_first(rest, unit_of)
    if status is None:
        return CapnhatReading(CapnhatKind.CHOOSE, key, unit=unit)
    note = "" if only_filler(note.split()) else trim_filler(note)
    note_unit = unit_of(note) if unit is None and unit_of is not None and note else None
    return CapnhatReading(CapnhatKind.WRITE, key, status, note, unit=unit, note_unit=note_unit)


def _task_named(
    words: list[str], task_of: TaskOf, unit_of: Callable[[str], str | None] | None
) -> CapnhatReading | None:
    """A task named by its form, date or letter in the key's place, then a status (perhaps
    after a unit) or nothing: read as its key would be; the longest such name first."""
    for n in range(min(len(words), MAX_NAME_WORDS), 0, -1):
        if any(_PUNCTUATION.search(w) for w in words[:n]):
            continue  # "tq-2021-04-20, vướng mắc": a name glued to what follows is not exact
        rest = words[n:]
        status, _ = leading_status(rest)
        unit = None
        if rest and status is None:
            if unit_of is None:
                continue
            unit, status, _ = _unit_first(rest, unit_of)
            if unit is None:
                continue
        keys = task_of(" ".join(words[:n]), unit)
        if len(keys) > 1:
            reading = _after_key(keys[0], rest, unit_of)
            named = " ".join(words[:n])
            return replace(reading, kind=CapnhatKind.TASKS, key=None, keys=keys, named=named)
        if keys:
            return _after_key(keys[0], rest, unit_of)
    return None


def _unit_split(
    words: list[str], unit_of: Callable[[str], str | None] | None
) -> tuple[str | None, Status | None, str, str]:
    """(unit, status, note, what stood before the unit) when the words end with a unit named
    whole and a status after it ("gpxd Sở Xây dựng xong"): the unit as long as it reads."""
    if unit_of is None:
        return None, None, "", ""
    # what stands before the unit is an item's name: a unit further in is no such line (and a
    # 4,000-character message would look for a unit at each of its words)
    for n in range(1, min(len(words), MAX_BEFORE_UNIT + 1)):
        unit, status, note = _unit_first(words[n:], unit_of)
        if unit is not None and status is not None:
            note = "" if only_filler(note.split()) else trim_filler(note)
            return unit, status, note, " ".join(words[:n])
    return None, None, "", ""


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
    task_of: TaskOf | None = None,
) -> CapnhatReading:
    """The whole message: its first word must be the command itself ("/capnhat",
    "/capnhat@bot"); Telegram also calls "/capnhat, 406-14 xong" or "/capnhat/capnhat 406-14 xong"
    the command /capnhat, but those are not the exact form."""
    head, _, rest = line.strip().partition(" ")
    if head.split("@")[0].lower() != "/capnhat":
        return CapnhatReading(CapnhatKind.USAGE)
    return read_capnhat(rest, resolve, unit_of, task_of)


def repeats(current: Change | None, status: Status, note: str) -> bool:
    """The status already stands and no new note comes with it: nothing to append."""
    if current is None:
        return status == Status.CHUA_BAT_DAU and not note
    return current.new == status and (not note or note == current.note)


def row_shape(word: str) -> bool:
    w = word.strip(".,;:!").lower()
    return bool(ROW_SHAPE.match(w) or SUB_ROW_SHAPE.match(w))


def whole_key_shape(word: str) -> bool:
    w = word.strip(".,;:!").lower()
    return bool(
        ROW_SHAPE.match(w)
        or TASK_ID_SHAPE.match(w)
        or DATE_SHAPE.match(w)
        or SUB_ROW_SHAPE.match(w)
    )
