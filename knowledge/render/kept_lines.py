"""A unit's line written once per standing, and a row's line once per what it says: an
agency's duty list and /tiendo write a line for each of a few dozen units at every question,
and with nothing reported the standings are the same objects from question to question
(knowledge/rules/unmarked.py), so their lines are too; a list's rows are new views each time,
saying the same rows and dates. Kept by identity, the objects held beside the text, so that an
id reused by a newer object is never answered from an older one; a standing computed afresh
(with statuses) is a new object and written anew."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from knowledge.catalogue.model import Catalogue, Province
from knowledge.catalogue.views import RowView
from knowledge.rules.standing import Standing

LINES_KEPT = 4_096  # a province's units over a few days, and the agencies' lists of each
_LINES: dict[tuple[int, bool], tuple[Standing, Catalogue, Province, str]] = {}


def kept_line(
    catalogue: Catalogue,
    province: Province,
    s: Standing,
    role: bool,
    write: Callable[[Catalogue, Province, Standing, bool], str],
) -> str:
    """`write(catalogue, province, s, role)`, written once for this standing object."""
    key = (id(s), role)
    held = _LINES.get(key)
    if held is not None and held[0] is s and held[1] is catalogue and held[2] is province:
        return held[3]
    text = write(catalogue, province, s, role)
    if len(_LINES) >= LINES_KEPT:
        _LINES.clear()
    _LINES[key] = (s, catalogue, province, text)
    return text


_ROWS: dict[tuple, tuple[object, object, object, str]] = {}


def kept_row_line(
    view: RowView, today: date, show_lead: bool, write: Callable[[RowView, date, bool], str]
) -> str:
    """`write(view, today, show_lead)` (a row's line in a list), written once for what the line
    reads of the view: a list's rows are new views at each question, the same rows and dates
    from one question to the next. The row, its assignment and the standing said beside are
    held with the text, so that an id reused by a newer object is never answered from them."""
    row, assignment, dated = view.row, view.assignment, view.dated
    key = (
        id(row),
        id(assignment),
        id(dated),
        view.role,
        view.deadline,
        view.in_plan,
        view.beside,
        view.parts,
        today,
        show_lead,
    )
    held = _ROWS.get(key)
    if held is not None and held[0] is row and held[1] is assignment and held[2] is dated:
        return held[3]
    text = write(view, today, show_lead)
    if len(_ROWS) >= LINES_KEPT:
        _ROWS.clear()
    _ROWS[key] = (row, assignment, dated, text)
    return text
