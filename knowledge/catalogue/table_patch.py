"""Patching the assignment table in force instead of replacing it: the rows of a file merged in
(`python -m bot import FILE --merge`, "Áp dụng các dòng này" in chat), or one row edited in chat
(`/giao 406-22 chủ trì Sở Y tế; phối hợp Công an tỉnh; hạn Tháng 9/2021`).

Either way the result is a whole table (its source says which patch: `merged_source`,
`edit_source` in knowledge/catalogue/importer.py), stored as a new version like any import: the
rows in force are kept as they are (with their own provenance: the seed's BIỂU 01 line, or the
file and line they came from), the patched rows replace those of the same key, new rows are
added. Nothing is dropped by a patch; dropping rows takes a whole table (`--replace`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from knowledge.calendar.deadline_text import read_deadline
from knowledge.calendar.deadlines import DeadlineError
from knowledge.catalogue.agencies import AgencyResolver
from knowledge.catalogue.importer import ImportedRow
from knowledge.catalogue.model import Assignment, Catalogue
from knowledge.catalogue.table_versions import key_order
from knowledge.language.text import fold, tokenize
from knowledge.rules.decisions import Refusal, Refused


def in_force_rows(assignments: Iterable[Assignment]) -> list[ImportedRow]:
    """The table in force as rows to store again, each with its own provenance."""
    ordered = sorted(assignments, key=lambda a: key_order(a.key))
    return [
        ImportedRow(i, a.key, a.lead, a.coordinate, a.deadline_text, a.role_text, a.source)
        for i, a in enumerate(ordered, start=1)
    ]


def merge_rows(
    in_force: list[ImportedRow], patch: list[ImportedRow], source: str
) -> list[ImportedRow]:
    """The rows in force with `patch`'s in place of those of the same key and its new ones
    added, in catalogue order; a patched row's provenance is `source` and its line there."""
    rows = {r.key: r for r in in_force}
    for r in patch:
        rows[r.key] = replace(r, source=r.source or f"{source}#dòng {r.line}")
    ordered = sorted(rows.values(), key=lambda r: key_order(r.key))
    return [replace(r, line=i) for i, r in enumerate(ordered, start=1)]


# -- one row edited in chat ----------------------------------------------------------------------
FIELDS = {
    "lead": (("chu", "tri"), ("ct",)),
    "coordinate": (("phoi", "hop"), ("ph",)),
    "deadline": (("thoi", "han"), ("han",)),
}
CONNECTORS = frozenset({"va", "voi", "cung"})  # "Sở Y tế và Công an tỉnh"
NONE_WORDS = frozenset({"khong", "ko", "bo", "-", "0"})  # "phối hợp: không" clears the field


@dataclass(frozen=True)
class RowEdit:
    """What `/giao` changes of a row (None: kept as in force)."""

    key: str
    lead: tuple[str, ...] | None = None
    coordinate: tuple[str, ...] | None = None
    deadline_text: str | None = None


class EditRefused(ValueError):
    """What could not be read, as a refusal code and its raw values (`refusal`); nothing
    changes. Its str() is the refusal's line, in the messages module's words."""

    def __init__(self, code: Refused, /, **data: object) -> None:
        self.refusal = Refusal(code, **data)
        super().__init__(code)

    def __str__(self) -> str:
        return self.refusal.reason


def agencies_in(text: str, agencies: AgencyResolver) -> tuple[str, ...]:
    """Every agency a field names ("Sở Y tế, Công an tỉnh", "So TN&MT va CA tinh"); refused
    when a word of it names none."""
    tokens = tokenize(text)
    found = agencies.mentions(tokens)
    covered = {i for m in found for i in range(m.start, m.end)}
    left = [t.raw for i, t in enumerate(tokens) if i not in covered and t.fold not in CONNECTORS]
    if left:
        raise EditRefused(Refused.EDIT_UNKNOWN_AGENCY, text=" ".join(left))
    return tuple(dict.fromkeys(m.name for m in found))


def _field(words: list[str]) -> tuple[str, int] | None:
    """The field the words open with, and how many words name it."""
    folded = [fold(w.rstrip(":")) for w in words]
    for name, forms in FIELDS.items():
        for form in forms:
            if tuple(folded[: len(form)]) == form:
                return name, len(form)
    return None


def _parts(text: str) -> list[str]:
    """The fields, split at ";" or a line, and at a comma before a field's word ("chủ trì Sở
    Xây dựng, phối hợp Sở TN&MT", as people type it); a comma inside a list of agencies stays."""
    parts = []
    for piece in re.split(r"[;\n]", text):
        chunks = piece.split(",")
        current = chunks[0]
        for chunk in chunks[1:]:
            if _field(chunk.split()) is not None:
                parts.append(current.strip())
                current = chunk
            else:
                current += "," + chunk
        parts.append(current.strip())
    return parts


def read_row_edit(
    text: str,
    resolve: Callable[[str], str | None],
    agencies: AgencyResolver,
    year: int | None = None,
) -> RowEdit:
    """`/giao`'s arguments: the row's key, then fields separated by ";" ("chủ trì …", "phối
    hợp …", "hạn …"); `year`: the year of a deadline typed without one. Raises EditRefused with
    one line when any part does not read."""
    parts = _parts(text)
    words = parts[0].split()
    if not words:
        raise EditRefused(Refused.EDIT_USAGE)
    key, rest = None, words
    for n in range(len(words), 0, -1):  # the longest whole key ("406-11/Lao động, …")
        key = resolve(" ".join(words[:n]))
        if key is not None:
            rest = words[n:]
            break
    if key is None:
        raise EditRefused(Refused.EDIT_NO_ROW, text=words[0][:40], usage=True)
    values: dict[str, str] = {}
    for part in [" ".join(rest), *parts[1:]]:
        if not part:
            continue
        field = _field(part.split())
        if field is None:
            raise EditRefused(Refused.EDIT_UNKNOWN_PART, text=part)
        name, used = field
        if name in values:
            raise EditRefused(Refused.EDIT_PART_TWICE, field=name)
        values[name] = " ".join(part.split()[used:]).lstrip(": ").strip()
    if not values:
        raise EditRefused(Refused.EDIT_USAGE)
    edit = RowEdit(key)
    for name, value in values.items():
        if name != "coordinate" and not value:
            raise EditRefused(Refused.EDIT_PART_EMPTY, field=name)
        if name == "deadline":
            try:
                edit = replace(edit, deadline_text=read_deadline(value, year))
            except DeadlineError as exc:
                why = "" if str(exc).startswith("không đọc được") else str(exc)
                raise EditRefused(Refused.EDIT_BAD_DEADLINE, text=value, why=why) from None
        elif name == "coordinate" and (not value or fold(value) in NONE_WORDS):
            edit = replace(edit, coordinate=())
        elif name == "coordinate":
            edit = replace(edit, coordinate=agencies_in(value, agencies))
        else:
            edit = replace(edit, lead=agencies_in(value, agencies))
    return edit


def edited_row(catalogue: Catalogue, current: Assignment | None, edit: RowEdit) -> ImportedRow:
    """The row as `edit` leaves it: the fields it names changed, the others as in force. A row
    not yet in the table needs its lead, and a deadline unless its sub-rows carry theirs."""
    if edit.key not in catalogue.rows:
        raise EditRefused(Refused.EDIT_NO_ROW, text=edit.key, usage=False)
    lead = edit.lead if edit.lead is not None else (current.lead if current else ())
    coordinate = (
        edit.coordinate if edit.coordinate is not None else (current.coordinate if current else ())
    )
    deadline = (
        edit.deadline_text
        if edit.deadline_text is not None
        else (current.deadline_text if current else "")
    )
    if not lead:
        raise EditRefused(Refused.EDIT_NEEDS_FIELD, key=edit.key, field="lead")
    has_subrows = any(k.startswith(edit.key + "/") for k in catalogue.rows)
    if not deadline and not has_subrows:
        raise EditRefused(Refused.EDIT_NEEDS_FIELD, key=edit.key, field="deadline")
    overlap = set(lead) & set(coordinate)
    if overlap:
        raise EditRefused(
            Refused.EDIT_LEAD_AND_COORDINATE, agencies=tuple(sorted(overlap)), key=edit.key
        )
    # the printed "Cơ quan thực hiện" text no longer says who does what once the agencies change
    role_text = (
        current.role_text
        if current and (lead, coordinate) == (current.lead, current.coordinate)
        else ""
    )
    return ImportedRow(1, edit.key, lead, coordinate, deadline, role_text)
