"""Splitting long HTML answers into Telegram-sized messages at line boundaries."""

from __future__ import annotations

import html
import re

# under Telegram's 4096 shown characters; raw HTML is never shorter than what it shows
LIMIT = 4000
_TAG = re.compile(r"<[^>]+>")


def split_message(markup: str, limit: int = LIMIT) -> list[str]:
    chunks, current = [], ""
    for line in markup.split("\n"):
        if len(line) > limit:
            # A single huge line: drop its markup and cut it into plain, re-escaped pieces.
            plain = html.unescape(_TAG.sub("", line))
            pieces = [
                html.escape(plain[i : i + limit // 2], quote=False)
                for i in range(0, len(plain), limit // 2)
            ]
        else:
            pieces = [line]
        for piece in pieces:
            candidate = piece if not current else current + "\n" + piece
            if len(candidate) > limit:
                if current.strip():
                    chunks.append(current)
                current = piece
            else:
                current = candidate
    if current.strip():
        chunks.append(current)
    return chunks or ["…"]


def shorten(markup: str, limit: int, tail: str) -> str:
    """The markup whole when it fits, else its first lines and then `tail` (markup too), cut at a
    line boundary so no tag or entity is split."""
    if len(markup) <= limit:
        return markup
    kept: list[str] = []
    size = len(tail) + 1
    for line in markup.split("\n"):
        if size + len(line) + 1 > limit:
            break
        kept.append(line)
        size += len(line) + 1
    if not kept:  # one line longer than the limit: keep its text, not its markup
        plain = html.unescape(_TAG.sub("", markup))
        kept = [html.escape(plain[: max(0, limit - len(tail) - 2)], quote=False)]
    return "\n".join([*kept, tail])
