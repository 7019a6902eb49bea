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
from functools import cached_property

from knowledge.language.text import nfc
from knowledge.letters.folding import plain
from knowledge.letters.markers import opens_item

# What knowledge/letters/scanned.py leaves where it took a line away, so every line keeps its
# number: a page's mark (a long line before it may go on after it), and a line joined above.
PAGE_BREAK = "\f"
TAKEN = "\v"

_TAG = re.compile(r"<[^>]{0,200}>")
_MARKUP = re.compile(r"\*{1,3}|(?<!\w)_{1,2}|_{1,2}(?!\w)|\\(?=[-.*_#()\[\]])")
_HEADING_HASHES = re.compile(r"^\s*#{1,6}\s*")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b]+")
_ENDS_SENTENCE = (".", ";", ":", "!", "?", "…")
# the rules drawn under the header's columns, and a markdown table's rule ("|---|---|")
_RULE = re.compile(r"^[\s_\-=–—~.*|:]+$")
_PAGE_NUMBER = re.compile(r"^[-–\s]*\d{1,3}[-–\s]*$")  # a page number alone on its line
_COLUMN_GAP = re.compile(r"\t+| {3,}| \| ")  # " | ": a table's border OCR kept between cells
# Where the right-hand column starts when OCR left no gap: the national motto, or the place
# before ", ngày …" (a capitalised name of at most four words).
_MOTTO = re.compile(r"cong hoa xa hoi|doc lap\s*[-–]\s*tu do")
_PLACE_DATE = re.compile(r",\s*ngay\b")
_KINH_GUI = re.compile(r"^\s*kinh gui\b")
# A table row OCR printed with its borders ("| Kính gửi: | - Các sở, ban, ngành; |"): a "|" at
# either end of a line, or with a space on each side between cells.
_BORDER_END = re.compile(r"^\s*(?:\|\s?)+|(?:\s?\|)+\s*$")
_BORDER = re.compile(r"\s+\|\s+")
# A line break inside a cell, as a converter to markdown writes it ("Số: 12/SYT<br>V/v …").
_BREAK = re.compile(r"<br\s*/?>", re.I)
# A word OCR cut at the line's end with a hyphen ("thành ph-" / "ố"): a letter, then "-".
_CUT_WORD = re.compile(r"[^\W\d_]-$")
# Where a letter's own words start, when it has no Kính gửi to end its head (a plan).
_OPENING = re.compile(r"^\s*(?:kinh gui|can cu|thuc hien)\b")
# A running head is a page's, not a paragraph: its parts are this long at the least.
_HEAD_PART = 6
# What opens a new paragraph rather than going on with the last one.
# The last word of a line cut short of what it says: a date's or a number's word, a preposition.
_HANGING = re.compile(r"\b(?:ngay|truoc|den|tu|so|va|cua|tai|theo|voi|cho)$")

_SUBJECT = re.compile(r"^v\s*/\s*v\b")
# The fields of a letter's head, each printed on a line of its own, in columns side by side.
_HEAD_FIELD = re.compile(r"^(?:so\s*:|v\s*/\s*v\b|[^\W\d_][^,\d]{1,40},\s*ngay\b)")


@dataclass(frozen=True)
class Line:
    no: int  # the line of the file it starts on, 1-based
    text: str
    gap: bool = False  # a blank line comes before it
    # read from a row of a table of tasks (knowledge/letters/grid.py), not printed as it reads
    table: bool = False
    # a table's cell read as "<column>: <cell>": where the cell as printed starts in the text
    cell: int = 0

    @cached_property
    def plain(self) -> str:
        return plain(self.text)


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
    numbered = [(no, row) for no, raw in enumerate(text.split("\n"), 1) for row in _rows(raw)]
    raws = [raw for _, raw in numbered]
    head = _head_end(raws)
    width = _wrap_width(raws)
    top = next((i for i, r in enumerate(raws[:head]) if _OPENING.match(plain(r))), head)
    heads = {plain(clean(p)) for raw in raws[:top] for p in _columns(raw)}
    heads = {p for p in heads if len(p) >= _HEAD_PART}
    result: list[Line] = []
    joinable = False
    full = False  # the last physical line filled the wrap width
    gap = False
    cut = False  # a page's running head was left out just before
    # the head's last row printed in columns: where each column starts, and its line
    columns: list[tuple[int, int]] = []
    for at, (no, raw) in enumerate(numbered, start=1):
        if raw in (PAGE_BREAK, TAKEN):
            cut = cut or raw == PAGE_BREAK
            continue
        if at > head and _running_head(raw, heads):
            cut = True
            continue
        parts = _columns(raw) if at <= head else [_row(raw)]
        under = _column_of(raw, columns) if len(parts) == 1 and at <= head else None
        starts = _starts(raw, parts)
        row: list[tuple[int, int]] = []  # this row's columns: where each starts, its line
        for k, (part, start) in enumerate(zip(parts, starts, strict=True)):
            line = clean(part)
            if not line:
                gap = True
                continue
            if _RULE.match(line) or _PAGE_NUMBER.match(line):
                continue
            # the head's fields open lines of their own ("Số: …", "V/v …", the place and date)
            field = at <= head and _HEAD_FIELD.match(plain(line)) is not None
            # a table's row typed with tabs is a row of its own: it neither goes on with the
            # line above nor takes the next
            cells = at > head and _cells_row(raw)
            item = opens_item(line) or field or cells
            # a column beside the first is no wrap of the last line's text
            wrapped = full and not gap and not raw[:2].isspace() and k == 0
            # … nor is the first column of a head's row printed in columns (the issuer's
            # second line beside the motto's: "SỞ THÔNG TIN …    Độc lập - Tự do …")
            wrapped = wrapped and not (at <= head and len(parts) > 1)
            # a paragraph a page's head cut in two goes on after it, whatever its first letter
            paragraph = cut and bool(result) and len(result[-1].text) > 60
            # (not a table's last row: what the next page opens with in capitals is its own,
            # "Biểu mẫu số 01", "Phụ lục II"; a cell cut mid-word still goes on in lower case)
            paragraph = paragraph and len(_BORDER.split(result[-1].text)) < 3
            # a line cut after a word that asks for what follows ("… trước ngày" / "25/11/2021")
            # goes on, whatever the next opens with: a date, a number, a name
            # (never across a blank line: a heading "2. Báo cáo hằng tháng" ends its paragraph)
            hanging = at > head and not gap and bool(result)
            hanging = hanging and _HANGING.search(result[-1].plain) is not None
            # "số" hangs before its number ("Văn bản số" / "95/STTTT"); it ends a name too
            # ("I. VỀ … CHUYỂN ĐỔI SỐ" / "Các Sở, ban, ngành …": a heading, then its text)
            hanging = hanging and (not result[-1].plain.endswith(" so") or line[0].isdigit())
            hanging = hanging and " | " not in result[-1].text  # a table's head ("… | Số sổ")
            goes_on = line[0].islower() or line[0] in ",)" or wrapped or paragraph or hanging
            # the subject's second line under its column, beside which the place and date
            # were printed: it goes on with the line of its own column
            open_under = under is not None and not result[under].text.endswith(_ENDS_SENTENCE)
            # (a subject goes on under its "V/v" whatever its next line opens with: a name,
            # "Chính quyền số, …", is still the subject's)
            subject = under is not None and _SUBJECT.match(result[under].plain) is not None
            if under is not None and open_under and (goes_on or subject) and not gap and not item:
                result[under] = _joined(result[under], line)
                continue
            # a colon that a wrap left at the end of a full line ("… Thời hạn:" / "15/8/2024.",
            # "… Bước 2:" / "nâng cấp phần mềm; …") is followed by its own words in lower case
            # or a date; a capital after it opens what the colon announced
            colon = bool(result) and result[-1].text.endswith(":")
            goes_on = goes_on and (not colon or line[0].islower() or line[0].isdigit())
            if joinable and result and goes_on and not item:
                result[-1] = _joined(result[-1], line)
            else:
                result.append(Line(no, line, gap))
                row.append((start, len(result) - 1))
            gap = cut = False
            # (a table's row is as long as its cells, not cut at the text's width: the row
            # after it is no wrap of it)
            full = width is not None and len(raw.rstrip()) >= 0.85 * width
            full = full and len(_BORDER.split(raw.strip())) < 3
            ends = result[-1].text.endswith(_ENDS_SENTENCE)
            ends = ends and not (result[-1].text.endswith(":") and full)
            joinable = not ends and not cells
        if len(parts) > 1 or row:
            columns = row if len(parts) > 1 else []
    return result


def _starts(raw: str, parts: list[str]) -> list[int]:
    """Where each of a row's parts starts in the row."""
    found: list[int] = []
    pos = 0
    for part in parts:
        at = raw.find(part.strip(), pos)
        pos = at + len(part.strip()) if at >= 0 else pos
        found.append(max(at, 0))
    return found


def _column_of(raw: str, columns: list[tuple[int, int]]) -> int | None:
    """The line of the column a head row of one part is printed under (by its indent), when
    the row before it was printed in columns."""
    if len(columns) < 2 or not raw.strip():
        return None
    indent = len(raw) - len(raw.lstrip())
    return min(columns, key=lambda c: abs(c[0] - indent))[1]


def _joined(last: Line, line: str) -> Line:
    """Two pieces of one paragraph as one line; a word cut with a hyphen at the end of the first
    ("tỉ-" / "nh") made whole again."""
    if _CUT_WORD.search(last.text) and line[0].isalpha() and line[0].islower():
        return Line(last.no, nfc(last.text[:-1] + line), last.gap)
    return Line(last.no, f"{last.text} {line}".replace(" ,", ","), last.gap)


def _rows(raw: str) -> list[str]:
    """A line of the file as the rows it prints: a bordered table row whose cells hold line
    breaks ("| SỞ Y TẾ<br>Số: 12/SYT | CỘNG HÒA …<br>Tuyên Quang, ngày … |") is a row per
    line of its cells, side by side as on paper, the cells apart by a tab; any other line is
    itself, without its outer borders."""
    if not _BREAK.search(raw) or not _BORDER_END.search(raw):
        return [_unframe(raw)]
    cells = [_BREAK.split(c) for c in _BORDER.split(_BORDER_END.sub("", raw))]
    depth = max(len(c) for c in cells)
    return [
        "\t".join(c[i].strip() if i < len(c) else "" for c in cells).rstrip("\t")
        for i in range(depth)
    ]


def _unframe(raw: str) -> str:
    """A bordered table row without its outer borders, its cells apart by a tab (as a typed
    table's are); any other line as it is."""
    if "|" not in raw or not _BORDER_END.search(raw):
        return raw
    return _BORDER.sub("\t", _BORDER_END.sub("", raw))


def _running_head(raw: str, heads: set[str]) -> bool:
    """A line of the body made only of parts of the letter's head (issuer, motto, number): the
    head printed again at the top of a later page."""
    parts = [plain(clean(p)) for p in _columns(raw) if clean(p)]
    return bool(parts) and all(p in heads for p in parts)


def _row(raw: str) -> str:
    """A table row typed with a tab between a label and its value ("Thời hạn<TAB>Trước ngày
    …") as the letter would say it: "Thời hạn: Trước ngày …"; a row of three cells or more
    (a table of tasks typed with tabs) with its cells apart by " | ", as the readers of a Word
    or PDF file give a table's row, empty cells kept in their place, so the table's columns
    are read (knowledge/letters/grid.py); other lines as they are."""
    cells = [c.strip() for c in raw.split("\t") if c.strip()]
    if len(cells) == 2 and "\t" in raw.strip() and len(cells[0].split()) <= 6:
        return f"{_MARKUP.sub('', cells[0]).rstrip(' :')}: {cells[1]}"
    if len(cells) >= 3 and _cells_row(raw):
        return " | ".join(c.strip() or "" for c in raw.strip("\n").split("\t"))
    return raw


def _cells_row(raw: str) -> bool:
    """The line is a table's row typed with a tab between cells (three cells or more)."""
    return sum(1 for c in raw.split("\t") if c.strip()) >= 3


def _head_end(raws: list[str]) -> int:
    """The line of "Kính gửi" (1-based): above it is the head, printed in columns."""
    for no, raw in enumerate(raws[:80], start=1):
        if _KINH_GUI.match(plain(raw)):
            return no
    # no Kính gửi: the head is the first lines, up to a table's head row ("STT | Nhiệm vụ | …"),
    # whose cells are the body's, not the head's columns
    table = next((no for no, raw in enumerate(raws[:20], start=1) if _table_head(raw)), None)
    return min(len(raws), 20, table - 1 if table else 20)


def _table_head(raw: str) -> bool:
    """A table's head row, its cells apart by tabs or " | ", its first the rows' number."""
    cells = [c for c in re.split(r"\t+|\s\|\s", raw.strip()) if c.strip()]
    return len(cells) >= 3 and plain(cells[0]).strip(" .|") in ("stt", "tt", "so tt")


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
        printed = word.group().strip("*_")  # "*Khánh Hòa, ngày …*": a place in italics
        if not (printed[:1].isupper() and printed.isalpha()):
            break
        start = word.start()
    return start
