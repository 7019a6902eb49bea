"""/dexuat: an officer proposes additional services for their agency (BIỂU 02), step by step, and
edits or withdraws them before the deadline; admins see every proposal. Every change is logged;
an edit is quoted back field by field with a "Hoàn tác" button.

The conversation state lives in the pending-input table, so a restart in the middle loses nothing.
The window, who may change which proposal and what each step accepts are
knowledge/rules/proposals.py;
the log and when an edit may be undone, knowledge/rules/proposal_changes.py.
"""

from __future__ import annotations

import json

from telegram import Update

from handlers.common import args_text, reply
from handlers.context import BotContext
from knowledge.calendar.deadlines import fmt_date
from knowledge.language.text import ascii_number
from knowledge.render.answers import esc
from knowledge.rules.decisions import UNCHANGED, Refusal
from knowledge.rules.proposal_changes import LoggedChange, may_undo, newer_change, quote
from knowledge.rules.proposals import (
    QUARTERS,
    STEPS,
    TIERS,
    Action,
    ProposalState,
    accept,
    deadline,
    may_change,
    may_propose,
)

KIND = "proposal"
UNDO = "Hoàn tác"
# what a button after /dexuat or a withdrawal asks for
ACTIONS = {"pe": Action.EDIT, "pw": Action.WITHDRAW, "pr": Action.RESTORE}
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
        f"  {esc(TIERS.get(get('tier'), ''))} · lĩnh vực: {esc(get('sector') or '—')} · mức "
        f"{get('level')}",
        f"  Chủ trì: {esc(get('lead'))} · phối hợp: {esc(', '.join(coordinate) or '—')}",
        f"  Thời gian: {esc(get('quarter'))}"
        + (f" · ghi chú: {esc(get('note'))}" if get("note") else ""),
    ]
    return "\n".join(lines)


async def dexuat(update: Update, context: BotContext) -> None:
    svc = context.services
    user = update.effective_user
    arg = args_text(context).lower()
    if update.effective_chat.type != "private":
        await reply(update, context, "Hãy đề xuất trong tin nhắn riêng với bot.")
        return
    if arg in ("tatca", "tất cả", "tat ca", "all"):
        await list_all(update, context)
        return
    agency = svc.agency_of(user.id)
    if agency is None:
        await reply(update, context, svc.not_officer(user.id))
        return
    mine = svc.proposals.list(agency)
    due = deadline(svc.province)
    head = f"<b>Đề xuất của {esc(agency)}</b>" + (f" (hạn nộp {fmt_date(due)})" if due else "")
    lines = [head] + ([summary(p) for p in mine] or ["Chưa có đề xuất nào."])
    buttons = [
        [(f"✏️ Sửa #{p.id}", f"pe:{p.id}"), (f"🗑 Rút #{p.id}", f"pw:{p.id}")] for p in mine[:20]
    ]
    buttons.append([("➕ Đề xuất dịch vụ mới", "pn:0")])
    await reply(update, context, "\n".join(lines), buttons)


async def list_all(update: Update, context: BotContext) -> None:
    svc = context.services
    if not svc.is_admin(update.effective_user.id):
        await reply(
            update,
            context,
            "Chỉ quản trị viên xem được mọi đề xuất. Gõ /dexuat để xem đề xuất của cơ quan bạn.",
        )
        return
    every = svc.proposals.list(include_withdrawn=True)
    if not every:
        await reply(update, context, "Chưa có đề xuất nào.")
        return
    lines = [
        f"<b>Mọi đề xuất ({sum(p.state == ProposalState.ACTIVE for p in every)} còn hiệu lực)</b>"
    ]
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


async def start_button(update: Update, context: BotContext) -> None:
    """pn:0 new, pe:<id> edit, pw:<id> withdraw, pr:<id> restore a withdrawn one."""
    svc = context.services
    query = update.callback_query
    await query.answer()
    code, _, raw = query.data.partition(":")
    who = svc.actor(update.effective_user.id)
    today = svc.clock.today()
    if code == "pn":
        refusal = may_propose(svc.province, today, who)
        if refusal:
            await reply(update, context, refusal.reason)
            return
        await begin(update, context, {"agency": who.agency, "data": {}, "id": None})
        return
    action = ACTIONS[code]
    proposal = svc.proposals.get(int(raw)) if len(raw) < 19 else None
    refusal = may_change(svc.province, today, who, action, proposal)
    if refusal:
        await reply(update, context, refusal.reason)
        return
    assert proposal is not None
    if action == Action.EDIT:
        data = {k: getattr(proposal, k) for k in STEPS}
        data["coordinate"] = list(proposal.coordinate)
        await begin(update, context, {"agency": proposal.agency, "data": data, "id": proposal.id})
        return
    now = svc.clock.now()
    if action == Action.WITHDRAW:
        done = svc.proposals.withdraw(proposal.id, who.user_id, now)
        verb, button = "Đã rút", [[("Khôi phục", f"pr:{proposal.id}")]]
    else:
        done = svc.proposals.restore(proposal.id, who.user_id, now)
        verb, button = "Đã khôi phục", [[("Rút lại", f"pw:{proposal.id}")]]
    if done is None:  # someone else withdrew or restored it a moment ago
        await reply(update, context, f"Đề xuất #{proposal.id} vừa thay đổi. {UNCHANGED}")
        return
    await reply(update, context, f"{verb} đề xuất #{done.id}: {esc(done.name)}.", button)


async def begin(update: Update, context: BotContext, state: dict) -> None:
    state["step"] = STEPS[0]
    await ask_step(update, context, state)


async def ask_step(update: Update, context: BotContext, state: dict) -> None:
    svc = context.services
    svc.repo.set_pending(
        update.effective_chat.id,
        update.effective_user.id,
        KIND,
        json.dumps(state, ensure_ascii=False),
        svc.clock.now(),
    )
    step = state["step"]
    buttons: list[list[tuple[str, str]]] = []
    if step == "tier":
        buttons = [[(label, f"pv:{code}") for code, label in TIERS.items()]]
    elif step == "level":
        buttons = [[("Mức 3", "pv:3"), ("Mức 4", "pv:4")]]
    elif step == "lead":
        buttons = [[(state["agency"][:60], "pv:me")]]
    elif step == "coordinate":
        buttons = [[("Không có", "pv:none")]]
    elif step == "quarter":
        buttons = [[(label, f"pv:{code}") for code, label in QUARTERS.items()]]
    elif step in ("sector", "note"):
        buttons = [[("Bỏ qua", "pv:skip")]]
    current = state["data"].get(step)
    if state.get("id") and current not in (None, "", []):
        shown = (
            ", ".join(current)
            if isinstance(current, list)
            else f"Mức {current}"
            if step == "level"
            else TIERS.get(current, current)
        )
        buttons.append([("Giữ nguyên", "pv:keep")])
        prompt = f"{PROMPTS[step]}\nHiện tại: {esc(shown)}"
    else:
        prompt = PROMPTS[step]
    number = STEPS.index(step) + 1
    await reply(update, context, f"({number}/{len(STEPS)}) {prompt}\n/huy để dừng.", buttons)


async def advance(update: Update, context: BotContext, state: dict, value: str) -> None:
    svc = context.services
    complaint = accept(state, value.strip(), svc.assistant.agencies.resolve)
    if complaint:
        svc.repo.set_pending(
            update.effective_chat.id,
            update.effective_user.id,
            KIND,
            json.dumps(state, ensure_ascii=False),
            svc.clock.now(),
        )
        await reply(update, context, complaint + " /huy để dừng.")
        return
    index = STEPS.index(state["step"])
    if index + 1 < len(STEPS):
        state["step"] = STEPS[index + 1]
        await ask_step(update, context, state)
        return
    svc.repo.pop_pending(update.effective_chat.id, update.effective_user.id)
    # Decided again at the end: the window may have closed or the rights changed meanwhile.
    who, today = svc.actor(update.effective_user.id), svc.clock.today()
    refusal = (
        may_change(svc.province, today, who, Action.EDIT, svc.proposals.get(state["id"]))
        if state.get("id")
        else may_propose(svc.province, today, who, state["agency"])
    )
    if refusal:
        await reply(update, context, refusal.reason + " Đề xuất chưa được lưu.")
        return
    if state.get("id"):
        await save_edit(update, context, state)
        return
    saved = svc.proposals.add(
        state["agency"], update.effective_user.id, state["data"], svc.clock.now()
    )
    # A new proposal is undone by withdrawing it (kept, restorable): the same as its "Rút" button.
    await reply(
        update,
        context,
        f"✅ Đã ghi đề xuất:\n{summary(saved)}\nXem lại: /dexuat · Tải BIỂU 02: /baocao",
        [[(UNDO, f"pw:{saved.id}")]],
    )


async def save_edit(update: Update, context: BotContext, state: dict) -> None:
    """The edit form is complete: write the fields that changed, log them, quote them back."""
    svc = context.services
    edited = svc.proposals.edit(
        state["id"], state["data"], update.effective_user.id, svc.clock.now()
    )
    if edited is None:
        await reply(update, context, "Đề xuất này đã bị rút trong lúc sửa. Không có gì thay đổi.")
        return
    saved, change = edited
    if change is None:
        await reply(
            update,
            context,
            f"Đề xuất #{saved.id} ({esc(saved.name)}) giữ nguyên mọi mục. {UNCHANGED}",
        )
        return
    await reply(
        update,
        context,
        f"✅ Đã sửa đề xuất #{saved.id}: {esc(saved.name)}\n{quote(change)}\n"
        "<i>Sửa nhầm? Bấm Hoàn tác trong 10 phút.</i> Xem lại: /dexuat",
        undo_button(change),
    )


def undo_button(change: LoggedChange) -> list[list[tuple[str, str]]]:
    return [[(UNDO, f"pu:{change.id}")]]


async def undo_pressed(update: Update, context: BotContext) -> None:
    """pu:<change id>: put back the values before that edit, if knowledge/rules/proposal_changes.py
    allows; the undo is logged and quoted back like the edit, with its own "Hoàn tác"."""
    svc = context.services
    await update.callback_query.answer()
    raw = update.callback_query.data.partition(":")[2]
    number = ascii_number(raw)
    change = svc.proposals.change(number) if number is not None else None
    proposal = svc.proposals.get(change.proposal_id) if change else None
    latest = svc.proposals.latest_change(change.proposal_id) if change else None
    who = svc.actor(update.effective_user.id)
    decision = may_undo(
        svc.province, svc.clock.today(), svc.clock.now(), who, change, proposal, latest
    )
    if isinstance(decision, Refusal):
        await reply(update, context, decision.reason)
        return
    assert change is not None
    reverted = svc.proposals.revert(change, who.user_id, svc.clock.now())
    if reverted is None:  # another change came in between our read and our write
        await reply(update, context, newer_change(change.proposal_id).reason)
        return
    saved, undone = reverted
    await reply(
        update,
        context,
        f"↩️ Đã hoàn tác lần sửa đề xuất #{saved.id}: {esc(saved.name)}\n{quote(undone)}",
        undo_button(undone),
    )


async def take_text(update: Update, context: BotContext, payload: str) -> None:
    await advance(update, context, json.loads(payload), update.effective_message.text or "")


async def step_button(update: Update, context: BotContext) -> None:
    svc = context.services
    query = update.callback_query
    await query.answer()
    pending = svc.repo.peek_pending(update.effective_chat.id, update.effective_user.id)
    if pending is None or pending.kind != KIND:
        await reply(update, context, "Nút này không còn hợp lệ. Gõ /dexuat để bắt đầu lại.")
        return
    await advance(update, context, json.loads(pending.payload), query.data.partition(":")[2])
