"""Finding the agency an officer names, however they spell it."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.model import Agency
from knowledge.text import fold

MAX_SPAN = 24  # the longest agency name has 17 words


@dataclass(frozen=True)
class AgencyMention:
    name: str
    start: int  # token span in the folded question
    end: int


def _compact(text: str) -> str:
    return fold(text).replace(" ", "")


class AgencyResolver:
    """Matches spans of a question against every alias with spaces removed, so that "Sở TT&TT",
    "so tt tt", "STTTT" and "LĐ-TB&XH" all meet their agency."""

    def __init__(self, agencies: dict[str, Agency]):
        self.by_alias: dict[str, str] = {}
        for agency in agencies.values():
            forms = {agency.name, *agency.aliases}
            bare = agency.name.removeprefix("Sở ").strip()
            if agency.kind == "so":
                forms |= {f"Sở {a}" for a in agency.aliases if not fold(a).startswith("so ")}
                forms.add(f"S {bare}")
            for form in forms:
                key = _compact(form)
                if key and key not in self.by_alias:
                    self.by_alias[key] = agency.name

    def find(self, question: str) -> AgencyMention | None:
        """The longest agency mention in the question, leftmost on ties."""
        words = fold(question).split()
        best: AgencyMention | None = None
        for i in range(len(words)):
            joined = ""
            for j in range(i, min(len(words), i + MAX_SPAN)):
                joined += words[j]
                name = self.by_alias.get(joined)
                if name and (best is None or (j + 1 - i) > (best.end - best.start)):
                    best = AgencyMention(name, i, j + 1)
        return best

    def resolve(self, text: str) -> str | None:
        """The agency that the whole text names, or the one it mentions."""
        exact = self.by_alias.get(_compact(text))
        if exact:
            return exact
        mention = self.find(text)
        return mention.name if mention else None
