"""Provincial tasks named in a question: by their id ("tq-2021-04-20"), by their form ("Biểu 02",
"biểu số 02", "phụ lục 3", "PL3", "phụ lục" alone for the task asking for several), and forms no
task asks for ("biểu 01"), which are still forms, never row numbers."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from knowledge.calendar.deadlines import ROMAN
from knowledge.catalogue.model import Province, Task
from knowledge.language.text import Token, fold, tokenize
from knowledge.language.vocabulary import FORM_FILLER, FORM_KINDS


@dataclass(frozen=True)
class TaskRef:
    task: Task
    start: int
    end: int
    how: str  # id | form | date
    number: int | None = None  # the form's number typed ("phụ lục 3": 3), for a form


@functools.cache
def _id_words(task: Task) -> list[str]:
    return [t.fold for t in tokenize(task.id)]


@functools.cache
def _form_refs(task: Task) -> tuple[tuple[str, ...], set[int]]:
    """The words of a task's form and the numbers it covers: "Phụ lục I–IV" -> (phu, luc), 1..4;
    "Biểu số 02" -> (bieu,), 2: the filler between a form's word and its number is typed or not
    ("biểu 02", "biểu số 02"), whichever way the letter prints it."""
    tokens = tokenize(task.form.replace("–", " - "))
    named = [t for t in tokens if t.fold.isalpha() and t.fold not in ROMAN]
    words = tuple(t.fold for k, t in enumerate(named) if k == 0 or t not in FORM_FILLER)
    numbers: list[int] = []
    for t in tokens:
        if t.fold in ROMAN:
            numbers.append(ROMAN[t.fold])
        elif t.fold.isdecimal():
            numbers.append(int(t.fold))
    covered = set(range(min(numbers), max(numbers) + 1)) if numbers else set()
    return words, covered


def form_number(text: str) -> int | None:
    """ "3", "03" or "III" as a number."""
    if text.isdecimal():
        return int(text)
    return ROMAN.get(text)


# A task's words as a question may type them, compiled once per task list (a province's tasks
# are replaced whole, never changed in place, as province_lookups.py's memo relies on too):
# (task, its id's words, its form's words and their initials, the numbers its form covers).
_Shapes = tuple[Task, list[str], tuple[tuple[str, ...], ...], set[int]]
# task lists compiled, by id of the list, each kept with the list (so its id stays its own)
_COMPILED: dict[int, tuple[list[Task], list[_Shapes], frozenset[tuple[str, ...]]]] = {}
_COMPILED_KEPT = 16


def _compiled(tasks: list[Task]) -> tuple[list[_Shapes], frozenset[tuple[str, ...]]]:
    """Each task's shapes (`_Shapes`) and every form's words, read once per task list: a
    question was matched against each task's id and form re-read (and its Task hashed, every
    field of it) at each ask."""
    held = _COMPILED.get(id(tasks))
    if held is not None and held[0] is tasks:
        return held[1], held[2]
    shapes: list[_Shapes] = []
    for task in tasks:
        words, numbers = _form_refs(task)
        # The form as printed ("phụ lục 3") and by its initials, as officers shorten it ("PL3").
        forms = [words] + ([("".join(w[0] for w in words),)] if len(words) > 1 else [])
        shapes.append((task, _id_words(task), tuple(forms) if words else (), numbers))
    every = frozenset(_form_refs(task)[0] for task in tasks) - {()}
    if len(_COMPILED) >= _COMPILED_KEPT:
        _COMPILED.clear()
    _COMPILED[id(tasks)] = (tasks, shapes, every)
    return shapes, every


def find_tasks(tokens: Sequence[Token], province: Province) -> list[TaskRef]:
    refs: list[TaskRef] = []
    folds = [t.fold for t in tokens]
    # every id and form is matched from its first word: a task whose first word the question
    # does not hold is passed by one set test (a slipped form keeps its first word whole too)
    typed_words = set(folds)
    for task, id_words, shapes, numbers in _compiled(province.tasks)[0]:
        if not id_words or id_words[0] in typed_words:
            for i in range(len(tokens) - len(id_words) + 1):
                if folds[i : i + len(id_words)] == id_words:
                    refs.append(TaskRef(task, i, i + len(id_words), "id"))
        for shape in shapes:
            if shape[0] not in typed_words:
                continue
            for i in range(len(tokens) - len(shape) + 1):
                typed = tuple(folds[i : i + len(shape)])
                slipped = typed != shape and _slipped(typed, shape)
                if typed != shape and not slipped:
                    continue
                end = i + len(shape)
                # "biểu mẫu 02", "biểu số 02", "phụ lục số 3": the number after the form's words
                while end < len(folds) and end < i + len(shape) + 2 and tokens[end] in FORM_FILLER:
                    end += 1
                number = folds[end] if end < len(folds) else ""
                value = form_number(number)
                if slipped and (value is None or value not in numbers):
                    continue  # a slipped form word counts only before a number the form covers
                if value is not None and value in numbers:
                    refs.append(TaskRef(task, i, end + 1, "form", value))
                elif value is None and len(numbers) > 1:  # "phụ lục" alone: the task with several
                    refs.append(TaskRef(task, i, end, "form"))
    return refs


_ROMAN_OF = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI", 7: "VII", 8: "VIII"}


def one_form(task: Task, tokens: Sequence[Token], province: Province) -> str | None:
    """The one form of several a task asks for ("Phụ lục I–IV") that `tokens` name by its
    number ("phụ lục 3", "PL III"), as the task prints its forms ("Phụ lục III"); None when they
    name none or several, or the task asks for one form only."""
    _, covered = _form_refs(task)
    if len(covered) < 2:
        return None
    numbers = {r.number for r in find_tasks(tokens, province) if r.task.id == task.id}
    numbers.discard(None)
    if len(numbers) != 1:
        return None
    [number] = numbers
    assert number is not None
    printed = task.form.replace("–", " ").replace("-", " ").split()
    stem = [w for w in printed if fold(w) not in ROMAN and not w.isdecimal()]
    roman = any(fold(w) in ROMAN and not w.isdecimal() for w in printed)
    return " ".join([*stem, _ROMAN_OF[number] if roman else f"{number:02d}"])


def _slipped(typed: tuple[str, ...], shape: tuple[str, ...]) -> bool:
    """A form's words with its last letter dropped from one after the first ("phụ lụ III"): a
    slip of the keyboard, when the first word is typed whole."""
    if len(shape) < 2 or typed[0] != shape[0]:
        return False
    slips = [(t, w) for t, w in zip(typed[1:], shape[1:], strict=True) if t != w]
    return len(slips) == 1 and len(slips[0][0]) >= 2 and slips[0][1][:-1] == slips[0][0]


def find_forms(tokens: Sequence[Token], province: Province) -> list[tuple[int, int]]:
    """A form named by its words and a number no task's form covers ("biểu 01", "phụ lục số 7",
    "mẫu số 02"): still a form, never a row number. The words are a task's form's, or a kind
    of form the letters print (FORM_KINDS); the earliest and longest span first."""
    folds = [t.fold for t in tokens]
    shapes = _compiled(province.tasks)[1]
    firsts = {s[0] for s in shapes}
    kinds = FORM_KINDS.positions(tokens)
    spans = []
    for i in range(len(tokens)):
        lengths = (
            [len(s) for s in shapes if tuple(folds[i : i + len(s)]) == s]
            if folds[i] in firsts  # a form's words start at its first word: most words no
            else []
        )
        if i in kinds:
            lengths.append(2 if i + 1 in kinds and folds[i + 1] == "luc" else 1)
        for length in sorted(set(lengths), reverse=True):
            end = i + length
            while end < len(folds) - 1 and end < i + length + 2 and tokens[end] in FORM_FILLER:
                end += 1
            if end < len(folds) and form_number(folds[end]) is not None:
                spans.append((i, end + 1))
                break
    return spans
