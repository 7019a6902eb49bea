"""A letter sent to the bot by an admin, reviewed before it is tracked: the draft comes back with
what keeps it from being published, line by line, and buttons: "Công bố" (only when nothing
does), "Sửa n" for a task (its deadline, units, supporting units, forms or title, a short
prompt each; or drop it), "Đã kiểm tra, bỏ qua lỗi đọc", "Hủy", and after a correction
"Hoàn tác". The publish is quoted back with "Hoàn tác" (10 minutes) and "Thu hồi"; /congvan
(handlers/congvan.py) lists the letters in force. The rules are usecases/letters.py's,
usecases/letter_edits.py's and usecases/publishing.py's.
"""

from __future__ import annotations

from telegram import Update

from handlers.buttons import (
    AcceptProblems,
    DraftTask,
    DropDraftTask,
    DropLetter,
    EditDraft,
    PublishLetter,
    ShowDraft,
    UndoDraftEdit,
    UndoLetters,
    WithdrawLetter,
)
from handlers.common import Buttons, Row, reply
from handlers.context import BotContext
from knowledge.messages.move_undo_asked import PRESS_AGAIN, move_undo_asked
from knowledge.render.answers import clip, esc, key_tag
from knowledge.render.letter_text import review_html, task_block
from knowledge.render.letter_versions import restored_line
from usecases import letter_edits, letter_notices, letters, publishing, restored_told
from usecases.callers import Caller
from usecases.letter_edits import EditAsked, EditField, TaskMenu
from usecases.letter_notices import Announced
from usecases.letters import LetterReview
from usecases.move_undo import UndoPastAsked
from usecases.prompts import LetterPrompt
from usecases.publishing import LetterPublished, LettersRestored, LetterWithdrawn
from usecases.results import Refusal

PER_ROW = 4  # "Sửa n" buttons in a row
UNDO = "↩️ Hoàn tác"
REDO = "↪️ Làm lại"
FIELDS = (
    ("Sửa hạn", EditField.DEADLINE),
    ("Sửa đơn vị", EditField.UNITS),
    ("Sửa phối hợp", EditField.SUPPORTING),
    ("Sửa biểu mẫu", EditField.FORMS),
    ("Sửa tên", EditField.TITLE),  # ux30 #9: a misquoted title went out in every notice
)


async def show_review(update: Update, context: BotContext, review: LetterReview) -> None:
    letter, revision = review.letter, review.revision
    buttons: Buttons = []
    if review.publishable:
        buttons.append([("✅ Công bố", PublishLetter(letter, revision))])
    edits: Row = [
        (f"Sửa {n}", DraftTask(letter, revision, n - 1))
        for n in range(1, len(review.draft.tasks) + 1)
    ]
    buttons += [edits[i : i + PER_ROW] for i in range(0, len(edits), PER_ROW)]
    if review.draft.blocking and review.draft.tasks:
        buttons.append([("Đã kiểm tra, bỏ qua lỗi đọc", AcceptProblems(letter, revision))])
    again = REDO if review.undone else UNDO  # an undo's button redoes: never named "Hoàn tác"
    last: Row = [(again, UndoDraftEdit(letter, revision))] if review.edited else []
    buttons.append([*last, ("Hủy", DropLetter(letter))])
    text = review_html(
        review.file_name,
        review.draft,
        review.blockers,
        review.changed,
        review.moves,
        review.notes,
    )
    await reply(update, context, text, buttons)


async def show(update: Update, context: BotContext, result) -> None:
    if isinstance(result, Refusal):
        await reply(update, context, result.reason)
    elif isinstance(result, LetterReview):
        await show_review(update, context, result)
    elif isinstance(result, TaskMenu):
        await show_task(update, context, result)
    elif isinstance(result, EditAsked):
        head = f"<b>Nhiệm vụ {result.index + 1}</b>: {esc(clip(result.task.title, 120))}"
        await reply(update, context, f"{head}\n{result.ask} /huy để thôi.")


async def show_task(update: Update, context: BotContext, menu: TaskMenu) -> None:
    letter, revision, index = menu.letter, menu.revision, menu.index
    row: Row = [(label, EditDraft(letter, revision, index, field)) for label, field in FIELDS]
    buttons: Buttons = [
        row[:2],
        row[2:4],
        row[4:],
        [
            ("Bỏ nhiệm vụ này", DropDraftTask(letter, revision, index)),
            ("« Bản nháp", ShowDraft(letter)),
        ],
    ]
    await reply(update, context, "\n".join(task_block(index + 1, menu.task, full=True)), buttons)


async def show_button(update: Update, context: BotContext, button: ShowDraft) -> None:
    caller = await context.caller(update)
    await show(
        update, context, await context.services.run(letters.show_letter, caller, button.letter)
    )


async def task_button(update: Update, context: BotContext, button: DraftTask) -> None:
    caller = await context.caller(update)
    found = await context.services.run(
        letter_edits.task_menu, caller, button.letter, button.revision, button.index
    )
    await show(update, context, found)


async def edit_button(update: Update, context: BotContext, button: EditDraft) -> None:
    caller = await context.caller(update)
    asked = await context.services.run(
        letter_edits.ask_edit, caller, button.letter, button.revision, button.index, button.field
    )
    await show(update, context, asked)


async def take_text(
    update: Update, context: BotContext, caller: Caller, prompt: LetterPrompt
) -> None:
    """The correction the draft waited for."""
    message = update.effective_message
    text = (message.text or "") if message else ""
    await show(
        update, context, await context.services.run(letter_edits.answer_edit, caller, prompt, text)
    )


async def drop_task_button(update: Update, context: BotContext, button: DropDraftTask) -> None:
    caller = await context.caller(update)
    found = await context.services.run(
        letter_edits.drop_task, caller, button.letter, button.revision, button.index
    )
    await show(update, context, found)


async def undo_edit_button(update: Update, context: BotContext, button: UndoDraftEdit) -> None:
    caller = await context.caller(update)
    found = await context.services.run(
        letter_edits.undo_edit, caller, button.letter, button.revision
    )
    await show(update, context, found)


async def accept_button(update: Update, context: BotContext, button: AcceptProblems) -> None:
    caller = await context.caller(update)
    found = await context.services.run(
        letter_edits.accept_problems, caller, button.letter, button.revision
    )
    await show(update, context, found)


async def drop_button(update: Update, context: BotContext, button: DropLetter) -> None:
    caller = await context.caller(update)
    found = await context.services.run(letters.drop_letter, caller, button.letter)
    if isinstance(found, Refusal):
        await reply(update, context, found.reason)
        return
    await reply(
        update,
        context,
        f"Đã hủy bản nháp từ công văn {esc(found.file_name)}; không có nhiệm vụ nào được công bố.",
    )


async def publish_button(update: Update, context: BotContext, button: PublishLetter) -> None:
    caller = await context.caller(update)
    done = await context.services.run(
        publishing.publish_letter, caller, button.letter, button.revision
    )
    if isinstance(done, Refusal):
        await reply(update, context, done.reason)
        return
    desk = context.services
    if any(t.moves for t in done.tasks) and desk.deliver_owed is not None:
        await desk.deliver_owed()  # the new date told at once to the units that owe the task
    told = await tell_units(context, done.announced)
    await reply(update, context, with_told(published_text(done), told), published_buttons(done))


async def tell_units(context: BotContext, announced: Announced | None) -> str:
    """Deliver the notices a change of the letters in force recorded (the reminders' own
    delivery: what fails is owed again, a blocked chat marked) and say whom they reached."""
    desk = context.services
    if announced is None or not (announced.units or announced.retracted):
        return ""
    if announced.owed and desk.deliver_owed is not None:
        await desk.deliver_owed()
    found = await desk.run(letter_notices.report, announced)
    return restored_told.notices_told(announced, found)


def with_told(text: str, told: str) -> str:
    return f"{text}\n{told}" if told else text


def published_text(done: LetterPublished) -> str:
    lines = [
        f"✅ Đã công bố {esc(done.title)}: phiên bản {done.number} (trước đó: {done.before}). "
        "Từ nay bot trả lời, nhắc hạn, thu và theo dõi:"
    ]
    for t in done.tasks:
        forms = f" — {esc(', '.join(t.forms))}" if t.forms else ""
        if t.moves:  # an extension letter's: the task in force, due on the new date
            lines.append(f"• 🗓 Đổi hạn {esc(t.moves)} — {t.units} đơn vị{forms}")
            continue
        lines.append(
            f"• 📌 {key_tag(t.id)} {esc(clip(t.title, 100))} — hạn {esc(t.when)} — "
            f"{t.units} đơn vị{forms}"
        )
    return "\n".join(lines)


def published_buttons(done: LetterPublished) -> Buttons:
    return [
        [
            (UNDO, UndoLetters(done.number)),
            ("Thu hồi công văn", WithdrawLetter(done.letter)),
        ]
    ]


async def undo_button(update: Update, context: BotContext, button: UndoLetters) -> None:
    caller = await context.caller(update)
    past_ok = bool(button.past_ok)
    done = await context.services.run(publishing.undo_version, caller, button.version, past_ok)
    await show_restored(update, context, done)


def undo_asked_again(asked: UndoPastAsked) -> tuple[str, Buttons]:
    """The undo of a move back to a date already passed, pressed once: asked again, as /doihan
    asks before a move to a passed date; nothing written nor told yet."""
    found = move_undo_asked(asked.back)
    text = "\n".join([f"<b>{esc(found.title)}</b>", *found.lines, found.question])
    return text, [[(PRESS_AGAIN, UndoLetters(asked.number, True))]]


async def show_restored(
    update: Update, context: BotContext, done: LettersRestored | UndoPastAsked | Refusal
) -> None:
    """A change of the letters undone (its "Hoàn tác", or /hoantac): quoted, the units told;
    the undo of a move back to a passed date asked again first."""
    if isinstance(done, UndoPastAsked):
        await reply(update, context, *undo_asked_again(done))
        return
    told = ""
    if isinstance(done, LettersRestored):  # the units told now, as the web desk's undo tells them
        told = await context.services.run(restored_told.tell_restored, done)
    if isinstance(done, LettersRestored) and done.unpublished is not None:
        # the publish undone: the reviewed draft, corrections and all, can be published again
        letter, revision = done.unpublished
        again: Buttons = [[("✅ Công bố lại", PublishLetter(letter, revision))]]
        await reply(update, context, with_told(restored_text(done), told), again)
        return
    await reply(update, context, with_told(restored_text(done), told))


async def deliver_moves(context: BotContext, moved: tuple[str, ...]) -> None:
    """A change that moved deadlines back (or again): the word to the units owing them, now."""
    desk = context.services
    if moved and desk.deliver_owed is not None:
        await desk.deliver_owed()


def restored_text(done: LettersRestored | Refusal) -> str:
    if isinstance(done, Refusal):
        return done.reason
    moved = "".join(f"\n• 🗓 {esc(line)}" for line in done.moved)
    back = "".join(f"\n{line}" for line in done.back)  # already HTML: the deadline in force now
    return restored_line(done.restored, done.number, done.letters, done.ended) + back + moved


def withdrawn_text(done: LetterWithdrawn) -> str:
    ids = ", ".join(key_tag(t) for t in done.tasks)
    stops = f" Thôi theo dõi {ids}; trạng" if ids else " Trạng"
    moved = "".join(f"\n• 🗓 {esc(line)}" for line in done.moved)
    return (
        f"🗑 Đã thu hồi {esc(done.title)}: phiên bản {done.number}.{stops} "
        "thái và hồ sơ đã nộp vẫn được giữ, và trở lại nếu quay về phiên bản trước "
        f"(phiên bản {done.number - 1}, trong /congvan lichsu)." + moved
    )
