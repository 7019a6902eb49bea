"""The province's assignment table named by the form it is printed as: Tuyên Quang's BIỂU 01
(`assignments_label` in provinces.toml, "BIỂU 01, văn bản Sở TT&TT …") is the table of rows
and their units, no task's form, so "nhiệm vụ của sở theo biểu 01" asks for the unit's rows."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.catalogue.model import Province
from knowledge.language.text import Token, tokenize
from knowledge.reader.task_refs import find_forms, form_number

_Shape = tuple[tuple[str, ...], int | None]


_TABLES: dict[str, frozenset[_Shape]] = {}  # by label: read once, a label never changes


def _table_forms(label: str, province: Province) -> frozenset[_Shape]:
    # the forms the label prints before its first comma: the table itself, not its letter
    if label not in _TABLES:
        tokens = tokenize(label.split(",", 1)[0])
        _TABLES[label] = frozenset(_shape(tokens, a, b) for a, b in find_forms(tokens, province))
    return _TABLES[label]


def _shape(tokens: Sequence[Token], start: int, end: int) -> _Shape:
    words = tuple(t.fold for t in tokens[start : end - 1] if form_number(t.fold) is None)
    return words, form_number(tokens[end - 1].fold)


def names_table(tokens: Sequence[Token], start: int, end: int, province: Province) -> bool:
    """Whether the form spanning start..end is the one the province's assignment table is
    printed as ("bieu 1" for "BIỂU 01": the same words and number)."""
    if not province.assignments_label:
        return False
    return _shape(tokens, start, end) in _table_forms(province.assignments_label, province)
