"""The emulator refuses what Telegram refuses, with Telegram's code and description, and answers
what Telegram answers: one case per rule of bot.telegram_rules.RULES that a Bot API call meets.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from telegram import Bot, Message

from bot.clock import VirtualTime
from bot.emulator import Emulator
from bot.telegram_rules import RULES

USER, STRANGER, GROUP = 7, 8, -100


def emulator() -> Emulator:
    emu = Emulator(time=VirtualTime())
    emu.user_message(USER, "/start")  # opens the bot
    emu.user_message(USER, "chào nhóm", chat_id=GROUP)  # the bot hears the group: it is in it
    return emu


def send(emu: Emulator, method: str, files: dict | None = None, **params) -> dict:
    return emu.handle(method, params, files or {})


def message(text="x", chat=USER, **params) -> Callable[[Emulator], dict]:
    return lambda emu: send(emu, "sendMessage", chat_id=chat, text=text, **params)


def answer(emu: Emulator, query: dict, **params) -> dict:
    query_id = query["callback_query"]["id"]
    return send(emu, "answerCallbackQuery", callback_query_id=query_id, **params)


def answered_twice(emu):
    query = emu.forged_callback(USER, "x")
    assert answer(emu, query)["ok"]
    return answer(emu, query)


def answered_late(emu):
    query = emu.forged_callback(USER, "x")
    emu.time.advance(RULES["query_invalid"].limit + 1)
    return answer(emu, query)


def answered_in_time(emu):
    query = emu.forged_callback(USER, "x")
    emu.time.advance(RULES["query_invalid"].limit - 1)
    return answer(emu, query, text="Đã ghi")


def upload(kind: str, data: bytes, chat=USER) -> Callable[[Emulator], dict]:
    method = "sendDocument" if kind == "document" else "sendPhoto"
    return lambda emu: send(emu, method, {kind: ("a.xlsx", data)}, chat_id=chat)


def resent(kind_first: str, kind_again: str) -> Callable[[Emulator], dict]:
    def run(emu):
        first = upload(kind_first, b"PK")(emu)["result"][kind_first]
        file_id = (first[0] if kind_first == "photo" else first)["file_id"]
        method = "sendDocument" if kind_again == "document" else "sendPhoto"
        emu.time.advance(1)
        again = send(emu, method, chat_id=USER, **{kind_again: file_id})
        if again["ok"]:
            got = again["result"][kind_again]
            assert (got[0] if kind_again == "photo" else got)["file_id"] == file_id
        return again

    return run


def commands(*pairs, count=1) -> Callable[[Emulator], dict]:
    listed = [{"command": c, "description": d} for c, d in pairs] * count
    return lambda emu: send(emu, "setMyCommands", commands=json.dumps(listed))


def edit(old: str, new: str, **params) -> Callable[[Emulator], dict]:
    def run(emu):
        sent = message(old, parse_mode="HTML")(emu)["result"]
        emu.time.advance(1)
        return send(
            emu,
            "editMessageText",
            chat_id=USER,
            message_id=sent["message_id"],
            text=new,
            parse_mode="HTML",
            **params,
        )

    return run


def edit_document(emu):
    sent = upload("document", b"PK")(emu)["result"]
    emu.time.advance(1)
    return send(emu, "editMessageText", chat_id=USER, message_id=sent["message_id"], text="y")


def edit_too_soon(emu):
    sent = message("x")(emu)["result"]
    return send(emu, "editMessageText", chat_id=USER, message_id=sent["message_id"], text="y")


def buttons(*rows) -> str:
    return json.dumps({"inline_keyboard": [list(row) for row in rows]})


def keyed(count: int) -> str:
    row = [{"text": "n", "callback_data": "n"}] * 5
    return buttons(*([row] * (count // 5)))


def kicked(emu):
    emu.bot_membership(USER, GROUP, "kicked")
    return message(chat=GROUP)(emu)


def left(emu):
    emu.bot_membership(USER, GROUP, "left")
    return message(chat=GROUP)(emu)


def blocked(emu):
    emu.bot_membership(USER, USER, "kicked")  # the user blocked the bot
    return message()(emu)


def get_file(file_id: str):
    return lambda emu: send(emu, "getFile", file_id=file_id)


def user_sent(size: int):
    def call(emu):
        update = emu.user_document(USER, "bieu.xlsx", b"0" * size)
        return get_file(update["message"]["document"]["file_id"])(emu)

    return call


def bot_sent(emu):
    sent = upload("document", b"PK")(emu)["result"]
    return get_file(sent["document"]["file_id"])(emu)


MB = 1024 * 1024
CASES: dict[str, tuple[Callable[[Emulator], dict], str | None]] = {
    # callback queries: once, known, in time
    "callback answered twice": (answered_twice, "query_invalid"),
    "callback unknown id": (
        lambda emu: send(emu, "answerCallbackQuery", callback_query_id="42"),
        "query_invalid",
    ),
    "callback answered late": (answered_late, "query_invalid"),
    "callback answered in time": (answered_in_time, None),
    "callback answer too long": (
        lambda emu: answer(emu, emu.forged_callback(USER, "x"), text="é" * 201),
        "answer_too_long",
    ),
    # chats: who the bot may write to
    "user who never opened the bot": (message(chat=STRANGER), "user_not_started"),
    "user who opened the bot": (message(), None),
    "user who blocked the bot": (blocked, "user_blocked"),
    "group the bot never heard": (message(chat=-555), "chat_not_found"),
    "group that kicked the bot": (kicked, "group_kicked"),
    "group the bot left": (left, "group_not_member"),
    "group the bot is in": (message(chat=GROUP), None),
    # files
    "empty document": (upload("document", b""), "file_empty"),
    "document over 50 MB": (upload("document", b"0" * (50 * MB + 1)), "document_too_big"),
    "photo over 10 MB": (upload("photo", b"0" * (10 * MB + 1)), "photo_too_big"),
    "document sent again by file_id": (resent("document", "document"), None),
    "photo sent again by file_id": (resent("photo", "photo"), None),
    "photo's file_id sent as a document": (resent("photo", "document"), "file_type_mismatch"),
    "unknown file_id": (
        lambda emu: send(emu, "sendDocument", chat_id=USER, document="nope"),
        "file_id_invalid",
    ),
    "document by URL": (
        lambda emu: send(emu, "sendDocument", chat_id=USER, document="https://x.vn/a.pdf"),
        None,
    ),
    # getFile: what a user sent or the bot sent, up to 20 MB
    "getFile of a user's document": (user_sent(10), None),
    "getFile of a document the bot sent": (bot_sent, None),
    "getFile of an unknown id": (get_file("nope"), "get_file_invalid"),
    "getFile over 20 MB": (user_sent(20 * MB + 1), "get_file_too_big"),
    # bot commands
    "command with a capital": (commands(("Start", "Bắt đầu")), "command_invalid"),
    "command with a dash": (commands(("bad-name", "x")), "command_invalid"),
    "command of 33 characters": (commands(("a" * 33, "x")), "command_invalid"),
    "command of 32 characters": (commands(("a" * 32, "x")), None),
    "command without description": (commands(("start", "")), "command_description_invalid"),
    "description of 257 characters": (
        commands(("start", "é" * 257)),
        "command_description_invalid",
    ),
    "101 commands": (commands(("start", "x"), count=101), "commands_too_many"),
    "100 commands": (commands(("start", "x"), count=100), None),
    # edits
    "edit to the same rendered text": (edit("<b>x</b>", "<strong>x</strong>"), "not_modified"),
    "edit to another text": (edit("<b>x</b>", "<i>x</i>"), None),
    "edit of a document": (edit_document, "edit_no_text"),
    "edit of an unknown message": (
        lambda emu: send(emu, "editMessageText", chat_id=USER, message_id=999, text="y"),
        "edit_not_found",
    ),
    "edit within the chat's second": (edit_too_soon, "too_many_requests"),
    # HTML and lengths, counted after parsing
    "span without the spoiler class": (
        message("<span>x</span>", parse_mode="HTML"),
        "html_span_class",
    ),
    "spoiler span": (message('<span class="tg-spoiler">x</span>', parse_mode="HTML"), None),
    "caption of 1024 shown characters": (
        lambda emu: send(
            emu,
            "sendDocument",
            {"document": ("a", b"1")},
            chat_id=USER,
            caption="<b>" + "é" * 1024 + "</b>",
            parse_mode="HTML",
        ),
        None,
    ),
    "caption of 5000 characters": (
        lambda emu: send(
            emu, "sendDocument", {"document": ("a", b"1")}, chat_id=USER, caption="é" * 5000
        ),
        "caption_too_long",
    ),
    "text of 4097 characters": (message("x" * 4097), "text_too_long"),
    # keyboards
    "101 buttons": (message(reply_markup=keyed(105)), "keyboard_too_big"),
    "100 buttons": (message(reply_markup=keyed(100)), None),
    "empty callback_data": (
        message(reply_markup=buttons([{"text": "A", "callback_data": ""}])),
        "button_data_invalid",
    ),
    "button that does nothing": (
        message(reply_markup=buttons([{"text": "A"}])),
        "button_no_action",
    ),
    "button without text": (
        message(reply_markup=buttons([{"callback_data": "a"}])),
        "button_text_missing",
    ),
    "button with a URL": (
        message(reply_markup=buttons([{"text": "A", "url": "https://x.vn"}])),
        None,
    ),
    # a Mini App: a private chat and an HTTPS address only
    "web_app button in a private chat": (
        message(reply_markup=buttons([{"text": "A", "web_app": {"url": "https://x.vn/app/"}}])),
        None,
    ),
    "web_app button in a group": (
        message(
            chat=GROUP,
            reply_markup=buttons([{"text": "A", "web_app": {"url": "https://x.vn/app/"}}]),
        ),
        "web_app_button_invalid",
    ),
    "web_app button over http": (
        message(reply_markup=buttons([{"text": "A", "web_app": {"url": "http://x.vn/app/"}}])),
        "web_app_button_invalid",
    ),
    "menu button over http": (
        lambda emu: send(
            emu,
            "setChatMenuButton",
            menu_button=json.dumps(
                {"type": "web_app", "text": "A", "web_app": {"url": "http://x.vn/"}}
            ),
        ),
        "web_app_button_invalid",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_rule(case):
    call, rule = CASES[case]
    body = call(emulator())
    if rule is None:
        assert body["ok"], body
        return
    expected = RULES[rule]
    assert (body["ok"], body["error_code"]) == (False, expected.code)
    description = expected.description
    if rule == "too_many_requests":
        description = description.format(retry=1)
    if rule == "html_span_class":
        description = description.format(at=0)
    assert body["description"] == description


def test_every_rule_has_a_case_or_its_own_test():
    tested = {rule for _, rule in CASES.values()}
    elsewhere = {
        "text_empty",  # tests/bot/test_telegram_rules.py, with the HTML parsing rules
        "html_unexpected_lt",
        "html_unexpected_amp",
        "html_unsupported_tag",
        "html_end_tag",
        "file_missing",
        "delete_not_found",
        "inline_results_too_many",
        "webhook_not_https",
        "unknown_method",
    }
    assert set(RULES) - tested - elsewhere == set()


def test_a_message_comes_back_as_plain_text_with_entities():
    emu = emulator()
    markup = '<b>406-14</b> 🔔 <a href="https://x.vn/?a=1&amp;b=2">Sở TT&amp;TT</a> <i>xong</i>'
    result = message(markup, parse_mode="HTML")(emu)["result"]
    assert result["text"] == "406-14 🔔 Sở TT&TT xong"
    # offsets in UTF-16 units: the bell is two
    assert result["entities"] == [
        {"type": "bold", "offset": 0, "length": 6},
        {"type": "text_link", "offset": 10, "length": 8, "url": "https://x.vn/?a=1&b=2"},
        {"type": "italic", "offset": 19, "length": 4},
    ]
    assert "reply_markup" not in result
    parsed = Message.de_json(result, Bot("1:x"))
    assert parsed.text_html == (
        '<b>406-14</b> 🔔 <a href="https://x.vn/?a=1&b=2">Sở TT&amp;TT</a> <i>xong</i>'
    )


def test_an_edit_without_a_keyboard_removes_it_and_python_telegram_bot_reads_it():
    emu = emulator()
    keyboard = buttons([{"text": "A", "callback_data": "a"}])
    sent = message("x", reply_markup=keyboard)(emu)["result"]
    assert sent["reply_markup"] == {"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]}
    emu.time.advance(1)
    body = send(emu, "editMessageText", chat_id=USER, message_id=sent["message_id"], text="y")
    assert body["ok"] and "reply_markup" not in body["result"]
    assert Message.de_json(body["result"], Bot("1:x")).reply_markup is None


def test_unanswered_callback_queries_are_listed():
    emu = emulator()
    first, second = emu.forged_callback(USER, "a"), emu.forged_callback(USER, "b")
    assert answer(emu, first)["ok"]
    assert emu.unanswered() == [second["callback_query"]["id"]]
