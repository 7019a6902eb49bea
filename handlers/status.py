"""Status updates and progress: /capnhat, a note asked for when needed, /tiendo, /lichsu, /huy."""

from __future__ import annotations

import json

from telegram import Update

from handlers.common import NOT_OFFICER, args_text, reply
from handlers.context import BotContext
from handlers.reports import chart_buttons
from knowledge.answers import esc, key_tag
from knowledge.progress import agency_progress, history_text, province_progress
from knowledge.standing import marks_of
from knowledge.statuses import (
    NEEDS_NOTE,
    STATUSES,
    default_agency,
    may_update,
    parse_status,
    role_in,
)
from knowledge.text import fold

MAX_NOTE = 1000
USAGE = (
    "Cú pháp: <code>/capnhat &lt;mã mục&gt; &lt;trạng thái&gt; [ghi chú]</code>, ví dụ "
    "<code>/capnhat 406-14 xong</code>. Trạng thái: chưa bắt đầu, đang làm, kiểm thử, xong, "
    "vướng mắc (kèm ghi chú), không đủ điều kiện (kèm lý do)."
)


def split_key_status(svc, words: list[str]):
    """Try the shortest key that leaves a recognisable status behind: keys may contain spaces."""
    for n in range(1, min(len(words), 8) + 1):
        key = svc.assistant.resolve_key(" ".join(words[:n]), svc.province, svc.clock.today())
        status, note = parse_status(" ".join(words[n:]))
        if key and status:
            return key, status, note
    key = svc.assistant.resolve_key(words[0], svc.province, svc.clock.today()) if words else None
    return key, None, ""


async def capnhat(update: Update, context: BotContext) -> None:
    svc = context.services
    user = update.effective_user
    is_admin = svc.is_admin(user.id)
    agency = svc.agency_of(user.id)
    if agency is None and not is_admin:
        await reply(update, context, NOT_OFFICER)
        return
    words = (args_text(context)).split()
    if not words:
        await choose_row(update, context, agency, is_admin)
        return
    key, status, note = split_key_status(svc, words)
    if key is None:
        await reply(update, context, f"Không tìm thấy mục “{esc(words[0][:50])}”.\n" + USAGE)
        return
    if status is None:
        await reply(update, context, f"Chưa rõ trạng thái cho {key_tag(key)}.\n" + USAGE)
        return
    if not may_update(svc.province, agency, key, is_admin):
        await reply(
            update,
            context,
            f"{esc(agency)} không chủ trì hay phối hợp mục {key_tag(key)}, "
            "nên bạn không cập nhật được mục này. Không có gì thay đổi.",
        )
        return
    target = (
        agency
        if agency and role_in(svc.province, agency, key)
        else default_agency(svc.province, key)
    )
    if status in NEEDS_NOTE and not note:
        svc.repo.set_pending(
            update.effective_chat.id,
            user.id,
            "note",
            json.dumps({"key": key, "agency": target, "status": status}, ensure_ascii=False),
        )
        what = "lý do" if status == "khong_du_dieu_kien" else "ghi chú về vướng mắc"
        await reply(
            update,
            context,
            f"Trạng thái “{esc(STATUSES[status])}” cho {key_tag(key)} cần {what}. "
            "Hãy gõ nội dung ở tin nhắn tiếp theo, hoặc /huy để bỏ.",
        )
        return
    await save(update, context, key, target, status, note)


async def choose_row(
    update: Update, context: BotContext, agency: str | None, is_admin: bool
) -> None:
    """The button flow, step 1: my agency's rows."""
    svc = context.services
    if agency is None:
        await reply(update, context, USAGE)
        return
    index = item_index(svc)
    rows = [a.key for a in svc.province.rows_of(agency)] + [
        t.id for t in svc.province.tasks_of(agency)
    ]
    buttons = [[(key[:40], f"u:{index[key]}")] for key in rows]
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
        await reply(update, context, "Nút này không còn hợp lệ. Gõ /capnhat để chọn lại.")
        return
    row = item_index(svc)[key]
    buttons = [[(label, f"s:{row}:{i}")] for i, label in enumerate(STATUSES.values())]
    await reply(update, context, f"Trạng thái mới cho {key_tag(key)}:", buttons)


async def status_button(update: Update, context: BotContext) -> None:
    """Step 3: save, or ask for the note that the status requires."""
    svc = context.services
    await update.callback_query.answer()
    _, row, code = update.callback_query.data.split(":")
    key = _row_key(svc, row)
    codes = list(STATUSES)
    user = update.effective_user
    agency, is_admin = svc.agency_of(user.id), svc.is_admin(user.id)
    if key is None or not code.isdigit() or int(code) >= len(codes):
        await reply(update, context, "Nút này không còn hợp lệ. Gõ /capnhat để chọn lại.")
        return
    if not may_update(svc.province, agency, key, is_admin):
        await reply(
            update, context, f"Bạn không cập nhật được mục {key_tag(key)}. Không có gì thay đổi."
        )
        return
    status = codes[int(code)]
    target = (
        agency
        if agency and role_in(svc.province, agency, key)
        else default_agency(svc.province, key)
    )
    if status in NEEDS_NOTE:
        svc.repo.set_pending(
            update.effective_chat.id,
            user.id,
            "note",
            json.dumps({"key": key, "agency": target, "status": status}, ensure_ascii=False),
        )
        await reply(
            update,
            context,
            f"Hãy gõ ghi chú cho {key_tag(key)} ({esc(STATUSES[status])}), hoặc /huy để bỏ.",
        )
        return
    await save(update, context, key, target, status, "")


def item_keys(svc) -> list[str]:
    """Catalogue rows, then the province's tasks: a button carries the position, not the key."""
    return list(svc.assistant.catalogue.rows) + [t.id for t in svc.province.tasks]


def item_index(svc) -> dict[str, int]:
    return {key: i for i, key in enumerate(item_keys(svc))}


def _row_key(svc, text: str) -> str | None:
    keys = item_keys(svc)
    return keys[int(text)] if text.isdigit() and int(text) < len(keys) else None


async def save(
    update: Update,
    context: BotContext,
    key: str,
    agency: str,
    status: str,
    note: str,
) -> None:
    svc = context.services
    note = note[:MAX_NOTE]
    change = svc.repo.record(key, agency, status, note, update.effective_user.id, svc.clock.now())
    old = STATUSES.get(change.old, "Chưa bắt đầu") if change.old else "Chưa bắt đầu"
    tail = f"\nGhi chú: {esc(note)}" if note else ""
    await reply(
        update,
        context,
        f"✅ Đã ghi: {key_tag(key)} ({esc(agency)}): {esc(old)} → "
        f"<b>{esc(STATUSES[status])}</b>{tail}",
    )


async def take_pending_note(update: Update, context: BotContext, payload: str) -> None:
    """The chat owed a note for a status: this message is that note."""
    svc = context.services
    svc.repo.pop_pending(update.effective_chat.id, update.effective_user.id)
    data = json.loads(payload)
    note = (update.effective_message.text or "").strip()
    if not note:
        svc.repo.set_pending(update.effective_chat.id, update.effective_user.id, "note", payload)
        await reply(
            update, context, "Ghi chú không được để trống. Hãy gõ nội dung, hoặc /huy để bỏ."
        )
        return
    await save(update, context, data["key"], data["agency"], data["status"], note)


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
            chart_buttons(svc, None),
        )
        return
    agency = (
        svc.assistant.agencies.resolve(arg) if arg else svc.agency_of(update.effective_user.id)
    )
    if agency is None:
        hint = (
            f"Không nhận ra cơ quan “{esc(arg[:80])}”. " if arg else "Bạn chưa đăng ký cơ quan. "
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
        chart_buttons(svc, agency),
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
