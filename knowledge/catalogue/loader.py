"""Loading and validating the data files. Every problem names the file, line and what is wrong."""

from __future__ import annotations

import json
import tomllib
from datetime import date
from functools import lru_cache
from pathlib import Path

from knowledge.calendar.deadlines import DeadlineError, parse_deadline
from knowledge.calendar.workdays import WorkCalendar
from knowledge.catalogue.model import (
    PERIOD_MONTHS,
    UNIT_KIND,
    Agency,
    Assignment,
    Catalogue,
    Document,
    Province,
    Row,
    ServiceStat,
    Task,
)
from knowledge.catalogue.units import UnitsError, district_units
from knowledge.letters.model import Draft, DraftError
from knowledge.letters.model import Task as DraftTask

DATA_DIR = Path(__file__).parent.parent / "data"
AGENCY_KINDS = {"so", "nganh", "ubnd", "ministry"}
TASK_GROUPS = {"so_ban_nganh": ("so", "nganh"), "ubnd": ("ubnd",)}


class CatalogueError(ValueError):
    pass


def read_tsv(path: Path, columns: list[str]) -> list[tuple[int, dict[str, str]]]:
    """Rows of a commented TSV as (line number, {column: cell}); checks the header and the cell
    count.
    """
    rows: list[tuple[int, dict[str, str]]] = []
    header_seen = False
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            if cells != columns:
                raise CatalogueError(f"{path.name}:{lineno}: header {cells} is not {columns}")
            header_seen = True
            continue
        if len(cells) != len(columns):
            raise CatalogueError(
                f"{path.name}:{lineno}: {len(cells)} cells, expected {len(columns)}"
            )
        rows.append((lineno, {c: v.strip() for c, v in zip(columns, cells, strict=False)}))
    if not header_seen:
        raise CatalogueError(f"{path.name}: no header line")
    return rows


def _milestones(where: str, text: str, required: bool):
    if not text:
        if required:
            raise CatalogueError(f"{where}: deadline is empty")
        return ()
    try:
        return parse_deadline(text)
    except DeadlineError as exc:
        raise CatalogueError(f"{where}: {exc}") from None


def _level(where: str, text: str) -> int | None:
    if not text:
        return None
    if text not in ("3", "4"):
        raise CatalogueError(f"{where}: level {text!r} is not 3 or 4")
    return int(text)


def load_rows(data_dir: Path) -> dict[str, Row]:
    rows: dict[str, Row] = {}
    cols406 = [
        "key",
        "number",
        "sub",
        "group",
        "title",
        "level",
        "ministry_role",
        "local_role",
        "deadline_text",
        "source",
    ]
    cols411 = [
        "key",
        "number",
        "group",
        "subgroup",
        "title",
        "level",
        "ministry_role",
        "local_role",
        "deadline_text",
        "source",
    ]
    for decision, cols in (("406", cols406), ("411", cols411)):
        path = data_dir / f"catalogue_{decision}.tsv"
        for lineno, cell in read_tsv(path, cols):
            where = f"{path.name}:{lineno}"
            number = str(int(cell["number"])) if cell["number"].isdigit() else None
            if number is None:
                raise CatalogueError(f"{where}: number {cell['number']!r} is not a number")
            sub = cell.get("sub") or None
            expected = f"{decision}-{number}" + (f"/{sub}" if sub else "")
            if cell["key"] != expected:
                raise CatalogueError(f"{where}: key {cell['key']!r} should be {expected!r}")
            if cell["key"] in rows:
                raise CatalogueError(f"{where}: duplicate key {cell['key']}")
            if not cell["title"]:
                raise CatalogueError(f"{where}: title is empty")
            # Row 406-11 carries no deadline of its own: its sub-rows do.
            required = not (decision == "406" and number == "11" and not sub)
            rows[cell["key"]] = Row(
                key=cell["key"],
                decision=decision,
                number=number,
                sub=sub,
                group=cell["group"],
                subgroup=cell.get("subgroup", ""),
                title=cell["title"],
                level=_level(where, cell["level"]),
                ministry_role=cell["ministry_role"],
                local_role=cell["local_role"],
                deadline_text=cell["deadline_text"],
                milestones=_milestones(where, cell["deadline_text"], required),
                source=cell["source"],
            )
    return rows


def load_agencies(data_dir: Path) -> dict[str, Agency]:
    path = data_dir / "agencies.tsv"
    agencies: dict[str, Agency] = {}
    for lineno, cell in read_tsv(path, ["name", "kind", "ministry", "aliases", "province"]):
        where = f"{path.name}:{lineno}"
        if cell["kind"] not in AGENCY_KINDS:
            raise CatalogueError(
                f"{where}: kind {cell['kind']!r} is not one of {sorted(AGENCY_KINDS)}"
            )
        if cell["name"] in agencies:
            raise CatalogueError(f"{where}: duplicate agency {cell['name']}")
        aliases = tuple(a.strip() for a in cell["aliases"].split("|") if a.strip())
        agencies[cell["name"]] = Agency(
            cell["name"], cell["kind"], cell["ministry"], aliases, cell["province"]
        )
    return agencies


def _agency_list(where: str, text: str, agencies: dict[str, Agency]) -> tuple[str, ...]:
    names = tuple(n.strip() for n in text.split("|") if n.strip())
    for name in names:
        if name not in agencies:
            raise CatalogueError(f"{where}: unknown agency {name!r}")
    return names


def load_assignments(
    path: Path, province: Province, rows: dict[str, Row], agencies: dict[str, Agency]
) -> dict[str, Assignment]:
    """The province's table; "UBND huyện" in it means each of the province's units."""
    result: dict[str, Assignment] = {}
    for lineno, cell in read_tsv(
        path, ["key", "lead", "coordinate", "deadline_text", "role_text", "source"]
    ):
        where = f"{path.name}:{lineno}"
        key = cell["key"]
        if key not in rows:
            raise CatalogueError(f"{where}: unknown row {key!r}")
        if key in result:
            raise CatalogueError(f"{where}: duplicate row {key}")
        lead = province.expand(_agency_list(where, cell["lead"], agencies))
        if not lead:
            raise CatalogueError(f"{where}: no lead agency")
        result[key] = Assignment(
            key=key,
            province=province.slug,
            lead=lead,
            coordinate=province.expand(_agency_list(where, cell["coordinate"], agencies)),
            deadline_text=cell["deadline_text"],
            milestones=_milestones(
                where, cell["deadline_text"], required=bool(rows[key].sub) or key != "406-11"
            ),
            role_text=cell["role_text"],
            source=cell["source"],
        )
    return result


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


def _task(where: str, province: Province, spec: dict, agencies: dict[str, Agency]) -> Task:
    for required in ("id", "title", "deadline_text", "source"):
        if not spec.get(required):
            raise CatalogueError(f"{where}: task without {required}")
    monthly = spec.get("monthly_day")
    if monthly is not None and (type(monthly) is not int or not 1 <= monthly <= 31):
        # 29–31 are fine: a month without that day falls on its last day
        raise CatalogueError(f"{where} task {spec['id']}: monthly_day {monthly!r} is not 1–31")
    due = None
    if monthly is None:
        milestones = _milestones(
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
        monthly_day=monthly,
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


def _letter_tasks(
    where: str, province: Province, spec: dict, agencies: dict[str, Agency], data_dir: Path
) -> list[Task]:
    """The tasks of a seed letter: its reviewed draft, each task under the id statuses use."""
    letter, ids = spec.get("file", ""), spec.get("ids", [])
    path = draft_path(data_dir, letter)
    try:
        draft = Draft.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, DraftError) as exc:
        raise CatalogueError(f"{where}: letter {letter!r}: {exc}") from None
    if len(ids) != len(draft.tasks) or draft.problems:
        raise CatalogueError(
            f"{where}: letter {letter!r}: {len(draft.tasks)} tasks and {len(ids)} ids, "
            f"{len(draft.problems)} problems"
        )
    return [
        _draft_task(f"{where} task {task_id}", province, task_id, t, agencies)
        for task_id, t in zip(ids, draft.tasks, strict=True)
    ]


def _draft_task(
    where: str, province: Province, task_id: str, t: DraftTask, agencies: dict[str, Agency]
) -> Task:
    for name in (*t.units, *t.supporting):
        if name not in agencies:
            raise CatalogueError(f"{where}: unknown unit {name!r}")
    recurring = t.recurrence
    if recurring is not None and recurring.every not in PERIOD_MONTHS:
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
        monthly_day=recurring.day if recurring else None,
        starts=recurring.first if recurring else None,
        addressees=province.expand(t.units),
        form=form_label(t.forms),
        steps=t.steps,
        contents=t.contents,
        source=t.source,
        supporting=province.expand(t.supporting),
        recipient=t.recipient or "",
        every=recurring.every if recurring else "month",
    )


def load_stats(path: Path) -> tuple[ServiceStat, ...]:
    result = []
    cols = ["level", "tier", "agency", "group", "service", "online", "total", "source"]
    for lineno, cell in read_tsv(path, cols):
        where = f"{path.name}:{lineno}"
        if cell["tier"] not in ("tinh", "huyen", "xa"):
            raise CatalogueError(f"{where}: tier {cell['tier']!r}")
        counts = []
        for col in ("online", "total"):
            if cell[col] and not cell[col].isdigit():
                raise CatalogueError(f"{where}: {col} {cell[col]!r} is not a count")
            counts.append(int(cell[col]) if cell[col] else None)
        result.append(
            ServiceStat(
                _level(where, cell["level"]) or 0,
                cell["tier"],
                cell["agency"],
                cell["group"],
                cell["service"],
                counts[0],
                counts[1],
                cell["source"],
            )
        )
    return tuple(result)


def load_calendar(path: Path) -> WorkCalendar:
    """The working-day calendar: the `holidays` package plus the days off of the override file,
    each a weekday listed once with the notice it comes from.
    """
    days: set[date] = set()
    for lineno, cell in read_tsv(path, ["date", "source"]):
        where = f"{path.name}:{lineno}"
        try:
            day = date.fromisoformat(cell["date"])
        except ValueError:
            raise CatalogueError(f"{where}: {cell['date']!r} is not a date (YYYY-MM-DD)") from None
        if day.weekday() >= 5:
            raise CatalogueError(f"{where}: {day} is a {day:%A}, a day off already")
        if day in days:
            raise CatalogueError(f"{where}: {day} is listed twice")
        if not cell["source"]:
            raise CatalogueError(f"{where}: {day} has no source: name the notice that gives it")
        days.add(day)
    return WorkCalendar(frozenset(days))


def _add_units(where: str, province: Province, spec: dict, agencies: dict[str, Agency]) -> None:
    """The province's district-level units (knowledge/catalogue/units.py), each an agency of its
    own, and
    the register's name for all of them (its one agency of kind ubnd), which they stand in for.
    """
    try:
        units = district_units(province.name, spec.get("gso_code", 0), spec.get("year", 0))
    except UnitsError as exc:
        raise CatalogueError(f"{where}: units: {exc}") from None
    groups = [a.name for a in agencies.values() if a.kind == "ubnd"]
    if len(groups) != 1:
        raise CatalogueError(f"{where}: units need one agency of kind ubnd, found {groups}")
    for name in units.names:
        if name in agencies:
            raise CatalogueError(f"{where}: unit {name!r} is already an agency")
        agencies[name] = Agency(name, UNIT_KIND, "", (), province.slug)
    province.units, province.unit_group, province.units_source = (
        units.names,
        groups[0],
        units.source,
    )


def load_catalogue(data_dir: Path = DATA_DIR, letters: bool = True) -> Catalogue:
    """`letters=False`: without the tasks of the seed letters (to extract them again)."""
    rows = load_rows(data_dir)
    agencies = load_agencies(data_dir)
    path = data_dir / "provinces.toml"
    try:
        spec = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueError(f"{path.name}: {exc}") from None
    provinces: dict[str, Province] = {}
    for index, p in enumerate(spec.get("province", []), start=1):
        where = f"{path.name} province #{index}"
        slug = p.get("slug")
        if not slug or slug in provinces:
            raise CatalogueError(f"{where}: missing or duplicate slug {slug!r}")
        if p.get("coordinator") not in agencies:
            raise CatalogueError(f"{where}: unknown coordinator {p.get('coordinator')!r}")
        province = Province(
            slug=slug,
            name=p["name"],
            coordinator=p["coordinator"],
            decision=p.get("decision", "406"),
            named_services=tuple(p.get("named_services", [])),
            named_source=p.get("named_source", ""),
            named_addressee=p.get("named_addressee", ""),
            assignments_label=p.get("assignments_label", ""),
        )
        if p.get("units"):
            _add_units(where, province, p["units"], agencies)
        if p.get("assignments"):
            province.assignments = load_assignments(
                data_dir / p["assignments"], province, rows, agencies
            )
        province.tasks = [
            task
            for letter in (p.get("letter", []) if letters else [])
            for task in _letter_tasks(where, province, letter, agencies, data_dir)
        ] + [_task(where, province, t, agencies) for t in p.get("task", [])]
        stats_path = data_dir / f"{slug}_services.tsv"
        if stats_path.exists():
            province.stats = load_stats(stats_path)
        provinces[slug] = province
    if "tuyen-quang" not in provinces:
        raise CatalogueError(f"{path.name}: the default province tuyen-quang is missing")
    calendar = load_calendar(data_dir / "holiday_overrides.tsv")
    columns = ["file", "title", "subject"]
    documents = {
        c["file"]: Document(c["title"], c["subject"])
        for _, c in read_tsv(data_dir / "documents.tsv", columns)
    }
    for province in provinces.values():
        for task in province.tasks:
            if task.source.partition("#")[0] not in documents:
                raise CatalogueError(f"provinces.toml: task {task.id} cites an unknown document")
    return Catalogue(
        rows=rows, agencies=agencies, provinces=provinces, calendar=calendar, documents=documents
    )


@lru_cache(maxsize=1)
def default_catalogue() -> Catalogue:
    return load_catalogue()
