"""Statuses offered in chat before anything is written: the offer of a status read from free
text (one button, or one an item of several), and an admin's choice of the unit to write for.
Split from handlers/status.py, which shows what a write did; the decisions are the use cases'
(usecases/status_offers.py, usecases/statuses.py).
"""

from __future__ import annotations

from telegram import Update

from handlers import offer_text
from handlers.buttons import ConfirmAll, ConfirmOffer, WriteFor
from handlers.common import BUTTON_TEXT, Buttons, reply
from handlers.context import BotContext
from handlers.offer_text import cut, titled_key
from knowledge.calendar.deadlines import fmt_date, fmt_due_inner
from knowledge.messages.markup import plain_key
from knowledge.messages.offers import items_beyond, note_left_out, unchanged_items, with_buttons
from knowledge.render.answers import esc, key_tag
from usecases.added_notes import NoteItems
from usecases.reminder_replies import OfferedEach
from usecases.results import Refusal
from usecases.statements_kinds import Why
from usecases.status_results import Offered, UnitAsked
from usecases.statuses import Status


async def ask_unit(update: Update, context: BotContext, asked: UnitAsked) -> None:
    """A row several units own, written by an admin without naming one: a button per unit
    still to write, never a silent pick; the words typed that named no unit, and the day typed
    as sent, said back (the day is written with the press)."""
    note = f"\nGhi chú: {esc(asked.note)}" if asked.note else ""
    if asked.sent_on is not None:
        note += f"\nNgày gửi: {fmt_date(asked.sent_on)} (ghi cùng đơn vị bạn bấm)"
    buttons: Buttons = [
        [
            (
                f"{o.unit} ({o.role})"[:BUTTON_TEXT] if o.role else o.unit[:BUTTON_TEXT],
                WriteFor(asked.key, o.unit),
            )
        ]
        for o in asked.units
    ]
    count = len(asked.units)
    if asked.typed:
        head = f"«{esc(asked.typed)}» có trong tên {count} đơn vị của {key_tag(asked.key)}."
    elif asked.done:
        head = (
            f"{key_tag(asked.key)}: {count} đơn vị chưa ở trạng thái “{esc(asked.status.label)}”"
            f" ({asked.done} đơn vị đã có, không liệt kê)."
        )
    else:
        head = f"{key_tag(asked.key)} có {count} đơn vị, mỗi đơn vị một trạng thái."
    if asked.unread:  # "ghi thay tn …": the words read as no unit, said before the choice
        head = f"Không nhận ra đơn vị «{esc(asked.unread)}». " + head
    await reply(
        update,
        context,
        head + f" Ghi “{esc(asked.status.label)}” thay cho đơn vị nào?"
        f"{note}\nChưa có gì được ghi; bấm "
        "tên đơn vị (hoặc gõ <code>/capnhat &lt;mã mục&gt; &lt;đơn vị&gt; &lt;trạng thái&gt;"
        "</code>).",
        buttons,
    )


async def offer(
    update: Update,
    context: BotContext,
    result: Offered | UnitAsked | NoteItems | Refusal,
    whose: str | None = None,
    lead: str = "",
    quoted: bool = False,
    noted: bool = False,
) -> None:
    """A free text naming a row and a status: one button that writes it (with the note typed
    after the status), or an admin's buttons of the row's units; never a silent write. `whose`:
    the officer's unit, named in a group, where the reminder is several agencies'; `lead`: a
    line said first (why the offer is made again); `quoted`: the note came on a line of its
    own, so the question quotes it and the button says it goes with the press (ux30 #3);
    `noted`: only the note is new (the status stands), and the button says whose note it is."""
    if isinstance(result, Refusal):
        await reply(update, context, f"{lead}\n{result.reason}" if lead else result.reason)
        return
    if isinstance(result, NoteItems):  # a note naming no item, no write to attach it to
        await reply(
            update,
            context,
            f"Ghi chú «{esc(result.note)}» cho mục nào? Trạng thái giữ nguyên; không bấm thì "
            "không có gì thay đổi (mục khác: <code>ghi chú &lt;mã mục&gt;: &lt;nội dung&gt;"
            "</code>).",
            [
                [(f"Ghi chú cho {cut(title) or plain_key(key)}"[:BUTTON_TEXT], _kept(key))]
                for key, title in result.items
            ],
        )
        return
    if isinstance(result, UnitAsked):
        await ask_unit(update, context, result)
        return
    found = result.offer
    tail = f"\nGhi chú: {esc(found.note)}" if found.note else ""
    if result.sent_day:  # "đã gửi ngày 9/4": the day the status counts from
        tail += f"\n{esc(result.sent_day)}"
    if found.dropped:  # "mà sao vẫn nhắc": not the note, and said so
        tail += "\n" + note_left_out(found.dropped, found.key, found.status)
    title = f" ({esc(cut(result.title))})" if result.title and result.title != found.key else ""
    # a task by its title, its key as code after it (ux23 #2); a row by its key, its title after
    named = titled_key(found.key, result.title) if result.task else key_tag(found.key) + title
    sent = result.sent
    if found.part:
        # one form of several named: that form is not the task; the task only on a confirmation
        # an admin writing for a unit: the unit named, and no /nop line (it files the admin's)
        unit = esc(result.behalf) if result.behalf else "đơn vị"
        hand_in = (
            ""
            if result.behalf
            else f" Nộp {esc(found.part)} qua bot: <code>{esc(result.hand_in)}</code>."
        )
        text = (
            f"{esc(found.part)} là một trong các biểu của {key_tag(found.key)}{title}; nhiệm vụ "
            f"chỉ xong khi đủ cả.{hand_in}\nNếu {unit} đã gửi đủ {esc(result.title)}, "
            f"bấm nút để ghi cả nhiệm vụ → <b>Hoàn thành</b>"
            f"{offer_text.whose_text(result, whose)}; không bấm thì không có gì thay đổi.{tail}"
        )
    elif result.day_was is not None and found.sent_on is not None:
        # done already, with another day: the day is what the press corrects (ux23 #1)
        unit = offer_text.whose_text(result, whose)
        text = (
            f"{named}{unit} đã ghi <b>{esc(found.status.label)}</b>, ngày "
            f"gửi {fmt_date(result.day_was)}. Sửa ngày gửi thành <b>{fmt_date(found.sent_on)}"
            f"</b>?{tail}\nBấm nút để sửa (ghi thêm vào lịch sử, hoàn tác được); không bấm thì "
            "không có gì thay đổi."
        )
    elif result.outside is not None:
        unit = offer_text.whose_text(result, whose)
        text = offer_text.sent_outside(named, found.key, result.outside, unit, tail)
    elif sent is not None:
        text = (
            f"{key_tag(sent.key)} (hạn {fmt_due_inner(sent.due)}) đã ghi "
            f"<b>{esc(Status.HOAN_THANH.label)}</b> ngày {fmt_date(sent.on)}; không ghi lại.\n"
            f"Nếu đã nộp cả kỳ sau, bấm nút để ghi {named} → "
            f"<b>{esc(found.status.label)}</b>; không bấm thì không có gì thay đổi.{tail}"
        )
    else:
        # the status first, then whose: a long title read to its end named the unit last and
        # the status after it, where it was missed (ux16a #14)
        unit = offer_text.whose_text(result, whose)
        then = f", rồi gõ {esc(result.needs)}" if result.needs else ""
        partial = (
            "\n<i>Đã xong một phần (dưới 100%) là đang thực hiện; Hoàn thành chỉ khi dịch vụ đã "
            "tích hợp, cung cấp trên Cổng DVCQG.</i>"
            if found.partial
            else ""
        )
        said = f"<b>{esc(found.status.label)}</b>{unit}"
        if quoted and found.note:  # the note just typed, quoted in the question it answers
            said += f", ghi chú «{esc(found.note)}»"
            tail = tail.replace(f"\nGhi chú: {esc(found.note)}", "", 1)
        ask = "Bạn muốn ghi"
        if found.spelled:  # a status typed with a slip: asked as a guess (ux35 #3)
            ask = f"«{esc(found.spelled)}»: có phải bạn muốn ghi"
        text = (
            f"{ask} {named} → {said}?"
            f"{tail}{partial}\nBấm nút để ghi{then}; không bấm thì không có gì thay đổi."
        )
    if result.unchanged:  # "406-14 và 406-15 xong", 406-14 already done: said, not dropped
        text = f"{unchanged_items(result.unchanged, found.status)}\n{text}"
    if result.skipped:  # the others named, left out of the offer: said why
        text = f"{result.skipped}\n{text}"
    if lead:
        text = f"{lead}\n{text}"
    shown = plain_key(found.key)  # an occurrence by its short key, as typed back
    label = f"Ghi {shown} → {found.status.label}?"
    if found.part:
        label = f"Đã gửi đủ {result.title}: ghi {shown} → {found.status.label}"
    elif result.day_was is not None and found.sent_on is not None:
        label = f"Sửa ngày gửi {shown} → {fmt_date(found.sent_on)}"
    elif result.outside is not None:
        label = f"Đã gửi ngoài bot: ghi {shown} → {found.status.label}"
        if len(label) > BUTTON_TEXT:  # an occurrence's key with its month: the status kept whole
            label = label.replace(": ghi ", ": ", 1)
    elif noted and result.task and result.title:  # "Ghi chú cho Mẫu số 01 — tháng 6/2021?"
        label = f"Ghi chú cho {cut(result.title)}?"
    elif quoted and found.note:
        label = f"Ghi {shown} → {found.status.label}, kèm ghi chú"
    await reply(
        update,
        context,
        text,
        [[(label[:BUTTON_TEXT], ConfirmOffer(found.key, found.status, result.behalf))]],
    )


async def offer_each(
    update: Update,
    context: BotContext,
    result: OfferedEach | Offered | UnitAsked | Refusal,
    whose: str | None = None,
    lead: str = "",
    quoted: bool = False,
    noted: bool = False,
) -> None:
    """A status said in reply to a reminder of several items: one button an item of it."""
    if not isinstance(result, OfferedEach):
        await offer(update, context, result, whose, lead, quoted)
        return
    label = result.status.label
    count = len(result.items)
    openings = {
        Why.MATCHED: f"Câu này khớp {count} nhiệm vụ",
        Why.REMINDER: f"Tin nhắn bạn trả lời nhắc {count} mục",
        Why.NAMED: f"Tin nhắn nêu {count} mục",
        Why.PARTS: f"{key_tag(result.parent)} có {count} mục con theo ngành của đơn vị bạn",
        # a status said alone about nothing named: the unit's items owed, soonest first
        Why.OWED: f"Bạn chưa nêu mục nào; đây là {count} việc đơn vị chưa xong, hạn gần nhất "
        "trước (việc khác: /capnhat)",
        Why.OWED_SENT: f"Bạn báo đã nộp hồ sơ nào? Đơn vị còn {count} hồ sơ chưa ghi nhận nộp",
    }
    opening = openings[result.why]
    whose = whose or result.unit or None
    of = f" của <b>{esc(whose)}</b>" if whose else ""
    lines = [f"{opening}. Mục nào{of} đã <b>{esc(label)}</b>? Mỗi nút ghi một mục:"]
    if result.why in (Why.OWED, Why.OWED_SENT) or result.dated:  # no question: said of each
        lines = [f"{opening}. Mỗi nút ghi một mục{of} → <b>{esc(label)}</b>:"]
    if lead:
        lines.insert(0, lead)
    if result.unchanged:
        lines.insert(0, unchanged_items(result.unchanged, result.status))
    if result.skipped:
        lines.append(result.skipped)
    shown, beyond = with_buttons(result.items, choice=result.why is Why.PARTS)
    for key, title in shown:
        lines.append(f"• {key_tag(key)}" + (f" ({esc(title)})" if title and title != key else ""))
    if beyond:
        lines.append(items_beyond([key for key, _ in beyond]))
    if result.note:
        lines.append(f"Ghi chú: {esc(result.note)}")
    sent = f", gửi {fmt_date(result.sent_on)}" if result.sent_on is not None else ""
    if result.dated and result.sent_on is not None:  # said of one item: the others from today
        day = fmt_date(result.sent_on)
        lines.append(f"Ngày gửi {key_tag(result.dated)}: {day}; mục khác tính từ hôm nay.")
    elif result.sent_on is not None:  # the day typed as sent: written with whichever is pressed
        lines.append(f"Ngày gửi: {fmt_date(result.sent_on)} (ghi cùng mục bạn bấm)")
    elif result.day_line:
        lines.append(esc(result.day_line))
    if result.dropped:
        lines.append(note_left_out(result.dropped, result.items[0][0], result.status))
    # nothing of these in the bot: a press reports them sent outside it
    empty = [(k, o) for k, o in result.outside if not o.held]
    if empty:
        keys = ", ".join(key_tag(k) for k, _ in empty)
        to = esc(empty[0][1].to)
        lines.append(
            f"Trong bot chưa có biểu, tệp nào của đơn vị cho {keys}: bấm là ghi đã gửi {to} "
            "ngoài bot (/nopbai ghi “báo đã nộp, không có … trong bot”); nộp qua bot: /nop."
        )
    for key, out in result.outside:  # some forms in the bot: the others reported sent outside
        if out.held:
            lines.append(
                f"Trong bot mới có {esc(', '.join(out.held))} cho {key_tag(key)}; bấm là ghi "
                f"đã gửi {esc(out.what)} cho {esc(out.to)} ngoài bot."
            )
    then = f", rồi gõ {esc(result.needs)}" if result.needs else ""
    # the items the officer's own words named, a status needing no note: one press for all
    count_all = len(result.at_once)  # decided as the press decides (usecases/all_items.py)
    all_label = f"✅ Ghi cả {count_all} → {label}"
    if count_all > 1:
        then += f", hoặc bấm “{esc(all_label)}” để ghi tất cả một lần"
    lines.append(f"Bấm nút của mục đó để ghi{then}; không bấm thì không có gì thay đổi.")
    buttons: Buttons = [
        [
            (
                f"Ghi {plain_key(key)} → {label}{sent if key == (result.dated or key) else ''}"[
                    :BUTTON_TEXT
                ],
                ConfirmOffer(key, result.status, result.unit or None),
            )
        ]
        for key, _ in shown
    ]
    if count_all > 1:
        confirm = ConfirmAll(result.status, result.unit or None)
        buttons.append([(all_label[:BUTTON_TEXT], confirm)])
    await reply(update, context, "\n".join(lines), buttons)


def _kept(key: str) -> ConfirmOffer:
    """The press of a note-only offer's item: the prompt keeps its status (OfferPrompt.kept),
    the button carries the placeholder the prompt holds."""
    return ConfirmOffer(key, Status.CHUA_BAT_DAU, None)
