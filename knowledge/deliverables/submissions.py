"""Submitting a form: who may send which form for which task, when a task counts as sent, what
Phụ lục IV starts from, and the answers the chat accepts when a unit fills a form step by step.

A unit sends a form for itself: an approved officer of an addressee of the task that asks for the
form. A task is sent when every form it asks for has an accepted submission from the unit (the
20/5 task asks for Phụ lục I, II, III and IV); the handler then appends hoan_thanh for the task
and unit through the status history, so the one progress rule (knowledge/rules/standing.py) sees
it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from knowledge.catalogue.model import Catalogue, Province
from knowledge.deliverables.forms import FORMS, TIERS, Form, task_forms, task_of
from knowledge.language.text import fold, tokenize
from knowledge.rules.decisions import Refusal, Refused
from knowledge.rules.officers import Actor

# what a unit types after /nop, folded -> form code
FORM_WORDS = {
    "bieu02": "bieu02",
    "bieu 02": "bieu02",
    "b02": "bieu02",
    "pl1": "pl1",
    "phu luc 1": "pl1",
    "phu luc i": "pl1",
    "pl i": "pl1",
    "pl2": "pl2",
    "phu luc 2": "pl2",
    "phu luc ii": "pl2",
    "pl ii": "pl2",
    "pl3": "pl3",
    "phu luc 3": "pl3",
    "phu luc iii": "pl3",
    "pl iii": "pl3",
    "pl4": "pl4",
    "phu luc 4": "pl4",
    "phu luc iv": "pl4",
    "pl iv": "pl4",
}


class Sent(Protocol):
    """What the tracking views need of a stored submission (db's SubmissionView)."""

    @property
    def task(self) -> str: ...
    @property
    def form(self) -> str: ...
    @property
    def agency(self) -> str: ...
    @property
    def version(self) -> int: ...
    @property
    def submitted_at(self) -> datetime: ...
    @property
    def file_name(self) -> str: ...
    @property
    def behalf(self) -> str | None: ...


def form_named(text: str) -> Form | None:
    code = FORM_WORDS.get(" ".join(fold(text).split()))
    return FORMS[code] if code else None


@dataclass(frozen=True)
class Target:
    """Whose form it is and for which task; `behalf`: an admin sends it for the unit (a form
    the unit sent by e-mail or on paper, "ghi thay")."""

    task: str
    agency: str
    behalf: bool = False


def may_submit(
    province: Province, who: Actor, form: Form, unit: str | None = None
) -> Target | Refusal:
    """A unit's officer sends its own form; an admin sends the form of the unit it names
    (`unit`, read from the template), or their own agency's when they are also its officer."""
    named = unit if unit is not None and unit != who.agency else None
    if named is not None and not who.is_admin:
        return Refusal(Refused.FORM_OF_ANOTHER_UNIT, named=named, agency=who.agency)
    if named is None and who.agency is None:
        return Refusal(Refused.ADMIN_SENDS_A_TEMPLATE if who.is_admin else Refused.NOT_OFFICER)
    agency = named or who.agency
    assert agency is not None
    task_id = task_of(province, form)
    task = next((t for t in province.tasks if t.id == task_id), None)
    if task is None:
        return Refusal(Refused.FORM_NOT_ASKED, form=form.name)
    if agency not in task.addressees:
        return Refusal(
            Refused.NOT_ADDRESSEE_OF_FORM,
            agency=agency,
            form=form.name,
            deadline_text=task.deadline_text,
        )
    return Target(task.id, agency, behalf=named is not None)


def unit_in_cell(text: str, form: Form, whole: Callable[[str], str | None]) -> str | None:
    """The unit the template's unit line names ("Cơ quan, đơn vị: SYT"; the label may be
    typed over), read by the register whole (`whole`); None when blank or not one unit."""
    tokens = tokenize(text)
    label = [t.fold for t in tokenize(form.unit_label)]
    if [t.fold for t in tokens[: len(label)]] == label:
        tokens = tokens[len(label) :]
    rest = " ".join(t.raw for t in tokens)
    return whole(rest) if rest else None


def other_unit_named(
    province: Province, form: Form, text: str, whole: Callable[[str], str | None], sender: str
) -> str | None:
    """The unit a template's unit line names when it is not the sender's own: a unit sends its
    own forms only, and a line naming another unit is no slip to file under the sender (the
    same file counted for the unit it names when an admin sent it). None when the line is
    blank, names no one unit, names the sender or a group the sender's unit belongs to ("UBND
    huyện" on a district's)."""
    named = unit_in_cell(text, form, whole)
    if named is None or named == sender or sender in province.members(named):
        return None
    return named


def blank(form: Form, data: Mapping[str, Any]) -> bool:
    """A form with nothing filled in: no line (BIỂU 02, Phụ lục II–IV), or no count above zero
    (Phụ lục I): most often the template sent back unfilled, the wrong file grabbed; it is sent
    only when meant (usecases/blank_forms.py), never as the unit's whole dossier unasked."""
    if form.shape == "counts":
        counts = data.get("counts") or {}
        return not any(
            isinstance(value, int | float) and value > 0
            for tier in counts.values()
            if isinstance(tier, Mapping)
            for value in tier.values()
        )
    return not data.get("lines")


def missing_forms(province: Province, task_id: str, sent: Iterable[str]) -> list[Form]:
    """The task's forms the unit has not sent yet (by code)."""
    have = set(sent)
    return [f for f in task_forms(province, task_id) if f.code not in have]


def pl4_prefill(catalogue: Catalogue, changes: Mapping[tuple[str, str], Any], agency: str):
    """Phụ lục IV's lines from the unit's rows whose latest status is "không đủ điều kiện", with
    the reason it gave. BIỂU 01 rows are carried out by provincial agencies: tier A (Cấp tỉnh);
    the catalogue gives no field, so the unit adds it (or leaves the line under "(chưa ghi)"),
    and it ticks the level it provides now, which the bot does not know.
    """
    lines = []
    for (key, owner), change in sorted(changes.items()):
        if owner != agency or change.new != "khong_du_dieu_kien":
            continue
        row = catalogue.rows.get(key)
        lines.append(
            {
                "tier": "tinh",
                "field": "",
                "name": f"{key} {row.short_title if row else ''}".strip(),
                "l2": False,
                "l3": False,
                "reason": change.note,
            }
        )
    return lines


# -- the chat ---------------------------------------------------------------------------------

_NUMBER = re.compile(r"\d[\d.,]*")


def read_counts(text: str) -> dict[str, int] | Refusal:
    """One tier of Phụ lục I typed as four numbers: total, level 2, level 3, level 4."""
    numbers = _NUMBER.findall(text)
    if len(numbers) != 4 or re.sub(r"[\d.,\s;:/-]", "", fold(text)).strip():
        return Refusal(Refused.COUNTS_SHAPE)
    values = [int(re.sub(r"[.,]", "", n)) for n in numbers]
    counts = dict(zip(("total", "l2", "l3", "l4"), values, strict=True))
    if sum(values[1:]) > values[0]:
        return Refusal(Refused.COUNTS_OVER_TOTAL, levels=sum(values[1:]), total=values[0])
    return counts


TIER_WORDS = {"tinh": "tinh", "cap tinh": "tinh", "a": "tinh", "huyen": "huyen"} | {
    "cap huyen": "huyen",
    "b": "huyen",
    "xa": "xa",
    "cap xa": "xa",
    "c": "xa",
}


def read_line(form: Form, text: str) -> dict | Refusal:
    """One line of Phụ lục II–IV typed as fields separated by ";"."""
    parts = [p.strip() for p in text.split(";")]
    wanted = 5 if form.code == "pl4" else 4
    if len(parts) < wanted - (1 if form.code == "pl3" else 0) or len(parts) > wanted:
        return Refusal(Refused.LINE_PARTS, wanted=wanted, form=form.code)
    tier = TIER_WORDS.get(" ".join(fold(parts[0]).split()))
    if tier is None:
        return Refusal(Refused.LINE_TIER, text=parts[0])
    if len(parts[2]) < 3:
        return Refusal(Refused.LINE_NAME_SHORT)
    level_text = parts[3] if len(parts) > 3 else ""
    level = re.sub(r"\D", "", level_text)
    allowed = ("2", "3", "4") if form.code == "pl2" else ("2", "3", "")
    if level == "4" and "l4" not in form.levels:
        # Phụ lục III, IV list services not yet at level 4, by the level they provide now
        # (their columns "Mức độ 2", "Mức độ 3"): 4 is the level they go to, not a level here
        levels = " hoặc ".join(k.removeprefix("l") for k in form.levels)
        return Refusal(Refused.LINE_LEVEL_ABOVE, name=form.name, levels=levels)
    if level not in allowed or (level_text and not level):
        return Refusal(Refused.LINE_LEVEL, text=level_text, form=form.code)
    line: dict[str, Any] = {"tier": tier, "field": parts[1][:200], "name": parts[2][:500]}
    for key in form.levels:
        line[key] = key == f"l{level}"
    if form.code == "pl2":
        line["note"] = ""
    if form.code == "pl3":
        line["eligible"], line["note"] = True, ""
    if form.code == "pl4":
        if not parts[4]:
            return Refusal(Refused.LINE_NO_REASON)
        line["reason"] = parts[4][:500]
    return line


def counts_data(counts: dict[str, dict]) -> dict:
    return {
        "form": "pl1",
        "counts": {
            tier: {"total": 0, "l2": 0, "l3": 0, "l4": 0, **counts.get(tier, {}), "note": ""}
            for tier, _, _ in TIERS
        },
        "lines": [],
    }
