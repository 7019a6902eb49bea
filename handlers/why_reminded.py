"""The answer to "sao vẫn nhắc em" (ux36 #6): what the unit still has recorded as unsent among
the documents the bot chases now, and why each is reminded, with its `/nop` and a "đã gửi ngoài
bot" button each, so the officer picks; nothing written before a press
(usecases/why_reminded.py)."""

from __future__ import annotations

from telegram import Update

from handlers.buttons import ConfirmOffer
from handlers.common import BUTTON_TEXT, Buttons, reply
from handlers.context import BotContext, Caller
from knowledge.calendar.deadlines import fmt_due
from knowledge.messages.markup import plain_key, typed_key
from knowledge.render.answers import esc, key_tag
from knowledge.render.tracking_text import task_label
from usecases import why_reminded
from usecases.statuses import Status


async def still_owed(
    update: Update, context: BotContext, caller: Caller, text: str, _: None
) -> bool:
    found = await context.services.run(why_reminded.still_owed, caller)
    unit = esc(found.unit)
    if not found.items:
        await reply(
            update,
            context,
            f"Hiện bot không nhắc {unit} việc nào chưa nộp: mọi hồ sơ đang thu đã ghi nhận đã "
            "nộp hoặc chưa tới ngày nhắc. Tin nhắc đến trước khi bạn nộp thì không cần làm gì "
            "thêm. Xem lại: /nopbai.",
        )
        return True
    lines = [f"Bot nhắc vì trong bot {unit} còn {len(found.items)} hồ sơ chưa ghi nhận đã nộp:"]
    for item in found.items:
        due = item.due
        when = ""
        if due is not None:
            late = item.days_late
            when = f" — hạn {fmt_due(due, f'quá hạn {late} ngày' if late else '')}"
        lines.append(
            f"• {key_tag(item.key)} {esc(task_label(item.task, item.key))}{when}: chưa có tệp "
            f"trong bot, chưa báo đã nộp — nộp qua bot: <code>/nop {typed_key(item.key)}</code>"
        )
    lines.append(
        f"Đã gửi {esc(found.to)} ngoài bot (văn bản, e-mail): bấm nút của hồ sơ đó. Không bấm "
        "thì không có gì thay đổi."
    )
    buttons: Buttons = [
        [
            (
                f"Đã gửi ngoài bot: {plain_key(item.key)}"[:BUTTON_TEXT],
                ConfirmOffer(item.key, Status.HOAN_THANH, None),
            )
        ]
        for item in found.items
    ]
    await reply(update, context, "\n".join(lines), buttons)
    return True
