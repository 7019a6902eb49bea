"""A short text's words as the reader of a task's own words weighs them
(knowledge/reader/task_words.py): the words of content, the question's frame left out, and the
domain's own words ("dịch vụ công", "trực tuyến") apart, as evidence beside the others, never
enough alone. For reading a task by its words outside a question (/capnhat, a withdrawn task)."""

from __future__ import annotations

from datetime import date

from knowledge.catalogue.model import Province
from knowledge.language.text import Token
from knowledge.reader.ask import Assistant


def task_word_tokens(
    assistant: Assistant, text: str, today: date, province: Province
) -> tuple[list[Token], set[str]]:
    """(the words to weigh, in order; the domain's words among them, folded)."""
    parsed = assistant.parse(text, today, province)
    domain = {i for s in parsed.others if s.kind == "domain" for i in range(s.start, s.end)}
    kept = sorted(set(assistant.interpreter.kept(parsed)) | domain)
    return [parsed.tokens[i] for i in kept], {parsed.tokens[i].fold for i in domain}
