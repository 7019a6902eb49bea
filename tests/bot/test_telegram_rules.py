"""What the emulator refuses, as Telegram does: malformed HTML, text over 4096 shown characters,
bad callback data, keyboards with too many buttons.
"""

from __future__ import annotations

import pytest

from bot.telegram_rules import ApiError, check_caption, check_markup, check_text, parse_html


def refusal(call, *args) -> str:
    with pytest.raises(ApiError) as err:
        call(*args)
    assert err.value.code == 400
    return err.value.description


def test_good_markup_shows_its_text():
    markup = (
        '<b>406-14</b> <a href="https://x.vn/?a=1&amp;b=2">Sở TT&amp;TT</a> &lt;3 &#272;&#x1EA1;'
    )
    assert parse_html(markup) == "406-14 Sở TT&TT <3 Đạ"


def test_nested_tags():
    assert parse_html("<b>đậm <i>nghiêng <u>gạch</u></i></b> <pre><code>x</code></pre>") == (
        "đậm nghiêng gạch x"
    )
    assert "end tag" in refusal(parse_html, "<b><i>chéo</b></i>")


def test_unclosed_tag():
    assert 'start tag "b"' in refusal(parse_html, "<b>đậm")
    assert "end tag" in refusal(parse_html, "thừa</i>")


def test_unknown_tag():
    assert 'unsupported start tag "script"' in refusal(parse_html, "<script>alert(1)</script>")
    assert "unexpected '<'" in refusal(parse_html, "1 < 2")


@pytest.mark.parametrize("text", ["Sở TT&TT", "&nbsp;", "&#xZZ;", "a & b"])
def test_bad_entity(text):
    assert "unexpected '&'" in refusal(parse_html, text)


def test_text_over_4096_shown_characters():
    # the markup is far longer than 4096; what counts is what it shows
    at_limit = "<b>" + "&amp;" * 4095 + "</b>x"
    assert len(check_text(at_limit, "HTML")[0]) == 4096
    assert "too long" in refusal(check_text, at_limit + "y", "HTML")
    assert "too long" in refusal(check_text, "x" * 4097, None)
    assert "empty" in refusal(check_text, "<b> </b>", "HTML")
    assert "caption is too long" in refusal(check_caption, "é" * 1025, "HTML")
    assert check_caption("<i>" + "é" * 1024 + "</i>", "HTML")[0] == "é" * 1024


def keyboard(rows: list[list[str]]) -> dict:
    return {"inline_keyboard": [[{"text": d or "?", "callback_data": d} for d in r] for r in rows]}


def test_check_markup():
    good = keyboard([["ok:1001", "no:1001"], ["ư" * 32]])  # 64 bytes in UTF-8
    assert check_markup(good) == good["inline_keyboard"]
    assert check_markup('{"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]}')
    assert check_markup(None) == []
    assert (
        refusal(check_markup, keyboard([["ư" * 32 + "x"]])) == "Bad Request: BUTTON_DATA_INVALID"
    )
    assert refusal(check_markup, keyboard([[""]])) == "Bad Request: BUTTON_DATA_INVALID"
    assert '"text"' in refusal(check_markup, {"inline_keyboard": [[{"callback_data": "a"}]]})
    assert "Text buttons" in refusal(check_markup, {"inline_keyboard": [[{"text": "a"}]]})
    assert check_markup(keyboard([[str(i) for i in range(8)]] * 12))  # 96 buttons, 8 a row
    assert "too long" in refusal(check_markup, keyboard([[str(i) for i in range(9)]]))
    assert "too long" in refusal(check_markup, keyboard([[str(i) for i in range(5)]] * 21))


def web_app(url: str) -> dict:
    return {"inline_keyboard": [[{"text": "Mở bảng theo dõi", "web_app": {"url": url}}]]}


def test_web_app_button_only_in_a_private_chat_and_over_https():
    assert check_markup(web_app("https://bot.example.org/app/"), 1001)
    assert check_markup(web_app("https://bot.example.org/app/"))  # no chat: inline results
    assert refusal(check_markup, web_app("https://bot.example.org/app/"), -500) == (
        "Bad Request: BUTTON_TYPE_INVALID"
    )
    assert refusal(check_markup, web_app("http://127.0.0.1:8080/app/"), 1001) == (
        "Bad Request: BUTTON_TYPE_INVALID"
    )
    assert refusal(check_markup, {"inline_keyboard": [[{"text": "a", "web_app": {}}]]}, 1001)
    # a plain link to the private chat is fine in a group
    link = {"inline_keyboard": [[{"text": "Mở", "url": "https://t.me/dvctt_bot?start=desk"}]]}
    assert check_markup(link, -500)
