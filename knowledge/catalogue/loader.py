"""Loading and validating the data files: the catalogue assembled from the TSV files
(tsv_files.py), the provinces of provinces.toml, their units and tasks (task_loader.py). Every
problem names the file, line and what is wrong."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from knowledge.calendar.last_day import OVERRIDES, working_calendar
from knowledge.catalogue.model import UNIT_KIND, Agency, Catalogue, Document, Province
from knowledge.catalogue.task_loader import (
    LETTERS_DIR,
    draft_path,
    letter_tasks,
    task_from_draft,
    task_from_spec,
)
from knowledge.catalogue.tsv_files import (
    CatalogueError,
    load_agencies,
    load_assignments,
    load_calendar,
    load_rows,
    load_stats,
    read_tsv,
)
from knowledge.catalogue.units import UnitsError, district_units, province_names

# what the other modules import from here (the loader's names before it was split)
__all__ = [
    "DATA_DIR",
    "LETTERS_DIR",
    "CatalogueError",
    "default_catalogue",
    "draft_path",
    "load_calendar",
    "load_catalogue",
    "read_tsv",
    "task_from_draft",
]

DATA_DIR = Path(__file__).parent.parent / "data"


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


def _place_bodies(agencies: dict[str, Agency], slugs: dict[str, str]) -> None:
    """A body of the register named after a province ("Viễn thông Tuyên Quang") belongs to that
    province alone, as if agencies.tsv said so: another province's register never offers it.
    A province the bot does not serve keeps the body to none (its name is no slug)."""
    places = sorted(province_names(), key=len, reverse=True)
    for name, agency in list(agencies.items()):
        if agency.province or agency.kind in (UNIT_KIND, "ubnd", "ministry"):
            continue
        place = next((p for p in places if name.endswith(" " + p)), None)
        if place is not None:
            agencies[name] = replace(agency, province=slugs.get(place, place))


def load_catalogue(data_dir: Path = DATA_DIR, letters: bool = True) -> Catalogue:
    """`letters=False`: without the tasks of the seed letters (to extract them again)."""
    rows = load_rows(data_dir)
    agencies = load_agencies(data_dir)
    path = data_dir / "provinces.toml"
    try:
        spec = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueError(f"{path.name}: {exc}") from None
    served = {p.get("name", ""): p.get("slug", "") for p in spec.get("province", [])}
    _place_bodies(agencies, served)
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
            for task in letter_tasks(where, province, letter, agencies, data_dir)
        ] + [task_from_spec(where, province, t, agencies) for t in p.get("task", [])]
        stats_path = data_dir / f"{slug}_services.tsv"
        if stats_path.exists():
            province.stats = load_stats(stats_path)
        provinces[slug] = province
    if "tuyen-quang" not in provinces:
        raise CatalogueError(f"{path.name}: the default province tuyen-quang is missing")
    # the packaged data's calendar is the one every deadline is judged by (calendar/last_day.py)
    overrides = data_dir / "holiday_overrides.tsv"
    calendar = working_calendar() if overrides == OVERRIDES else load_calendar(overrides)
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
