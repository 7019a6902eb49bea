"""Deadlines printed outside the body, at the line that points to them: a footnote ("… (qua
Phòng Bảo trợ xã hội)²" with "² Thời hạn gửi báo cáo: trước 17 giờ 00 ngày 17/3/2023" at the
page's foot) or a note after the signature ("… theo thời hạn tại phần Ghi chú cuối văn bản này"
with "Ghi chú: Thời hạn gửi báo cáo tại mục 1: trước ngày 20/10/2023"); and the units a group
is made of, printed in a footnote ("1. Các cơ quan có … nhiều hồ sơ(1)" with "(1) Gồm: Sở Tư pháp,
Công an tỉnh." under the signature), read as if the heading listed them ("(gồm: …)").

The note's words are put in brackets where the line points to them, so the task is read as if
the letter had printed its date there; a note that sets no date (a citation's footnote) is left
where it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.letters.date_shapes import SLASHED_DATE
from knowledge.letters.dates import deadlines
from knowledge.letters.text import Line

_MARKS = "¹²³⁴⁵⁶⁷⁸⁹"
_DIGITS = str.maketrans(_MARKS, "123456789")
# a footnote's mark glued to the end of a word or a bracket (a text layer may give it as a plain
# digit: "(qua Phòng Bảo trợ xã hội)2."), then punctuation or the line's end
# … or a digit in brackets glued to the word ("nhiều hồ sơ(1)")
_CALL = re.compile(
    rf"(?<=[^\W\d_]|\))([{_MARKS}1-9])(?=[\s.,;:]|$)|(?<=[^\W\d_])\(([1-9])\)(?=[\s.,;:]|$)"
)
_FOOT = re.compile(rf"^\s*(?:([{_MARKS}1-9])|\(([1-9])\))\s+(\S.*)$")
# a footnote that lists what a group is made of: "Gồm: …", "Bao gồm các cơ quan: …"
_LISTS = re.compile(r"^(?:bao\s+)?gom\b")
# the body pointing at a note: "theo thời hạn tại phần Ghi chú (cuối văn bản này)"
_POINTS = re.compile(r"\b(?:tai|theo)\s+(?:phan\s+)?ghi chu\b")
_NOTE = re.compile(r"^\s*ghi chu\s*:\s*")


def inline_notes(lines: list[Line]) -> list[Line]:
    """`lines` with each dated footnote and note put where the body points to it."""
    feet = {}
    noted = ""
    for ln in lines:
        m = _FOOT.match(ln.text)
        if m and (_has_date(m.group(3)) or _LISTS.match(plain_of(m.group(3)))):
            feet[(m.group(1) or m.group(2)).translate(_DIGITS)] = m.group(3).strip()
        note = _NOTE.match(ln.plain)
        if note and _has_date(ln.text):
            noted = ln.text[note.end() :].strip()
    if not feet and not noted:
        return lines
    result = []
    for ln in lines:
        if _FOOT.match(ln.text) or (noted and _NOTE.match(ln.plain)):
            result.append(ln)
            continue
        text = _CALL.sub(lambda m: _called(m, feet), ln.text)
        points = _POINTS.search(plain_of(text)) if noted else None
        if points:  # at the end of the sentence that points, before what the line says next
            end = re.search(r"[.;](?:\s|$)", text[points.end() :])
            at = points.end() + end.start() if end else len(text.rstrip())
            text = f"{text[:at].rstrip()} ({noted}){text[at:]}"
        result.append(ln if text == ln.text else replace(ln, text=text))
    return result


def _called(m: re.Match, feet: dict[str, str]) -> str:
    """The footnote a mark calls, in brackets; the mark as printed when it calls none."""
    foot = feet.get((m.group(1) or m.group(2)).translate(_DIGITS))
    return f" ({foot.rstrip('.')})" if foot else m.group(0)


def plain_of(text: str) -> str:
    return Line(0, text).plain


def _has_date(text: str) -> bool:
    return bool(re.search(SLASHED_DATE, text)) and bool(deadlines(text, None))
