"""Forms units send, in chat: the templates (/baocao → "Mẫu …"), a filled template sent back (a
document, handlers/documents.py), and the province's compiled forms for admins (/baocao → "Tổng
hợp …"). What is accepted is usecases/submissions.py's.
"""

from __future__ import annotations

from telegram import Update

from handlers.buttons import GetCompiled, GetTemplate, SendBlank, UndoSubmission
from handlers.common import Buttons, reply, send_file
from handlers.context import BotContext
from handlers.offer_text import titled_key
from handlers.status import UNDO, quote
from knowledge.calendar.deadlines import fmt_date
from knowledge.messages.refusals import WINDOW_MINUTES
from knowledge.render.answers import esc
from knowledge.render.proposal_text import synced
from knowledge.render.tracking_text import late_line
from usecases import blank_forms, form_files, submission_undo
from usecases.proposal_sync import Synced
from usecases.results import Refusal
from usecases.submission_undo import SubmissionUndone
from usecases.submissions import BlankAsked, Submitted

UNDO_HINT = (
    f"<i>Gửi nhầm? Bấm Hoàn tác trong {WINDOW_MINUTES} phút để hủy lần nộp này: "
    "{what}{task}.</i>"  # filled by .format
)


async def template_button(update: Update, context: BotContext, button: GetTemplate) -> None:
    """The form for the officer's unit to fill (Phụ lục IV prefilled)."""
    caller = await context.caller(update)
    made = await context.services.run(form_files.form_template, caller, button.form)
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
    made = await context.services.run(form_files.compiled, caller, button.form)
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
        f"(lần nộp {done.version}{', thay lần trước' if done.replaces else ''}, "
        f"{done.at_text}{behalf}).",
        f"Nội dung: {esc(done.held)}.",
    ]
    if done.missing:
        lines.append("Còn thiếu: " + ", ".join(esc(f.name) for f in done.missing) + ".")
    if done.done is not None:  # sent whole, or a first part: the task's status it wrote
        lines.append(f"Đã ghi nhiệm vụ: {quote(done.done, title=done.title)}")
    if done.synced is not None and done.synced.any:
        lines.append(synced_line(done.synced))
    if done.days_late and done.due is not None:  # as /nopbai then says it
        lines.append(late_line(done.due, done.days_late))
    if done.superseded:
        lines.append(
            f"Biểu trống đang chờ bấm nút nộp ({esc(done.superseded)}) đã bỏ: tệp này thay cho nó."
        )
    lines.append(undo_hint(done.replaces, done.done is not None))
    await reply(update, context, "\n".join(lines), undo_submission_button(done.id))


async def blank_asked(update: Update, context: BotContext, asked: BlankAsked) -> None:
    """A form sent back with nothing filled in: asked, with the button that sends it blank on
    purpose; nothing stored before the press."""
    name = esc(asked.form.name)
    empty = "không có số liệu nào" if asked.form.shape == "counts" else "không có dòng nào"
    whose = f" của {esc(asked.agency)}" if asked.behalf else ""
    lines = [
        f"📭 {name}{whose} trong tệp {esc(asked.file_name)} để trống ({empty}). Có phải bạn "
        "gửi nhầm mẫu chưa điền? Chưa có gì được lưu.",
        f"Điền rồi gửi lại tệp (hoặc nộp trong chat: <code>/nop {asked.form.code}</code>).",
    ]
    if asked.held:
        lines.append(
            f"Nộp biểu trống sẽ rút {asked.held} đề xuất đang có của đơn vị (khôi phục được)."
        )
    lines.append(
        f"Nếu đơn vị thật sự không có gì để báo, bấm nút để nộp {name} trống; không bấm thì "
        "không có gì thay đổi."
    )
    button: Buttons = [[(f"📭 Nộp {asked.form.name} trống", SendBlank(asked.form.code))]]
    await reply(update, context, "\n".join(lines), button)


async def blank_pressed(update: Update, context: BotContext, button: SendBlank) -> None:
    caller = await context.caller(update)
    done = await context.services.run(blank_forms.send_blank, caller, button.form)
    if isinstance(done, Refusal):
        await reply(update, context, done.reason)
        return
    await submitted(update, context, done)


def synced_line(done: Synced, undone: bool = False) -> str:
    return synced(done.added, done.changed, done.withdrawn, done.restored, undone)


def undo_hint(replaces: bool, marked: bool) -> str:
    what = "bản nộp lần trước được tính lại" if replaces else "coi như chưa nộp"
    task = ", trạng thái nhiệm vụ trở lại như trước" if marked else ""
    return UNDO_HINT.format(what=what, task=task)


def undo_submission_button(submission_id: int) -> Buttons:
    return [[(UNDO, UndoSubmission(submission_id))]]


async def undo_pressed(update: Update, context: BotContext, button: UndoSubmission) -> None:
    """A submission undone: the version before it accepted again, or none; the task's status
    before it back when it had marked the task sent."""
    caller = await context.caller(update)
    done = await context.services.run(submission_undo.undo_submission, caller, button.submission)
    if isinstance(done, Refusal):
        await reply(update, context, done.reason)
        return
    await reply(update, context, undone_text(done))


def undone_text(done: SubmissionUndone) -> str:
    lines = [
        f"↩️ Đã hoàn tác lần nộp {done.version} {esc(done.form)} của {esc(done.agency)} "
        f"({done.at_text}) cho {titled_key(done.key, done.title)}."
    ]
    kept = done.restored
    if kept is not None:
        at = kept.submitted_at.strftime("%H:%M %d/%m/%Y")
        lines.append(f"Bản được tính lại: lần nộp {kept.version} ({at}): {esc(kept.summary)}.")
    else:
        lines.append(f"Không còn bản nào được tính: {esc(done.form)} coi như chưa nộp.")
    if done.status is not None:
        lines.append(f"Trạng thái nhiệm vụ: {quote(done.status, title=done.title)}")
    if done.missing:
        lines.append("Còn thiếu: " + ", ".join(esc(f.name) for f in done.missing) + ".")
    if done.synced is not None and done.synced.any:
        lines.append(synced_line(done.synced, undone=True))
    if done.behalf and done.status is None:  # a status quoted says so itself
        lines.append(f"<i>Do {esc(done.behalf)} hoàn tác thay {esc(done.agency)}.</i>")
    return "\n".join(lines)
