"""/nop: a unit sends a form in the chat, step by step, instead of a filled template.

- `/nop bieu02`: the unit's proposals entered with /dexuat, confirmed as its BIỂU 02;
- `/nop pl1`: four numbers per tier (total, level 2, 3, 4);
- `/nop pl2`, `pl3`, `pl4`: one service a message ("cấp; lĩnh vực; tên; mức[; lý do]"); Phụ lục
  IV starts from the unit's rows reported "không đủ điều kiện", which it keeps, clears or adds to.
Nothing is stored before "✅ Nộp"; the state waits in the chat's prompt, so a restart loses
nothing. The submission is kept as the workbook the template would have been
(usecases/submissions.py).
"""

from __future__ import annotations

from telegram import Update

from handlers.buttons import FormAction, FormStep, PickHandin
from handlers.common import BUTTON_TEXT, Buttons, Row, args_text, reply
from handlers.context import BotContext
from handlers.handed_files import asked as file_asked
from handlers.handins import gone_lines
from handlers.submissions import submitted
from knowledge.calendar.deadlines import fmt_due
from knowledge.messages.markup import plain_key
from knowledge.render.answers import esc, key_tag
from knowledge.render.tracking_text import send_usage, task_label, unit_view
from usecases import form_asides, nop_targets, submissions
from usecases.callers import Caller
from usecases.handed_files import HandinAsked
from usecases.nop_targets import Choices
from usecases.prompts import SubmitPrompt
from usecases.results import Refusal
from usecases.submissions import Form, FormDropped, FormMenu, Submitted, line_text, line_usage
from usecases.submissions import FormStep as Step

MAX_SHOWN = 40
MAX_CHOICES = 8  # tasks (or forms) offered as buttons for `/nop <words>`
USAGE = (
    "Nộp biểu trong chat: <code>/nop bieu02</code>, <code>/nop pl1</code>, <code>/nop pl2</code>, "
    "<code>/nop pl3</code>, <code>/nop pl4</code>. Hoặc tải mẫu ở /baocao → “Mẫu …”, điền rồi gửi "
    "lại tệp. Nhiệm vụ có biểu mẫu bot chưa có mẫu (Mẫu số 01…): <code>/nop &lt;mã nhiệm "
    "vụ&gt;</code> rồi gửi tệp .xlsx, .docx hoặc .pdf."
)
ADMIN_OWES_NOTHING = (
    "Quản trị viên không nộp biểu thay đơn vị; tình hình nộp: /nopbai tinh. Tệp đơn vị gửi qua "
    "e-mail hoặc bản giấy: <code>/nop &lt;nhiệm vụ&gt; &lt;đơn vị&gt;</code> rồi gửi tệp (ghi "
    "thay)."
)
NOTHING_OWED = "Không còn biểu mẫu nào phải nộp."


async def nop(update: Update, context: BotContext) -> None:
    caller = await context.caller(update)
    started = await context.services.run(nop_targets.start, caller, args_text(context))
    await begun(update, context, started)


async def pick_pressed(update: Update, context: BotContext, button: PickHandin) -> None:
    caller = await context.caller(update)
    started = await context.services.run(nop_targets.pick, caller, button.task, button.form)
    await begun(update, context, started)


async def begun(update: Update, context: BotContext, started: nop_targets.Started) -> None:
    """What `/nop <what>` started: a file awaited, a form, or the tasks to choose from."""
    if isinstance(started, HandinAsked):
        await file_asked(update, context, started)
    elif isinstance(started, Choices):
        await reply(update, context, choices_text(started), choice_buttons(started))
    else:
        await show(update, context, started)


def choices_text(choices: Choices) -> str:
    forms = all(o.form for o in choices.options)
    head = (
        "Nhiệm vụ này có nhiều biểu mẫu. Nộp biểu nào?"
        if forms
        else f"«{esc(choices.typed[:60])}» khớp {len(choices.options)} nhiệm vụ. Nộp cho nhiệm "
        "vụ nào?"
    )
    lines = [head]
    for option in choices.options[:MAX_CHOICES]:
        when = f" — hạn {fmt_due(option.due)}" if option.due else ""
        label = option.form_name if option.form else task_label(option.task)
        lines.append(f"📌 {key_tag(option.key)} {esc(label)}{esc(when)}")
    lines.append("Bấm một nút bên dưới; không bấm thì không có gì thay đổi.")
    return "\n".join(lines)


def choice_buttons(choices: Choices) -> Buttons:
    """One button an option, labelled with the form, or the task's key and label."""
    return [
        [(_label(o)[:BUTTON_TEXT], PickHandin(o.key, o.form))]
        for o in choices.options[:MAX_CHOICES]
    ]


def _label(option: nop_targets.Option) -> str:
    if option.form:
        return option.form_name
    return f"{plain_key(option.key)} · {task_label(option.task, option.key)}"


async def show(
    update: Update,
    context: BotContext,
    result: FormMenu | Step | FormDropped | Submitted | Refusal,
) -> None:
    if isinstance(result, Refusal):
        await reply(update, context, result.reason)
    elif isinstance(result, FormMenu):
        owed = result.owed
        if owed is None:
            text = ADMIN_OWES_NOTHING + "\n\n" + USAGE
        else:
            # how to send what this unit still owes: its forms in the chat, its files as files
            usage = send_usage(owed.province, owed.tracked) or NOTHING_OWED
            view = unit_view(owed.province, owed.unit or "", owed.tracked, owed.today, hint=False)
            text = view + "\n\n" + usage + gone_lines(owed)
        unknown = f"Không có biểu «{esc(result.unknown[:40])}». " if result.unknown else ""
        kept = "".join(
            f"\n📝 Việc {esc(k.what)} còn dở ({esc(k.typed)} bạn đã gõ, chưa tính là đã nộp): "
            f"gõ <code>{esc(k.command)}</code> để tiếp tục."
            for k in result.drafts
        )
        await reply(update, context, unknown + text + kept)
    elif isinstance(result, Step):
        await ask(update, context, result)
    elif isinstance(result, FormDropped):
        await reply(update, context, f"Đã hủy, chưa nộp {esc(result.form.name)}.")
    else:
        await submitted(update, context, result)


STILL_OPEN = "📝 Biểu đang nộp vẫn mở, các số liệu đã nhập vẫn giữ nguyên."


async def ask(update: Update, context: BotContext, step: Step, lead: str = "") -> None:
    """The form's next step (`lead`: a line said first, why it is asked again)."""
    form, prompt = step.form, step.prompt
    lead = "\n".join(part for part in (lead, taken_up(step)) if part)
    lead = f"{lead}\n" if lead else ""
    send = ("✅ Nộp", FormStep(FormAction.SUBMIT))
    drop = ("Hủy", FormStep(FormAction.DROP))
    # a counts form taken up from its draft: started again by a press, as a list's "Xóa hết"
    again: Row = [("🔄 Làm lại từ đầu", FormStep(FormAction.CLEAR))] if step.resumed else []
    if form.shape == "counts":
        tiers = submissions.TIERS
        done = len(prompt.counts)
        if done < len(tiers):
            await reply(
                update,
                context,
                f"{lead}({done + 1}/3) {esc(form.name)} — <b>{tiers[done][2]}</b>: gõ 4 số cách "
                "nhau bằng dấu cách: tổng số TTHC, mức độ 2, mức độ 3, mức độ 4 "
                "(ví dụ <code>120 30 50 40</code>). /huy để dừng.",
                [[("Không có", FormStep(FormAction.NONE)), *again]],
            )
            return
        await reply(
            update,
            context,
            f"{lead}{esc(form.name)} của {esc(prompt.agency)}: {esc(step.held)}.\nNộp như trên?",
            [[send, drop], *([again] if again else [])],
        )
        return
    lines = prompt.lines
    shown = [f"{i}. {line_text(form, line)}" for i, line in enumerate(lines[:MAX_SHOWN], 1)]
    if len(lines) > MAX_SHOWN:
        shown.append(f"… và {len(lines) - MAX_SHOWN} dòng nữa.")
    head = f"<b>{esc(form.name)} của {esc(prompt.agency)}</b>: " + (
        f"{len(lines)} dòng" if lines else "chưa có dòng nào"
    )
    how = _how(form, len(lines), step.finished)
    buttons: Buttons = [[send, drop]]
    if lines and form.code != "bieu02":
        buttons.append(
            [
                ("↩️ Xóa dòng cuối", FormStep(FormAction.POP)),
                ("Xóa hết", FormStep(FormAction.CLEAR)),
            ]
        )
    await reply(update, context, lead + "\n".join([head, *shown, how]), buttons)


def taken_up(step: Step) -> str:
    """Why the form shows what it holds: the form still open, or its draft taken up again."""
    if step.reopened:
        return STILL_OPEN
    resumed = step.resumed
    if resumed is None:
        return ""
    again = "🔄 Làm lại từ đầu" if step.form.shape == "counts" else "Xóa hết"
    return (
        f"📝 Tiếp tục bản nháp {esc(step.form.name)} lưu lúc "
        f"{resumed.saved_at.strftime('%H:%M %d/%m/%Y')}: {esc(resumed.typed)} bạn đã gõ. "
        f"Làm lại từ đầu: bấm {again}."
    )


def _how(form: Form, lines: int, finished: bool) -> str:
    """What to do next with a list form: type more lines, or (`finished`: "xong" typed) press."""
    if form.code == "bieu02":
        return "Bấm Nộp để nộp các đề xuất trên (sửa bằng /dexuat)."
    if finished:
        what = f"nộp {lines} dòng trên" if lines else "báo không có dịch vụ nào"
        return f"Bấm ✅ Nộp để {what}, hoặc Hủy. Chưa bấm thì chưa có gì được nộp."
    return (
        f"Gõ thêm mỗi tin nhắn một dịch vụ: <i>{esc(line_usage(form.code))}</i>. "
        "Xong thì bấm Nộp (không có dịch vụ nào: bấm Nộp ngay)."
    )


async def take_text(
    update: Update, context: BotContext, caller: Caller, prompt: SubmitPrompt
) -> None:
    text = update.effective_message.text or "" if update.effective_message else ""
    result, said = await context.services.run(form_asides.form_text, caller, prompt, text)
    if said and isinstance(result, Step):
        await ask(update, context, result, said)
        return
    await show(update, context, result)


async def step_button(update: Update, context: BotContext, button: FormStep) -> None:
    caller = await context.caller(update)
    prompt = caller.waiting.prompt if caller.waiting else None
    if not isinstance(prompt, SubmitPrompt):
        await reply(update, context, "Nút này không còn hợp lệ. " + USAGE)
        return
    result = await context.services.run(
        submissions.form_button, caller, prompt, button.action.value
    )
    await show(update, context, result)
