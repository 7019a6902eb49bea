"""/congvan (admins): every letter the tasks in force come from — the start-up (seed) letters and
those published in chat — with their tasks, and what the coordinator does with them: end or
reopen the tracking of a letter or a task ("Kết thúc theo dõi", `/ketthuc`, `/molai`), withdraw a
published letter, and the versions' history with a rollback ("/congvan lichsu"). Each act is
shown first and done on a pressed confirmation, quoted back with "Hoàn tác" (10 minutes). The
rules are usecases/task_ends.py's and usecases/publishing.py's.
"""

from __future__ import annotations

from telegram import Update

from handlers.buttons import (
    AskEnd,
    AskReopen,
    AskRollback,
    ConfirmEnd,
    ConfirmReopen,
    ConfirmRollback,
    ConfirmWithdraw,
    LetterHistory,
    ShowDraft,
    UndoLetters,
    WithdrawLetter,
)
from handlers.common import Buttons, Row, args_text, reply
from handlers.context import BotContext
from handlers.letters import (
    UNDO,
    deliver_moves,
    restored_text,
    tell_units,
    with_told,
    withdrawn_text,
)
from knowledge.calendar.deadlines import fmt_date
from knowledge.letters.publish import SOURCE_PREFIX, document_of
from knowledge.messages.markup import plain_key
from knowledge.messages.refusals import WINDOW_MINUTES
from knowledge.render.answers import clip, esc, key_tag
from knowledge.render.letter_versions import version_lines
from knowledge.render.task_end_text import (
    END_EFFECT,
    NOTHING_TO_END,
    NOTHING_TO_REOPEN,
    REOPEN_EFFECT,
    changed_head,
    end_counts,
    later_periods,
)
from knowledge.render.task_names import task_head
from usecases import end_notices, letter_withdrawals, publishing, restored_told, task_ends
from usecases.letter_withdrawals import StaleList, WithdrawPlan
from usecases.publishing import InForce, LetterWithdrawn
from usecases.results import Refusal
from usecases.task_ends import EndItem, EndPlan, Task, TrackingChanged

PER_ROW = 3  # a letter's task buttons in a row
HISTORY_SHOWN = 8  # the latest versions offered for a rollback
HISTORY_WORDS = ("lichsu", "lịchsử", "history")


async def congvan(update: Update, context: BotContext) -> None:
    """/congvan: the letters and their tasks; `/congvan lichsu`: the versions."""
    if args_text(context).lower().replace(" ", "") in HISTORY_WORDS:
        await _history(update, context)
        return
    caller = await context.caller(update)
    found = await context.services.run(publishing.in_force, caller)
    if isinstance(found, Refusal):
        await reply(update, context, found.reason)
        return
    await reply(update, context, *in_force_view(found))


def _task_line(task: Task) -> str:
    ended = f" — ⏹ đã kết thúc theo dõi {fmt_date(task.ended)}" if task.ended else ""
    # a task whose date moved: its title first, its id after as its code (ux22 #9)
    head = task_head(task, task.id, esc(clip(task.title, 70)))
    return f"   📌 {head} — {esc(task.deadline_text)}{ended}"


def in_force_view(found: InForce) -> tuple[str, Buttons]:
    head = f"<b>Công văn đang theo dõi</b> (phiên bản {found.number})"
    # drafts left for another command are reached again from here, not by scrolling up
    drafts: Buttons = [
        [(f"Bản nháp: {name[:40]}", ShowDraft(letter))] for letter, name in found.drafts
    ]
    waiting = f"\n{len(found.drafts)} bản nháp đang chờ kiểm tra, công bố." if drafts else ""
    lines = [head]
    buttons: Buttons = []
    for n, letter in enumerate(found.tracked, start=1):
        kind = " <i>(công văn khởi tạo, nạp khi bot khởi động)</i>" if letter.seed else ""
        lines.append(f"{n}. {esc(letter.title)}{kind}")
        lines += [_task_line(t) for t in letter.tasks]
        row: Row = []
        if any(t.ended is None for t in letter.tasks):
            row.append((f"⏹ Kết thúc {n}", AskEnd(letter.key)))
        if any(t.ended is not None for t in letter.tasks):
            row.append((f"▶️ Mở lại {n}", AskReopen(letter.key)))
        if not letter.seed:
            withdraw = WithdrawLetter(int(letter.key.partition("-")[2]), found.number)
            row.append((f"🗑 Thu hồi {n}", withdraw))
        buttons.append(row)
        if len(letter.tasks) > 1:
            each: Row = [
                (f"⏹ {t.id}", AskEnd(t.id)) if t.ended is None else (f"▶️ {t.id}", AskReopen(t.id))
                for t in letter.tasks
            ]
            buttons += [each[i : i + PER_ROW] for i in range(0, len(each), PER_ROW)]
    # an extension letter has no task of its own: listed by the deadlines it moved, to withdraw
    tracked = {letter.key for letter in found.tracked}
    n = len(found.tracked)
    for published in found.letters:
        if f"{SOURCE_PREFIX}{published.id}" in tracked:
            continue
        n += 1
        lines.append(f"{n}. {esc(document_of(published).title)}")
        lines += [
            f"   🗓 gia hạn {key_tag(task.extends)} đến {esc(task.deadline_text)}"
            for _, task in published.tasks
            if task.extends
        ]
        buttons.append([(f"🗑 Thu hồi {n}", WithdrawLetter(published.id, found.number))])
    if not found.tracked:
        lines.append("Chưa có công văn nào. Gửi tệp công văn (.docx, .pdf, .txt) cho bot.")
    lines.append(
        "Kết thúc theo dõi: <code>/ketthuc &lt;mã nhiệm vụ | số công văn&gt;</code>, mở lại: "
        "<code>/molai …</code>. Đổi hạn: "
        "<code>/doihan &lt;mã nhiệm vụ&gt; &lt;hạn mới&gt;</code>. "
        "Lịch sử, quay lại phiên bản cũ: /congvan lichsu."
    )
    buttons.append([("🕘 Lịch sử phiên bản", LetterHistory())])
    return "\n".join(lines) + waiting, buttons + drafts


# -- ending and reopening ---------------------------------------------------------------------
async def ketthuc(update: Update, context: BotContext) -> None:
    """/ketthuc <task | letter>: what would end, with the confirmation button."""
    caller = await context.caller(update)
    plan = await context.services.run(task_ends.plan_end, caller, args_text(context))
    await _show_plan(update, context, plan)


async def molai(update: Update, context: BotContext) -> None:
    """/molai <task | letter>: what would be tracked again, with the confirmation button."""
    caller = await context.caller(update)
    plan = await context.services.run(task_ends.plan_reopen, caller, args_text(context))
    await _show_plan(update, context, plan)


async def ask_end_pressed(update: Update, context: BotContext, button: AskEnd) -> None:
    caller = await context.caller(update)
    plan = await context.services.run(task_ends.plan_end, caller, button.target)
    await _show_plan(update, context, plan)


async def ask_reopen_pressed(update: Update, context: BotContext, button: AskReopen) -> None:
    caller = await context.caller(update)
    plan = await context.services.run(task_ends.plan_reopen, caller, button.target)
    await _show_plan(update, context, plan)


def _item_line(item: EndItem) -> str:
    ended = f" — ⏹ đã kết thúc theo dõi {fmt_date(item.ended)}" if item.ended else ""
    period = f" — {esc(item.period)}" if item.period else ""
    return (
        f"• 📌 {key_tag(item.id)} {esc(clip(item.title, 80))}{period} — {esc(item.deadline)} — "
        f"{end_counts(item.counts, item.units, item.periods)}{ended}"
    )


def _later_lines(plan: EndPlan) -> list[str]:
    """A recurring task ended whole stops its later periods: said, with the one period's key."""
    return [later_periods(i.id, i.later, i.one) for i in plan.pending if i.later and i.one]


async def _show_plan(update: Update, context: BotContext, plan: EndPlan | Refusal) -> None:
    if isinstance(plan, Refusal):
        await reply(update, context, plan.reason)
        return
    lines = [f"<b>{'Mở lại' if plan.reopen else 'Kết thúc'} theo dõi {esc(plan.title)}</b>"]
    lines += [_item_line(i) for i in plan.items]
    if not plan.pending:
        lines.append(NOTHING_TO_REOPEN if plan.reopen else NOTHING_TO_END)
        await reply(update, context, "\n".join(lines))
        return
    if plan.reopen:
        lines.append(f"{REOPEN_EFFECT} Bấm để xác nhận.")
        press: Buttons = [[("▶️ Mở lại theo dõi", ConfirmReopen(plan.target))]]
    else:
        lines += _later_lines(plan)
        lines.append(f"{END_EFFECT} Bấm để xác nhận.")
        press = [[("⏹ Kết thúc theo dõi", ConfirmEnd(plan.target))]]
    await reply(update, context, "\n".join(lines), press)


async def confirm_end_pressed(update: Update, context: BotContext, button: ConfirmEnd) -> None:
    caller = await context.caller(update)
    done = await context.services.run(task_ends.end_tracking, caller, button.target)
    await _show_changed(update, context, done)


async def confirm_reopen_pressed(
    update: Update, context: BotContext, button: ConfirmReopen
) -> None:
    caller = await context.caller(update)
    done = await context.services.run(task_ends.reopen_tracking, caller, button.target)
    await _show_changed(update, context, done)


async def _show_changed(
    update: Update, context: BotContext, done: TrackingChanged | Refusal
) -> None:
    if isinstance(done, Refusal):
        await reply(update, context, done.reason)
        return
    head = changed_head(done.title, done.number, done.reopen, done.day)
    lines = [head, *(_item_line(i) for i in done.items)]
    if done.announced is not None:  # the units that had not sent it are told, as of a letter
        lines.append(await context.services.run(end_notices.tell_now, done.announced))
    again = "/molai" if not done.reopen else "/ketthuc"
    ids = " ".join(plain_key(i.id) for i in done.items[:1])
    lines.append(
        f"Đổi ý sau {WINDOW_MINUTES} phút: <code>{again} {esc(ids)}</code> hoặc /congvan."
    )
    await reply(update, context, "\n".join(lines), [[(UNDO, UndoLetters(done.number))]])


# -- withdrawing a published letter -----------------------------------------------------------
async def ask_withdraw_pressed(
    update: Update, context: BotContext, button: WithdrawLetter
) -> None:
    """ "🗑 Thu hồi": what the withdrawal would do, and its confirmation (as an end's)."""
    caller = await context.caller(update)
    plan = await context.services.run(
        letter_withdrawals.plan_withdraw, caller, button.letter, button.current
    )
    if not isinstance(plan, WithdrawPlan):
        await _withdraw_refused(update, context, plan)
        return
    lines = [f"<b>Thu hồi {esc(plan.title)}</b>"]
    lines += [_item_line(i) for i in plan.items]
    lines.append(
        "Thu hồi: các nhiệm vụ trên thôi được theo dõi, nhắc hạn, thu hồ sơ; cán bộ đã nhận tin "
        f"công văn này (của {plan.units} đơn vị phải thực hiện) được báo công văn đã hủy công "
        f"bố. Trạng thái và hồ sơ đã nộp vẫn giữ; hoàn tác trong {WINDOW_MINUTES} phút. Bấm để "
        "xác nhận."
    )
    press = ConfirmWithdraw(plan.letter, plan.current)
    await reply(update, context, "\n".join(lines), [[("🗑 Thu hồi công văn", press)]])


async def confirm_withdraw_pressed(
    update: Update, context: BotContext, button: ConfirmWithdraw
) -> None:
    caller = await context.caller(update)
    done = await context.services.run(
        letter_withdrawals.confirm_withdraw, caller, button.letter, button.current
    )
    if not isinstance(done, LetterWithdrawn):
        await _withdraw_refused(update, context, done)
        return
    await deliver_moves(context, done.moved)
    told = await tell_units(context, done.announced)
    text = with_told(withdrawn_text(done), told)
    await reply(update, context, text, [[(UNDO, UndoLetters(done.number))]])


async def _withdraw_refused(update: Update, context: BotContext, why: StaleList | Refusal) -> None:
    """Nothing withdrawn: why; a press on an older list, with the list as it is now."""
    if isinstance(why, Refusal):
        await reply(update, context, why.reason)
        return
    text, buttons = in_force_view(why.found)
    head = (
        f"Danh sách bạn bấm là của phiên bản {why.shown}; các công văn nay ở phiên bản "
        f"{why.found.number}. Không có gì thay đổi. Danh sách mới:\n"
    )
    await reply(update, context, head + text, buttons)


# -- the history and a rollback ---------------------------------------------------------------
async def _history(update: Update, context: BotContext) -> None:
    caller = await context.caller(update)
    found = await context.services.run(publishing.in_force, caller)
    if isinstance(found, Refusal):
        await reply(update, context, found.reason)
        return
    lines = [f"<b>Lịch sử công văn</b> (đang dùng phiên bản {found.number})"]
    lines += [esc(line) for line in version_lines(found.versions, found.names, found.number)]
    recent = [v.number for v in found.versions if v.number != found.number][-HISTORY_SHOWN:]
    if found.number != 0:
        recent = [0, *recent] if len(recent) < HISTORY_SHOWN else recent
    row: Row = [(f"↩️ Quay lại {n}", AskRollback(n)) for n in reversed(recent)]
    buttons: Buttons = [row[i : i + 4] for i in range(0, len(row), 4)]
    await reply(update, context, "\n".join(lines), buttons)


async def history_pressed(update: Update, context: BotContext, button: LetterHistory) -> None:
    await _history(update, context)


async def ask_rollback_pressed(update: Update, context: BotContext, button: AskRollback) -> None:
    caller = await context.caller(update)
    found = await context.services.run(publishing.in_force, caller)
    if isinstance(found, Refusal):
        await reply(update, context, found.reason)
        return
    text = (
        f"Quay lại phiên bản {button.version}: các công văn và nhiệm vụ kết thúc theo dõi như ở "
        f"phiên bản đó (thành phiên bản mới {found.number + 1}; không phiên bản nào bị xóa, "
        "trạng thái và hồ sơ đã nộp vẫn giữ). Bấm để xác nhận."
    )
    press = ConfirmRollback(button.version, found.number)
    await reply(update, context, text, [[(f"↩️ Quay lại phiên bản {button.version}", press)]])


async def confirm_rollback_pressed(
    update: Update, context: BotContext, button: ConfirmRollback
) -> None:
    caller = await context.caller(update)
    done = await context.services.run(
        publishing.rollback_chat, caller, button.version, button.current
    )
    if isinstance(done, Refusal):
        await reply(update, context, done.reason)
        return
    told = await context.services.run(restored_told.tell_restored, done)
    text = with_told(restored_text(done), told)
    await reply(update, context, text, [[(UNDO, UndoLetters(done.number))]])
