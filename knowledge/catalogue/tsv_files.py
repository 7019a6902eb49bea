"""The catalogue's TSV files read and checked: the rows of both decisions, the agencies, a
province's assignment table, its service figures and the holiday overrides. Apart from the
provinces' tasks (task_loader.py) and the assembly (loader.py): each file's checks read on their
own. Every problem names the file, line and what is wrong."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from knowledge.calendar.deadlines import DeadlineError, parse_deadline
from knowledge.calendar.workdays import WorkCalendar
from knowledge.catalogue.model import Agency, Assignment, Province, Row, ServiceStat

AGENCY_KINDS = {"so", "nganh", "ubnd", "ministry"}


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


def cell_milestones(where: str, text: str, required: bool):
    if not text:
        if required:
            raise CatalogueError(f"{where}: deadline is empty")
        return ()
    try:
        return parse_deadline(text)
    except DeadlineError as exc:
        raise CatalogueError(f"{where}: {exc}") from None


def cell_level(where: str, text: str) -> int | None:
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
                level=cell_level(where, cell["level"]),
                ministry_role=cell["ministry_role"],
                local_role=cell["local_role"],
                deadline_text=cell["deadline_text"],
                milestones=cell_milestones(where, cell["deadline_text"], required),
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
            milestones=cell_milestones(
                where, cell["deadline_text"], required=bool(rows[key].sub) or key != "406-11"
            ),
            role_text=cell["role_text"],
            source=cell["source"],
        )
    return result


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
                cell_level(where, cell["level"]) or 0,
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
