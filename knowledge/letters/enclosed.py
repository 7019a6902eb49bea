"""What follows a letter's body about its forms: the forms it encloses (named in the copy list
after "kèm theo", else its one annex's heading), the annexes that print the sender's figures
rather than a form to fill, and the title printed under each enclosed form.
"""

from __future__ import annotations

import re
from itertools import pairwise

from knowledge.letters.form_names import forms
from knowledge.letters.text import Line, plain

# A form named alone on its line: an annex's heading after the signature ("Mẫu số 01", "PHỤ LỤC").
_FORM_HEADING = re.compile(
    r"^(?:phu luc|bieu mau|mau bieu|bieu|mau)(?:\s+so)?(?:\s+(?:\d{1,2}[a-z]?|[ivx]{1,5}))?\s*$"
)
# A form's heading and its title on one line: "Mẫu số 02: Danh sách cán bộ đầu mối".
_HEADED = re.compile(r"^\s*(?P<form>[^:|]{3,25}):\s*(?P<title>[^|]{4,150})$")
# The copy list's "Như trên (kèm theo Mẫu số 04)": what the letter encloses for its addressees.
_ENCLOSES = re.compile(r"\bkem theo\b")


def enclosed(after_body: list[Line]) -> tuple[str, ...]:
    """The forms a letter encloses, from what follows its body: named in its copy list after
    "kèm theo", else the heading of its one annex."""
    listed: list[str] = []
    headings: list[str] = []
    for line in after_body:
        low = line.plain
        for m in _ENCLOSES.finditer(low):
            listed += forms([Line(line.no, "theo " + line.text[m.end() :], line.gap)])
        if _FORM_HEADING.match(low.strip(" .:")):
            headings += forms([Line(line.no, "theo " + line.text.strip(" .:"), line.gap)])
    if listed:
        return tuple(dict.fromkeys(listed))
    return tuple(headings) if len(headings) == 1 else ()


# A figure a filled table prints ("48.215", "2,87"), not a blank form's "..." cell.
_FIGURE = re.compile(r"(?<![\d.,])\d{1,3}(?:[.,]\d{1,3})+(?![\d.,])")


def data_annexes(after_body: list[Line]) -> tuple[str, ...]:
    """The annexes that print the sender's figures rather than a form to fill ("PHỤ LỤC — tỷ
    lệ … của từng huyện" with its numbers): no task is made on them."""
    found: list[str] = []
    name: str | None = None
    figures = blanks = 0
    for line in [*after_body, Line(0, "Phụ lục")]:
        low = line.plain.strip(" .:")
        if _FORM_HEADING.match(low):
            if name and figures >= 2 and not blanks:
                found.append(name)
            named = forms([Line(line.no, "theo " + line.text.strip(" .:"), line.gap)])
            name, figures, blanks = (named[0] if named else None), 0, 0
            continue
        figures += bool(_FIGURE.search(line.text))
        blanks += "..." in line.text or "…" in line.text
    return tuple(found)


def form_titles(after_body: list[Line]) -> dict[str, str]:
    """Each enclosed form's title, the capitals under its heading ("Phụ lục 03" over "KẾT QUẢ
    CẤU HÌNH THANH TOÁN TRỰC TUYẾN CẤP HUYỆN, CẤP XÃ"), in sentence case, without the period
    left blank ("QUÝ ..../2024")."""
    titles: dict[str, str] = {}
    for line in after_body:  # … or after its heading on one line: "Mẫu số 03: Báo cáo kết quả …"
        m = _HEADED.match(line.text)
        if m is None or not _FORM_HEADING.match(plain(m.group("form")).strip()):
            continue
        named = forms([Line(line.no, "theo " + m.group("form").strip(), line.gap)])
        text = m.group("title").strip(" .")
        if named and text and not text.isupper():
            titles.setdefault(named[0], text[:1].upper() + text[1:])
    for line, after in pairwise(after_body):
        head = after.text.split("(")[0]  # "… CẤP XÃ (đến ngày ..../..../2023)"
        if not _FORM_HEADING.match(line.plain.strip(" .:")) or not head.isupper():
            continue
        named = forms([Line(line.no, "theo " + line.text.strip(" .:"), line.gap)])
        text = re.split(r"\s+(?:quý|tháng|năm)\s*[.…]", head.lower())[0].strip(" .")
        if named and text:
            titles.setdefault(named[0], text[:1].upper() + text[1:])
    return titles
