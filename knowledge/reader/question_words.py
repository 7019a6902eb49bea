"""A question's words as the matcher reads them, and a row it found for them."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.language.text import Token

# Both are built by the dozen at every ask: their __init__ stores the fields at once, where a
# frozen dataclass's sets each through object.__setattr__ (1.4 against 0.5 us for a Word).
# Still frozen, compared, hashed and shown as dataclasses.


@dataclass(frozen=True, init=False)
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

    def __init__(
        self,
        typed: str,
        token: Token,
        known: str | None,
        factor: float,
        weight: float,
        exact: bool,
        at: int = 0,
        chat: bool = False,
        synonym: bool = False,
    ):
        fields = self.__dict__
        fields["typed"], fields["token"], fields["known"] = typed, token, known
        fields["factor"], fields["weight"], fields["exact"] = factor, weight, exact
        fields["at"], fields["chat"], fields["synonym"] = at, chat, synonym


@dataclass(frozen=True, init=False)
class Hit:
    key: str
    score: float
    coverage: float  # share of the question's weight that this row explains, 0..1

    def __init__(self, key: str, score: float, coverage: float):
        fields = self.__dict__
        fields["key"], fields["score"], fields["coverage"] = key, score, coverage
