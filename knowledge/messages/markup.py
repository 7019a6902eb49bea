"""Telegram HTML's two primitives: escaping a piece of data, and a row key in bold. The messages
and the renderers (knowledge/render) share them; the rules never need them."""

from __future__ import annotations

import html

from knowledge.catalogue.occurrence_names import short_key


def esc(text: object) -> str:
    # most of what an answer escapes (~30 pieces an ask) holds nothing to escape: returned as
    # it is, without html.escape's three replaces
    typed = text if text.__class__ is str else str(text)
    if "&" in typed or "<" in typed or ">" in typed:
        return html.escape(typed, quote=False)
    return typed


def key_tag(key: str) -> str:
    """A key in bold, as an officer types it back: an occurrence of a recurring task by its
    short key ("tq-2021-09-25 T10/2021", knowledge/catalogue/occurrence_names.py)."""
    return f"<b>{esc(short_key(key))}</b>"


def plain_key(key: str) -> str:
    """A key as shown in plain text (a button's label): an occurrence by its short key."""
    return short_key(key)


def typed_key(key: str) -> str:
    """A key as an officer types it in a command shown to copy (`/nop …`, `/capnhat …`),
    escaped: an occurrence by its short key."""
    return esc(short_key(key))


def clipped(title: str, limit: int = 100) -> str:
    """The title cut at the last word within `limit`, with "…"; whole when it fits. A bracket
    the cut would leave open is cut before ("Danh sách rà soát, tổng hợp chi tiết (theo các
    phụ lục I, II…" read as broken, ux22 #10)."""
    if len(title) <= limit:
        return title
    cut = title[:limit].rsplit(" ", 1)[0]
    if cut.count("(") > cut.count(")"):
        cut = cut[: cut.rindex("(")]
    return cut.rstrip(" ,;:-–") + "…"
