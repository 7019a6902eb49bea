"""A question's words as the matcher reads them, and a row it found for them."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.language.text import Token


@dataclass(frozen=True)
class Word:
    """A word of the question as the matcher reads it."""

    typed: str
    token: Token  # as typed, marks kept (a synonym's expansion is unmarked)
    known: str | None  # the catalogue word it is, after Telex and typo repair
    factor: float  # confidence of the repair
    weight: float  # its share of the question: its idf, or a flat weight when unknown
    exact: bool  # the catalogue prints it so (no repair, marks as typed or none typed)
    at: int = 0  # its position among the question's words (synonyms spelled out)
    chat: bool = False  # a word of conversation or of the work, kept for pairing into wording
    synonym: bool = False  # spelled out from an officer's everyday name ("GPXD", "sổ đỏ")


@dataclass(frozen=True)
class Hit:
    key: str
    score: float
    coverage: float  # share of the question's weight that this row explains, 0..1
