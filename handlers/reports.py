"""/baocao: the forms as .xlsx files; /quahan: late rows and tasks; progress charts as pictures."""

from __future__ import annotations

from io import BytesIO

from telegram import InputFile, Update

from handlers.common import args_text, reply
from handlers.context import BotContext
from knowledge.calendar.deadlines import fmt_date
from knowledge.deliverables.forms import FORMS
from knowledge.deliverables.reports import file_name, make_report
from knowledge.formats.xlsx import render
from knowledge.language.text import ascii_number, fold
from knowledge.render.answers import esc
from knowledge.render.charts import agency_chart, province_chart
from knowledge.rules.progress import late_report
from knowledge.rules.standing import marks_of

LABELS = {
    "bieu02": "BIỂU 02 — các đề xuất đang có",
    "tiendo": "Tiến độ BIỂU 01",
    "phuluc4": "Phụ lục IV — theo trạng thái",
}


def form_buttons(agency: str | None, is_admin: bool) -> list[list[tuple[str, str]]]:
    """The /baocao buttons of the forms: templates for a unit, compiled forms for admins."""
    rows: list[list[tuple[str, str]]] = []
    codes = list(FORMS)
    if agency:
        rows += [
            [(f"Mẫu {FORMS[c].name}", f"mau:{c}") for c in codes[i : i + 3]]
            for i in range(0, len(codes), 3)
        ]
    if is_admin:
        rows += [
            [(f"Tổng hợp {FORMS[c].name}", f"th:{c}") for c in codes[i : i + 2]]
            for i in range(0, len(codes), 2)
        ]
    return rows


async def baocao(update: Update, context: BotContext) -> None:
    svc = context.services
    user = update.effective_user
    agency, is_admin = svc.agency_of(user.id), svc.is_admin(user.id)
    if agency is None and not is_admin:
        await reply(update, context, svc.not_officer(user.id))
        return
    buttons = []
    if agency:
        buttons += [
            [(f"{label} ({agency})"[:60], f"bc:{kind}:a")] for kind, label in LABELS.items()
        ]
    if is_admin:
        buttons += [[(f"{label} (toàn tỉnh)", f"bc:{kind}:p")] for kind, label in LABELS.items()]
    buttons += form_buttons(agency, is_admin)
    await reply(
        update,
        context,
        "Chọn báo cáo cần tải (tệp .xlsx theo mẫu của tỉnh). “Mẫu …”: biểu trống để đơn vị điền "
        "rồi gửi lại; “Tổng hợp …”: ghép các biểu các đơn vị đã nộp; các báo cáo khác lấy từ đề "
        "xuất và trạng thái đang có trong bot.",
        buttons,
    )


async def report_button(update: Update, context: BotContext) -> None:
    svc = context.services
    query = update.callback_query
    await query.answer()
    _, kind, scope = query.data.split(":")
    user = update.effective_user
    agency = svc.agency_of(user.id)
    if scope == "p" and not svc.is_admin(user.id):
        await reply(update, context, "Chỉ quản trị viên tải được báo cáo toàn tỉnh.")
        return
    if scope == "a" and agency is None:
        await reply(update, context, svc.not_officer(user.id))
        return
    whose = agency if scope == "a" else None
    today = svc.clock.today()
    changes = svc.repo.current_all()
    table = make_report(
        kind, svc.assistant.catalogue, svc.province, changes, svc.proposals.list(), today, whose
    )
    name = file_name(kind, svc.province, whose, today)
    caption = f"{LABELS[kind]} — {esc(whose or svc.province.name)} ({fmt_date(today)})"
    content = render(table)
    if not content:  # Telegram refuses an empty file: say so instead
        await reply(update, context, f"Không tạo được tệp {esc(name)}; bạn thử lại sau.")
        return
    await context.bot.send_document(
        update.effective_chat.id, InputFile(BytesIO(content), filename=name), caption=caption
    )


async def quahan(update: Update, context: BotContext) -> None:
    """Late rows and tasks: my agency's, or (admins, or `/quahan tinh`) the province's."""
    svc = context.services
    arg = args_text(context)
    whole = fold(arg) in ("tinh", "toan tinh") or (
        not arg and svc.agency_of(update.effective_user.id) is None
    )
    agency = None
    if not whole:
        agency = (
            svc.assistant.agencies.resolve(arg) if arg else svc.agency_of(update.effective_user.id)
        )
        if agency is None:
            await reply(
                update,
                context,
                f"Không nhận ra cơ quan “{esc(arg[:80])}”. Gõ <code>/quahan tinh</code> "
                "hoặc <code>/quahan Sở Xây dựng</code>.",
            )
            return
    marks = marks_of(svc.repo.current_all())
    text = late_report(svc.assistant.catalogue, svc.province, marks, svc.clock.today(), agency)
    await reply(update, context, text)


async def chart_button(update: Update, context: BotContext) -> None:
    """ch:p the province; ch:a:<n> the n-th agency of the register."""
    svc = context.services
    query = update.callback_query
    await query.answer()
    parts = query.data.split(":")
    marks = marks_of(svc.repo.current_all())
    today = svc.clock.today()
    catalogue = svc.assistant.catalogue
    if parts[1] == "p":
        png = province_chart(catalogue, svc.province, marks, today)
        whose = svc.province.name
    else:
        names = list(catalogue.agencies)
        index = ascii_number(parts[2]) if len(parts) > 2 else None
        if index is None or index >= len(names):
            await reply(update, context, "Nút này không còn hợp lệ. Gõ /tiendo để xem lại.")
            return
        whose = names[index]
        png = agency_chart(catalogue, svc.province, whose, marks, today)
    if not png:  # None when nothing to draw; never send an empty file
        await reply(update, context, f"{esc(whose)} chưa có mục nào để vẽ biểu đồ.")
        return
    await context.bot.send_photo(
        update.effective_chat.id,
        InputFile(BytesIO(png), filename="tiendo.png"),
        caption=esc(f"Tiến độ {whose} — {fmt_date(today)}"),
    )


def chart_buttons(svc, agency: str | None) -> list[list[tuple[str, str]]]:
    if agency is None:
        return [[("📊 Xem biểu đồ", "ch:p")]]
    return [[("📊 Xem biểu đồ", f"ch:a:{list(svc.assistant.catalogue.agencies).index(agency)}")]]
