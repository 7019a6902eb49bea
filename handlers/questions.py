"""Questions: /hoi, /muc, the row-choice buttons and inline mode; the answer to a question typed
in a private chat (what else a free text may be: handlers/chat_turns.py)."""

from __future__ import annotations

from uuid import uuid4

from telegram import InlineQueryResultArticle, InputTextMessageContent, Update
from telegram.constants import MessageLimit

from handlers.buttons import ShowRow, ShowTask
from handlers.common import BUTTON_TEXT, Buttons, args_text, reply
from handlers.context import BotContext, Caller
from knowledge.render.answers import esc, row_full, to_plain
from knowledge.render.messages import shorten
from knowledge.render.tracking_text import task_label
from usecases import (
    asking,
    named_rows,
)
from usecases import chat_subjects as subject_cases
from usecases.asking import Answer, RowView, TaskView
from usecases.results import Refusal

MAX_INLINE = 10
MAX_CHOICES = 4  # "Có phải bạn hỏi…": the closest rows, one button each
INLINE_TITLE = 100
INLINE_DESCRIPTION = 200


def row_buttons(views: list[RowView]) -> Buttons:
    """One button a row, labelled with its key and title; the data carries the row's key."""
    return [[(f"{v.key} · {v.row.short_title}"[:BUTTON_TEXT], ShowRow(v.key))] for v in views]


def task_buttons(views: list[TaskView]) -> Buttons:
    """One button a task, labelled with its id and form or title; the data carries its id."""
    return [
        [(f"{v.task.id} · {task_label(v.task)}"[:BUTTON_TEXT], ShowTask(v.task.id))] for v in views
    ]


def choice_buttons(answer: Answer) -> Buttons | None:
    """ "Có phải bạn hỏi…": the closest rows, or the tasks the question fits, one button each."""
    if answer.extra.get("steps"):  # a supporter's one line: the owners' steps on request
        return [[("📋 Các bước, hồ sơ", ShowTask(answer.extra["steps"]))]]
    if not answer.close:
        return None
    if answer.items and answer.tasks:  # a task's words and a row's both fit: tasks first
        return task_buttons(answer.tasks[: MAX_CHOICES - 1]) + row_buttons(answer.items[:1])
    if answer.items:
        return row_buttons(answer.items[:MAX_CHOICES])
    return task_buttons(answer.tasks[:MAX_CHOICES]) or None


async def answer_question(update: Update, context: BotContext, question: str) -> None:
    caller = await context.caller(update)
    # a follow-up ("thế còn hạn thì sao") is read against the chat's last answer
    answered = await subject_cases.answered_in_chat(context.services, caller, question)
    await show_answer(update, context, caller, answered.answer)


async def show_answer(update: Update, context: BotContext, caller: Caller, answer: Answer) -> None:
    """The answer, with its choices as buttons; the one row it was about remembered."""
    await reply(update, context, answer.html, choice_buttons(answer))
    if caller.agency is not None and named_rows.answered_key(answer):
        # the one row answered about: "xong" said next is about it (or says whose it is)
        await context.services.run(named_rows.remember_answered, caller, answer)


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


async def muc(update: Update, context: BotContext) -> None:
    key = args_text(context)
    if not key:
        await reply(
            update,
            context,
            "Gõ mã mục sau lệnh, ví dụ: <code>/muc 406-14</code> hoặc <code>/muc 22</code>",
        )
        return
    caller = await context.caller(update)
    answered = await context.services.run(asking.lookup, caller, key)
    await context.services.run(subject_cases.remember, caller, answered.answer)
    await reply(update, context, answered.answer.html)


async def pick_task(update: Update, context: BotContext, button: ShowTask) -> None:
    caller = await context.caller(update)
    shown = await context.services.run(asking.show_task, caller, button.task)
    if isinstance(shown, Refusal):
        await reply(update, context, shown.reason)
        return
    await context.services.run(subject_cases.shown, caller, shown.answer.tasks[0].task.id)
    await reply(update, context, shown.answer.html)


async def pick_row(update: Update, context: BotContext, button: ShowRow) -> None:
    caller = await context.caller(update)
    shown = await context.services.run(asking.show_row, caller, button.row)
    if isinstance(shown, Refusal):
        await reply(update, context, shown.reason)
        return
    await context.services.run(subject_cases.shown, caller, shown.view.key)
    await reply(update, context, shown.html)


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
    query = update.inline_query
    assert query is not None
    text = (query.query or "").strip()
    results = []
    if text:
        caller = await context.caller(update)
        answered = await asking.answered(context.services, caller, text)
        answer, province, today = answered.answer, answered.province, answered.today
        if answer.intent not in ("service", "item") or not answer.items:
            heading = to_plain(answer.html).split("\n", 1)[0]
            results.append(article(heading, answer.html, text))
        for view in answer.items[:MAX_INLINE]:
            body = row_full(view, province, today, answered.agency)
            results.append(article(f"{view.key} · {view.row.short_title}", body, text))
    await query.answer(results[:MAX_INLINE], cache_time=60)
