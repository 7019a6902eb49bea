"""Forms units send, in chat: the templates (/baocao → "Mẫu …"), a filled template sent back (a
document, handlers/documents.py), and the province's compiled forms for admins (/baocao → "Tổng
hợp …"). What is accepted is usecases/submissions.py's.
"""

from __future__ import annotations

from telegram import Update

from handlers.buttons import GetCompiled, GetTemplate
from handlers.common import reply, send_file
from handlers.context import BotContext
from handlers.status import quote, undo_button
from knowledge.calendar.deadlines import fmt_date
from knowledge.render.answers import esc
from usecases import submissions
from usecases.results import Refusal
from usecases.submissions import Submitted


async def template_button(update: Update, context: BotContext, button: GetTemplate) -> None:
    """The form for the officer's unit to fill (Phụ lục IV prefilled)."""
    caller = await context.caller(update)
    made = await context.services.run(submissions.form_template, caller, button.form)
    if isinstance(made, Refusal):
        await reply(update, context, made.reason)
        return
    if made.agency:
        caption = (
            f"Mẫu {esc(made.form.name)} của {esc(made.agency)}. Điền rồi gửi lại tệp này cho bot "
            f"để nộp (hoặc nộp trong chat: <code>/nop {made.form.code}</code>)."
        )
    else:
        caption = (
            f"Mẫu {esc(made.form.name)} để trống đơn vị. Ghi tên đơn vị sau “"
            f"{esc(made.form.unit_label)}” (dòng {made.form.unit_row}), điền rồi gửi lại tệp này "
            "cho bot: bot ghi nhận biểu cho đơn vị đó, do bạn ghi thay."
        )
    if made.lines:
        caption += f" Đã điền sẵn {made.lines} mục báo “Không đủ điều kiện” kèm lý do."
    await send_file(update, context, made.name, made.content, caption)


async def compiled_button(update: Update, context: BotContext, button: GetCompiled) -> None:
    """The province's form merged from every unit's accepted submission (admins)."""
    caller = await context.caller(update)
    made = await context.services.run(submissions.compiled, caller, button.form)
    if isinstance(made, Refusal):
        await reply(update, context, made.reason)
        return
    assert made.today is not None
    caption = (
        f"{esc(made.form.name)} toàn tỉnh — tổng hợp từ {made.units} đơn vị đã nộp "
        f"({fmt_date(made.today)})"
    )
    await send_file(update, context, made.name, made.content, caption)


async def submitted(update: Update, context: BotContext, done: Submitted) -> None:
    """What the submission holds, what the task still lacks, or the task marked sent."""
    behalf = f", do {esc(done.behalf)} ghi thay" if done.behalf else ""
    lines = [
        f"✅ Đã nhận {esc(done.form.name)} của {esc(done.agency)} "
        f"(lần nộp {done.version}{', thay lần trước' if done.version > 1 else ''}, "
        f"{done.at_text}{behalf}).",
        f"Nội dung: {esc(done.held)}.",
    ]
    buttons = None
    if done.missing:
        lines.append("Còn thiếu: " + ", ".join(esc(f.name) for f in done.missing) + ".")
    elif done.done is not None:
        lines.append(f"Đã ghi nhiệm vụ: {quote(done.done)}")
        buttons = undo_button(done.done)
    await reply(update, context, "\n".join(lines), buttons)
