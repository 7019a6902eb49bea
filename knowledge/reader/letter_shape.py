"""A message with the shape of an official letter, forwarded or pasted as text: "Fwd: Kính gửi:
UBND các huyện … Đề nghị … báo cáo … trước ngày 10 hằng tháng", a letter's page copied. Read
as a question it got an answer about whatever its words fit best (a unit's standing, a task's
card: ux37 #9); it is no question, and the letter path reads letters sent as files.

The shape is read from what the administrative letter format (Nghị định 30/2020/NĐ-CP) prints
and a chat question never does: the salutation "Kính gửi:", the number "Số: 620/…", the
subject line "V/v", numbered sections, "Nơi nhận", "Trân trọng"; and the forward mark "Fwd:".
"""

from __future__ import annotations

import re

from knowledge.language.text import strip_marks

# read on the text lower-cased and without marks ("kinh gui:" typed so counts too)
_SALUTATION = re.compile(r"\bkinh\s+gui\s*:")
_REQUEST = re.compile(r"\b(?:de nghi|yeu cau)\b")  # what a letter asks of its addressees
_MARKERS = (
    re.compile(r"(?:^|\s)so\s*:\s*\d+\s*/"),  # "Số: 620/STTTT-CNTT"
    re.compile(r"\bv/v\b"),  # "V/v báo cáo …"
    re.compile(r"^\s*(?:fwd?|fw)\s*:"),  # forwarded
    re.compile(r"\b(?:noi nhan|tran trong)\b"),  # the closing
    re.compile(r"(?:^|\n)\s*\d{1,2}\s*[.)]\s+\S(?:.|\n)*\n\s*\d{1,2}\s*[.)]\s+\S"),  # "1. … 2. …"
)
MIN_CHARS = 80  # a letter's salutation and one request are longer than a question's opening
LONG_CHARS = 300  # a salutation in a text this long is a letter's, request word or not


def letter_shaped(text: str) -> bool:
    """Whether the text is a letter's (or a part of one) rather than a message to the bot."""
    if len(text) < MIN_CHARS:
        return False
    plain = strip_marks(text.lower())
    markers = sum(1 for m in _MARKERS if m.search(plain))
    if _SALUTATION.search(plain):
        return markers > 0 or len(text) >= LONG_CHARS or _REQUEST.search(plain) is not None
    return markers >= 2
