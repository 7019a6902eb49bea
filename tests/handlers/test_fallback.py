"""A mistyped command is offered the known one it is a slip of; anything else is not."""

from __future__ import annotations

from handlers.fallback import nearest
from handlers.registry import COMMANDS

NAMES = [name for name, _, _ in COMMANDS]


def test_slips_of_known_commands():
    assert nearest("capnhap", NAMES)[0] == "capnhat"
    assert nearest("tien_do", NAMES)[0] == "tiendo"
    assert nearest("nop-bai", NAMES)[0] == "nopbai"
    assert nearest("quahan@tro_ly_bot", NAMES)[0] == "quahan"
    assert nearest("HOANTAC", NAMES)[0] == "hoantac"


def test_nothing_near_is_no_offer():
    assert nearest("xyzabc", NAMES) == []
    assert nearest("", NAMES) == []
    assert nearest("@", NAMES) == []
    assert len(nearest("ca", NAMES)) <= 2
