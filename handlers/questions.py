"""Questions: /hoi, free text in private chats, /muc, the row-choice buttons and inline mode."""

from __future__ import annotations

from uuid import uuid4

from telegram import InlineQueryResultArticle, InputTextMessageContent, Update
from telegram.constants import MessageLimit

from handlers.common import args_text, reply
from handlers.context import BotContext
from handlers.pending import take_pending
from knowledge.answers import row_full, to_plain
from knowledge.messages import split_message
from knowledge.views import row_view

MAX_INLINE = 10


def row_buttons(svc, keys: list[str]) -> list[list[tuple[str, str]]]:
    index = svc.assistant.catalogue.row_index
    return [[(key, f"r:{index[key]}")] for key in keys]


async def answer_question(update: Update, context: BotContext, question: str) -> None:
    svc = context.services
    agency = svc.agency_of(update.effective_user.id)
    answer = svc.assistant.ask(question, svc.clock.today(), svc.config.province, agency)
    buttons = row_buttons(svc, [v.key for v in answer.items[:4]]) if answer.close else None
    await reply(update, context, answer.html, buttons)


async def hoi(update: Update, context: BotContext) -> None:
    question = args_text(context)
    if not question:
        await reply(
            update,
            context,
            "Gõ câu hỏi sau lệnh, ví dụ: <code>/hoi giấy phép xây dựng hạn khi nào</code>",
        )
        return
    await answer_question(update, context, question)


async def free_text(update: Update, context: BotContext) -> None:
    if await take_pending(update, context):
        return
    await answer_question(update, context, update.effective_message.text or "")


async def muc(update: Update, context: BotContext) -> None:
    svc = context.services
    key = args_text(context)
    if not key:
        await reply(
            update,
            context,
            "Gõ mã mục sau lệnh, ví dụ: <code>/muc 406-14</code> hoặc <code>/muc 22</code>",
        )
        return
    answer = svc.assistant.lookup(key, svc.province, svc.clock.today())
    await reply(update, context, answer.html)


async def pick_row(update: Update, context: BotContext) -> None:
    svc = context.services
    query = update.callback_query
    await query.answer()
    try:
        row = svc.assistant.catalogue.rows_by_index[int(query.data.split(":", 1)[1])]
    except (ValueError, IndexError):
        await reply(update, context, "Nút này không còn hợp lệ. Hãy hỏi lại.")
        return
    agency = svc.agency_of(update.effective_user.id)
    view = row_view(row, svc.province, svc.clock.today(), agency)
    await reply(update, context, row_full(view, svc.province, svc.clock.today(), agency))


async def inline(update: Update, context: BotContext) -> None:
    svc = context.services
    text = (update.inline_query.query or "").strip()
    results = []
    if text:
        answer = svc.assistant.ask(text, svc.clock.today(), svc.config.province)
        for view in answer.items[:MAX_INLINE]:
            body = row_full(view, svc.province, svc.clock.today())
            results.append(
                InlineQueryResultArticle(
                    id=str(uuid4()),
                    title=f"{view.key} · {view.row.short_title}"[:100],
                    description=to_plain(body).split("\n", 2)[-1][:200],
                    # the first whole message: a cut by characters could break a tag or an entity
                    input_message_content=InputTextMessageContent(
                        split_message(body, MessageLimit.MAX_TEXT_LENGTH)[0]
                    ),
                )
            )
    await update.inline_query.answer(results, cache_time=60)
