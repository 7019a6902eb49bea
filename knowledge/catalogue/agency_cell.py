"""Who leads and who coordinates, read from a "Cơ quan thực hiện" cell as BIỂU 01 prints it.

The rule is the one the data files were transcribed by (assignments_*.tsv keep the printed cell
as role_text, and tests/knowledge/catalogue/test_agency_cell.py checks that this rule gives back
every
transcribed lead and coordinate): the cell is a list of clauses ("- Sở Y tế chủ trì …
- Công an tỉnh chia sẻ dữ liệu …"); a clause's subject is the agency it opens with. A subject
whose clause says "chủ trì" leads; the other subjects, and every agency named after them
("phối hợp với Công an tỉnh, Văn phòng UBND tỉnh"), coordinate. A cell where no clause says
"chủ trì" ("Sở Giáo dục và Đào tạo") is led by its subjects. Asides in parentheses name the
ministries whose guidance applies, never a provincial agency, so they are set aside; groups
("các cơ quan liên quan", "các Sở, ngành") name no single agency and stay in the role text only.
"""

from __future__ import annotations

import html
import re
from typing import Protocol

from knowledge.catalogue.agencies import AgencyMention
from knowledge.language.text import Token, fold, tokenize

_TAG = re.compile(r"<[^>]*>")
_BULLET = re.compile(r"(?:^|\s)[-–•]\s+")
_ASIDE = re.compile(r"\([^()]*\)")
_SPACE = re.compile(r"\s+")


class Mentions(Protocol):
    def mentions(self, tokens: list[Token]) -> list[AgencyMention]: ...


def clean_cell(text: str) -> str:
    """A cell as printed, without the HTML the seed's tables carry (<ul>, <p>) and with single
    spaces."""
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", text or ""))).strip()


def _cooperation_at(tokens: list[Token]) -> int:
    for i in range(len(tokens) - 1):
        if tokens[i].fold == "phoi" and tokens[i + 1].fold == "hop":
            return i
    return len(tokens)


def split_roles(text: str, agencies: Mentions) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(lead, coordinate) agencies of the cell, each in the order the cell names them."""
    named: list[tuple[str, bool | None]] = []  # (agency, leads?) — None: not a subject
    for clause in _BULLET.split(_ASIDE.sub(" ", clean_cell(text))):
        tokens = tokenize(clause)
        found = [m for m in agencies.mentions(tokens) if m.strong]
        if not found:
            continue
        says_lead = "chu tri" in fold(clause)
        first, rest = found[0], found[1:]
        if first.start < _cooperation_at(tokens):
            named.append((first.name, says_lead))
        else:
            rest = found
        named += [(m.name, None) for m in rest]
    anyone_leads = any(leads for _, leads in named)
    lead = [a for a, leads in named if leads or (leads is False and not anyone_leads)]
    lead = list(dict.fromkeys(lead))
    coordinate = [a for a, _ in named if a not in lead]
    return tuple(lead), tuple(dict.fromkeys(coordinate))
