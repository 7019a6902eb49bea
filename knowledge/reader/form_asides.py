"""What a message typed while a form is filled in the chat (/nop pl1 … pl4) is, when it is not
the form's next line: a question asked beside it ("pl1 là cái gì vậy"), answered with the form
kept open; "không có" in the ways it is typed ("ko co", "khong co", "k"), which is the step's
"Không có" button (a tier of Phụ lục I without procedures) or, on a list not yet begun, the list
shown for its ✅ Nộp (none to report); and numbers typed when no form is open ("10 5 3 2"),
which nothing takes. A row's key alone ("406-14", "411/16") is never numbers: it asks for that
row, whether or not a form is open (a form then stays open, its step asked again)."""

from __future__ import annotations

import re
from enum import StrEnum

from knowledge.deliverables.forms import TIERS, Form
from knowledge.deliverables.submissions import read_counts, read_line
from knowledge.language.text import fold
from knowledge.reader.capnhat_line import FILLER, row_shape
from knowledge.reader.question_shape import reads_as_question
from knowledge.rules.proposal_steps import says_nothing

_DATE_ALONE = re.compile(r"^\s*\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*$")
_NUMBERS_ONLY = re.compile(r"^\s*\d[\d.,]*(?:[\s;:/-]+\d[\d.,]*)+\s*$")


def asks_beside_form(form: Form, text: str) -> bool:
    """A question typed while `form` waits for its next line: asked beside it, not an answer
    to it (a line the form reads is its line, whatever else it holds)."""
    if key_alone(text):  # a row's key is no count and no line: the row is asked for
        return True
    if text.lstrip().startswith("/") or not reads_as_question(text):
        return False
    if form.shape == "counts":
        return not isinstance(read_counts(text), dict)
    return not isinstance(read_line(form, text), dict)


def key_alone(text: str) -> bool:
    """A row's key and nothing else ("406-14", "411/16", "406-60" that no row has): the row is
    asked for, as /muc does; every answer tells officers to type it so (ux26 #1)."""
    words = text.split()
    return len(words) == 1 and row_shape(words[0])


def numbers_only(text: str) -> bool:
    """Two numbers or more and nothing else ("10 5 3 2", "12; 8; 3; 1"): a form's counts, typed
    where no form waits for them."""
    # a date alone ("15/7/2021") is no counts: asked about as a date (ux22 #7); a row's key
    # alone ("406-14") is the row asked for
    return bool(_NUMBERS_ONLY.match(text)) and not _DATE_ALONE.match(text) and not key_alone(text)


MIN_LINE_FIELDS = 3  # level; sector; service: the fields every list form's line opens with


def list_line(text: str) -> bool:
    """A list form's line as the chat asks it typed (Phụ lục II–IV: "Cấp tỉnh; Xây dựng; …"):
    three fields or more between ";", no question, no command; not counts alone."""
    fields = [f for f in text.split(";") if f.strip()]
    plain = "?" not in text and not text.lstrip().startswith("/")
    return len(fields) >= MIN_LINE_FIELDS and plain and not numbers_only(text)


class Nothing(StrEnum):
    TIER = "tier"  # the tier's "Không có" button: no procedures at this tier
    LIST = "list"  # a list with no line yet: shown for its ✅ Nộp, none to report


def nothing_at_step(form: Form, tiers_done: int, lines: int, text: str) -> Nothing | None:
    """ "ko co", "khong co", "không" typed where the form waits: what the step's nothing is;
    None when the text is anything else, or the step has no such answer (a list that has
    lines: "không" removes none of them; BIỂU 02, made from the proposals)."""
    # "ko co a", "không có nhé": the politeness around it says nothing more
    said = " ".join(w for w in text.split() if fold(w) not in FILLER - {"het", "ca"})
    if not says_nothing(said):
        return None
    if form.shape == "counts":
        return Nothing.TIER if tiers_done < len(TIERS) else None
    if form.code != "bieu02" and not lines:
        return Nothing.LIST
    return None
