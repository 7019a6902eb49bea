"""Replies: `send_text` sends what `send_message` would, without reading Telegram's answer."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from handlers.common import send_text
from tests.botkit import ADMIN

TEXT = "<b>406-14</b> · Cấp giấy phép xây dựng &amp; <i>hạn</i> 30/6"


async def test_send_text_sends_what_send_message_sends(player, monkeypatch):
    bot = player.app.bot
    sent: list[tuple[str, dict]] = []
    post = type(bot)._do_post

    async def spy(self, endpoint, data, **timeouts):
        sent.append((endpoint, {**data, **timeouts}))
        return await post(self, endpoint, data, **timeouts)

    monkeypatch.setattr(type(bot), "_do_post", spy)
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Xem", callback_data="r:406-14")]])
    for buttons in (markup, None):
        await bot.send_message(ADMIN, TEXT, reply_markup=buttons)
        await send_text(bot, ADMIN, TEXT, buttons)
    assert len(sent) == 4
    assert sent[0] == sent[1] and sent[2] == sent[3]
    assert sent[0][1]["parse_mode"] == "HTML"
    # Telegram (the emulator) kept the same message twice: the text rendered, the button kept
    kept = [
        (m["text"], m.get("entities"), m.get("reply_markup"))
        for m in player.emulator.messages[ADMIN][-4:]
    ]
    assert kept[0] == kept[1] and kept[2] == kept[3]
    assert kept[0][0] == "406-14 · Cấp giấy phép xây dựng & hạn 30/6"
    assert [e["type"] for e in kept[0][1]] == ["bold", "italic"]
    assert kept[0][2] is not None and kept[2][2] is None
