"""Another province the bot keeps a plan for, named in a question ("khánh hòa 10/4 phải làm
gì" asked in Tuyên Quang): the question is about that province's plan, read there, never
answered silently with the asker's own (ux26 #7)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from knowledge.catalogue.model import Province
from knowledge.language.text import Token, tokenize

PROVINCE_WORD = "tinh"  # "tỉnh Khánh Hòa": the word before the name is the name's too


@dataclass(frozen=True)
class Named:
    slug: str
    start: int  # the span of the name in the question's tokens, "tỉnh" included
    end: int


class ProvinceNames:
    """The provinces' names, folded, to find one in a question's tokens."""

    def __init__(self, provinces: Iterable[Province]):
        self.names = [(p.slug, tuple(t.fold for t in tokenize(p.name))) for p in provinces]
        self.first = {name[0] for _, name in self.names if name}

    def other(self, tokens: Sequence[Token], current: str) -> Named | None:
        """The first province other than `current` whose name the tokens hold."""
        folds = [t.fold for t in tokens]
        for i, fold in enumerate(folds):
            if fold not in self.first:
                continue
            for slug, name in self.names:
                if slug != current and name and tuple(folds[i : i + len(name)]) == name:
                    start = i - 1 if i and folds[i - 1] == PROVINCE_WORD else i
                    return Named(slug, start, i + len(name))
        return None


def without(tokens: Sequence[Token], named: Named) -> str:
    """The question without the province's name, to be read in that province."""
    return " ".join(t.raw for i, t in enumerate(tokens) if not named.start <= i < named.end)
