"""Which province a letter is from, read from its "<place>, ngày …" line."""

from __future__ import annotations

from knowledge.catalogue.model import Catalogue
from knowledge.language.text import fold
from knowledge.letters.header import read_header
from knowledge.letters.text import lines_of


def province_of(text: str, catalogue: Catalogue) -> str:
    """The slug of the province whose name is the letter's place, else the default province."""
    place = fold(read_header(lines_of(text)).place)
    for slug, province in catalogue.provinces.items():
        if place and fold(province.name) == place:
            return slug
    return catalogue.default_province
