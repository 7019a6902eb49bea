"""Several services named by their everyday names before one status ("gpxd với quy hoạch xây dựng
đều đang làm", "cả gplx và cấp đổi gplx xong"): each name is its own row. Read whole, the words
named the last service only, and the first was dropped without a word (ux26 #6). The names are
split at "và", "với" or a comma only when the words say the status is of all of them ("đều",
"cả") and each part alone reads as one service for sure, a different one each."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from knowledge.catalogue.model import Province
from knowledge.language.text import MarkedWords, Token
from knowledge.reader.ask import Assistant

_JOINERS = MarkedWords("và với")
_ALL = MarkedWords("đều cả hai")  # "đều xong", "cả hai": the status is each one's


def joined_services(
    tokens: Sequence[Token],
    assistant: Assistant,
    province: Province,
    today: date,
    agency: str | None,
) -> list[str] | None:
    """The rows the names before the status stand for, one each; None unless there are two or
    more, each a different service read for sure."""
    if not any(t in _ALL for t in tokens):
        return None
    parts: list[list[str]] = [[]]
    for token in tokens:
        if token in _JOINERS:
            parts.append([])
        elif token not in _ALL:
            parts[-1].append(token.raw.rstrip(","))
            if token.raw.endswith(","):
                parts.append([])
    names = [" ".join(p) for p in parts if p]
    if len(names) < 2:
        return None
    keys: list[str] = []
    for name in names:
        answer = assistant.ask(name, today, province.slug, agency)
        if answer.intent != "service" or not answer.items or answer.close:
            return None
        keys.append(answer.items[0].key)
    return keys if len(set(keys)) == len(keys) else None
