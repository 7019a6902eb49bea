"""The units a coordinator types into a draft's task, read through the letter's register
(knowledge/letters/edits.py `read_units`) and, where it reads no unit, through the register's
spelling-tolerant lookup the chat uses wherever a unit stands (/capnhat's "ghi thay"): any
spelling the agency register reads whole ("So Y te", "SYT", "ubnd ham yen", one letter off), or
the words only one unit's name holds ("ham yen", "yen son", "vien thong"), as /dangky and
/theodoi read them. Each part of the list must be read by one or the other ("thêm ham yen, UBND
các huyện"); else the parts none read are said, and only they.
"""

from __future__ import annotations

import re

from knowledge.catalogue.unit_lists import units_listed
from knowledge.catalogue.units import registrable, unit_read
from knowledge.letters.edits import read_units
from knowledge.letters.model import Task
from knowledge.letters.register import Register
from knowledge.letters.text import plain
from usecases.desk import Desk

# the verb before the list, as knowledge/letters/edits.py reads it
_VERB = re.compile(r"^\s*(?:them|bo sung|bo|xoa|bot)\s+")
_LIST = re.compile(r"\s*[,;+&]\s*")
_AND = re.compile(r"\s+(?:va|cung|voi)\s+")  # inside a part only: names print "và" too


def units_edited(desk: Desk, task: Task, text: str, supporting: bool) -> Task | str:
    """The task with its units (or, `supporting`, its supporting units) as typed, or what could
    not be read, in one line: only the parts no reading took ("ham yen, abc" says «abc»)."""
    register = desk.per_table("letter register", lambda a: Register(a.catalogue, desk.province))
    read = read_units(task, text, register, supporting)
    if not isinstance(read, str):
        return read
    named, unread = _tolerant(desk, register, task, text)
    if named is not None:
        return read_units(task, named, register, supporting)
    if unread:
        return f"Không có trong danh sách đơn vị: «{', '.join(unread)[:80]}». Gõ lại tên đơn vị."
    return read


def _split(text: str, cuts: re.Pattern[str]) -> list[str]:
    """`text` cut where `cuts` matches its unmarked form (one character a printed one)."""
    parts, start = [], 0
    for cut in cuts.finditer(plain(text)):
        parts.append(text[start : cut.start()])
        start = cut.end()
    parts.append(text[start:])
    return [p.strip(" .") for p in parts if p.strip(" .")]


def _tolerant(
    desk: Desk, register: Register, task: Task, text: str
) -> tuple[str | None, list[str]]:
    """`text` with each part of its list as the letter's register reads it (kept as typed: a
    group, "UBND các huyện", stays one), else as the tolerant lookup reads it (the unit's name as
    printed; a part whole, else each side of its "và", else the units the part lists one after
    the other, as /theodoi reads "sxd syt"); (None, the parts no reading took) when some are
    neither."""
    verb = _VERB.match(plain(text))
    head, rest = (text[: verb.end()], text[verb.end() :]) if verb else ("", text)
    units = desk.per_table("units", lambda a: registrable(a.catalogue.agencies, desk.province))
    whole = desk.assistant.agencies.whole

    def unit(part: str) -> str | None:
        if not isinstance(read_units(task, f"thêm {part}", register, supporting=True), str):
            return part
        name = unit_read(part, whole, units)
        return name if name in units else None

    names: list[str] = []
    unread: list[str] = []
    for part in _split(rest, _LIST):
        found = [unit(part)]
        if found[0] is None:
            found = [unit(p) for p in _split(part, _AND)]
        if not found or None in found:
            listed = units_listed(part, whole, units)
            if listed.unread or not listed.units or not set(listed.units) <= set(units):
                unread.append(part)
                continue
            found = list(listed.units)
        names += [n for n in found if n]
    if unread or not names:
        return None, unread
    return head + ", ".join(names), []
