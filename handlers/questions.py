"""Questions: /hoi, free text in private chats, /muc, the row-choice buttons and inline mode."""

from __future__ import annotations

from uuid import uuid4

from telegram import InlineQueryResultArticle, InputTextMessageContent, Update
from telegram.constants import MessageLimit

from handlers import status
from handlers.common import args_text, reply
from handlers.context import BotContext
from handlers.pending import take_pending
from knowledge.catalogue.views import RowView, row_view
from knowledge.reader.ask import Answer
from knowledge.reader.writes import already, offer_for, repeats
from knowledge.render.answers import esc, row_full, to_plain
from knowledge.render.messages import shorten
from knowledge.rules.officers import may_write
from knowledge.rules.standing import marks_of
from knowledge.rules.statuses import write_target

MAX_INLINE = 10
MAX_CHOICES = 4  # "Có phải bạn hỏi…": the closest rows, one button each
BUTTON_TEXT = 60
INLINE_TITLE = 100
INLINE_DESCRIPTION = 200


def row_buttons(svc, views: list[RowView]) -> list[list[tuple[str, str]]]:
    """One button a row, labelled with its key and title; the data carries its position."""
    index = svc.assistant.catalogue.row_index
    return [[(f"{v.key} · {v.row.short_title}"[:BUTTON_TEXT], f"r:{index[v.key]}")] for v in views]


def ask_as(svc, user_id: int, question: str) -> Answer:
    """The answer for this officer ("bên em" is their agency); a progress question is answered
    from the current statuses, read only then."""
    agency = svc.agency_of(user_id)
    asked = svc.assistant.understand(question, svc.clock.today(), svc.config.province, agency)
    marks = marks_of(svc.repo.current_all()) if asked.needs_statuses else None
    return svc.assistant.answer(asked, marks)


async def answer_question(update: Update, context: BotContext, question: str) -> None:
    svc = context.services
    answer = ask_as(svc, update.effective_user.id, question)
    buttons = row_buttons(svc, answer.items[:MAX_CHOICES]) if answer.close else None
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
    """The answer a prompt waits for; else, from someone who may write it, a statement naming a
    row and a status is offered as one confirmation button; else a question."""
    if await take_pending(update, context):
        return
    text = update.effective_message.text or ""
    svc = context.services
    who = svc.actor(update.effective_user.id)
    if may_write(who) is None:
        offer = offer_for(text, svc.assistant, svc.province, svc.clock.today())
        target = write_target(svc.province, who, offer.key) if offer else None
        if offer and isinstance(target, str):
            if repeats(svc.repo.current(offer.key, target), offer.status, offer.note):
                await reply(update, context, already(offer.key, offer.status))
                return
            await status.offer_write(update, context, offer)
            return
    await answer_question(update, context, text)


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


def article(title: str, body: str, question: str) -> InlineQueryResultArticle:
    """One inline result; a body too long for a message is cut at a line and says how to see
    the rest."""
    tail = f"… (còn nữa: nhắn riêng cho bot <i>{esc(question[:200])}</i> để xem đủ)"
    text = shorten(body, MessageLimit.MAX_TEXT_LENGTH, tail)
    lines = to_plain(body).split("\n")
    return InlineQueryResultArticle(
        id=str(uuid4()),
        title=title[:INLINE_TITLE],
        description=" ".join(lines[1:3])[:INLINE_DESCRIPTION],
        input_message_content=InputTextMessageContent(text),
    )


async def inline(update: Update, context: BotContext) -> None:
    """Inline mode reads the question as a chat message does: the answer itself first (a task,
    an agency's list, a period), then each row it names."""
    svc = context.services
    text = (update.inline_query.query or "").strip()
    results = []
    if text:
        today = svc.clock.today()
        agency = svc.agency_of(update.effective_user.id)
        answer = ask_as(svc, update.effective_user.id, text)
        if answer.intent not in ("service", "item") or not answer.items:
            heading = to_plain(answer.html).split("\n", 1)[0]
            results.append(article(heading, answer.html, text))
        for view in answer.items[:MAX_INLINE]:
            body = row_full(view, svc.province, today, agency)
            results.append(article(f"{view.key} · {view.row.short_title}", body, text))
    await update.inline_query.answer(results[:MAX_INLINE], cache_time=60)
