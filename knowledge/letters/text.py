"""A letter's text made readable line by line: markup of the converters removed, paragraphs a
page break or a wrap cut in two joined again, and a plain (folded) form of each line whose
characters stand where the printed ones stand, so a match on the plain form slices the printed.

The head of a letter is printed in two columns (issuer | national motto; number | place and date;
subject). OCR and text layers often flatten them into one line, the columns apart by a run of
spaces or by nothing at all; each column is given back its own line here, so the header reader
sees one part per line whatever the converter did.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

from knowledge.language.text import nfc, strip_marks

_TAG = re.compile(r"<[^>]{0,200}>")
_MARKUP = re.compile(r"\*{1,3}|(?<!\w)_{1,2}|_{1,2}(?!\w)|\\(?=[-.*_#()\[\]])")
_HEADING_HASHES = re.compile(r"^\s*#{1,6}\s*")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b]+")
_ENDS_SENTENCE = (".", ";", ":", "!", "?", "…")
_RULE = re.compile(r"^[\s_\-=–—~.*]+$")  # the rules drawn under the header's columns
_PAGE_NUMBER = re.compile(r"^[-–\s]*\d{1,3}[-–\s]*$")  # a page number alone on its line
_COLUMN_GAP = re.compile(r"\t+| {3,}")
# Where the right-hand column starts when OCR left no gap: the national motto, or the place
# before ", ngày …" (a capitalised name of at most four words).
_MOTTO = re.compile(r"cong hoa xa hoi|doc lap\s*[-–]\s*tu do")
_PLACE_DATE = re.compile(r",\s*ngay\b")
_KINH_GUI = re.compile(r"^\s*kinh gui\b")
# What opens a new paragraph rather than going on with the last one.
_NEW_ITEM = re.compile(
    r"^(?:[IVX]{1,4}\s*[.)]|\d{1,2}(?:\.\d{1,2})*[.)]\s|\d{1,2}\.\d{1,2}\s|[a-zđ]\)|[-+•–*]"
    r"|(?i:bước)\s+\d)"
)


@dataclass(frozen=True)
class Line:
    no: int  # the line of the file it starts on, 1-based
    text: str
    gap: bool = False  # a blank line comes before it

    @cached_property
    def plain(self) -> str:
        return plain(self.text)


@lru_cache(maxsize=8192)
def plain(text: str) -> str:
    """Lower case without marks, one character for each printed character (đ → d, ệ → e), so
    that a position found in it is a position in the printed text."""
    if text.isascii():
        return text.lower()
    return "".join(map(_plain_char, text))


@lru_cache(maxsize=4096)
def _plain_char(ch: str) -> str:
    base = strip_marks(ch).lower()
    return base if len(base) == 1 else ch.lower()[:1] or " "


def clean(text: str) -> str:
    text = nfc(unicodedata.normalize("NFKC", text)) if not text.isascii() else text
    text = _TAG.sub(" ", text)
    text = _HEADING_HASHES.sub("", text)
    text = _MARKUP.sub("", text)
    return _SPACES.sub(" ", text).strip()


def lines_of(text: str) -> list[Line]:
    """The non-empty lines, cleaned; a line that does not end a sentence joined with the next
    when the next goes on in lower case (a wrapped line, or one a page break cut), or, in a text
    wrapped at a fixed width (a PDF's text layer), when it filled the width and the next opens
    no new paragraph. Rules and page numbers are dropped; the head's columns split."""
    raws = text.split("\n")
    head = _head_end(raws)
    width = _wrap_width(raws)
    result: list[Line] = []
    joinable = False
    full = False  # the last physical line filled the wrap width
    gap = False
    for no, raw in enumerate(raws, start=1):
        for part in _columns(raw) if no <= head else [_row(raw)]:
            line = clean(part)
            if not line:
                gap = True
                continue
            if _RULE.match(line) or _PAGE_NUMBER.match(line):
                continue
            item = _NEW_ITEM.match(line) is not None
            wrapped = full and not gap and not raw[:2].isspace()
            goes_on = line[0].islower() or line[0] in ",)" or wrapped
            if joinable and result and goes_on and not item:
                last = result[-1]
                result[-1] = Line(last.no, f"{last.text} {line}".replace(" ,", ","), last.gap)
            else:
                result.append(Line(no, line, gap))
            gap = False
            joinable = not result[-1].text.endswith(_ENDS_SENTENCE)
            full = width is not None and len(raw.rstrip()) >= 0.85 * width
    return result


def _row(raw: str) -> str:
    """A table row typed with a tab between a label and its value ("Thời hạn<TAB>Trước ngày
    …") as the letter would say it: "Thời hạn: Trước ngày …"; other lines as they are."""
    cells = [c.strip() for c in raw.split("\t") if c.strip()]
    if len(cells) == 2 and "\t" in raw.strip() and len(cells[0].split()) <= 6:
        return f"{cells[0].rstrip(' :')}: {cells[1]}"
    return raw


def _head_end(raws: list[str]) -> int:
    """The line of "Kính gửi" (1-based): above it is the head, printed in columns."""
    for no, raw in enumerate(raws[:80], start=1):
        if _KINH_GUI.match(plain(raw)):
            return no
    return min(len(raws), 20)


def _wrap_width(raws: list[str]) -> int | None:
    """The width a text was wrapped at, when it was: many lines end near one same length. A
    text of one paragraph a line (a .txt, a .docx) has no such width."""
    lengths = sorted(len(r.rstrip()) for r in raws if len(r.strip()) >= 20)
    if len(lengths) < 8:
        return None
    width = lengths[int(len(lengths) * 0.9)]
    if width > 130 or sum(n >= 0.85 * width for n in lengths) < 5:
        return None
    return width


def _columns(raw: str) -> list[str]:
    """A head line's columns: apart by a run of spaces or a tab, or run together before the
    motto or before the place of "<place>, ngày …"."""
    parts: list[str] = []
    for part in _COLUMN_GAP.split(raw.strip()):
        if not part.strip():
            continue
        low = plain(part)
        cuts = {m.start() for m in _MOTTO.finditer(low)}
        for m in _PLACE_DATE.finditer(low):
            cuts.add(_place_start(part, m.start()))
        start = 0
        for cut in sorted(c for c in cuts if c > 0):
            parts.append(part[start:cut])
            start = cut
        parts.append(part[start:])
    return [p for p in parts if p.strip()] or [raw]


def _place_start(part: str, comma: int) -> int:
    """Where the place before ", ngày" starts: back over at most four capitalised words."""
    start = comma
    words = list(re.finditer(r"\S+", part[:comma]))
    for word in reversed(words[-4:]):
        if not (word.group()[0].isupper() and word.group().isalpha()):
            break
        start = word.start()
    return start
