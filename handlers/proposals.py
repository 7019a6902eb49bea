"""/dexuat in chat: an officer proposes additional services for their agency (BIỂU 02), step by
step, and edits or withdraws them before the deadline; admins see every proposal. Every change is
logged; an edit is quoted back field by field with a "Hoàn tác" button.

The conversation state waits in the chat's prompt (usecases/prompts.py), so a restart in the
middle loses nothing. What is allowed and saved is usecases/proposals.py's.
"""

from __future__ import annotations

from telegram import Update

from handlers.buttons import (
    ChangeProposal,
    EditProposal,
    NewProposal,
    ProposalStep,
    RestoreProposal,
    UndoProposal,
    WithdrawProposal,
)
from handlers.common import Buttons, args_text, reply
from handlers.context import BotContext
from knowledge.calendar.deadlines import fmt_date
from knowledge.language.text import fold
from knowledge.messages.refusals import WINDOW_MINUTES
from knowledge.render.answers import esc
from knowledge.render.proposal_text import LABELS, quote, sent_differs, shown
from usecases import proposals
from usecases.callers import Caller
from usecases.prompts import ProposalPrompt
from usecases.proposals import (
    FIELD_BUTTON,
    PICK,
    QUARTERS,
    RESTART,
    RESUME,
    STEPS,
    TIERS,
    Action,
    AgencyProposals,
    AskStep,
    Created,
    Edited,
    GoOnOrRestart,
    LoggedChange,
    Moved,
    ProposalState,
    Reverted,
    SentDiffers,
)
from usecases.results import UNCHANGED, Refusal

UNDO = "Hoàn tác"
REDO = "↪️ Làm lại"
PROMPTS = {
    "name": "Tên dịch vụ công/TTHC đề xuất tích hợp, cung cấp trên Cổng DVC Quốc gia?",
    "sector": "Lĩnh vực của dịch vụ (ví dụ: Xây dựng, Hộ tịch)?",
    "tier": "Dịch vụ thuộc cấp nào?",
    "level": "Mức độ đang thực hiện?",
    "lead": "Cơ quan chủ trì? Bấm nút, hoặc gõ tên cơ quan khác.",
    "coordinate": "Cơ quan phối hợp? Gõ tên, cách nhau bằng dấu phẩy, hoặc bấm “Không có”.",
    "quarter": "Thời gian thực hiện (hoàn thành)?",
    "note": "Ghi chú? Gõ nội dung, hoặc bấm “Bỏ qua”.",
}


def summary(p: dict | object, with_id: bool = True) -> str:
    get = (lambda k: p.get(k)) if isinstance(p, dict) else (lambda k: getattr(p, k))
    coordinate = get("coordinate") or ()
    head = f"<b>#{get('id')}</b> " if with_id and get("id") else ""
    lines = [
        f"{head}{esc(get('name'))}",
        f"  {esc(TIERS.get(str(get('tier')), ''))} · lĩnh vực: {esc(get('sector') or '—')} · mức "
        f"{get('level')}",
        f"  Chủ trì: {esc(get('lead'))} · phối hợp: {esc(', '.join(coordinate) or '—')}",
        f"  Thời gian: {esc(get('quarter'))}"
        + (f" · ghi chú: {esc(get('note'))}" if get("note") else ""),
    ]
    return "\n".join(lines)


async def dexuat(update: Update, context: BotContext) -> None:
    chat = update.effective_chat
    if chat is None or chat.type != "private":
        await reply(update, context, "Hãy đề xuất trong tin nhắn riêng với bot.")
        return
    caller = await context.caller(update)
    typed = args_text(context)
    if typed.lower() in ("tatca", "tất cả", "tat ca", "all"):
        await list_all(update, context, caller)
        return
    waiting = caller.waiting.prompt if caller.waiting else None
    # one begun (not the list's wait for a name), or kept when a command ended it: go on with
    # it, or start again?
    if (isinstance(waiting, ProposalPrompt) and not waiting.listed) or caller.agency:
        asked = await context.services.run(proposals.interrupted, caller, typed)
        if asked is not None:
            await go_on_or_restart(update, context, asked)
            return
    if fold(typed) not in ("", "them", "moi", "them moi"):
        # "/dexuat cấp phép xây dựng …": a new proposal of that name, its next field asked
        started = await context.services.run(proposals.start_proposal, caller, typed)
        await show(update, context, started)
        return
    if typed:  # "/dexuat thêm": the first field asked
        await show(update, context, await context.services.run(proposals.start_proposal, caller))
        return
    result = await context.services.run(proposals.own_proposals, caller)
    if isinstance(result, Refusal):
        await reply(update, context, result.reason)
        return
    await show_own(update, context, result)


async def go_on_or_restart(update: Update, context: BotContext, asked: GoOnOrRestart) -> None:
    prompt = asked.prompt
    name = prompt.data.get("name")
    if prompt.id:
        where = LABELS.get(prompt.step, "chọn mục cần sửa")
        what = f"sửa dở đề xuất #{prompt.id} (mục {esc(where)})"
    else:
        what = (
            "nhập dở một đề xuất"
            + (f" «{esc(name)}»" if name else "")
            + f": đã trả lời {asked.answered}/{len(STEPS)} bước, đang ở bước "
            f"{asked.answered + 1} ({esc(LABELS[prompt.step])})"
        )
    await reply(
        update,
        context,
        f"Bạn đang {what}. Tiếp tục, hay bỏ phần đã nhập và bắt đầu lại?",
        [[("▶️ Tiếp tục", ProposalStep(RESUME)), ("🔄 Bắt đầu lại", ProposalStep(RESTART))]],
    )


async def show_own(update: Update, context: BotContext, own: AgencyProposals) -> None:
    due = f" (hạn nộp {fmt_date(own.due)})" if own.due else ""
    lines = [f"<b>Đề xuất của {esc(own.agency)}</b>{due}"] + (
        [summary(p) for p in own.proposals] or ["Chưa có đề xuất nào."]
    )
    lines += differs_line(own.differs)
    if own.closed:  # nothing may be added, edited or withdrawn: no button that is refused
        lines.append(f"\n🔒 {own.closed}")
        await reply(update, context, "\n".join(lines))
        return
    buttons: Buttons = [
        [
            (f"✏️ Sửa #{p.id}", EditProposal(p.id)),
            (f"🗑 Rút #{p.id}", WithdrawProposal(p.id)),
        ]
        for p in own.proposals[:20]
    ]
    buttons.append([("➕ Đề xuất dịch vụ mới", NewProposal())])
    if own.opens:  # the chat waits for a name: typing it is the first step, as /dexuat <tên>
        lines.append(
            "\nĐề xuất mới: bấm ➕, hoặc gõ luôn tên dịch vụ (như <code>/dexuat &lt;tên dịch "
            "vụ&gt;</code>)."
        )
    await reply(update, context, "\n".join(lines), buttons)


async def list_all(update: Update, context: BotContext, caller: Caller) -> None:
    result = await context.services.run(proposals.every_proposal, caller)
    if isinstance(result, Refusal):
        await reply(update, context, result.reason)
        return
    every = result.proposals
    if not every:
        await reply(update, context, "Chưa có đề xuất nào.")
        return
    active = sum(p.state == ProposalState.ACTIVE for p in every)
    lines = [f"<b>Mọi đề xuất ({active} còn hiệu lực)</b>"]
    agency = None
    for p in every:
        if p.agency != agency:
            agency = p.agency
            lines.append(f"\n<b>{esc(agency)}</b>")
        lines.append(
            summary(p) + (" — <i>đã rút</i>" if p.state == ProposalState.WITHDRAWN else "")
        )
    lines.append("\nTải BIỂU 02: /baocao")
    await reply(update, context, "\n".join(lines))


async def new_pressed(update: Update, context: BotContext, button: NewProposal) -> None:
    caller = await context.caller(update)
    await show(update, context, await context.services.run(proposals.start_proposal, caller))


async def change_pressed(update: Update, context: BotContext, button: ChangeProposal) -> None:
    """✏️ Sửa, 🗑 Rút, Khôi phục, and the Hoàn tác of a new proposal (which withdraws it)."""
    caller = await context.caller(update)
    result = await context.services.run(
        proposals.change_proposal, caller, button.action, button.proposal
    )
    await show(update, context, result)


def differs_line(differs: SentDiffers | None) -> list[str]:
    return [sent_differs(differs.version, differs.at, differs.due)] if differs else []


async def show(
    update: Update,
    context: BotContext,
    result: AskStep | Created | Edited | Moved | Reverted | Refusal,
) -> None:
    if isinstance(result, Refusal):
        await reply(update, context, result.reason)
    elif isinstance(result, AskStep):
        await ask_step(update, context, result)
    elif isinstance(result, Created):
        saved = result.proposal
        # A new proposal is undone by withdrawing it (kept, restorable): its "Rút" button.
        await reply(
            update,
            context,
            "\n".join(
                [
                    f"✅ Đã ghi đề xuất:\n{summary(saved)}",
                    *differs_line(result.differs),
                    "Xem lại: /dexuat · Tải BIỂU 02: /baocao",
                ]
            ),
            [[(UNDO, WithdrawProposal(saved.id))]],
        )
    elif isinstance(result, Edited):
        saved = result.proposal
        if result.change is None:
            await reply(
                update,
                context,
                f"Đề xuất #{saved.id} ({esc(saved.name)}) giữ nguyên mọi mục. {UNCHANGED}",
            )
            return
        await reply(
            update,
            context,
            f"✅ Đã sửa đề xuất #{saved.id}: {esc(saved.name)}\n{quote(result.change)}\n"
            f"<i>Sửa nhầm? Bấm Hoàn tác trong {WINDOW_MINUTES} phút.</i> Xem lại: /dexuat"
            + "".join("\n" + x for x in differs_line(result.differs)),
            undo_button(result.change),
        )
    elif isinstance(result, Moved):
        done = result.proposal
        if result.action == Action.WITHDRAW:
            verb, label = "Đã rút", "Khôi phục"
            again: ChangeProposal = RestoreProposal(done.id)
        else:
            verb, label, again = "Đã khôi phục", "Rút lại", WithdrawProposal(done.id)
        text = "\n".join(
            [f"{verb} đề xuất #{done.id}: {esc(done.name)}.", *differs_line(result.differs)]
        )
        await reply(update, context, text, [[(label, again)]])
    else:
        saved = result.proposal
        # an undo's button makes the edit again: "↪️ Làm lại", never a second "Hoàn tác"
        head = "↪️ Đã sửa lại" if result.redone else "↩️ Đã hoàn tác lần sửa"
        label = UNDO if result.redone else REDO
        await reply(
            update,
            context,
            f"{head} đề xuất #{saved.id}: {esc(saved.name)}\n"
            f"{quote(result.change)}" + "".join("\n" + x for x in differs_line(result.differs)),
            [[(label, UndoProposal(result.change.id))]],
        )


async def ask_step(update: Update, context: BotContext, asked: AskStep, lead: str = "") -> None:
    if asked.complaint:
        await reply(update, context, asked.complaint + " /huy để dừng.")
        return
    prompt = asked.prompt
    step = prompt.step
    if step == PICK:
        await ask_field(update, context, prompt)
        return
    buttons: Buttons = []
    if step == "tier":
        buttons = [[(label, ProposalStep(code)) for code, label in TIERS.items()]]
    elif step == "level":
        buttons = [[("Mức 3", ProposalStep("3")), ("Mức 4", ProposalStep("4"))]]
    elif step == "lead":
        buttons = [[(prompt.agency[:60], ProposalStep("me"))]]
    elif step == "coordinate":
        buttons = [[("Không có", ProposalStep("none"))]]
    elif step == "quarter":
        buttons = [[(label, ProposalStep(code)) for code, label in QUARTERS.items()]]
    elif step in ("sector", "note"):
        buttons = [[("Bỏ qua", ProposalStep("skip"))]]
    if prompt.id:  # an edit: the one field chosen, its value now
        buttons.append([("Giữ nguyên", ProposalStep("keep"))])
        head = f"Sửa đề xuất #{prompt.id} — mục <b>{esc(LABELS[step])}</b>"
        text = f"{head}\n{PROMPTS[step]}\nHiện tại: {shown(step, prompt.data.get(step))}"
        await reply(update, context, f"{text}\n/huy để dừng.", buttons)
        return
    number = STEPS.index(step) + 1
    name = prompt.data.get("name")
    # the name typed after /dexuat, quoted back at the next step
    taken = f"Tên dịch vụ: <i>{esc(name)}</i>\n" if step == STEPS[1] and name else ""
    text = PROMPTS[step]
    await reply(
        update, context, f"{lead}{taken}({number}/{len(STEPS)}) {text}\n/huy để dừng.", buttons
    )


async def ask_field(update: Update, context: BotContext, prompt: ProposalPrompt) -> None:
    """An edit's first question: which field, each button with its value now."""
    lines = [f"Sửa đề xuất #{prompt.id}: <b>{esc(prompt.data.get('name'))}</b>. Sửa mục nào?"]
    lines += [f"• {esc(LABELS[f])}: {shown(f, prompt.data.get(f))}" for f in STEPS]
    lines.append("Bấm nút, hoặc gõ giá trị mới (mức 4, quý 3, cấp huyện). /huy để dừng.")
    buttons: Buttons = [
        [(LABELS[f], ProposalStep(FIELD_BUTTON + f)) for f in STEPS[i : i + 4]]
        for i in range(0, len(STEPS), 4)
    ]
    await reply(update, context, "\n".join(lines), buttons)


def undo_button(change: LoggedChange) -> Buttons:
    return [[(UNDO, UndoProposal(change.id))]]


async def undo_pressed(update: Update, context: BotContext, button: UndoProposal) -> None:
    caller = await context.caller(update)
    await show(
        update, context, await context.services.run(proposals.undo_edit, caller, button.change)
    )


async def take_text(
    update: Update, context: BotContext, caller: Caller, prompt: ProposalPrompt
) -> None:
    text = update.effective_message.text or "" if update.effective_message else ""
    result = await context.services.run(proposals.answer_step, caller, prompt, text)
    if prompt.listed and isinstance(result, AskStep) and not result.complaint:
        # the name typed after /dexuat's list: said what it was taken as, and how to stop
        await ask_step(update, context, result, "➕ Đề xuất dịch vụ mới của đơn vị.\n")
        return
    await show(update, context, result)


async def step_button(update: Update, context: BotContext, button: ProposalStep) -> None:
    caller = await context.caller(update)
    prompt = caller.waiting.prompt if caller.waiting else None
    if not isinstance(prompt, ProposalPrompt):
        await reply(update, context, "Nút này không còn hợp lệ. Gõ /dexuat để bắt đầu lại.")
        return
    result = await context.services.run(proposals.answer_step, caller, prompt, button.value)
    await show(update, context, result)
