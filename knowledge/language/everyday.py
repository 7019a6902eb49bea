"""The everyday names of the catalogue's services: how a citizen, or the officer who relays a
citizen's situation, names a row's act, its thing and whom it serves without the title's wording.

"thuê phòng trọ vài tháng" is the act of 406-4 "Đăng ký tạm trú" said as life says it; "lo đám",
"chôn cất" the burial of the mai táng rows. An entry is reviewed lexicon data: its phrases as
Vietnamese prints them (typed without marks or with these marks, `MarkedPhrases`), the part of the
service they name, and the rows they serve. The rows' entries are written from each row's meaning,
row by row, in everyday_406.py (its social assistance rows in everyday_406_social.py) and
everyday_411.py; knowledge/reader/situations.py weighs them.
A phrase of one word counts only typed with its marks there: a word printed without any
("homestay", "logo", "csgt") can never be read, and has no place in an entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Role = Literal["event", "act", "thing", "who", "whole"]

# The weight of each kind of evidence: an everyday name of the whole service says as much as an
# act and its thing together; the beneficiary, the act or the thing alone is one piece
ROLE_WEIGHTS: dict[str, int] = {"whole": 2, "event": 1, "act": 1, "thing": 1, "who": 1}


@dataclass(frozen=True)
class Everyday:
    """role: what of the service the phrases name; rows: the catalogue keys, space separated;
    phrases: '|' separated, as printed; unless: phrases that, typed anywhere in the question,
    make these phrases name another thing ("nhận nuôi" beside "con nuôi" is an adoption)."""

    role: Role
    rows: str
    phrases: str
    unless: str = ""

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(self.rows.split())

    @property
    def said(self) -> tuple[str, ...]:
        return tuple(p.strip() for p in self.phrases.split("|") if p.strip())

    @property
    def excluded(self) -> tuple[str, ...]:
        return tuple(p.strip() for p in self.unless.split("|") if p.strip())
