"""Reminders switched in words (knowledge.reader.reminder_talk)."""

from __future__ import annotations

import pytest

from knowledge.reader.reminder_talk import reminders_asked


@pytest.mark.parametrize(
    ("text", "switch"),
    [
        ("nhac nho bat lai", "on"),
        ("mo lai nhac han", "on"),
        ("tắt nhắc nhở", "off"),
        ("đừng nhắc nữa", "off"),
        ("bot tắt thông báo nhắc hạn giúp em", "off"),
    ],
)
def test_switching_reminders_in_words(text, switch):
    assert reminders_asked(text) == switch


@pytest.mark.parametrize(
    "text",
    ["nhắc hạn gpxd", "hạn nhắc nhở là gì", "bật tắt nhắc", "nhắc tôi hạn 406-14", "/nhacnho"],
)
def test_anything_else_is_not(text):
    assert reminders_asked(text) is None
