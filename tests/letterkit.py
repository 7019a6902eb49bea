"""A letter's text published into a catalogue, as the chat's "Công bố" does, for tests of what
the reader and the rules make of a new letter's tasks."""

from __future__ import annotations

from knowledge.catalogue.model import Catalogue
from knowledge.letters.extract import read_letter
from knowledge.letters.model import Draft
from knowledge.letters.publish import Published, task_ids, with_letters


def published(catalogue: Catalogue, slug: str, text: str, name: str) -> tuple[Catalogue, Draft]:
    """The catalogue with the letter's tasks in force (the letter's first version), and the
    draft it was read as."""
    province = catalogue.province(slug)
    draft = read_letter(text, catalogue, province, name)
    ids = task_ids(slug, draft.tasks, {t.id for t in province.tasks})
    letter = Published(1, name, draft.letter, tuple(zip(ids, draft.tasks, strict=True)))
    return with_letters(catalogue, slug, [letter]), draft
