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
