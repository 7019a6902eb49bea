"""The forms as files the bot sends: the template an officer fills (Phụ lục IV prefilled with the
unit's rows) and the province's form compiled from every unit's accepted submission (admins). Split
from submissions.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from knowledge.deliverables.form_compile import Sent, compile_form
from knowledge.deliverables.forms import FORMS, Form
from knowledge.deliverables.submissions import pl4_prefill
from knowledge.formats.form_book import template
from knowledge.formats.xlsx import render
from knowledge.language.text import fold
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.results import Refusal
from usecases.runner import use_case


@dataclass(frozen=True)
class FileOut:
    """A file to send: its name, bytes and what it holds."""

    name: str
    content: bytes
    form: Form
    agency: str
    lines: int = 0  # prefilled lines (a template)
    units: int = 0  # units merged (a compiled form)
    today: date | None = None


@use_case(writes=False)
def form_template(desk: Desk, caller: Caller, code: str) -> FileOut | Refusal:
    """The form for the officer's unit to fill (Phụ lục IV prefilled); for an admin of no
    agency, the blank form, to fill for a unit whose name they write on it."""
    form = FORMS.get(code)
    if caller.agency is None and not caller.is_admin:
        return Refusal(caller.standing)
    if form is None:
        return Refusal("Nút này không còn hợp lệ.")
    agency = caller.agency or ""
    lines = None
    if form.code == "pl4" and agency:
        lines = pl4_prefill(desk.catalogue, desk.statuses().current, agency)
    name = f"mau_{form.code}_{fold(agency).replace(' ', '-') or 'de-trong'}.xlsx"
    return FileOut(name, template(form, agency, lines), form, agency, lines=len(lines or []))


@use_case(writes=False)
def compiled(desk: Desk, caller: Caller, code: str) -> FileOut | Refusal:
    """The province's form merged from every unit's accepted submission (admins)."""
    form = FORMS.get(code)
    if not caller.is_admin or form is None:
        return Refusal("Chỉ quản trị viên tải được biểu tổng hợp toàn tỉnh.")
    latest = desk.submissions.submissions(form=form.code)
    sent = [Sent(s.agency, s.version, desk.submissions.data(s.id)) for s in latest]
    today = desk.clock.today()
    province = desk.province
    table = compile_form(form, province.name, sent, today)
    name = f"tonghop_{form.code}_{province.slug}_{today.isoformat()}.xlsx"
    return FileOut(name, render(table), form, province.name, units=len(sent), today=today)
