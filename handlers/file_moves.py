"""A file filed under the wrong occurrence, moved by a press (ux32 #3): the offer quoted back with
its button, the receipt with the move's "Hoàn tác" (the move back); and a file a coordinator
kept for the wrong unit, kept for the unit meant by a press (ux34 #5). What is moved and how is
usecases/file_moves.py's and usecases/unit_refiles.py's."""

from __future__ import annotations

from telegram import Update

from handlers import file_offer_text as offer_text
from handlers.buttons import MoveFile, RefileFor, UndoSubmission
from handlers.common import reply
from handlers.context import BotContext
from handlers.handed_files import handed_in
from handlers.status import UNDO, quote
from handlers.submissions import undone_text
from knowledge.messages.markup import plain_key
from knowledge.render.answers import esc
from usecases import behalf_told, file_moves, unit_refiles
from usecases.file_moves import FileMoved, MoveOffer
from usecases.results import Refusal
from usecases.unit_refiles import RefileOffer


def _task(title: str, key: str) -> str:
    return f"{esc(title)} <code>{esc(plain_key(key))}</code>"


async def offer(update: Update, context: BotContext, found: MoveOffer | Refusal) -> None:
    """The move the words ask, by its button; nothing written before the press."""
    if isinstance(found, Refusal):
        await reply(update, context, found.reason)
        return
    early = f"\n{offer_text.early_line(found.early)}." if found.early is not None else ""
    await reply(
        update,
        context,
        f"Chuyển tệp {esc(found.name)} của {esc(found.agency)} (gửi {found.sent_text})\n"
        f"từ: {_task(found.wrong_title, found.wrong)}\n"
        f"sang: {_task(found.right_title, found.right)}?{early}\n"
        f"{esc(found.wrong_title)} sẽ trở lại chưa nộp và được nhắc như trước. Bấm nút để "
        "chuyển; không bấm thì không có gì thay đổi.",
        [[(f"Chuyển sang {plain_key(found.right)}", MoveFile(found.submission, found.right))]],
    )


async def move_pressed(update: Update, context: BotContext, button: MoveFile) -> None:
    caller = await context.caller(update)
    moved = await context.services.run(
        file_moves.move_file, caller, button.submission, button.task
    )
    if isinstance(moved, Refusal):
        await reply(update, context, moved.reason)
        return
    await reply(update, context, *moved_text(moved))


def moved_text(moved: FileMoved) -> tuple[str, list]:
    found = moved.offer
    lines = [
        f"✅ Đã chuyển tệp {esc(found.name)} của {esc(found.agency)} (gửi {found.sent_text})",
        f"từ: {_task(found.wrong_title, found.wrong)}",
        f"sang: {_task(found.right_title, found.right)}",
    ]
    if moved.done is not None:
        lines.append(f"Đã ghi: {quote(moved.done, title=found.right_title)}")
    if moved.reopened is not None:
        lines.append(f"Mở lại: {quote(moved.reopened, title=found.wrong_title)}")
    if found.early is not None:
        lines.append(f"{offer_text.early_line(found.early)}: tệp được tính là nộp sớm cho kỳ này.")
    lines.append("Chuyển nhầm? Bấm Hoàn tác để chuyển tệp về chỗ cũ.")
    return "\n".join(lines), [[("Hoàn tác", MoveFile(moved.submission, found.wrong))]]


async def refile_offer(update: Update, context: BotContext, found: RefileOffer | Refusal) -> None:
    """The file just kept for one unit, offered to be kept for the unit named instead, beside
    its plain undo; nothing written before a press."""
    if isinstance(found, Refusal):
        await reply(update, context, found.reason)
        return
    right, wrong = esc(found.right), esc(found.wrong)
    await reply(
        update,
        context,
        f"Tệp {esc(found.name)} vừa ghi thay cho {wrong}, nhiệm vụ "
        f"{_task(found.title, found.key)}. Ghi lại tệp này cho {right}?\n"
        f"Bấm «Ghi cho {right}»: hoàn tác bản của {wrong} và ghi tệp cho {right}; bấm "
        f"«{UNDO}» để chỉ hoàn tác. Không bấm thì không có gì thay đổi.",
        [
            [(f"Ghi cho {found.right}", RefileFor(found.submission, found.right))],
            [(UNDO, UndoSubmission(found.submission))],
        ],
    )


async def refile_pressed(update: Update, context: BotContext, button: RefileFor) -> None:
    caller = await context.caller(update)
    done = await context.services.run(unit_refiles.refile, caller, button.submission, button.unit)
    if isinstance(done, Refusal):
        await reply(update, context, done.reason)
        return
    text, buttons = handed_in(done.done)
    await reply(update, context, f"{undone_text(done.undone)}\n{text}", buttons)
    await context.services.run(behalf_told.tell_now)  # both units' officers told
