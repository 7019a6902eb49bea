"""The unit a sent file names as its own (its unit line, else its heading or title) when that
is another unit than the sender: file_offers.py asks before keeping such a file."""

from __future__ import annotations

from knowledge.deliverables.file_claims import FileClaims
from usecases.desk import Desk
from usecases.officers import named_unit

UNIT_WORDS = 8  # the most words a unit's name takes ("UBND huyện …", "Sở Lao động, …")


def other_unit(desk: Desk, agency: str, claims: FileClaims) -> str | None:
    """The unit the file's unit line names when it is not the sender's (nor a group the
    sender belongs to): a report of another unit, asked about before it is kept. With no unit
    line, the unit a part of its heading or title names whole ("… - Mẫu số 01 - UBND huyện Hàm
    Yên"), unless another part names the sender (its heading above another unit's name)."""
    if claims.unit_text:
        named = leading_unit(desk, claims.unit_text)
    else:
        said = [u for p in claims.heading_parts if (u := named_unit(desk, p)) is not None]
        if any(u == agency or agency in desk.province.members(u) for u in said):
            return None
        named = said[0] if said else None
    if named is None or named == agency or agency in desk.province.members(named):
        return None
    return named


def leading_unit(desk: Desk, text: str) -> str | None:
    words = text.split()
    # the longest run of its first words that names a unit: a .pdf's head is one line, the
    # unit's name followed by whatever the page prints next
    shortest = 1 if len(words) == 1 else 2  # "UBND" alone names no one unit
    runs = (" ".join(words[:n]) for n in range(min(len(words), UNIT_WORDS), shortest - 1, -1))
    return next((u for run in runs if (u := named_unit(desk, run)) is not None), None)
