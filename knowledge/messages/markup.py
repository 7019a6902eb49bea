"""Telegram HTML's two primitives: escaping a piece of data, and a row key in bold. The messages
and the renderers (knowledge/render) share them; the rules never need them."""

from __future__ import annotations

import html


def esc(text: object) -> str:
    return html.escape(str(text), quote=False)


def key_tag(key: str) -> str:
    return f"<b>{esc(key)}</b>"
