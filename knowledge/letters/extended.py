"""A date the sender sets for the request that follows it: "…, Sở … gia hạn thời gian gửi báo
cáo đến trước 17h00 ngày 24/9/2021. Đề nghị các cơ quan … hoàn thiện báo cáo …, gửi về Sở …".
The sentence that holds the date tells what the sender does (it names the sender and asks no
one); the request after it, which dates nothing itself, is the duty the date is for. The task is
read from the request with the date after it: its title, forms and recipient are the request's,
not those of the sender's sentence ("để kịp thời tổng hợp, báo cáo UBND tỉnh").
"""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.letters import dates
from knowledge.letters.opening import SENDS
from knowledge.letters.register import Register
from knowledge.letters.text import Line

_SENTENCE = re.compile(r"\.\s+(?=[A-ZĐÀ-Ỹ])|;\s+")  # a sentence, or a clause after ";"
_REQUEST = re.compile(r"^(?:de nghi|yeu cau)\b")
# The request's pointer at the date set before it: "… đúng thời hạn nêu trên", "… trong thời
# hạn trên" (the date it points at is printed after the request read).
_POINTER = re.compile(
    r"[,\s]*(?:đúng|theo|trong|trước)\s+(?:thời hạn|thời gian)"
    r"(?:\s+(?:đã\s+)?(?:được\s+)?(?:gia hạn|điều chỉnh))?(?:\s+(?:nêu\s+)?trên)?\s*$",
    re.I,
)


def dated_request(
    line: Line,
    found: dates.Found,
    sender: str | None,
    register: Register,
    following: Line | None = None,
) -> tuple[Line, dates.Found] | None:
    """The request `found` is the date of, as a line of its own with the date printed after
    it, and the date found there; None when the line is not so made. `following`: the
    paragraph after the line, where the request is when the date's sentence ends the line."""
    if sender is None:
        return None
    bounds = [0, *(m.end() for m in _SENTENCE.finditer(line.text)), len(line.text)]
    here = max(i for i, b in enumerate(bounds[:-1]) if b <= found.start)
    start, end = bounds[here], bounds[here + 1]
    told = line.text[start : found.start]
    if here + 2 < len(bounds):
        asked = line.text[end : bounds[here + 2]].rstrip(" .;")
    elif (
        following is not None
        and not line.text[found.end :].strip(" .;")
        # the sender moving a time it set ("Sở … gia hạn thời gian nộp báo cáo đến …"): only
        # then is the next paragraph's request the one the date is for (not a duty sent to the
        # sender, "- Cử cán bộ đầu mối, gửi về Sở … trước …", over another unit's request)
        and dates.EXTENDED.search(Line(line.no, told).plain)
    ):
        # "… gia hạn thời gian nộp báo cáo đến hết ngày 26/11. ⏎ Đề nghị các cơ quan … hoàn
        # thiện báo cáo …, gửi về Sở … đúng thời hạn nêu trên.": the next paragraph's request
        after = [m.end() for m in _SENTENCE.finditer(following.text)]
        # (its close "./." stripped too, or the pointer after it stays in the title)
        asked = following.text[: after[0] if after else len(following.text)].rstrip(" .;/")
        asked = _POINTER.sub("", asked)
    else:
        return None  # the date's sentence ends the line
    plain_asked = Line(line.no, asked).plain
    # the sender names itself and, from there to the date, asks no one ("Do nhiều cơ quan đề
    # nghị, Sở … gia hạn …": the request before the sender is the reason)
    named = [m for m in register.mentions(told) if sender in m.names]
    if (
        not _REQUEST.match(plain_asked)
        or not named
        or re.search(r"\b(?:de nghi|yeu cau)\b", Line(line.no, told[named[-1].end :]).plain)
        or not SENDS.search(Line(line.no, told).plain)
        or not SENDS.search(plain_asked)
        or dates.deadlines(asked, None)
    ):
        return None
    text = f"{asked} {found.text}."
    start = len(asked) + 1
    moved = replace(found, start=start, end=start + len(found.text))
    return Line(line.no, text, line.gap), moved
