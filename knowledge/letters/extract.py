"""A letter read into a draft of the tasks it sets (knowledge/letters/model.py).

Every duty with a date or a period is a task. Its units come, in this order, from the line that
sets it ("Sở Y tế gửi …"), from a "Đơn vị thực hiện:" label, from the innermost section around it
addressed to units, from the section a "Thời gian thực hiện" line refers to, or else from the
"Kính gửi" list less the units that only support it. A section addressed to units that sets no
date and gives a support duty (phối hợp, cho ý kiến góp ý, hỗ trợ) supports the tasks of the
sections it names ("tại điểm b mục 1"), or every task when it names none: those units are the
tasks' `supporting`. What cannot be read is a Problem at its line; nothing is guessed in its place.
"""

from __future__ import annotations

from dataclasses import replace

from knowledge.catalogue.model import Catalogue, Province
from knowledge.letters import enclosed
from knowledge.letters.aliases import learn as learn_aliases
from knowledge.letters.amended import rewritten
from knowledge.letters.annexes import with_annexed_tasks
from knowledge.letters.flat_table import rowed
from knowledge.letters.glued import unglued
from knowledge.letters.grid import unfold
from knowledge.letters.header import read_header, sender_of
from knowledge.letters.helping import SUPPORT
from knowledge.letters.informing import informs_only
from knowledge.letters.model import NO_TASKS, Draft, Letter, Problem
from knowledge.letters.named_above import narrow
from knowledge.letters.named_forms import annexed_names
from knowledge.letters.notes import inline_notes
from knowledge.letters.opening import (
    addressees,
    copied_to_act,
    listed_units,
)
from knowledge.letters.reader import Reader
from knowledge.letters.register import Register
from knowledge.letters.roles import learn as learn_roles
from knowledge.letters.run_together import run_together
from knowledge.letters.scanned import restored
from knowledge.letters.sections import (
    classify,
    outline,
    walk,
)
from knowledge.letters.soundness import NOT_A_LETTER, cut_off, foreign, is_letter, strangers
from knowledge.letters.spaced import tabbed
from knowledge.letters.spacing import single_spaced
from knowledge.letters.task_forms import Enclosures
from knowledge.letters.text import lines_of
from knowledge.letters.unassigned import unassigned
from knowledge.letters.unplaced import unplaced
from knowledge.letters.untasked import untasked
from knowledge.letters.wrapped_rows import rejoined


def read_letter(
    text: str, catalogue: Catalogue, province: Province, name: str = "công văn"
) -> Draft:
    """The draft of a letter's text; `name` (the file) starts every task's source."""
    # an export's doubled blank lines undone first: the readers tell paragraphs, wrapped lines
    # and rows apart by them; what is said of a line still points at the file's own line
    typed, at = single_spaced(text)
    draft = _read(typed, catalogue, province, name)
    if typed == text:
        return draft
    moved = (replace(p, line=at[p.line - 1]) if p.line else p for p in draft.problems)
    return replace(draft, problems=tuple(moved))


def _read(text: str, catalogue: Catalogue, province: Province, name: str) -> Draft:
    # (a table laid out with spaces keeps its columns: cleaning a line folds its spaces)
    # a scan's page marks and cut words out first: every reader after sees the letter as printed
    register = Register(catalogue, province)
    text = run_together(rowed(restored(unglued(text)), register), register)
    lines = rewritten(inline_notes(unfold(lines_of(tabbed(rejoined(text))))))
    header = read_header(lines)
    register.add_roles(learn_roles(lines, register))
    register.add_aliases(learn_aliases(lines, register))
    body, annexed = with_annexed_tasks(lines, header.body_start, header.body_end)
    root, placed = outline(body)
    for section in walk(root):
        classify(section, register)
    sender = sender_of(header, register, root.lines[:8] + body[:3])
    letter = Letter(header.number, header.date, sender, header.subject)
    problems: list[Problem] = list(header.problems)
    if not is_letter(lines, header):
        return Draft(letter, (), (Problem(None, NOT_A_LETTER),))
    if other := foreign(lines, header, province):
        return Draft(letter, (), (other,))
    problems += [p for p in (cut_off(lines, header), strangers(header, province)) if p]
    listed = listed_units(lines[header.body_end :], register)
    to_act = tuple(copied_to_act(lines[header.body_end :], register))
    narrow(walk(root), addressees([*header.addressees, *to_act], register, listed).acting)
    reader = Reader(header, register, root, placed, sender, name, listed, to_act)
    end = lines[header.body_end :]
    reader.enclosures = Enclosures(
        enclosed=enclosed.enclosed(end),
        named=annexed_names(end),
        data=enclosed.data_annexes(end),
        annexed=annexed,
        titles=enclosed.form_titles(end),
        listed=bool(listed),
    )
    reader.lines, reader.calendar = lines, catalogue.calendar
    tasks = reader.tasks()
    problems += reader.problems
    # a section that dates work for units and drafted none is said, never left out in silence
    read = [*reader.dated, *reader.covered]
    problems += untasked(root, placed, read, tasks, header, register, sender)
    dated_at = frozenset(d.line.no for d in read)
    problems += unplaced(lines, reader.unknown, register, header.body_end, dated_at)  # said once
    # a unit a section names that no task owes nor is supported by: said, not held against it
    problems += unassigned(reader.sections, tasks, register, sender)
    if header.date is None and header.month is None:
        if "date" not in header.seen:
            # no date line at all: the letter's own date is unknown, so no deadline can be
            # checked against it, whatever dates its tasks carry (a line left blank to be
            # dated on signing, "ngày   tháng   năm 2022", is a draft's, and says nothing)
            dated = " (các hạn đọc theo ngày in ở từng nhiệm vụ)" if tasks else ""
            problems.append(Problem(None, f"{NO_DATE}: không rõ ngày của công văn{dated}"))
        elif not any(t.deadline for t in tasks):
            problems.append(Problem(None, NO_DATE))
    # a letter that only informs ("… thông báo để các cơ quan, đơn vị biết") sets no task and
    # lacks nothing; one that asks, or dates anything ahead, and drafted none is said
    body = lines[header.body_start : header.body_end]
    if not tasks and (problems or not informs_only(body, header)):
        problems.append(Problem(None, NO_TASKS))
    return Draft(letter, tuple(tasks), Problem.once(problems))


NO_DATE = "công văn không có ngày tháng nào đọc được"


def not_a_letter(draft: Draft) -> bool:
    """The file showed too few of a letter's parts to be one (a contact list, a note): there is
    no task and nothing a reviewer could correct in it."""
    return not draft.tasks and any(p.message == NOT_A_LETTER for p in draft.problems)


__all__ = ["NOT_A_LETTER", "SUPPORT", "not_a_letter", "read_letter"]
