"""A letter's text made readable line by line: markup of the converters removed, paragraphs a
page break or a wrap cut in two joined again, and a plain (folded) form of each line whose
characters stand where the printed ones stand, so a match on the plain form slices the printed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from knowledge.language.text import nfc, strip_marks

_TAG = re.compile(r"<[^>]{0,200}>")
_MARKUP = re.compile(r"\*{1,3}|(?<!\w)_{1,2}|_{1,2}(?!\w)|\\(?=[-.*_#()\[\]])")
_HEADING_HASHES = re.compile(r"^\s*#{1,6}\s*")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b]+")
_ENDS_SENTENCE = (".", ";", ":", "!", "?", "…")


@dataclass(frozen=True)
class Line:
    no: int  # the line of the file it starts on, 1-based
    text: str
    gap: bool = False  # a blank line comes before it

    @property
    def plain(self) -> str:
        return plain(self.text)


def plain(text: str) -> str:
    """Lower case without marks, one character for each printed character (đ → d, ệ → e), so
    that a position found in it is a position in the printed text."""
    out = []
    for ch in text:
        base = strip_marks(ch).lower()
        out.append(base if len(base) == 1 else ch.lower()[:1] or " ")
    return "".join(out)


def clean(text: str) -> str:
    text = nfc(unicodedata.normalize("NFKC", text)) if not text.isascii() else text
    text = _TAG.sub(" ", text)
    text = _HEADING_HASHES.sub("", text)
    text = _MARKUP.sub("", text)
    return _SPACES.sub(" ", text).strip()


def lines_of(text: str) -> list[Line]:
    """The non-empty lines, cleaned; a line that does not end a sentence joined with the next
    when the next goes on in lower case (a wrapped line, or one a page break cut)."""
    result: list[Line] = []
    joinable = False
    gap = False
    for no, raw in enumerate(text.split("\n"), start=1):
        line = clean(raw)
        if not line:
            gap = True
            continue
        if joinable and result and (line[0].islower() or line[0] in ",)"):
            last = result[-1]
            result[-1] = Line(last.no, f"{last.text} {line}".replace(" ,", ","), last.gap)
        else:
            result.append(Line(no, line, gap))
        gap = False
        joinable = not result[-1].text.endswith(_ENDS_SENTENCE)
    return result
