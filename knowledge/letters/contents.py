"""What a deliverable holds, listed under the sentence that introduces it: "Hồ sơ gồm:", "Hồ sơ
đề xuất bao gồm:", "Nội dung báo cáo, gồm:", "Báo cáo cần làm rõ các nội dung:", "Kế hoạch phải
bảo đảm các nội dung chính sau:", "…; trong đó làm rõ:", then one item a line ("- …", "+ …",
"a) …", "1) …", "(1) …"). Such items are the parts of one deliverable, not items of the letter's
outline (knowledge/letters/sections.py reads them as lines of the item they are listed in).
"""

from __future__ import annotations

import re

from knowledge.letters.dates import deadlines
from knowledge.letters.text import Line, plain

# The last sentence of a line that introduces a list of what a deliverable holds: a noun, then
# what it is made of ("Hồ sơ tự đánh giá gồm:", "Thông tin đăng ký gồm:"), or what it must make
# clear or cover ("Báo cáo cần làm rõ các nội dung:", "trong đó làm rõ:", "Kế hoạch phải bảo
# đảm các nội dung chính sau:", "Báo cáo tập trung vào các nội dung sau:").
_WHAT = r"(?:\s+(?:cac|nhung|mot so)(?:\s+[^\s:;.,]+){1,3}?)?"
INTRO = re.compile(
    r"(?:^|[.;]\s+|,\s+)"
    r"(?:"
    r"(?:[^\s:;.]+\s+){0,7}?[^\s:;.]+\s*,?\s+(?:gom|bao gom)(?:\s+co)?"
    + _WHAT
    + r"|(?:[^\s:;.]+\s+){0,5}?(?:lam ro|neu ro|tap trung vao)"
    + _WHAT
    + r"|(?:[^\s:;.]+\s+){0,5}?(?:bao dam|dam bao)\s+(?:cac|nhung)\s+(?:noi dung|yeu cau)"
    r"(?:\s+(?:chinh|chu yeu|co ban))?"
    r")(?:\s+(?:nhu\s+)?sau(?:\s+day)?)?\s*:?\s*$"
)
# A sentence that hands duties out ("Đề nghị các đơn vị tập trung vào các nội dung sau:", "Sở
# … yêu cầu các cơ quan tập trung vào …"): the items after it are the letter's, each a duty,
# whatever words introduce them; not "Hồ sơ đề nghị gồm:", a dossier that asks.
_ASKS = re.compile(
    r"(?:^|[.;,]\s+)(?:de nghi|yeu cau|giao|chi dao)\b|\b(?:cac co quan|cac don vi)\b"
)
# an item of the list: "- …", "+ …", "a) …", "1) …", "(1) …"
ITEM = re.compile(r"^(?:[+•–*-]|[a-zđ]\)|\d+\)|\(\d+\))\s*")
_STEP = re.compile(r"^(?:[-+•–*]\s*)?buoc\s+\d+")


def _kind(mark: str) -> str:
    """ "-", "+" and "•" lists are one kind, points "a)" another, "1)" and "(1)" others."""
    mark = mark.strip()
    if mark[:1] in "+•–*-":
        return "dash"
    return "letter" if mark[:1].isalpha() else "paren" if mark[:1].isdigit() else "bracket"


def introduces(line: Line) -> bool:
    """The line ends with a sentence that introduces what a deliverable holds."""
    m = INTRO.search(line.plain)
    return m is not None and not _ASKS.search(m.group())


def lists_parts(line: Line) -> bool:
    """The line ends with a sentence, closed by its colon, that introduces what a deliverable
    holds and hands no duty out: the points printed after it ("a) …", "1) …") are its parts,
    not items of the letter."""
    return introduces(line) and line.plain.rstrip().endswith(":")


def contents(lines: list[Line], task: Line | None = None) -> tuple[str, ...]:
    """The items listed under each introducing sentence among `lines`, in order, as printed
    without their marks. Those listed on the line that introduces them are the parts of the
    task dated on that line (`task`, the task's line), or of every task when it sets no date."""
    items: list[str] = []
    for i, ln in enumerate(lines):
        if not introduces(ln):
            mine = task is None or ln.no == task.no or not deadlines(ln.text, None)
            items += run_on(ln) if mine else []
            continue
        kind, first = "", ""
        for item in lines[i + 1 :]:
            mark = ITEM.match(item.plain)
            if mark and kind not in ("", "dash") and _kind(mark.group()) == "dash":
                continue  # "a) Cán bộ đầu mối:" then "- Họ và tên …": the parts of a part
            if _STEP.match(item.plain) or not mark or kind not in ("", _kind(mark.group())):
                break  # the list ended: another kind of item ("- …" then "b) …") is no part
            kind = _kind(mark.group())
            first = first or mark.group().strip()
            if kind == "dash" and mark.group().strip() != first:
                continue  # "- Giải pháp:" then "+ …": the parts of a part, not parts
            items.append(ITEM.sub("", item.text).strip())
    return tuple(dict.fromkeys(items))


# The first of the items a sentence lists on its own line, after its colon: "(1) …", "1) …",
# "a) …"; then each next one by its number or letter.
_RUN_ON_FIRST = re.compile(r":\s*(?=(?:\(1\)|1\)|a\))\s)")


def run_on(line: Line) -> list[str]:
    """The parts a sentence lists on the line it introduces them on ("Kế hoạch gồm các nội
    dung: (1) đánh giá thực trạng; (2) chỉ tiêu …; (3) giải pháp …"), numbered or lettered in
    order from the first, as printed without their marks; none when the words before the colon
    introduce no parts (INTRO) or fewer than two follow."""
    low = line.plain
    for colon in _RUN_ON_FIRST.finditer(low):
        if not introduces(Line(line.no, line.text[: colon.start() + 1])):
            continue
        marks = _marks(low, colon.end())
        if len(marks) >= 2:
            ends = [start for start, _ in marks[1:]] + [len(low)]
            return [line.text[m:e].strip(" ;,.") for (_, m), e in zip(marks, ends, strict=True)]
    return []


def _marks(low: str, at: int) -> list[tuple[int, int]]:
    """Where each mark of a run-on list starts and its item begins: "(1)", "(2)", … or "1)",
    "2)", … or "a)", "b)", … ("đ)", folded "d)", where a letter has it) from `at`, each next
    one after a semicolon or a comma."""
    bracket = low[at] == "("
    labels = [str(n) for n in range(1, 30)] if low[at + bracket].isdigit() else _POINTS
    found: list[tuple[int, int]] = []
    for label in labels:
        printed = f"({plain(label)})" if bracket else f"{plain(label)})"
        pos = low.find(printed, at) if found else at
        if pos < 0 or (found and low[:pos].rstrip()[-1:] not in (";", ",")):
            if label == "đ":
                continue  # a list of points may skip "đ)"
            break
        found.append((pos, pos + len(printed)))
        at = pos + len(printed)
    return found


# The points of an item, in the order letters print them.
_POINTS = ("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n")


def parts_under(lines: list[Line], intros: list[Line]) -> tuple[str, ...]:
    """The items listed under those of `intros` (lines of `lines`) that introduce them: the
    contents a sentence outside a table gives one of its rows ("Kế hoạch … (nhiệm vụ 1) gồm các
    nội dung:"), not the rows it does not name."""
    at = {ln.no for ln in intros if introduces(ln)}
    items: list[str] = []
    for i, ln in enumerate(lines):
        if ln.no in at:
            rest = range(i + 1, len(lines))
            end = next((j for j in rest if not ITEM.match(lines[j].plain)), len(lines))
            items += contents(lines[i:end])
    return tuple(dict.fromkeys(items))


def pointed(line: Line, undated: list, tops: set[str]) -> list[Line]:
    """The lines of the `undated` sections `line` points at ("Biểu 01 và báo cáo đánh giá tại
    điểm 1.2 gửi về …", 1.2 setting no date of its own): the parts of what it sends are listed
    there; a section with its own date is another task, its parts its own."""
    from knowledge.letters.references import ANYWHERE, references, refers_to

    refs = references(line.text)
    return [
        ln
        for s in undated
        if s.number
        and any(
            refers_to(r, s.path, tops) and len([x for x in r if x != ANYWHERE]) == len(s.path)
            for r in refs
        )  # the point named itself, not one in it
        for ln in s.all_lines
    ]
