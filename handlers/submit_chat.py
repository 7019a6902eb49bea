"""/nop: a unit sends a form in the chat, step by step, instead of a filled template.

- `/nop bieu02`: the unit's proposals entered with /dexuat, confirmed as its BIỂU 02;
- `/nop pl1`: four numbers per tier (total, level 2, 3, 4);
- `/nop pl2`, `pl3`, `pl4`: one service a message ("cấp; lĩnh vực; tên; mức[; lý do]"); Phụ lục
  IV starts from the unit's rows reported "không đủ điều kiện", which it keeps, clears or adds to.
Nothing is stored before "✅ Nộp"; the state waits in the pending-input table, so a restart loses
nothing. The submission is kept as the workbook the template would have been.
"""

from __future__ import annotations

import json

from telegram import Update

from handlers import handins
from handlers.common import args_text, reply
from handlers.context import BotContext
from handlers.submissions import accept
from knowledge.deliverables.forms import FORMS, TIERS, Form, summary
from knowledge.deliverables.submissions import (
    Target,
    counts_data,
    form_named,
    line_text,
    line_usage,
    may_submit,
    pl4_prefill,
    read_counts,
    read_line,
)
from knowledge.formats.form_book import template
from knowledge.render.answers import esc

KIND = "submit"
MAX_SHOWN = 40
USAGE = (
    "Nộp biểu trong chat: <code>/nop bieu02</code>, <code>/nop pl1</code>, <code>/nop pl2</code>, "
    "<code>/nop pl3</code>, <code>/nop pl4</code>. Hoặc tải mẫu ở /baocao → “Mẫu …”, điền rồi gửi "
    "lại tệp."
)


async def nop(update: Update, context: BotContext) -> None:
    svc = context.services
    who = svc.actor(update.effective_user.id)
    arg = args_text(context)
    form = form_named(arg) if arg else None
    if who.agency is None and not who.is_admin:  # where their registration stands
        await reply(update, context, svc.not_officer(update.effective_user.id))
        return
    if form is None:
        owed = (
            handins.unit_text(svc, who.agency, hint=False)
            if who.agency
            else "Quản trị viên không nộp biểu thay đơn vị; tình hình nộp: /nopbai tinh."
        )
        unknown = f"Không có biểu «{esc(arg[:40])}». " if arg else ""
        await reply(update, context, unknown + owed + "\n\n" + USAGE)
        return
    target = may_submit(svc.province, who, form)
    if not isinstance(target, Target):
        await reply(update, context, target.reason)
        return
    state: dict = {"form": form.code, "agency": target.agency, "lines": [], "counts": {}}
    if form.code == "bieu02":
        state["lines"] = [_proposal_line(p) for p in svc.proposals.list(target.agency)]
        if not state["lines"]:
            await reply(update, context, "Chưa có đề xuất nào. Thêm bằng /dexuat rồi nộp lại.")
            return
    if form.code == "pl4":
        state["lines"] = pl4_prefill(
            svc.assistant.catalogue, svc.repo.current_all(), target.agency
        )
    await _ask(update, context, form, state)


def _proposal_line(p) -> dict:
    return {
        "tier": p.tier,
        "field": p.sector,
        "name": p.name,
        "l3": p.level == 3,
        "l4": p.level == 4,
        "lead": p.lead,
        "coordinate": ", ".join(p.coordinate),
        "quarter": p.quarter,
        "note": p.note,
    }


def _save_state(update: Update, context: BotContext, state: dict) -> None:
    context.services.repo.set_pending(
        update.effective_chat.id,
        update.effective_user.id,
        KIND,
        json.dumps(state, ensure_ascii=False),
        context.services.clock.now(),  # each step gives the officer another 10 minutes
    )


async def _ask(update: Update, context: BotContext, form: Form, state: dict) -> None:
    _save_state(update, context, state)
    send = ("✅ Nộp", "sb:ok")
    if form.shape == "counts":
        step = len(state["counts"])
        if step < len(TIERS):
            label = TIERS[step][2]
            await reply(
                update,
                context,
                f"({step + 1}/3) {esc(form.name)} — <b>{label}</b>: gõ 4 số cách nhau bằng dấu "
                "cách: tổng số TTHC, mức độ 2, mức độ 3, mức độ 4 "
                "(ví dụ <code>120 30 50 40</code>). /huy để dừng.",
                [[("Không có", "sb:zero")]],
            )
            return
        held = summary(form, counts_data(state["counts"]))
        await reply(
            update,
            context,
            f"{esc(form.name)} của {esc(state['agency'])}: {esc(held)}.\nNộp như trên?",
            [[send, ("Hủy", "sb:no")]],
        )
        return
    lines = state["lines"]
    shown = [f"{i}. {line_text(form, line)}" for i, line in enumerate(lines[:MAX_SHOWN], 1)]
    if len(lines) > MAX_SHOWN:
        shown.append(f"… và {len(lines) - MAX_SHOWN} dòng nữa.")
    head = f"<b>{esc(form.name)} của {esc(state['agency'])}</b>: " + (
        f"{len(lines)} dòng" if lines else "chưa có dòng nào"
    )
    how = (
        "Bấm Nộp để nộp các đề xuất trên (sửa bằng /dexuat)."
        if form.code == "bieu02"
        else f"Gõ thêm mỗi tin nhắn một dịch vụ: <i>{esc(line_usage(form))}</i>. "
        "Xong thì bấm Nộp (không có dịch vụ nào: bấm Nộp ngay)."
    )
    buttons = [[send, ("Hủy", "sb:no")]]
    if lines and form.code != "bieu02":
        buttons.append([("↩️ Xóa dòng cuối", "sb:pop"), ("Xóa hết", "sb:clear")])
    await reply(update, context, "\n".join([head, *shown, how]), buttons)


async def take_text(update: Update, context: BotContext, payload: str) -> None:
    state = json.loads(payload)
    form = FORMS[state["form"]]
    text = (update.effective_message.text or "").strip()
    if form.shape == "counts" and len(state["counts"]) < len(TIERS):
        got = read_counts(text)
    elif form.shape == "list" and form.code != "bieu02":
        got = read_line(form, text)
    else:
        await reply(update, context, "Bấm ✅ Nộp hoặc Hủy (hay /huy).")
        return
    if isinstance(got, str):
        await reply(update, context, got + " /huy để dừng.")
        return
    if form.shape == "counts":
        state["counts"][TIERS[len(state["counts"])][0]] = got
    else:
        state["lines"].append(got)
    await _ask(update, context, form, state)


async def step_button(update: Update, context: BotContext) -> None:
    """sb:ok submit, sb:no drop, sb:zero a tier without procedures, sb:pop / sb:clear lines."""
    svc = context.services
    query = update.callback_query
    await query.answer()
    pending = svc.repo.peek_pending(update.effective_chat.id, update.effective_user.id)
    if pending is None or pending.kind != KIND:
        await reply(update, context, "Nút này không còn hợp lệ. " + USAGE)
        return
    state = json.loads(pending.payload)
    form = FORMS[state["form"]]
    action = query.data.partition(":")[2]
    if action == "no":
        svc.repo.pop_pending(update.effective_chat.id, update.effective_user.id)
        await reply(update, context, f"Đã hủy, chưa nộp {esc(form.name)}.")
        return
    if action == "zero" and form.shape == "counts" and len(state["counts"]) < len(TIERS):
        state["counts"][TIERS[len(state["counts"])][0]] = {}
    elif action == "pop" and state["lines"]:
        state["lines"].pop()
    elif action == "clear":
        state["lines"] = []
    elif action == "ok" and (form.shape == "list" or len(state["counts"]) == len(TIERS)):
        await _submit(update, context, form, state)
        return
    await _ask(update, context, form, state)


async def _submit(update: Update, context: BotContext, form: Form, state: dict) -> None:
    svc = context.services
    svc.repo.pop_pending(update.effective_chat.id, update.effective_user.id)
    # Decided again: the officer's rights may have changed while the form was open.
    target = may_submit(svc.province, svc.actor(update.effective_user.id), form)
    if not isinstance(target, Target) or target.agency != state["agency"]:
        reason = target.reason if not isinstance(target, Target) else ""
        await reply(update, context, f"{reason} Chưa nộp {esc(form.name)}.".strip())
        return
    if form.shape == "counts":
        data = counts_data(state["counts"])
        content = template(form, target.agency, counts=data["counts"])
    else:
        data = {"form": form.code, "counts": {}, "lines": state["lines"]}
        content = template(form, target.agency, state["lines"])
    await accept(update, context, form, target, data, content, f"{form.code}_chat.xlsx", "chat")
