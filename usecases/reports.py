"""Reports as .xlsx in the province's layouts (/baocao, `python -m bot export`), and what the
/baocao menu offers whom.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from knowledge.deliverables.forms import FORMS, Form
from knowledge.deliverables.reports import KINDS, file_name, make_report
from knowledge.formats.xlsx import render
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.results import Refusal
from usecases.runner import use_case

__all__ = ["KINDS"]


@dataclass(frozen=True)
class ReportMenu:
    agency: str | None  # a unit's reports and templates
    admin: bool  # the province's reports and compiled forms
    forms: tuple[Form, ...]


@dataclass(frozen=True)
class Report:
    kind: str
    name: str
    content: bytes  # empty: the workbook could not be written (say so: Telegram refuses it)
    whose: str  # the agency, or the province's name
    today: date
    rows: int


@use_case(database=False)
def report_menu(desk: Desk, caller: Caller) -> ReportMenu | Refusal:
    if caller.agency is None and not caller.is_admin:
        return Refusal(caller.standing)
    return ReportMenu(caller.agency, caller.is_admin, tuple(FORMS.values()))


@use_case(writes=False)
def report(desk: Desk, caller: Caller, kind: str, province_wide: bool) -> Report | Refusal:
    """One report: the caller's agency's, or (admins) the province's."""
    if province_wide and not caller.is_admin:
        return Refusal("Chỉ quản trị viên tải được báo cáo toàn tỉnh.")
    if not province_wide and caller.agency is None:
        return Refusal(caller.standing)
    return build_report(desk, kind, None if province_wide else caller.agency, desk.clock.today())


@use_case(writes=False)
def build_report(desk: Desk, kind: str, agency: str | None, today: date) -> Report:
    """The workbook for an agency (None: the whole province), as of `today`."""
    province = desk.province
    table = make_report(
        kind,
        desk.catalogue,
        province,
        desk.statuses().current,
        desk.proposals.list(),
        today,
        agency,
    )
    name = file_name(kind, province, agency, today)
    return Report(kind, name, render(table), agency or province.name, today, len(table.rows))
