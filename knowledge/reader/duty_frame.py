"""The frame of a question asking for a unit's own list: "nhiệm vụ của sở mình là gì", "bên em
phụ trách mấy mục trong danh mục". The words of a unit's duties and the catalogue named as itself
("trong danh mục") are no service's wording there, so they leave nothing unexplained."""

from __future__ import annotations

from knowledge.language.vocabulary import DUTY_PHRASES
from knowledge.reader.in_catalogue import catalogue_named
from knowledge.reader.parse import Parsed


def duty_frame(parsed: Parsed, asks_list: bool) -> set[int]:
    """The ids of the frame's tokens, where a list is asked or a unit's duties are named ("phụ
    trách", "trách nhiệm"); none otherwise: "có trong danh mục không" alone asks of no list."""
    duties = DUTY_PHRASES.positions(parsed.tokens)
    if not (asks_list or duties):
        return set()
    return {id(parsed.tokens[i]) for i in duties | catalogue_named(parsed)}
