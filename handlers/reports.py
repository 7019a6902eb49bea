"""/baocao: the reports and forms as .xlsx files; /quahan: late rows and tasks; the progress
charts as pictures. Built by usecases/reports.py and usecases/progress.py, off the event loop.
"""

from __future__ import annotations

from telegram import InputFile, Update

from handlers import letter_forms
from handlers.buttons import GetChart, GetCompiled, GetReport, GetTemplate, ReportKind, Scope
from handlers.common import Buttons, args_text, reply, send_file
from handlers.context import BotContext
from knowledge.calendar.deadlines import fmt_date
from knowledge.render.answers import esc
from usecases import letter_forms as usecase_forms
from usecases import progress, reports
from usecases.results import Refusal
from usecases.submissions import Form

LABELS = {
    ReportKind.BIEU02: "BIỂU 02 — các đề xuất đang có",
    ReportKind.TIENDO: "Tiến độ BIỂU 01",
    ReportKind.PHULUC4: "Phụ lục IV — theo trạng thái",
}


def form_buttons(forms: tuple[Form, ...], agency: str | None, is_admin: bool) -> Buttons:
    """The /baocao buttons of the forms: templates for a unit and for admins (blank, to fill
    for a unit), compiled forms for admins."""
    rows: Buttons = []
    if agency or is_admin:
        rows += [
            [(f"Mẫu {f.name}", GetTemplate(f.code)) for f in forms[i : i + 3]]
            for i in range(0, len(forms), 3)
        ]
    if is_admin:
        rows += [
            [(f"Tổng hợp {f.name}", GetCompiled(f.code)) for f in forms[i : i + 2]]
            for i in range(0, len(forms), 2)
        ]
    return rows


async def baocao(update: Update, context: BotContext) -> None:
    caller = await context.caller(update)
    # "/baocao mau so 01": that task's blank form at once, the file its reminder gives
    named = await context.services.run(usecase_forms.blank_form_named, caller, args_text(context))
    if isinstance(named, Refusal):
        await reply(update, context, named.reason)
        return
    if named is not None:
        name, content, task = named
        await send_file(update, context, name, content, f"Mẫu trống — {esc(task.id)}")
        return
    menu = await context.services.run(reports.report_menu, caller)
    if isinstance(menu, Refusal):
        await reply(update, context, menu.reason)
        return
    buttons: Buttons = []
    if menu.agency:
        buttons += [
            [(f"{label} ({menu.agency})"[:60], GetReport(kind, Scope.AGENCY))]
            for kind, label in LABELS.items()
        ]
    if menu.admin:
        buttons += [
            [(f"{label} (toàn tỉnh)", GetReport(kind, Scope.PROVINCE))]
            for kind, label in LABELS.items()
        ]
    buttons += form_buttons(menu.forms, menu.agency, menu.admin)
    # the letters' own blank forms the coordinator attached ("Mẫu số 01 kèm theo")
    buttons += letter_forms.form_buttons(
        await context.services.run(usecase_forms.blank_forms_for, caller)
    )
    await reply(
        update,
        context,
        "Chọn báo cáo cần tải (tệp .xlsx theo mẫu của tỉnh). “Mẫu …”: biểu trống để đơn vị điền "
        "rồi gửi lại; “Tổng hợp …”: ghép các biểu các đơn vị đã nộp; các báo cáo khác lấy từ đề "
        "xuất và trạng thái đang có trong bot.",
        buttons,
    )


async def report_button(update: Update, context: BotContext, button: GetReport) -> None:
    caller = await context.caller(update)
    made = await context.services.run(
        reports.report, caller, button.kind.value, button.scope == Scope.PROVINCE
    )
    if isinstance(made, Refusal):
        await reply(update, context, made.reason)
        return
    if not made.content:  # Telegram refuses an empty file: say so instead
        await reply(update, context, f"Không tạo được tệp {esc(made.name)}; bạn thử lại sau.")
        return
    caption = f"{LABELS[button.kind]} — {esc(made.whose)} ({fmt_date(made.today)})"
    await send_file(update, context, made.name, made.content, caption)


async def quahan(update: Update, context: BotContext) -> None:
    """Late rows and tasks: my agency's, or (admins, or `/quahan tinh`) the province's."""
    result = await context.run_as_caller(update, progress.late, args_text(context))
    await reply(update, context, result.reason if isinstance(result, Refusal) else result.html)


async def chart_button(update: Update, context: BotContext, button: GetChart) -> None:
    caller = await context.caller(update)
    drawn = await context.services.run(progress.chart, caller, button.agency)
    if isinstance(drawn, Refusal):
        await reply(update, context, drawn.reason)
        return
    chat = update.effective_chat
    assert chat is not None
    await context.bot.send_photo(
        chat.id,
        InputFile(drawn.png, filename="tiendo.png"),
        caption=esc(
            f"Tiến độ {drawn.whose} — {fmt_date(drawn.today)}"
            + (f"\n{drawn.summary}" if drawn.summary else "")
        ),
    )
