"""Forms units send (BIỂU 02, Phụ lục I–IV): the templates (/baocao → "Mẫu …"), a filled
template sent back as a document, `/nop` (what the unit owes and has sent; a form in the chat,
handlers/submit_chat.py), and the province's compiled forms for admins (/baocao → "Tổng hợp …").

Every accepted submission is a new version (db/submission_repo.py); when the unit has sent every
form its task asks for, hoan_thanh is appended for the task through the status history, with a
"Hoàn tác" button like any status change.
"""

from __future__ import annotations

from io import BytesIO

from telegram import InputFile, Update

from handlers.common import reply
from handlers.context import BotContext
from handlers.status import quote, undo_button
from knowledge.calendar.deadlines import fmt_date
from knowledge.deliverables.form_compile import Sent, compile_form
from knowledge.deliverables.forms import FORMS, Form, summary
from knowledge.deliverables.submissions import Target, may_submit, missing_forms, pl4_prefill
from knowledge.formats.book import Book
from knowledge.formats.form_book import form_of, parse_book, template
from knowledge.formats.xlsx import render
from knowledge.language.text import fold
from knowledge.render.answers import esc
from knowledge.rules.statuses import Status

MAX_ERRORS = 30
SENT_NOTE = "Đã nộp đủ {forms} qua bot"


def _form(data: str) -> Form | None:
    return FORMS.get(data.partition(":")[2])


async def template_button(update: Update, context: BotContext) -> None:
    """mau:<form>: the form for the officer's unit to fill (Phụ lục IV prefilled)."""
    svc = context.services
    query = update.callback_query
    await query.answer()
    form = _form(query.data)
    agency = svc.agency_of(update.effective_user.id)
    if agency is None or form is None:
        stale = "Nút này không còn hợp lệ."
        await reply(
            update, context, svc.not_officer(update.effective_user.id) if agency is None else stale
        )
        return
    lines = None
    if form.code == "pl4":
        lines = pl4_prefill(svc.assistant.catalogue, svc.repo.current_all(), agency)
    name = f"mau_{form.code}_{fold(agency).replace(' ', '-')}.xlsx"
    caption = (
        f"Mẫu {esc(form.name)} của {esc(agency)}. Điền rồi gửi lại tệp này cho bot để nộp "
        f"(hoặc nộp trong chat: <code>/nop {form.code}</code>)."
    )
    if lines:
        caption += f" Đã điền sẵn {len(lines)} mục báo “Không đủ điều kiện” kèm lý do."
    await context.bot.send_document(
        update.effective_chat.id,
        InputFile(BytesIO(template(form, agency, lines)), filename=name),
        caption=caption,
    )


async def compiled_button(update: Update, context: BotContext) -> None:
    """th:<form>: the province's form merged from every unit's accepted submission (admins)."""
    svc = context.services
    query = update.callback_query
    await query.answer()
    form = _form(query.data)
    if not svc.is_admin(update.effective_user.id) or form is None:
        await reply(update, context, "Chỉ quản trị viên tải được biểu tổng hợp toàn tỉnh.")
        return
    latest = svc.submissions.submissions(form=form.code)
    sent = [Sent(s.agency, s.version, svc.submissions.data(s.id)) for s in latest]
    today = svc.clock.today()
    table = compile_form(form, svc.province.name, sent, today)
    name = f"tonghop_{form.code}_{svc.province.slug}_{today.isoformat()}.xlsx"
    await context.bot.send_document(
        update.effective_chat.id,
        InputFile(BytesIO(render(table)), filename=name),
        caption=f"{esc(form.name)} toàn tỉnh — tổng hợp từ {len(sent)} đơn vị đã nộp "
        f"({fmt_date(today)})",
    )


async def take_upload(update: Update, context: BotContext, content: bytes, book: Book) -> None:
    """A filled template sent back (read by handlers/documents.py in the sandbox): checked cell by
    cell, refused whole on any error.
    """
    svc = context.services
    who = svc.actor(update.effective_user.id)
    file_name = update.effective_message.document.file_name or "bieu.xlsx"
    found = form_of(book)
    if found is None:
        await reply(update, context, "Tệp này không phải mẫu biểu của bot. Tải mẫu ở /baocao.")
        return
    form, unit = found
    target = may_submit(svc.province, who, form)
    if not isinstance(target, Target):
        await reply(update, context, target.reason)
        return
    if unit and unit != target.agency:
        await reply(
            update,
            context,
            f"Đây là mẫu {esc(form.name)} của {esc(unit)}, không phải của {esc(target.agency)}. "
            "Tải mẫu của đơn vị bạn ở /baocao. Không có gì được lưu.",
        )
        return
    parsed = parse_book(book, form, svc.assistant.agencies.resolve)
    if parsed.errors:
        shown = parsed.errors[:MAX_ERRORS]
        more = len(parsed.errors) - len(shown)
        await reply(
            update,
            context,
            f"❌ Chưa nhận {esc(form.name)} ({esc(file_name)}): {len(parsed.errors)} lỗi, "
            "không có gì được lưu. Sửa rồi gửi lại:\n"
            + "\n".join(f"• {esc(e)}" for e in shown)
            + (f"\n… và {more} lỗi nữa." if more > 0 else ""),
        )
        return
    await accept(update, context, form, target, parsed.data, content, file_name, "file")


async def accept(
    update: Update,
    context: BotContext,
    form: Form,
    target: Target,
    data: dict,
    content: bytes,
    file_name: str,
    source: str,
) -> None:
    """Store a checked submission as the unit's new version, confirm what it holds, and mark the
    task sent once every form it asks for is in.
    """
    svc = context.services
    user_id, now = update.effective_user.id, svc.clock.now()
    held = summary(form, data)
    saved = svc.submissions.add(
        target.task, form.code, target.agency, user_id, now, source, file_name, content, data, held
    )
    lines = [
        f"✅ Đã nhận {esc(form.name)} của {esc(target.agency)} "
        f"(lần nộp {saved.version}{', thay lần trước' if saved.version > 1 else ''}, "
        f"{saved.submitted_at.strftime('%H:%M %d/%m/%Y')}).",
        f"Nội dung: {esc(held)}.",
    ]
    sent = [s.form for s in svc.submissions.submissions(task=target.task, agency=target.agency)]
    missing = missing_forms(svc.province, target.task, sent)
    buttons = None
    if missing:
        lines.append("Còn thiếu: " + ", ".join(esc(f.name) for f in missing) + ".")
    else:
        current = svc.repo.current(target.task, target.agency)
        if current is None or current.new != Status.HOAN_THANH:
            names = ", ".join(f.name for f in FORMS.values() if f.code in sent)
            change = svc.repo.record(
                target.task,
                target.agency,
                Status.HOAN_THANH,
                SENT_NOTE.format(forms=names),
                user_id,
                now,
            )
            lines.append(f"Đã ghi nhiệm vụ: {quote(change)}")
            buttons = undo_button(change)
    await reply(update, context, "\n".join(lines), buttons)
