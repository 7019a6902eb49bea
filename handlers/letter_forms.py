"""A letter's own blank form ("Mẫu số 01 kèm theo"): the coordinator attaches the file to its task
(a document with the caption `/mautrong <nhiệm vụ>`), quoted back with "Hoàn tác"; the units get
it from /baocao (usecases/letter_forms.py)."""

from __future__ import annotations

from telegram import Update
from telegram.error import TelegramError

from handlers.buttons import GetBlankForm, UndoBlankForm
from handlers.common import Buttons, reply, send_file
from handlers.context import BotContext
from knowledge.messages.markup import key_tag
from knowledge.render.answers import esc
from usecases import letter_forms
from usecases.letter_forms import COMMAND, USAGE, FormAttached, FormDetached, OfferedForm
from usecases.results import Refusal

UNDO = "Hoàn tác"


def is_attach(caption: str) -> bool:
    """A document's caption that attaches it as a task's blank form."""
    return caption.strip().split(" ")[0].split("@")[0].lower() == COMMAND


async def mautrong(update: Update, context: BotContext) -> None:
    """`/mautrong` typed without a file: how to attach one, and the forms attached so far."""
    caller = await context.caller(update)
    offered = await context.services.run(letter_forms.blank_forms_for, caller)
    lines = [USAGE]
    if offered:
        lines.append("Mẫu trống đang dùng:")
        lines += [_line(f) for f in offered]
    await reply(update, context, "\n".join(lines), form_buttons(offered))


def _line(f: OfferedForm) -> str:
    form = f" ({esc(f.task.form)})" if f.task.form else ""
    return f"• {key_tag(f.task.id)}{form}: {esc(f.form.file_name)}"


def reminder_forms(offered: tuple[OfferedForm, ...], group: bool) -> tuple[str, Buttons | None]:
    """What a reminder of tasks with a blank form adds: a line naming each form, and in a
    private chat its download button (the same file as /baocao's); a group is pointed to
    /baocao, whose file buttons work in the private chat only."""
    if not offered:
        return "", None
    named = "; ".join(f"{esc(f.task.form or 'Mẫu')} {key_tag(f.task.id)}" for f in offered)
    where = "tải ở /baocao (chat riêng với bot)" if group else "tải bằng nút dưới hoặc ở /baocao"
    return f"\n📎 Mẫu trống: {named} — {where}.", None if group else form_buttons(offered)


def form_buttons(offered: tuple[OfferedForm, ...]) -> Buttons:
    """One button a task's blank form: "Mẫu số 01 — tq-2021-08-20"."""
    return [
        [(f"{f.task.form or 'Mẫu'} — {f.task.id}"[:60], GetBlankForm(f.form.id))] for f in offered
    ]


async def attach(update: Update, context: BotContext) -> None:
    """The coordinator's document captioned `/mautrong <task>`."""
    message = update.effective_message
    assert message is not None and message.document is not None
    caller = await context.caller(update)
    _, _, arg = (message.caption or "").strip().partition(" ")
    document = message.document
    try:
        file = await context.bot.get_file(document.file_id)
        content = bytes(await file.download_as_bytearray())
    except TelegramError:
        await reply(update, context, "Không tải được tệp từ Telegram. Hãy gửi lại.")
        return
    done = await context.services.run(
        letter_forms.attach_blank_form, caller, arg, document.file_name or "mau", content
    )
    if isinstance(done, Refusal):
        await reply(update, context, done.reason)
        return
    await reply(update, context, attached_text(done), [[(UNDO, UndoBlankForm(done.form.id))]])
    if done.told and context.services.deliver_owed is not None:  # the units' officers, now
        await context.services.deliver_owed()


def attached_text(done: FormAttached) -> str:
    form = f" ({esc(done.task.form)})" if done.task.form else ""
    replaced = (
        f" Thay mẫu trước đó: {esc(done.replaced.file_name)}." if done.replaced is not None else ""
    )
    return (
        f"📎 Đã gắn mẫu trống {esc(done.form.file_name)} cho {key_tag(done.task.id)}{form}."
        f"{replaced}"
        f"\n{done.units} đơn vị phải nộp tải mẫu ở /baocao; đã báo {done.told} cán bộ của các "
        "đơn vị đó. Gắn nhầm? Bấm Hoàn tác trong 10 phút."
    )


async def undo_pressed(update: Update, context: BotContext, button: UndoBlankForm) -> None:
    caller = await context.caller(update)
    done = await context.services.run(letter_forms.undo_blank_form, caller, button.form)
    await show_detached(update, context, done)


async def show_detached(update: Update, context: BotContext, done: FormDetached | Refusal) -> None:
    """A task's blank form taken off (its "Hoàn tác", or /hoantac)."""
    if isinstance(done, Refusal):
        await reply(update, context, done.reason)
        return
    back = (
        f" Mẫu đang dùng lại: {esc(done.back.file_name)}."
        if done.back is not None
        else " Nhiệm vụ chưa có mẫu trống."
    )
    await reply(
        update,
        context,
        f"↩️ Đã bỏ mẫu trống {esc(done.form.file_name)} của {key_tag(done.task.id)}.{back}",
    )


async def form_pressed(update: Update, context: BotContext, button: GetBlankForm) -> None:
    caller = await context.caller(update)
    found = await context.services.run(letter_forms.blank_form_file, caller, button.form)
    if isinstance(found, Refusal):
        await reply(update, context, found.reason)
        return
    name, content = found
    await send_file(update, context, name, content, f"Mẫu trống — {esc(name)}")
