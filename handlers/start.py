"""/start and /help."""

from __future__ import annotations

from telegram import Update

from handlers.common import reply
from handlers.context import BotContext
from handlers.desk import START_PAYLOAD, desk_row
from knowledge.render.declines import help_text

OFFICER_HELP = (
    "\n\nCán bộ: /dangky &lt;cơ quan&gt; để đăng ký; /capnhat &lt;mã&gt; &lt;trạng thái&gt; [ghi "
    "chú], ví dụ "
    "<code>/capnhat 406-14 xong</code> hoặc <code>/capnhat 20/4 xong</code> (ghi nhầm: /hoantac); "
    "/tiendo, /tiendo "
    "tinh, /quahan, "
    "/lichsu &lt;mã&gt;, /dexuat (đề xuất Biểu 02), /baocao (tải .xlsx), /nopbai (hồ sơ phải "
    "nộp), /nhacnho bat|tat, /huy."
    "\nNhóm của cơ quan: thêm bot vào nhóm rồi gõ <code>/theodoi Sở Xây dựng</code> để nhận nhắc "
    "hạn."
)
ADMIN_HELP = (
    "\nQuản trị: /duyet &lt;id&gt;, /tuchoi &lt;id&gt;, /canbo, /thuhoi &lt;id&gt;, /dexuat "
    "tatca, "
    "/quahan tinh, /nopbai tinh (đơn vị nào đã nộp, nhắc đơn vị chưa nộp); bạn nhận bản tổng "
    "hợp theo lịch (mặc định: thứ Hai và 3 ngày làm việc trước mỗi hạn của tỉnh)."
    "\nGhi thay đơn vị: <code>/capnhat 20/4 Sở Y tế đã nộp</code>, hoặc /baocao → “Mẫu …”, ghi "
    "tên đơn vị rồi gửi lại tệp. Sửa bảng phân công: <code>/giao 406-22 chủ trì Sở Y tế; hạn "
    "Tháng 9/2021</code>, hoặc gửi tệp bảng."
)


async def start(update: Update, context: BotContext) -> None:
    desk = context.services
    if context.args == [START_PAYLOAD]:  # the group's link to the desk led here
        row = desk_row(desk, update.effective_chat, context.bot.username)
        if row is not None:
            await reply(update, context, "Bảng theo dõi mở ngay trong Telegram:", [row])
            return
    text = (
        f"Xin chào! Tôi là trợ lý hạn DVCTT của tỉnh {desk.province.name}.\n\n"
        + help_text(desk.assistant.catalogue, desk.province)
        + OFFICER_HELP
    )
    user = update.effective_user
    if desk.is_admin(user.id if user else None):
        text += ADMIN_HELP
    await reply(update, context, text)
