"""Two things said in one message, the second opened by "còn" after a comma ("406-11 xong rồi
ạ, còn biểu 02 thì đã gửi bằng văn bản hôm 19/4"): each clause is read for its own item, so
the day of the second is not the first's (ux38 #1: it was, and read as next year's). Whether
each clause is a statement of an item is the statement reader's; this only splits."""

from __future__ import annotations

import re

# a comma (or ";", ".") then "còn": the clause about another item; "còn thiếu …" after a
# status is the first item's note, which the statement reader tells apart (no item in it)
_CONTRAST = re.compile(r"\s*[,;.]\s*(?:còn|con)\s+", re.IGNORECASE)
# the topic word after the item ("biểu 02 thì đã gửi"): no part of the statement
_TOPIC = re.compile(r"\s+(?:thì|thi)\s+", re.IGNORECASE)


def contrast_split(text: str) -> tuple[str, str] | None:
    """(first clause, second clause) when one "…, còn …" splits `text`; else None."""
    parts = _CONTRAST.split(text.strip())
    if len(parts) != 2:
        return None
    first, second = parts[0].strip(" ,;."), _TOPIC.sub(" ", parts[1], count=1).strip(" ,;.")
    if len(first.split()) < 2 or len(second.split()) < 2:
        return None
    return first, second
