"""A form asked what it is ("pl1 là gì", "biểu 02 gồm những cột nào", "phụ lục 3 điền gì"): the
form the bot holds the layout of (knowledge/deliverables/forms.py) is explained by its title and
columns, not by its task's card again — a tester asked "pl1 la gi" right after the card and got
the same four steps back."""

from __future__ import annotations

import itertools

from knowledge.catalogue.model import Province
from knowledge.deliverables.forms import Form, task_forms
from knowledge.language.text import MarkedWords
from knowledge.reader.parse import Parsed

# "là gì": what a thing is; "cột", "điền", "ô": what a table holds or asks to be filled in
_IS = MarkedWords("là")
_WHAT = MarkedWords("gì")
_TABLE_WORDS = MarkedWords("cột điền ô")
_ROMAN = ("", "I", "II", "III", "IV", "V", "VI")


def form_asked(parsed: Parsed, province: Province) -> Form | None:
    """The one form of ours the question names and asks what it is or holds; None otherwise (a
    row or a second form named, or nothing asked of the form)."""
    refs = [r for r in parsed.tasks if r.how == "form"]
    if len(refs) != 1 or parsed.rows:
        return None
    tokens = parsed.tokens
    asks_what = any(a in _IS and b in _WHAT for a, b in itertools.pairwise(tokens))
    if not asks_what and not _TABLE_WORDS.any_in(tokens):
        return None
    ref = refs[0]
    forms = task_forms(province, ref.task.id)
    if len(forms) == 1 and ref.number in (None, _number_of(forms[0])):
        return forms[0]
    # "phụ lục" alone, of a task with several: which one is not said
    return next((f for f in forms if ref.number is not None and _number_of(f) == ref.number), None)


def _number_of(form: Form) -> int | None:
    """The number a form's name prints ("BIỂU 02": 2, "Phụ lục III": 3)."""
    last = form.name.split()[-1]
    if last.isdigit():
        return int(last)
    return _ROMAN.index(last) if last in _ROMAN else None
