"""A province's tasks: those written in provinces.toml and those of the seed letters' reviewed
drafts (and of a letter published in chat: `task_from_draft`), each checked against the
agencies. Apart from the TSV files (tsv_files.py) and the assembly (loader.py)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from knowledge.catalogue.model import EVERY_MONTHS, Agency, Province, Task
from knowledge.catalogue.tsv_files import CatalogueError, cell_milestones
from knowledge.letters.model import Draft, DraftError
from knowledge.letters.model import Task as DraftTask

TASK_GROUPS = {"so_ban_nganh": ("so", "nganh"), "ubnd": ("ubnd",)}


def _addressees(
    where: str, spec: dict, agencies: dict[str, Agency], province: Province
) -> tuple[str, ...]:
    names: list[str] = []
    for item in spec.get("addressees", []):
        if item in TASK_GROUPS:
            # "các sở, ban, ngành" of this province: not a body another province created
            names += [
                a.name
                for a in agencies.values()
                if a.kind in TASK_GROUPS[item] and a.province in ("", province.slug)
            ]
        elif item in agencies:
            names.append(item)
        else:
            raise CatalogueError(f"{where}: unknown addressee {item!r}")
    excluded = set(spec.get("exclude", []))
    unknown = excluded - set(agencies)
    if unknown:
        raise CatalogueError(f"{where}: unknown agency in exclude: {sorted(unknown)}")
    return tuple(n for n in province.expand(names) if n not in excluded)


def task_from_spec(
    where: str, province: Province, spec: dict, agencies: dict[str, Agency]
) -> Task:
    for required in ("id", "title", "deadline_text", "source"):
        if not spec.get(required):
            raise CatalogueError(f"{where}: task without {required}")
    monthly = spec.get("monthly_day")
    if monthly is not None and (type(monthly) is not int or not 1 <= monthly <= 31):
        # 29–31 are fine: a month without that day falls on its last day
        raise CatalogueError(f"{where} task {spec['id']}: monthly_day {monthly!r} is not 1–31")
    due = None
    if monthly is None:
        milestones = cell_milestones(
            f"{where} task {spec['id']}", spec["deadline_text"], required=True
        )
        due = milestones[-1].due
    starts = spec.get("starts")
    return Task(
        id=spec["id"],
        province=province.slug,
        title=spec["title"],
        deadline_text=spec["deadline_text"],
        due=due,
        day=monthly,
        starts=date.fromisoformat(starts) if isinstance(starts, str) else starts,
        addressees=_addressees(f"{where} task {spec['id']}", spec, agencies, province),
        form=spec.get("form", ""),
        steps=tuple(spec.get("steps", [])),
        contents=tuple(spec.get("contents", [])),
        source=spec["source"],
    )


LETTERS_DIR = "letters"


def draft_path(data_dir: Path, letter: str) -> Path:
    """Where the reviewed draft of a seed letter is kept (knowledge/letters/seeds.py writes it)."""
    return data_dir / LETTERS_DIR / (Path(letter).stem + ".draft.json")


def form_label(forms: tuple[str, ...]) -> str:
    """A task's forms in one name: "Biểu 02"; a run of one kind's numbers "Phụ lục I–IV"."""
    if len(forms) < 2:
        return forms[0] if forms else ""
    kinds = {f.rsplit(" ", 1)[0] for f in forms}
    if len(kinds) == 1:
        return f"{kinds.pop()} {forms[0].rsplit(' ', 1)[1]}–{forms[-1].rsplit(' ', 1)[1]}"
    return ", ".join(forms)


def letter_tasks(
    where: str, province: Province, spec: dict, agencies: dict[str, Agency], data_dir: Path
) -> list[Task]:
    """The tasks of a seed letter: its reviewed draft, each task under the id statuses use."""
    letter, ids = spec.get("file", ""), spec.get("ids", [])
    path = draft_path(data_dir, letter)
    try:
        draft = Draft.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, DraftError) as exc:
        raise CatalogueError(f"{where}: letter {letter!r}: {exc}") from None
    # (a note, "cần xem lại", holds a seed back no more than it holds back publishing)
    if len(ids) != len(draft.tasks) or draft.blocking:
        raise CatalogueError(
            f"{where}: letter {letter!r}: {len(draft.tasks)} tasks and {len(ids)} ids, "
            f"{len(draft.blocking)} problems"
        )
    return [
        task_from_draft(f"{where} task {task_id}", province, task_id, t, agencies)
        for task_id, t in zip(ids, draft.tasks, strict=True)
    ]


def task_from_draft(
    where: str, province: Province, task_id: str, t: DraftTask, agencies: dict[str, Agency]
) -> Task:
    for name in (*t.units, *t.supporting):
        if name not in agencies:
            raise CatalogueError(f"{where}: unknown unit {name!r}")
    recurring = t.recurrence
    if recurring is not None and recurring.every not in EVERY_MONTHS:
        raise CatalogueError(f"{where}: a recurrence every {recurring.every!r} is not tracked")
    if recurring is not None and recurring.every != "month" and recurring.first is None:
        # the first occurrence says which months a quarter's or a year's day falls in
        raise CatalogueError(f"{where}: a recurrence every {recurring.every} needs its first date")
    if recurring is None and t.deadline is None:
        raise CatalogueError(f"{where}: no deadline")
    return Task(
        id=task_id,
        province=province.slug,
        title=t.title,
        deadline_text=t.deadline_text,
        due=t.deadline,
        day=recurring.day if recurring else None,
        starts=recurring.first if recurring else None,
        addressees=province.expand(t.units),
        form=form_label(t.forms),
        steps=t.steps,
        contents=t.contents,
        source=t.source,
        supporting=province.expand(t.supporting),
        recipient=t.recipient or "",
        every=recurring.every if recurring else "month",
        lag=t.lag if recurring else 0,
    )
