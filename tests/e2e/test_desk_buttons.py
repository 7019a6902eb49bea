"""'Mở bảng theo dõi' through the emulator: a web_app button under /tiendo, /nopbai and /nopbai
tinh in a private chat, a plain link to the private chat in a group (Telegram refuses a web_app
button there, and the emulator with it), the menu button; none at all without an HTTPS address."""

from __future__ import annotations

import json

import pytest

from bot.player import Player
from tests.botkit import ADMIN, register, start_on

URL = "https://bot.example.org/app/"


def keyboard(player, chat: int) -> list[dict]:
    message = player.emulator.messages[chat][-1]
    return [
        b for row in (message.get("reply_markup") or {}).get("inline_keyboard", []) for b in row
    ]


@pytest.fixture
async def desk_player(tmp_path, db_url):
    p = Player(db_url, [ADMIN], files_dir=tmp_path / "files")
    p.config.web_url = URL
    await start_on(p, "@ 2021-04-13 08:00")
    yield p
    await p.stop()
    assert p.emulator.refusals() == []


async def test_desk_button_in_private_chats_link_in_groups(desk_player):
    p = desk_player
    menu = p.emulator.menu_buttons[None]
    assert menu["type"] == "web_app" and json.loads(json.dumps(menu))["web_app"]["url"] == URL
    await register(p)
    for command in ("/tiendo", "/nopbai"):
        await p.send(1001, command)
        desk = [b for b in keyboard(p, 1001) if b["text"] == "📋 Mở bảng theo dõi"]
        assert desk and desk[0]["web_app"] == {"url": URL}, command
    for command in ("/tiendo tinh", "/nopbai tinh"):
        await p.send(ADMIN, command)
        assert any(b.get("web_app") == {"url": URL} for b in keyboard(p, ADMIN)), command
    # in a group: a link that opens the private chat, where /start desk offers the button
    await p.send(1001, "/tiendo", chat_id=-500)
    link = [b for b in keyboard(p, -500) if b["text"] == "📋 Mở bảng theo dõi"]
    assert link == [{"text": "📋 Mở bảng theo dõi", "url": "https://t.me/dvctt_bot?start=desk"}]
    await p.send(1001, "/start desk")
    assert keyboard(p, 1001)[0]["web_app"] == {"url": URL}
    # pressing it opens the page in the client: the bot hears nothing
    calls = await p.send(1001, "[Mở bảng theo dõi]")
    assert calls == []


async def test_the_emulator_refuses_a_web_app_button_in_a_group(desk_player):
    from telegram import InlineKeyboardButton, InlineKeyboardMarkup, WebAppInfo
    from telegram.error import BadRequest

    p = desk_player
    await p.send(1001, "/start", chat_id=-500)
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("x", web_app=WebAppInfo(URL))]])
    with pytest.raises(BadRequest, match=r"(?i)button_type_invalid"):
        await p.app.bot.send_message(-500, "x", reply_markup=markup)
    refused = p.emulator.refusals()
    assert [c["error"] for c in refused] == ["400 Bad Request: BUTTON_TYPE_INVALID"]
    p.emulator.calls.remove(refused[0])  # the refusal this test asked for


async def test_no_https_address_no_button(player):
    await register(player)
    await player.send(1001, "/tiendo")
    assert all("web_app" not in b and "url" not in b for b in keyboard(player, 1001))
    assert player.emulator.menu_buttons == {}
