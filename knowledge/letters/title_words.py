"""What a task's title says of the work: its own words (not the units' names, its forms, how it
is sent, "thực hiện"), whether that is only the kind of work ("Gửi báo cáo"), and the letter's
subject after a title too short to stand among every letter's tasks.
"""

from __future__ import annotations

import re

from knowledge.letters.register import Register
from knowledge.letters.text import plain

# syllables (a Vietnamese word is one each): about two lines on a phone, three at the most
MAX_WORDS = 30
MAX_WORDS_CONTINUED = 45

BARE = 3  # syllables of its own a title names only the kind of work with ("Gửi báo cáo")
SHORT = 8  # syllables of its own below which a title says too little out of its letter
SENDING = {"gui", "ve", "nop", "den"}  # "gửi về", "nộp đến": how, not what, is due


def with_subject(title: str, subject: str | None, register: Register) -> str:
    """A title too short to stand on its own among every letter's tasks ("Báo cáo năm 2022")
    followed by what the letter is about (its "V/v …")."""
    own = words(FORM_ASIDE.sub("", title), register) - SENDING - _VAGUE
    # "Báo cáo tiến độ thực hiện (theo Phụ lục) gửi Sở …": the progress of what, it does not say
    own -= {w for m in _OF_WHAT.finditer(plain(title)) for w in m.group(1).split()}
    if not subject or len(own) >= SHORT:
        return title
    if len(subject.split()) > MAX_WORDS - SHORT and len(own) > BARE:
        return title  # a subject longer than the rest of a title would bury the duty
    about = words(subject, register)
    if about and len(about & own) >= len(about) / 2:
        return title
    return f"{title} — {subject[:1].lower()}{subject[1:]}"


# What says nothing of the work: the form it is made on, "kết quả thực hiện" (of what?).
FORM_ASIDE = re.compile(r"\((?:theo\s+)?(?:biểu|mẫu|phụ lục)[^()]*\)", re.I)
_VAGUE = {"thuc", "hien"}
# "tiến độ thực hiện", "kết quả thực hiện" with nothing after it but its form or where it goes
_OF_WHAT = re.compile(r"\b(tien do|ket qua) thuc hien\b(?=\s*(?:$|[(,;.]|(?:gui|nop|ve)\b))")


# The forms a title names the work by: "theo các Biểu số 01, 02 và 03", "(theo Mẫu số 01)".
_FORMS_NAMED = re.compile(
    r"\(?\s*(?:theo\s+)?(?:các\s+)?(?:biểu|mẫu|phụ lục)(?:\s+(?:mẫu|biểu|số))*"
    r"(?:\s*(?:,|và|-|–)?\s*(?:\d{1,2}[a-z]?(?:/[\w-]+)?|[IVX]{1,5})\b)*(?:\s+kèm theo)?\s*\)?",
    re.I,
)


def bare(title: str, register: Register) -> bool:
    """The title names only the kind of work, besides its forms and where it goes ("Lập báo
    cáo theo các Biểu số 01, 02 và 03, gửi Sở …")."""
    own = words(_FORMS_NAMED.sub(" ", title), register) - SENDING - _VAGUE
    return len(own) <= BARE


def own_words(text: str, register: Register) -> set[str]:
    """What a title says of the work: its words but units, forms, sending and "thực hiện"."""
    return words(_FORMS_NAMED.sub(" ", text), register) - SENDING - _VAGUE


def words(text: str, register: Register) -> set[str]:
    """The words of a text but the names of units ("Sở Thông tin …" says nothing of a topic)."""
    for m in sorted(register.mentions(text), key=lambda m: -m.start):
        text = text[: m.start] + " " + text[m.end :]
    return set(re.findall(r"[a-z0-9]+", plain(text))) - _GLUE


_GLUE = {"va", "cac", "cua", "ve", "theo"}  # và, các, của, về, theo: they say no topic
