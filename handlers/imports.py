"""An assignment table sent to the bot as a document, reviewed before it is used: an admin sends
the .xlsx/.csv in a private chat, the bot answers the difference from the table in force (as
`python -m bot import FILE` prints it) and an "Áp dụng" button; the apply is quoted back with a
"Hoàn tác" button that restores the version before.
"""

from __future__ import annotations

import html

from telegram import Update

from db.import_repo import StaleDraft
from handlers.common import reply
from handlers.context import BotContext
from knowledge.catalogue.importer import ImportRefused, Lines, Unreadable, validate
from knowledge.catalogue.table_versions import diff, render_diff, table_of, version_zero
from knowledge.language.text import ascii_number
from knowledge.rules.statuses import within_window

ADMINS_ONLY = (
    "Chỉ quản trị viên mới gửi bảng phân công cho bot; tệp của bạn không được đọc, "
    "không có gì thay đổi."
)
MAX_ERRORS = 20


async def sync_table(update: Update, context: BotContext) -> None:
    """Before every update: answer from the assignment table in force."""
    context.services.sync_table()


async def take_table(update: Update, context: BotContext, lines: Lines) -> None:
    """A document from an admin that is not a form, read as lines (handlers/documents.py, in the
    sandbox): checked as an assignment table, reviewed.
    """
    svc = context.services
    user = update.effective_user
    doc = update.effective_message.document
    if not svc.is_admin(user.id) or svc.tables is None:
        await reply(update, context, ADMINS_ONLY)
        return
    name = doc.file_name or "tệp"
    province = svc.province
    try:
        rows = validate(lines, svc.assistant, province.decision, name)
    except Unreadable as exc:
        await reply(update, context, html.escape(f"{exc} Không có gì thay đổi."))
        return
    except ImportRefused as refused:
        errors = refused.errors[:MAX_ERRORS] + (["…"] if len(refused.errors) > MAX_ERRORS else [])
        head = f"Từ chối cả tệp {name} ({len(refused.errors)} lỗi), không có gì thay đổi:"
        await reply(update, context, html.escape("\n".join([head, *errors])))
        return
    change = diff(table_of(province.assignments.values()), table_of(rows, province.expand))
    lines = render_diff(change, f"Tệp {name}", f"bảng đang dùng, phiên bản {svc.table_number}")
    if change.empty:
        await reply(update, context, html.escape("\n".join(lines)) + "\nKhông cần áp dụng.")
        return
    draft = svc.tables.draft(
        svc.config.province,
        province.name,
        province.decision,
        rows,
        name,
        svc.clock.now(),
        user.id,
    )
    label = f"Áp dụng, bỏ {len(change.removed)} mục" if change.partial else "Áp dụng"
    await reply(update, context, html.escape("\n".join(lines)), [[(label, f"im:{draft}")]])


def _number(data: str) -> int | None:
    raw = data.partition(":")[2]
    return ascii_number(raw, 9)


async def apply_pressed(update: Update, context: BotContext) -> None:
    """im:<draft id>: the reviewed table becomes the new version."""
    svc = context.services
    query = update.callback_query
    await query.answer()
    if not svc.is_admin(update.effective_user.id) or svc.tables is None:
        await reply(update, context, ADMINS_ONLY)
        return
    draft = _number(query.data)
    found = svc.tables.draft_of(draft) if draft is not None else None
    if draft is None or found is None or found[0] != svc.config.province:
        await reply(
            update, context, "Bảng này đã được áp dụng hoặc không còn: không có gì thay đổi."
        )
        return
    before = svc.table_number
    try:
        done = svc.tables.apply_draft(draft, svc.clock.now(), update.effective_user.id)
    except StaleDraft:
        await reply(
            update,
            context,
            "Bảng đang dùng đã đổi sau khi bạn xem khác biệt: gửi lại tệp để xem khác biệt mới. "
            "Không có gì thay đổi.",
        )
        return
    if done is None:
        await reply(update, context, "Bảng này đã được áp dụng: không có gì thay đổi.")
        return
    svc.sync_table(force=True)
    await reply(
        update,
        context,
        f"✅ Đã áp dụng bảng {html.escape(done.source)}: phiên bản {done.number}, "
        f"{done.rows} mục (trước đó: phiên bản {before}). Mọi tiến độ, nhắc hạn dùng bảng này.",
        [[("↩️ Hoàn tác", f"iu:{done.number}")]],
    )


async def undo_pressed(update: Update, context: BotContext) -> None:
    """iu:<version>: restore the version before it, while it is still the one in force."""
    svc = context.services
    query = update.callback_query
    await query.answer()
    if not svc.is_admin(update.effective_user.id) or svc.tables is None:
        await reply(update, context, ADMINS_ONLY)
        return
    number = _number(query.data)
    slug = svc.config.province
    if number is None or number != svc.tables.in_force_number(slug):
        await reply(
            update,
            context,
            "Đã có phiên bản mới hơn: không hoàn tác được phiên bản này. Không có gì thay đổi.",
        )
        return
    applied = next((v for v in svc.tables.history(slug) if v.number == number), None)
    if applied is None or applied.at is None or not within_window(applied.at, svc.clock.now()):
        await reply(
            update,
            context,
            "Đã quá 10 phút: không hoàn tác bằng nút được nữa. Quay lại phiên bản trước bằng "
            f"<code>python -m bot import --rollback {number - 1}</code>. Không có gì thay đổi.",
        )
        return
    zero = version_zero((svc.base or svc.assistant).catalogue, slug)
    done = svc.tables.rollback(slug, number - 1, svc.clock.now(), update.effective_user.id, zero)
    if done is None:
        await reply(update, context, "Không có phiên bản trước để quay lại. Không có gì thay đổi.")
        return
    svc.sync_table(force=True)
    await reply(
        update,
        context,
        f"↩️ Đã hoàn tác: dùng lại phiên bản {number - 1} (nay là phiên bản {done.number}, "
        f"{done.rows} mục).",
    )
