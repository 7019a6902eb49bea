"""The units a section of the letter names that the reader placed in no task, neither as
owners nor as supporting: said under "Cần xem lại", never dropped in silence.

A unit section the reader could not read as a duty or a support ("3. Viễn thông … — Bảo đảm
…" before the support rules knew it) left its units out of every task; the draft still read
"Có thể công bố", and the unit was never told nor counted (ux26 §3). The line does not hold the
draft back: a unit may have an ongoing duty with no date, which is no task. It goes once the
coordinator places the units ("thêm … vào hỗ trợ nv 1"), or is set aside when checked.
"""

from __future__ import annotations

from dataclasses import replace

from knowledge.letters.model import NOTE, Draft, Problem, Task
from knowledge.letters.register import PROVINCE_COMMITTEE, Register
from knowledge.letters.sections import Section

# the words every such line carries after the units it names
_UNPLACED = "nhưng chưa gắn vào nhiệm vụ nào"
_SHOWN = 3  # units named one by one; more are counted


def unassigned(
    sections: list[Section], tasks: list[Task], register: Register, sender: str | None
) -> list[Problem]:
    """A note at each section whose heading names units that no task owes or is supported by
    (the sender, the province's committee and the tasks' recipients aside: they receive)."""
    if not tasks:
        return []  # a draft with no task says so already; each unit would say it again
    placed = _placed(tasks, register) | {PROVINCE_COMMITTEE, *([sender] if sender else [])}
    said: set[str] = set()
    found: list[Problem] = []
    for s in sections:
        named = register.sort([*s.units, *s.supporting])
        missing = [n for n in named if n not in placed and n not in said]
        if not missing or s.generic or s.heading is None:
            continue
        said.update(missing)
        found.append(Problem(s.heading.no, _said(s, named, missing)))
    return found


def _placed(tasks: list[Task] | tuple[Task, ...], register: Register) -> set[str]:
    names = {n for t in tasks for n in (*t.units, *t.supporting)}
    for t in tasks:
        if t.recipient:
            names |= {n for m in register.mentions(t.recipient) for n in m.names}
    return names


def _said(section: Section, named: tuple[str, ...], missing: list[str]) -> str:
    heading = section.heading.text.strip(" .:;–-") if section.heading else ""
    if len(missing) == len(named) and len(missing) > 1 and len(heading) <= 60:
        who = heading  # "UBND các huyện, thành phố", as the letter heads the section
    elif len(missing) <= _SHOWN:
        who = "; ".join(missing)
    else:
        who = f"{'; '.join(missing[:_SHOWN])} và {len(missing) - _SHOWN} đơn vị khác"
    return (
        f"{NOTE}: {section.label} nêu {who} {_UNPLACED} (không phải nộp, không phối hợp) — "
        "nếu đơn vị hỗ trợ thì gõ “thêm <đơn vị> vào hỗ trợ nv <số>”"
    )


def open_notes(draft: Draft, register: Register) -> Draft:
    """The draft without the notes of this module whose units some task now places (the
    coordinator added them): a note names them between "nêu" and its closing words."""
    placed = _placed(draft.tasks, register)

    def settled(p: Problem) -> bool:
        if not p.note or _UNPLACED not in p.message:
            return False
        named = p.message.split(" nêu ", 1)[-1].split(_UNPLACED, 1)[0]
        units = {n for m in register.mentions(named) for n in m.names}
        return bool(units) and units <= placed

    return replace(draft, problems=tuple(p for p in draft.problems if not settled(p)))
