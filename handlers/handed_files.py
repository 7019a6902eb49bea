"""A unit hands in a document the bot has no layout of, as a file: `/nop <task>` then the file,
the file with `/nop <task>` as its caption, or the file as a reply to the reminder of the task.
The quote back carries "Hoàn tác" for the task marked sent. What is accepted is
usecases/handed_files.py's.
"""

from __future__ import annotations

from telegram import Update

from handlers.common import reply
from handlers.context import BotContext
from handlers.status import quote
from handlers.submissions import undo_hint, undo_submission_button
from knowledge.calendar.deadlines import fmt_date
from knowledge.render.answers import esc, key_tag
from knowledge.render.tracking_text import task_label
from usecases import handed_files
from usecases.callers import Caller
from usecases.handed_files import FileHandedIn, HandinAsked
from usecases.prompts import HandinPrompt
from usecases.results import Refusal

SUFFIXES = ".xlsx, .docx hoặc .pdf"


def _task_line(key: str, label: str, due) -> str:
    when = f" — hạn {fmt_date(due)}" if due else ""
    return f"📌 {key_tag(key)} {esc(label)}{esc(when)}"


async def asked(update: Update, context: BotContext, found: HandinAsked | Refusal) -> None:
    if isinstance(found, Refusal):
        await reply(update, context, found.reason)
        return
    await reply(
        update,
        context,
        f"Gửi tệp ({SUFFIXES}) của {esc(found.agency)} cho nhiệm vụ:\n"
        f"{_task_line(found.key, task_label(found.task), found.due)}\n/huy để thôi.",
    )


async def take_file(
    update: Update, context: BotContext, caller: Caller, key: str, name: str, content: bytes
) -> None:
    done = await context.services.run(handed_files.hand_in, caller, key, name, content)
    if isinstance(done, Refusal):
        await reply(update, context, done.reason)
        return
    await reply(update, context, *handed_in(done))


def handed_in(done: FileHandedIn) -> tuple[str, list]:
    again = ", thay lần trước" if done.replaces else ""
    lines = [
        f"✅ Đã nhận {esc(done.summary)} của {esc(done.agency)} (lần nộp {done.version}{again}, "
        f"{done.at_text}) cho nhiệm vụ:",
        _task_line(done.key, task_label(done.task), done.due),
    ]
    if done.done is not None:
        lines.append(f"Đã ghi nhiệm vụ: {quote(done.done)}")
    lines.append(undo_hint(done.replaces, done.done is not None))
    return "\n".join(lines), undo_submission_button(done.id)


async def take_text(
    update: Update, context: BotContext, caller: Caller, prompt: HandinPrompt
) -> None:
    """A message while the chat waits for a file: the file is still awaited."""
    await reply(
        update,
        context,
        f"Đang chờ tệp ({SUFFIXES}) cho {key_tag(prompt.key)}: gửi tệp vào đây, hoặc /huy "
        "để thôi.",
    )
