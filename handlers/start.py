"""/start and /help."""
from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from handlers.common import reply, services
from knowledge.answers import HELP_TEXT

OFFICER_HELP = (
    "\n\nCán bộ: /dangky &lt;cơ quan&gt; để đăng ký; /capnhat &lt;mã&gt; &lt;trạng thái&gt; [ghi chú], ví dụ "
    "<code>/capnhat 406-14 xong</code>; /tiendo, /tiendo tinh, /lichsu &lt;mã&gt;, /huy."
)
ADMIN_HELP = "\nQuản trị: /duyet &lt;id&gt;, /tuchoi &lt;id&gt;, /canbo, /thuhoi &lt;id&gt;."


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    text = f"Xin chào! Tôi là trợ lý hạn DVCTT của tỉnh {svc.province.name}.\n\n" + HELP_TEXT + OFFICER_HELP
    if svc.is_admin(update.effective_user.id):
        text += ADMIN_HELP
    await reply(update, context, text)
