"""The unit a line says a file was meant for, right after it was kept for another ("nhầm rồi,
đây là file của Sở Y tế" after a coordinator's "ghi thay" for UBND huyện Yên Sơn, ux34 #5): a
word of error and a unit named by a name of its own. Read here; the refile is offered by a
button (usecases/unit_refiles.py), never written from the words."""

from __future__ import annotations

from knowledge.catalogue.agencies import AgencyResolver
from knowledge.language.taking_back import CORRECTION_WORDS
from knowledge.language.text import tokenize


def unit_meant(text: str, agencies: AgencyResolver) -> str | None:
    """The unit named beside a word of error; None when the line says no error or names no unit
    by a name of its own."""
    if not any(t in CORRECTION_WORDS for t in tokenize(text)):
        return None
    found = agencies.find(text)
    return found.name if found is not None and found.strong else None
