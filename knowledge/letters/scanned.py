"""A scanned letter's text (OCR, a PDF's text layer) given back as the letter printed it, before
anything reads it: what the page put there, not the letter, is taken out, and what a line's end
cut in two is whole again.

- a page's marks, wherever they fall, a sentence's middle included: its number ("- 2 -", "-2-",
  "Trang 2/3", a number alone far from the margin) and a running foot ("Sở TT&TT Tuyên Quang
  <gap> Trang 2/3"); the blank lines around a mark that cut a sentence go with it;
- a word cut with a hyphen at a line's end ("hỗ-" / "trợ", "trư-" / "ớc"), a code ("2735/BTTTT-"
  / "CĐSQG") and a date ("ngày 15/" / "10/2021", "trong tháng" / "7/2022") made whole on the
  first line;
- the strokes OCR reads out of a stain or a rule ("|", "_", "~" standing alone among words).

Every line keeps its number: a line taken into the one above is TAKEN, a page's mark is
PAGE_BREAK (knowledge/letters/text.py skips both; after a PAGE_BREAK a long line goes on). The
head (above "Kính gửi") is printed in columns and is left as it is.
"""

from __future__ import annotations

import re

from knowledge.letters.date_shapes import MONTH_YEAR, QUARTER_YEAR, SLASHED_DAY
from knowledge.letters.markers import opens_item
from knowledge.letters.text import PAGE_BREAK, TAKEN, plain

# a page's number dressed as one: "- 2 -", "-2-", "– 3 –", "Trang 2", "Trang 2/3", "Page 2"
_DRESSED = re.compile(r"^(?:[-–—]\s*\d{1,3}\s*[-–—]|(?:trang|page)\s+\d{1,3}(?:\s*/\s*\d{1,3})?)$")
_NUMBER = re.compile(r"^\d{1,3}$")
# a number alone this far from the margin is the page's (a table's row number stands at it)
_INDENT = 8
# a running foot or head: a short name, a column's gap, then the page ("… Trang 2/3")
_FOOT = re.compile(
    r"^(?P<name>\S.{0,60}?)(?:\t+|\s{3,})(?:trang|page)\s+\d{1,3}(?:\s*/\s*\d{1,3})?$"
)
_FOOT_WORDS = 10
_ENDS_SENTENCE = (".", ";", ":", "!", "?", "…")
# a line cut inside a word: a letter and a hyphen at its end, no space before ("s-" / "ố")
_CUT_WORD = re.compile(r"(?<=[^\W\d_])-$")
# one Vietnamese syllable: its consonants, one run of vowels, its final consonants
_SYLLABLE = re.compile(r"^[bcdfghklmnpqrstvxz]*[aeiouy]+[cghmnpt]*$")
# a code cut at its hyphen: "2735/BTTTT-" / "CĐSQG …" (capitals or figures on both sides)
_CUT_CODE = re.compile(r"(?<![^\s(])[A-ZĐ\d/.]*[A-ZĐ\d]-$")
_CODE_GOES_ON = re.compile(r"^[A-ZĐ\d][A-ZĐ\d/.-]*(?=[\s,.;:)]|$)")
# a date cut inside itself: "15/" / "10/2021", "15/10" / "/2021"
_CUT_DATE = re.compile(r"\d\s*/$")
_DATE_GOES_ON = re.compile(r"^\d")
_DATE_TAIL = re.compile(r"\d$")
_SLASH_GOES_ON = re.compile(r"^/\s*\d")
# a date's word left at the line's end, its figures on the next: "trong tháng" / "7/2022"
_DATE_WORD = re.compile(r"\b(?:ngay|thang|nam|quy)$")
# (figures a date's: with a slash, or a year; "hằng tháng" / "3" is a table's next row)
_FIGURES_GO_ON = re.compile(
    rf"^(?:{SLASHED_DAY}|{MONTH_YEAR}|\d{{4}}|{QUARTER_YEAR})(?=[\s,.;:)]|$)"
)
# the strokes a scan reads out of a stain or a rule, standing alone inside a sentence (between a
# word and a word in lower case: "1 | Sở Y tế" is a table's row, its cells apart by a border)
_STRAY = re.compile(r"(?:(?<=[^\W\d_])|(?<=[,;]))\s+[|_~]+\s+(?=[^\W\d_])|(?<=\w)~+|~+(?=\w)")
_RULE = re.compile(r"^\s*[_\-=–—.*]{3,}\s*$")  # a page's rule, drawn with one character
_KINH_GUI = re.compile(r"^\s*kinh gui\b")
_HEAD_LINES = 12  # with no "Kính gửi", where a letter's head ends at the latest


def restored(text: str) -> str:
    """`text` with its page marks out, its cut words, codes and dates whole and its stray
    strokes gone, line for line (see the module's docstring)."""
    lines = text.split("\n")
    body = _body_start(lines)
    _unmark(lines, body)
    for at in range(body, len(lines)):
        # (a line of several "|" is a table's row, its cells apart by borders)
        if "\t" not in lines[at] and lines[at].count("|") <= 1:
            lines[at] = _STRAY.sub(_unstained, lines[at])
    _mend(lines, body)
    return "\n".join(lines)


def _unstained(stroke: re.Match) -> str:
    """A stroke among words gone, its spaces one; one before a capital kept (a cell's border)."""
    if "~" not in stroke.group() and not stroke.string[stroke.end() : stroke.end() + 1].islower():
        return stroke.group()
    return " " if stroke.group()[:1].isspace() else ""


def page_mark(raw: str) -> bool:
    """The line is a page's mark: its number dressed as one, a number alone far from the
    margin, or a running foot that ends on the page's number."""
    low = plain(raw.strip())
    if _DRESSED.match(low):
        return True
    if _NUMBER.match(low):
        return len(raw) - len(raw.lstrip()) >= _INDENT and int(low) > 0
    foot = _FOOT.match(low)
    return foot is not None and len(foot.group("name").split()) <= _FOOT_WORDS


def _body_start(lines: list[str]) -> int:
    for at, raw in enumerate(lines[:80]):
        if _KINH_GUI.match(plain(raw)):
            return at + 1
    return min(_HEAD_LINES, len(lines))


def _unmark(lines: list[str], body: int) -> None:
    """Each page mark made a PAGE_BREAK; the blank lines about it too, when the text before it
    ends no sentence (a sentence the page cut goes on after it, no paragraph between)."""
    head = set(plain(" ".join(lines[: max(0, body - 1)])).split())
    for at in range(body, len(lines)):
        if not page_mark(lines[at]):
            continue
        lines[at] = PAGE_BREAK
        # the page's rule above its mark, and the issuer's name the next page repeats at its
        # top ("ỦY BAN NHÂN DÂN TỈNH …" in capitals, every word the head's): the page's too
        before = _content_before(lines, at)
        if before is not None and _RULE.match(lines[before]):
            lines[before] = PAGE_BREAK
        after = next((k for k in range(at + 1, len(lines)) if lines[k].strip()), None)
        if after is not None and _running_head(lines[after], head):
            lines[after] = PAGE_BREAK
        before = _content_before(lines, at)
        if before is None or lines[before].rstrip().endswith(_ENDS_SENTENCE):
            continue
        for k in range(before + 1, len(lines)):
            if lines[k].strip() and lines[k] != PAGE_BREAK and not page_mark(lines[k]):
                break
            lines[k] = PAGE_BREAK


def _running_head(raw: str, head: set[str]) -> bool:
    words = plain(raw).split()
    return raw.strip().isupper() and len(words) >= 2 and set(words) <= head


def _content_before(lines: list[str], at: int) -> int | None:
    for k in range(at - 1, -1, -1):
        if lines[k].strip():
            return k
    return None


def _prose(raw: str) -> bool:
    """A line of running text: no table's cells (tabs or borders)."""
    return "\t" not in raw and "|" not in raw


def _mend(lines: list[str], body: int) -> None:
    """Each word, code or date cut at a line's end joined on its first line, the next line (or
    what is left of it) TAKEN."""
    at = body
    while at < len(lines):
        here = lines[at].rstrip()
        nxt = _next_text(lines, at)
        if not here.strip() or here in (PAGE_BREAK, TAKEN) or nxt is None:
            at += 1
            continue
        there = lines[nxt].strip()
        joined = _joined(here, there)
        if joined is None:
            at += 1
            continue
        lines[at] = joined
        for k in range(at + 1, nxt + 1):
            lines[k] = TAKEN
        # the joined line may be cut again at its new end: look at it once more


def _next_text(lines: list[str], at: int) -> int | None:
    """The next line that prints something, over page breaks and taken lines, and over blank
    lines only where a page's mark stood among them."""
    for k in range(at + 1, len(lines)):
        if lines[k] in (PAGE_BREAK, TAKEN):
            continue
        return k if lines[k].strip() else None
    return None


def _joined(here: str, there: str) -> str | None:
    """`here` and `there` as one line when `here` ends cut inside a word, a code or a date that
    `there` goes on with; None when they are two lines."""
    if not _prose(here) or not _prose(there) or opens_item(there):  # ("2. Sở Tư pháp …")
        return None
    if _CUT_WORD.search(here) and there[:1].isalpha() and there[:1].islower():
        # a syllable cut in two is one again ("trư-" / "ớc"); two syllables a hyphen held at
        # the line's end are two words ("hỗ-" / "trợ")
        last, first = here[:-1].split()[-1], there.split()[0]
        one = _SYLLABLE.match(plain(last + first).strip(".,;:()")) is not None
        return here[:-1] + ("" if one else " ") + there
    if _CUT_CODE.search(here) and _CODE_GOES_ON.match(there):
        return here + there
    if (_CUT_DATE.search(here) and _DATE_GOES_ON.match(there)) or (
        _DATE_TAIL.search(here) and _SLASH_GOES_ON.match(there)
    ):
        return here + there
    if _DATE_WORD.search(plain(here)) and _FIGURES_GO_ON.match(there):
        return f"{here} {there}"
    return None
