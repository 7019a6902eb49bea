"""A unit hands in a document the bot has no layout of, as a file: `/nop <task>` then the file,
the file with `/nop <task>` as its caption, or the file as a reply to the reminder of the task.
The quote back carries "Hoàn tác" for the task marked sent. What is accepted is
usecases/handed_files.py's.
"""

from __future__ import annotations

from datetime import date

from telegram import Update
from telegram.error import TelegramError

from handlers import file_offer_text as offer_text
from handlers import status_offers
from handlers.buttons import HandOffered
from handlers.common import BUTTON_TEXT, reply
from handlers.context import BotContext
from handlers.status import quote
from handlers.submissions import undo_hint, undo_submission_button
from knowledge.calendar.deadlines import fmt_date, fmt_due
from knowledge.messages.markup import plain_key
from knowledge.render.answers import esc, key_tag
from knowledge.render.tracking_text import late_line, task_label
from usecases import behalf_told, file_offers, handed_files, no_proposals
from usecases import status_offers as offer_cases
from usecases.behalf_files import PROMPT_HEAD
from usecases.callers import Caller
from usecases.handed_files import FileHandedIn, HandinAsked
from usecases.prompts import HandinPrompt
from usecases.results import Refusal
from usecases.same_files import SameFile

SUFFIXES = ".xlsx, .docx hoặc .pdf"
# a file offered for the ghi thay a command ended (ux32 #4): a letter sent again is read as one
LETTER_AGAIN = "\nLà công văn để lập nhiệm vụ? Gửi lại tệp: bot sẽ đọc như công văn."


def _task_line(key: str, label: str, due, late: str = "") -> str:
    """The task by its title first, its key as code after it (what the officer reads, then what
    they type back, ux23 #2), and its date (`late`: its days late, in the date's bracket)."""
    when = f" — hạn {fmt_due(due, late)}" if due else ""
    return f"📌 {esc(label)} <code>{esc(plain_key(key))}</code>{esc(when)}"


def hand_label(title: str, key: str) -> str:
    """A file offer's button: the task's short title, then its key (a label holds no code), the
    title cut at a word so that the key stays whole within Telegram's label."""
    shown = plain_key(key)
    room = BUTTON_TEXT - len(shown) - len("Nộp:  ()")
    if not title or title == key or room < 8:
        return f"Nộp cho {shown}"[:BUTTON_TEXT]
    if len(title) > room:
        title = title[: room - 1].rsplit(" ", 1)[0].rstrip(",;:—- ") + "…"
    return f"Nộp: {title} ({shown})"


async def asked(update: Update, context: BotContext, found: HandinAsked | Refusal) -> None:
    if isinstance(found, Refusal):
        await reply(update, context, found.reason)
        return
    task = _task_line(found.key, task_label(found.task, found.key), found.due)
    if found.behalf:  # its head names the unit, read back from a reply to it (behalf_files)
        head = esc(PROMPT_HEAD.format(unit=found.agency))
        came = (
            f"Ngày nhận: {fmt_date(found.received)} (tình trạng nộp tính từ ngày này)."
            if found.received
            else "Ngày nhận khác hôm nay: thêm vào lệnh, ví dụ <code>… ngày 3/9</code>."
        )
        text = (
            f"{head}gửi tệp ({SUFFIXES}) đơn vị đã gửi qua e-mail hoặc bản giấy, cho nhiệm "
            f"vụ:\n{task}\nTệp được lưu là bản nộp của {esc(found.agency)}, do bạn ghi thay. "
            f"{came} /huy để thôi."
        )
    else:
        text = f"Gửi tệp ({SUFFIXES}) của {esc(found.agency)} cho nhiệm vụ:\n{task}\n/huy để thôi."
    await reply(update, context, text)


async def offer(
    update: Update,
    context: BotContext,
    caller: Caller,
    keys: tuple[str, ...],
    file_id: str,
    name: str,
    replied: bool = False,
    title_rows: str = "",
    unit: str | None = None,
    asked: bool = False,
    note: str = "",
    letter_hint: bool = False,
    same: SameFile | None = None,
    by_reply: bool = False,
    received: date | None = None,
) -> None:
    """A file sent with no task named surely: the files the unit owes now, or the tasks of the
    reminder of several it replies to, one button each, those the file's name or title rows
    (`title_rows`) name first and said so; kept only on a press."""
    offer_made = await context.services.run(
        file_offers.offer_file,
        caller,
        keys,
        file_id,
        name,
        title_rows,
        unit,
        asked,
        by_reply,
        received,
    )
    if isinstance(offer_made, Refusal):
        await reply(update, context, offer_made.reason)
        return
    found, pressable = offer_made.choices, offer_made.pressable
    file = esc(name or "tệp")
    said = offer_text.file_says(offer_made)
    # what the file prints said once: in the head when it says it, else on the line it clashes
    lines = "\n".join(_offer_line(f, bool(said)) for f in found)
    if not pressable:
        # every choice is one the file contradicts: none offered alone, nothing kept (ux30 #1)
        await reply(update, context, offer_text.all_clash(file, said, lines))
        return
    early = offer_text.early_head(offer_made, file)
    if same is not None:  # a double send, most likely: that copy named, the choice asked
        at = same.at.strftime("%H:%M %d/%m/%Y")
        head = (
            f"Tệp {file} giống hệt lần nộp {same.version} cho {key_tag(same.key)} ({at}) — gửi "
            f"lại làm lần {same.version + 1}, hay nộp cho nhiệm vụ khác?"
        )
    elif early:  # a period not begun: the occurrence due now first, the early one after it
        head = early
    elif offer_made.asked is not None:
        # the task was named, the file doubts it: asked before anything is kept
        head = f"Trước khi lưu tệp {file}: nộp cho nhiệm vụ nào?"
    elif not replied and all(f.again for f in pressable):
        # nothing owed, files sent lately: a corrected file, the next version of one of them
        which = "nhiệm vụ nào" if len(found) > 1 else "nhiệm vụ này"
        head = (
            f"Đơn vị đã nộp tệp cho {which} gần đây. Nộp tệp {file} làm bản mới (lần nộp "
            "sau thay lần trước)?"
        )
    elif any(f.named for f in found):
        # the file's own words name these (its name, its title rows): first, and said so;
        # the others stay offered, a press decides
        seen = "tên/nội dung tệp" if title_rows else "tên tệp"
        among = (
            "Tin nhắn bạn trả lời nhắc nhiều nhiệm vụ"
            if replied
            else f"Đơn vị đang phải nộp {len(found)} tệp"
        )
        head = f"Nộp tệp {file} cho nhiệm vụ nào? {among}; {seen} khớp nhiệm vụ đánh dấu 👉:"
    elif not replied and len(found) > 1:
        head = f"Nộp tệp {file} cho nhiệm vụ nào? Đơn vị đang phải nộp {len(found)} tệp:"
    elif not replied:
        head = f"Nộp tệp {file} cho nhiệm vụ đơn vị đang phải nộp?"
    elif len(found) > 1:
        head = f"Tin nhắn bạn trả lời nhắc nhiều nhiệm vụ. Nộp tệp {file} cho nhiệm vụ nào?"
    else:
        head = (
            f"Tin nhắn bạn trả lời nhắc nhiều nhiệm vụ; trong đó chỉ nhiệm vụ này nhận tệp. Nộp "
            f"tệp {file} cho nhiệm vụ này?"
        )
    warning = offer_text.other_unit_line(offer_made)
    if offer_made.unlike:  # none put forward: a press on purpose only
        warning += offer_text.unlike_line(offer_made.unlike, file)
        warning += "Chỉ bấm nút nếu đúng là tệp cần nộp.\n"
    tag = file_offers.file_tag(file_id)  # an older message's button never takes this file
    behalf = esc(PROMPT_HEAD.format(unit=unit)) if unit else ""  # an admin keeps it for the unit
    if note:  # its name says another kind ("tệp này là Word (.docx) đổi đuôi .xlsx")
        behalf += f"Tệp {file}: {esc(note)}; bot nhận nó như một tệp nộp. "
    await reply(
        update,
        context,
        f"{behalf}{said}{head}\n{lines}\n{warning}Bấm nút để nộp; không bấm thì không có gì được "
        "lưu (nộp cho nhiệm vụ khác: gửi lại tệp kèm chú thích <code>/nop &lt;mã nhiệm "
        f"vụ&gt;</code>).{LETTER_AGAIN if letter_hint else ''}",
        [[(hand_label(f.title, f.key), HandOffered(f.key, tag))] for f in pressable],
    )


def _offer_line(f: file_offers.FileOffered, said: bool = False) -> str:
    line = ("👉 " if f.named else "") + _task_line(f.key, task_label(f.task), f.due, f.late)
    if f.months:  # the letter leaves open which month it reports: both said (ux37 #1)
        line += f" · kỳ {esc(f.months[0])} hoặc số liệu {esc(f.months[1])}"
    # a warning on the line of the task it concerns: on a line of its own under the next task
    # it read as about the 👉 one above it (ux34 #8)
    if f.clash and said:  # the head said what the file prints (not twice in one message)
        return f"{line} · ⚠️ không khớp tệp"
    if f.clash:
        return f"{line} · ⚠️ tệp ghi {esc(f.clash)}: không phải nhiệm vụ này"
    if f.early is not None:
        return f"{line} · {offer_text.early_line(f.early)}"
    if f.again and f.named:
        return f"{line} (đã có bản, thay bản cũ)"
    return line


async def offer_pressed(update: Update, context: BotContext, button: HandOffered) -> None:
    caller = await context.caller(update)
    prompt = await context.services.run(file_offers.offered_file, caller, button.task, button.file)
    if isinstance(prompt, Refusal):
        await reply(update, context, prompt.reason)
        return
    try:
        file = await context.bot.get_file(prompt.file_id)
        content = bytes(await file.download_as_bytearray())
    except TelegramError:
        await reply(update, context, "Không tải được tệp từ Telegram. Hãy gửi lại.")
        return
    unit = prompt.agency if prompt.agency != caller.agency else None  # "ghi thay"
    name = prompt.name or "tep"
    await take_file(
        update,
        context,
        caller,
        prompt.key,
        name,
        content,
        unit=unit,
        unlike=prompt.unlike,
        received=prompt.received,
    )


async def take_file(
    update: Update,
    context: BotContext,
    caller: Caller,
    key: str,
    name: str,
    content: bytes,
    by_reply: bool = False,
    unit: str | None = None,
    unlike: str = "",
    received: date | None = None,
) -> None:
    """`by_reply`: the task is the one of the reminder the file replies to (said in the quote);
    `unit`: the unit an admin keeps the file for ("ghi thay"); `unlike`: the kind of paper it
    is titled by, looking like no report or form (said again in the receipt); `received`: the
    day the unit's file came, said by the admin."""
    done = await context.services.run(
        handed_files.hand_in, caller, key, name, content, unit, received
    )
    if isinstance(done, Refusal):
        await reply(update, context, done.reason)
        return
    await reply(update, context, *handed_in(done, by_reply, unlike))
    if done.done is not None and done.done.behalf:  # filed for the unit: its officers told
        await context.services.run(behalf_told.tell_now)


def handed_in(done: FileHandedIn, by_reply: bool = False, unlike: str = "") -> tuple[str, list]:
    again = ", thay lần trước" if done.replaces else ""
    behalf = f", do {esc(done.behalf)} ghi thay" if done.behalf else ""
    lines = [
        f"✅ Đã nhận {esc(done.summary)} của {esc(done.agency)} (lần nộp {done.version}{again}, "
        f"{done.at_text}{behalf}) cho nhiệm vụ:",
        _task_line(done.key, task_label(done.task), done.due),
    ]
    if by_reply:
        # kept with no button pressed, unlike a file sent on its own: the officer is told what
        # chose the task, so the undo below is the way out of a wrong reply
        lines.append(
            f"<i>Nộp ngay cho {key_tag(done.key)} vì tệp được gửi trả lời tin nhắc hạn của "
            "nhiệm vụ này.</i>"
        )
    if done.done is not None:
        lines.append(f"Đã ghi nhiệm vụ: {quote(done.done, title=done.title)}")
    if done.early is not None:  # pressed for a period not begun: said, the undo beside it
        lines.append(f"{offer_text.early_line(done.early)}: tệp được tính là nộp sớm cho kỳ này.")
    if done.received is not None and not done.received_kept:  # kept: the quote says it
        lines.append(_received_line(done))
    if done.days_late and done.due is not None:  # as /nopbai then says it
        lines.append(late_line(done.due, done.days_late))
    if done.unchecked:  # a document for a form laid out as a workbook (u47 #4)
        lines.append(_unchecked_line(done.task.form, done.unchecked))
    if unlike:  # pressed for all the warning: said again beside the undo
        lines.append(offer_text.unlike_line(unlike, "").rstrip())
    lines.append(undo_hint(done.replaces, done.done is not None))
    return "\n".join(lines), undo_submission_button(done.id)


def _received_line(done: FileHandedIn) -> str:
    """The day received not written (the task was already marked sent): said, with the way to
    correct the day sent; written, the quote of the status says it ("Ngày gửi: 3/9/2021")."""
    day = fmt_date(done.received) if done.received else ""
    key = plain_key(done.key)
    return (
        f"Ngày nhận {day} không được ghi: nhiệm vụ đã ghi là đã nộp từ trước. Sửa ngày gửi: "
        f"<code>/capnhat {esc(key)} {esc(done.agency)} đã nộp ngày {day}</code>."
    )


def _unchecked_line(label: str, forms: tuple[tuple[str, str], ...]) -> str:
    """A document kept for a form the province collects as a workbook: nothing in it checked
    or compiled, said so, with the ways that are (so the officer never takes it as checked)."""
    commands = ", ".join(f"<code>/nop {esc(code)}</code>" for _, code in forms)
    label = label or ", ".join(name for name, _ in forms)
    return (
        f"⚠️ Tệp được lưu như bản đã ký, <b>bot không kiểm tra số liệu trong tệp</b> và không "
        f"đưa vào bảng tổng hợp của tỉnh: {esc(label)} là biểu bảng tính (.xlsx). Để bot kiểm "
        f"tra từng ô: gửi mẫu .xlsx đã điền (/baocao → “Mẫu …”) hoặc điền trong chat: "
        f"{commands}."
    )


async def take_text(
    update: Update, context: BotContext, caller: Caller, prompt: HandinPrompt
) -> None:
    """A message while the chat waits for a file: the file is still awaited; where it waits
    beside the question whether the unit proposes anything (`/nop bieu02` with no proposal),
    "ko" offers the task as sent with nothing to propose, by a button, and "có" says how."""
    if prompt.aside:
        message = update.effective_message
        text = message.text or "" if message is not None else ""
        said = await context.services.run(no_proposals.yes_no_answer, caller, prompt, text)
        if isinstance(said, str):
            await reply(update, context, said)
        else:
            offered = await context.services.run(offer_cases.offer_status, caller, said)
            await status_offers.offer(update, context, offered)
        return
    await reply(
        update,
        context,
        f"Đang chờ tệp ({SUFFIXES}) cho {key_tag(prompt.key)}: gửi tệp vào đây, hoặc /huy "
        "để thôi.",
    )
