"""The files the desk offers for download, built as the chat's /baocao and /nopbai tinh build
them: the progress workbook, the hand-in workbook, the province's compiled forms."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.deliverables.form_compile import Sent, compile_form
from knowledge.deliverables.forms import FORMS
from knowledge.deliverables.reports import file_name, make_report
from knowledge.formats.tracking_report import handins_file_name, handins_table
from knowledge.formats.xlsx import render
from knowledge.rules.decisions import Refusal
from knowledge.rules.officers import Actor
from usecases.desk_views import tracked
from usecases.ports import Services

ADMIN_ONLY = "Chỉ quản trị viên tải được tệp toàn tỉnh."
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class Download:
    name: str
    content: bytes
    media_type: str = XLSX


def progress_workbook(svc: Services, who: Actor, whole: bool) -> Download | Refusal:
    """The progress report: the province's (admins) or the officer's agency's."""
    if whole and not who.is_admin:
        return Refusal(ADMIN_ONLY)
    if not whole and who.agency is None:
        return Refusal(svc.not_officer(who.user_id))
    agency = None if whole else who.agency
    today = svc.clock.today()
    table = make_report(
        "tiendo",
        svc.assistant.catalogue,
        svc.province,
        svc.repo.current_all(),
        [],
        today,
        agency,
    )
    return Download(file_name("tiendo", svc.province, agency, today), render(table))


def handins_workbook(svc: Services, who: Actor) -> Download | Refusal:
    """/nopbai tinh as a workbook."""
    if not who.is_admin:
        return Refusal(ADMIN_ONLY)
    today = svc.clock.today()
    table = handins_table(svc.province, tracked(svc), today)
    return Download(handins_file_name(svc.province, today), render(table))


def compiled_form(svc: Services, who: Actor, code: str) -> Download | Refusal:
    """A form merged from every unit's accepted submission (BIỂU 02, Phụ lục I–IV)."""
    form = FORMS.get(code)
    if not who.is_admin:
        return Refusal(ADMIN_ONLY)
    if form is None:
        return Refusal("Không có biểu mẫu này.")
    latest = svc.submissions.submissions(form=form.code)
    sent = [Sent(s.agency, s.version, svc.submissions.data(s.id)) for s in latest]
    today = svc.clock.today()
    table = compile_form(form, svc.province.name, sent, today)
    name = f"tonghop_{form.code}_{svc.province.slug}_{today.isoformat()}.xlsx"
    return Download(name, render(table))
