"""The text typed right after /dexuat listed the unit's proposals (with its "➕ Đề xuất dịch vụ
mới" button): a service's name, the first field of a new proposal, as `/dexuat <tên>` takes it
(ux16a #10: "cấp giấy phép chặt hạ cây xanh" was read as a question and answered "không có
trong danh mục", nothing recorded). Only what reads as a name: no question, no status said, no
acknowledgement, no undo, some words of its own; anything else is read as it would be with
nothing waiting."""

from __future__ import annotations

from knowledge.language.text import tokenize
from knowledge.reader.prompt_ends import asks_cancel, asks_undo
from knowledge.reader.question_shape import reads_as_question
from knowledge.reader.small_talk import acknowledges
from knowledge.reader.status_words import status_span

MIN_WORDS = 2  # "GPXD" alone is a question about a row, not a new service's name
MAX_WORDS = 40  # a service's name as printed runs long, a pasted page longer


def names_a_service(text: str) -> bool:
    """The text reads as the name of a service proposed (see the module)."""
    if text.lstrip().startswith("/") or reads_as_question(text):
        return False
    tokens = tokenize(text)
    words = [t for t in tokens if any(c.isalpha() for c in t.fold)]
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        return False
    if acknowledges(text) or asks_undo(text) or asks_cancel(text):
        return False
    return status_span([t.fold for t in tokens]) is None
