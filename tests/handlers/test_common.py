"""Replies: `send_text` sends what `send_message` would, without reading Telegram's answer."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from handlers.buttons import ShowRow
from handlers.common import Buttons, keyboard, keyboard_json, send_text
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


async def test_keyboard_json_is_sent_as_the_keyboard_is(player, monkeypatch):
    """A reply's keyboard built as JSON reaches Telegram as the keyboard's objects do: the same
    request body, callback data encoded by the codec, a ready link button kept whole."""
    bot = player.app.bot
    bodies: list[dict] = []
    post = type(player.app.bot.request).post

    async def spy(self, url, request_data=None, **kwargs):
        if url.endswith("/sendMessage"):
            bodies.append(request_data.json_parameters)
        return await post(self, url, request_data, **kwargs)

    monkeypatch.setattr(type(bot.request), "post", spy)
    rows: Buttons = [
        [("406-14 · Cấp giấy phép xây dựng", ShowRow("406-14")), ("Hủy", ShowRow("406-7"))],
        [InlineKeyboardButton("Mở trang", url="https://example.org/desk")],
    ]
    await send_text(bot, ADMIN, TEXT, keyboard(rows))
    await send_text(bot, ADMIN, TEXT, keyboard_json(rows))
    assert len(bodies) == 2 and bodies[0] == bodies[1]
    kept = player.emulator.messages[ADMIN][-2:]
    assert kept[0]["reply_markup"] == kept[1]["reply_markup"]
    first = kept[1]["reply_markup"]["inline_keyboard"][0][0]
    assert first["callback_data"] == ShowRow("406-14").encode()
    assert kept[1]["reply_markup"]["inline_keyboard"][1][0]["url"] == "https://example.org/desk"
    assert keyboard_json(None) is None and keyboard_json([]) is None
