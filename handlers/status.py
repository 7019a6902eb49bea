"""Status updates and progress: /capnhat, a note asked for when needed, undo, /tiendo, /lichsu,
/huy.

Who may write which row for which agency, and what an undo restores, is
knowledge/rules/statuses.py.
"""

from __future__ import annotations

import json

from telegram import Update

from handlers.common import args_text, reply
from handlers.context import BotContext
from handlers.desk import with_desk
from handlers.reports import chart_buttons
from knowledge.language.text import fold
from knowledge.reader.writes import Offer, Reading, already, read_capnhat_line, repeats, usage
from knowledge.render.answers import esc, key_tag
from knowledge.rules.decisions import UNCHANGED, Refusal
from knowledge.rules.officers import Actor, may_write
from knowledge.rules.progress import agency_progress, history_text, province_progress
from knowledge.rules.standing import marks_of
from knowledge.rules.statuses import (
    Change,
    Status,
    newer_change,
    note_needed,
    undo,
    write_target,
)

MAX_NOTE = 1000
BUTTON_TEXT = 60  # a row's key and the start of its title
USAGE = (
    "Cú pháp: <code>/capnhat &lt;mã mục&gt; &lt;trạng thái&gt; [ghi chú]</code>, ví dụ "
    "<code>/capnhat 406-14 xong</code>. Trạng thái: chưa bắt đầu, đang làm, kiểm thử, xong, "
    "vướng mắc (kèm ghi chú), không đủ điều kiện (kèm lý do)."
)
STALE_BUTTON = "Nút này không còn hợp lệ. Gõ /capnhat để chọn lại."
UNDO = "Hoàn tác"


async def capnhat(update: Update, context: BotContext) -> None:
    """/capnhat <key> <status> [note], read exactly (knowledge/reader/writes.py); without
    arguments, the
    button flow; with a whole key but no status right after it, that key's status buttons."""
    svc = context.services
    who = svc.actor(update.effective_user.id)
    refusal = may_write(who)
    if refusal:
        await reply(update, context, svc.not_officer(who.user_id))
        return
    today = svc.clock.today()
    reading = read_capnhat_line(
        update.effective_message.text or "",
        lambda text: svc.assistant.resolve_key(text, svc.province, today),
    )
    if reading.kind == Reading.ROWS:
        await choose_row(update, context, who.agency)
    elif reading.kind == Reading.USAGE:
        await reply(update, context, usage(reading))
    elif reading.kind == Reading.CHOOSE:
        assert reading.key is not None
        target = write_target(svc.province, who, reading.key)
        if isinstance(target, Refusal):
            await reply(update, context, target.reason)
            return
        await offer_statuses(update, context, reading.key, "Chưa rõ trạng thái. ")
    else:
        assert reading.key is not None and reading.status is not None
        await write(update, context, who, reading.key, reading.status, reading.note)


async def write(
    update: Update, context: BotContext, who: Actor, key: str, status: Status, note: str
) -> None:
    """Both flows end here: the core names the agency (or refuses), then save or ask for a note."""
    svc = context.services
    target = write_target(svc.province, who, key)
    if isinstance(target, Refusal):
        await reply(update, context, target.reason)
        return
    if repeats(svc.repo.current(key, target), status, note):
        await reply(update, context, already(key, status))
        return
    what = note_needed(status)
    if what and not note:
        svc.repo.set_pending(
            update.effective_chat.id,
            who.user_id,
            "note",
            json.dumps({"key": key, "agency": target, "status": status}, ensure_ascii=False),
            svc.clock.now(),
        )
        await reply(
            update,
            context,
            f"Trạng thái “{esc(status.label)}” cho {key_tag(key)} cần {what}. "
            "Hãy gõ nội dung ở tin nhắn tiếp theo (trong 10 phút), hoặc /huy để bỏ.",
        )
        return
    await save(update, context, key, target, status, note)


async def choose_row(update: Update, context: BotContext, agency: str | None) -> None:
    """The button flow, step 1: my agency's rows."""
    svc = context.services
    if agency is None:
        await reply(update, context, USAGE)
        return
    index = item_index(svc)
    rows = [a.key for a in svc.province.rows_of(agency)] + [
        t.id for t in svc.province.tasks_of(agency)
    ]
    titles = {t.id: t.form or t.title for t in svc.province.tasks}
    catalogue = svc.assistant.catalogue
    buttons = [
        [
            (
                f"{key} · {titles.get(key) or catalogue.rows[key].short_title}"[:BUTTON_TEXT],
                f"u:{index[key]}",
            )
        ]
        for key in rows
    ]
    text = (
        f"Chọn mục của {esc(agency)} cần cập nhật:"
        if rows
        else f"{esc(agency)} chưa được giao mục nào."
    )
    await reply(update, context, text + ("" if rows else "\n" + USAGE), buttons or None)


async def choose_status(update: Update, context: BotContext) -> None:
    """Step 2: the status for the chosen row."""
    svc = context.services
    await update.callback_query.answer()
    key = _row_key(svc, update.callback_query.data.split(":")[1])
    if key is None:
        await reply(update, context, STALE_BUTTON)
        return
    await offer_statuses(update, context, key)


async def offer_statuses(update: Update, context: BotContext, key: str, lead: str = "") -> None:
    """A button for each status of `key`: nothing is written until one is pressed."""
    row = item_index(context.services)[key]
    buttons = [[(status.label, f"s:{row}:{i}")] for i, status in enumerate(Status)]
    await reply(update, context, f"{lead}Trạng thái mới cho {key_tag(key)}:", buttons)


async def offer_write(update: Update, context: BotContext, offer: Offer) -> None:
    """A free text naming a row and a status: one button that writes it (with the note typed
    after the status), never a silent write. The offer waits like a prompt: it lapses on the next
    message or after 10 minutes."""
    svc = context.services
    row, code = item_index(svc)[offer.key], list(Status).index(offer.status)
    payload = {"key": offer.key, "status": offer.status, "note": offer.note[:MAX_NOTE]}
    svc.repo.set_pending(
        update.effective_chat.id,
        update.effective_user.id,
        "offer",
        json.dumps(payload, ensure_ascii=False),
        svc.clock.now(),
    )
    tail = f"\nGhi chú: {esc(offer.note)}" if offer.note else ""
    await reply(
        update,
        context,
        f"Bạn muốn ghi {key_tag(offer.key)} → <b>{esc(offer.status.label)}</b>?{tail}\n"
        "Bấm nút để ghi; không bấm thì không có gì thay đổi.",
        [[(f"Ghi {offer.key} → {offer.status.label}?", f"wo:{row}:{code}")]],
    )


async def offer_pressed(update: Update, context: BotContext) -> None:
    """wo:<row>:<status>: the confirmation of the offer this chat holds, and only that one."""
    svc = context.services
    await update.callback_query.answer()
    _, row, code = update.callback_query.data.split(":")
    pending = svc.repo.pop_pending(update.effective_chat.id, update.effective_user.id)
    data = json.loads(pending.payload) if pending is not None and pending.kind == "offer" else {}
    key, codes = _row_key(svc, row), list(Status)
    if (
        not data
        or key != data.get("key")
        or not code.isdigit()
        or int(code) >= len(codes)
        or codes[int(code)] != data.get("status")
    ):
        await reply(update, context, "Đề nghị ghi này đã hết hiệu lực. " + UNCHANGED)
        return
    who = svc.actor(update.effective_user.id)
    await write(update, context, who, key, codes[int(code)], data.get("note", ""))


async def status_button(update: Update, context: BotContext) -> None:
    """Step 3: save, or ask for the note that the status requires."""
    svc = context.services
    await update.callback_query.answer()
    _, row, code = update.callback_query.data.split(":")
    key = _row_key(svc, row)
    codes = list(Status)
    if key is None or not code.isdigit() or int(code) >= len(codes):
        await reply(update, context, STALE_BUTTON)
        return
    await write(update, context, svc.actor(update.effective_user.id), key, codes[int(code)], "")


def item_keys(svc) -> list[str]:
    """Catalogue rows, then the province's tasks: a button carries the position, not the key."""
    return list(svc.assistant.catalogue.rows) + [t.id for t in svc.province.tasks]


def item_index(svc) -> dict[str, int]:
    return {key: i for i, key in enumerate(item_keys(svc))}


def _row_key(svc, text: str) -> str | None:
    keys = item_keys(svc)
    return keys[int(text)] if text.isdigit() and int(text) < len(keys) else None


def quote(change: Change) -> str:
    """A change as the officer reads it back: the row, the agency, old → new, the note."""
    old = change.old.label if change.old else Status.CHUA_BAT_DAU.label
    tail = f"\nGhi chú: {esc(change.note)}" if change.note else ""
    return (
        f"{key_tag(change.key)} ({esc(change.agency)}): {esc(old)} → "
        f"<b>{esc(change.new.label)}</b>{tail}"
    )


def undo_button(change: Change) -> list[list[tuple[str, str]]]:
    return [[(UNDO, f"un:{change.id}")]]


async def save(
    update: Update,
    context: BotContext,
    key: str,
    agency: str,
    status: Status,
    note: str,
) -> None:
    svc = context.services
    note = note[:MAX_NOTE]
    change = svc.repo.record_unless(
        key,
        agency,
        status,
        note,
        update.effective_user.id,
        svc.clock.now(),
        lambda current: repeats(current, status, note),
    )
    if change is None:
        await reply(update, context, already(key, status))
        return
    await reply(
        update,
        context,
        f"✅ Đã ghi: {quote(change)}\n<i>Ghi nhầm? Bấm Hoàn tác trong 10 phút.</i>",
        undo_button(change),
    )


async def take_pending_note(update: Update, context: BotContext, payload: str) -> None:
    """The chat owed a note for a status: this message is that note."""
    svc = context.services
    svc.repo.pop_pending(update.effective_chat.id, update.effective_user.id)
    data = json.loads(payload)
    note = (update.effective_message.text or "").strip()
    if not note:
        svc.repo.set_pending(
            update.effective_chat.id, update.effective_user.id, "note", payload, svc.clock.now()
        )
        await reply(
            update, context, "Ghi chú không được để trống. Hãy gõ nội dung, hoặc /huy để bỏ."
        )
        return
    # The agency was decided when the status was chosen; decide again: rights may have changed.
    who = svc.actor(update.effective_user.id)
    target = write_target(svc.province, who, data["key"])
    if isinstance(target, Refusal):
        await reply(update, context, target.reason)
        return
    if target != data["agency"]:
        await reply(
            update,
            context,
            f"Bạn không còn cập nhật {key_tag(data['key'])} cho {esc(data['agency'])}. "
            + UNCHANGED,
        )
        return
    await save(update, context, data["key"], target, Status(data["status"]), note)


async def undo_pressed(update: Update, context: BotContext) -> None:
    """un:<change id>: append the status and note before that change, if the core allows."""
    svc = context.services
    await update.callback_query.answer()
    raw = update.callback_query.data.partition(":")[2]
    change = svc.repo.change(int(raw)) if raw.isdigit() and len(raw) < 19 else None
    previous = svc.repo.before(change) if change else None
    latest = svc.repo.current(change.key, change.agency) if change else None
    who = svc.actor(update.effective_user.id)
    decision = undo(
        svc.province, who, change, previous, latest.id if latest else None, svc.clock.now()
    )
    if isinstance(decision, Refusal):
        await reply(update, context, decision.reason)
        return
    assert change is not None
    restored = svc.repo.record_after(
        change, decision.status, decision.note, who.user_id, svc.clock.now()
    )
    if restored is None:  # another change came in between our read and our write
        await reply(update, context, newer_change(change).reason)
        return
    await reply(update, context, f"↩️ Đã hoàn tác: {quote(restored)}", undo_button(restored))


async def huy(update: Update, context: BotContext) -> None:
    svc = context.services
    pending = svc.repo.pop_pending(update.effective_chat.id, update.effective_user.id)
    await reply(
        update,
        context,
        "Đã hủy thao tác đang dở." if pending else "Không có thao tác nào đang dở.",
    )


async def tiendo(update: Update, context: BotContext) -> None:
    svc = context.services
    arg = args_text(context)
    marks = marks_of(svc.repo.current_all())
    today = svc.clock.today()
    catalogue = svc.assistant.catalogue
    if fold(arg) in ("tinh", "toan tinh"):
        await reply(
            update,
            context,
            province_progress(catalogue, svc.province, marks, today),
            with_desk(chart_buttons(svc, None), svc, update.effective_chat, context.bot.username),
        )
        return
    agency = (
        svc.assistant.agencies.resolve(arg) if arg else svc.agency_of(update.effective_user.id)
    )
    if agency is None:
        hint = (
            f"Không nhận ra cơ quan “{esc(arg[:80])}”. "
            if arg
            else svc.not_officer(update.effective_user.id) + "\n"
        )
        await reply(
            update,
            context,
            hint + "Gõ <code>/tiendo tinh</code> hoặc <code>/tiendo Sở Xây dựng</code>.",
        )
        return
    await reply(
        update,
        context,
        agency_progress(catalogue, svc.province, agency, marks, today),
        with_desk(chart_buttons(svc, agency), svc, update.effective_chat, context.bot.username),
    )


async def lichsu(update: Update, context: BotContext) -> None:
    svc = context.services
    arg = args_text(context)
    key = svc.assistant.resolve_key(arg, svc.province, svc.clock.today()) if arg else None
    if key is None:
        await reply(update, context, "Gõ mã mục sau lệnh, ví dụ <code>/lichsu 406-14</code>.")
        return
    changes = svc.repo.history(key)
    names = {o.user_id: o.name for o in svc.repo.officers()}
    await reply(update, context, history_text(key, changes, names))
