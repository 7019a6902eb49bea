"""What a message typed while a form is filled in the chat (/nop pl1 … pl4) is, when it is not
the form's next line: a question asked beside it ("pl1 là cái gì vậy"), answered with the form
kept open; and numbers typed when no form is open ("10 5 3 2"), which nothing takes."""

from __future__ import annotations

import re

from knowledge.deliverables.forms import Form
from knowledge.deliverables.submissions import read_counts, read_line
from knowledge.reader.question_shape import reads_as_question

_NUMBERS_ONLY = re.compile(r"^\s*\d[\d.,]*(?:[\s;:/-]+\d[\d.,]*)+\s*$")


def asks_beside_form(form: Form, text: str) -> bool:
    """A question typed while `form` waits for its next line: asked beside it, not an answer
    to it (a line the form reads is its line, whatever else it holds)."""
    if text.lstrip().startswith("/") or not reads_as_question(text):
        return False
    if form.shape == "counts":
        return not isinstance(read_counts(text), dict)
    return not isinstance(read_line(form, text), dict)


def numbers_only(text: str) -> bool:
    """Two numbers or more and nothing else ("10 5 3 2", "12; 8; 3; 1"): a form's counts, typed
    where no form waits for them."""
    return bool(_NUMBERS_ONLY.match(text))
