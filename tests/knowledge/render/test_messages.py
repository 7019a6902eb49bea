"""Splitting long answers: every message within the limit of shown characters, whole lines, no tag
or entity cut, every message well-formed on its own, nothing lost or reordered.
"""

from __future__ import annotations

import random

import pytest

from bot.telegram_rules import parse_html
from knowledge.render.messages import EMPTY, split_message

LIMIT = 4096


def shown(parts: list[str]) -> list[str]:
    return [parse_html(p) for p in parts]  # raises, like Telegram, on a malformed part


def rejoined(original: str, parts: list[str]) -> None:
    """The parts show the original text in order; all that is dropped is white space where a
    message ends (the line break, blank lines).
    """
    text, pos = parse_html(original), 0
    for i, part in enumerate(shown(parts)):
        while not text.startswith(part, pos) and text[pos : pos + 1].isspace():
            pos += 1
        assert text.startswith(part, pos), (i, part[:40], text[pos : pos + 40])
        pos += len(part)
    assert not text[pos:].strip()


def lines_of(widths: list[int]) -> str:
    """Lines of the given shown widths, with markup so the raw text is longer than it shows."""
    return "\n".join("<b>a</b>" + "&amp;" * (w - 1) for w in widths)


def test_exactly_at_the_limit_is_one_message():
    markup = lines_of([2000, 2000, LIMIT - 4002])  # two line breaks: 4096 shown
    assert len(markup) > LIMIT
    parts = split_message(markup, LIMIT)
    assert parts == [markup] and len(shown(parts)[0]) == LIMIT


def test_one_over_the_limit_breaks_between_lines():
    markup = lines_of([2000, 2000, LIMIT - 4001])
    parts = split_message(markup, LIMIT)
    assert len(parts) == 2
    assert [len(t) for t in shown(parts)] == [4001, LIMIT - 4001]
    rejoined(markup, parts)


def test_a_single_line_over_the_limit_breaks_after_a_word():
    words = [f"<i>từ{i}</i>&amp;x" for i in range(1500)]
    markup = "Đầu\n" + " ".join(words) + "\nCuối"
    parts = split_message(markup, LIMIT)
    texts = shown(parts)
    assert len(parts) >= 3 and all(len(t) <= LIMIT for t in texts)
    assert texts[0].startswith("Đầu\ntừ0&x") and texts[-1].endswith("\nCuối")
    for text in texts[:-1]:
        assert text.endswith(" ") or text.endswith("\nCuối")  # a break after a word
    rejoined(markup, parts)


def test_a_word_longer_than_a_message_is_cut_but_not_its_entities():
    markup = "<code>" + "x&lt;" * 3000 + "</code>"
    parts = split_message(markup, LIMIT)
    assert [len(t) for t in shown(parts)] == [LIMIT, 6000 - LIMIT]
    assert all(p.startswith("<code>") and p.endswith("</code>") for p in parts)
    rejoined(markup, parts)


def test_tags_left_open_at_a_break_are_closed_and_opened_again():
    rows = "\n".join(f"{i:04d} " + "y" * 95 for i in range(120))
    markup = f'<b>Tiêu đề</b>\n<pre>{rows}</pre>\n<a href="https://x.vn/?a=1&amp;b=2">link</a>'
    parts = split_message(markup, LIMIT)
    assert len(parts) == 3
    assert parts[0].startswith("<b>Tiêu đề</b>\n<pre>0000 ") and parts[0].endswith("</pre>")
    assert parts[1].startswith("<pre>") and parts[1].endswith("</pre>")
    assert parts[2].startswith("<pre>") and parts[2].endswith('b=2">link</a>')
    rejoined(markup, parts)


@pytest.mark.parametrize("markup", ["", "   ", "\n\n", "<b> </b>"])
def test_nothing_to_show_becomes_one_placeholder(markup):
    assert split_message(markup, LIMIT) == [EMPTY]


def test_short_answers_pass_unchanged():
    markup = "<b>406-14</b> Cấp giấy phép xây dựng — Sở TT&amp;TT"
    assert split_message(markup, LIMIT) == [markup]


@pytest.mark.parametrize("seed", range(30))
def test_random_markup_at_small_limits(seed):
    rng = random.Random(seed)
    atoms = ["từ ", "chữ", " ", "&amp;", "&lt;", "<b>đậm</b>", "<i>nghiêng dài</i> ", "x" * 30]
    lines = []
    for _ in range(rng.randint(1, 30)):
        line = "".join(rng.choice(atoms) for _ in range(rng.randint(0, 12)))
        if rng.random() < 0.2:
            line = f"<u>{line}</u>"
        lines.append(line)
    body = "\n".join(lines)
    markup = f"<blockquote>{body}</blockquote>" if rng.random() < 0.3 else body
    limit = rng.randint(31, 80)
    parts = split_message(markup, limit)
    if not parse_html(markup).strip():
        assert parts == [EMPTY]
        return
    assert all(len(t) <= limit and t.strip() for t in shown(parts))
    rejoined(markup, parts)


def test_a_heading_is_not_left_at_the_end_without_its_first_bullet():
    """A digest's row title ended the first message and its late unit opened the second,
    saying nothing of which row it was late on (ux15 tester)."""
    head = "x" * 30
    markup = "\n".join([head, "406-25 Tiêu đề", "• Sở Lao động — quá hạn 8 ngày", "• Sở Y tế"])
    first, second, *_ = split_message(markup, 50)
    assert first == head
    assert second.startswith("406-25 Tiêu đề\n• Sở Lao động")
    # bullets after bullets, or a heading whose first bullet does not fit beside it, as before
    assert split_message("a\n• b\n• c", 3) == ["a", "• b", "• c"]


def test_a_list_broken_between_messages_opens_the_next_with_its_heading_again():
    """A long digest's late units of one row ran into a second message that began on a bullet
    of no row (ux17 item 8)."""
    units = [f"• Sở {i} — hạn 31/8/2021 (quá hạn 7 ngày)" for i in range(6)]
    markup = "\n".join(["<b>406-27 Tiếp nhận đối tượng</b>", *units])
    first, second = split_message(markup, 160)
    assert first.startswith("<b>406-27 Tiếp nhận đối tượng</b>\n• Sở 0")
    assert second.startswith("<b>406-27 Tiếp nhận đối tượng</b> (tiếp)\n• Sở ")
    assert all(u in first + second for u in units)
