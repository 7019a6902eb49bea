"""The duty an amending letter re-dates: "1. Điều chỉnh thời hạn thực hiện nhiệm vụ tại điểm a
khoản 1 Công văn số 1102 (rà soát, lập danh mục …) từ … thành trước ngày 16/9/2022" names the
duty in its bracket, or by the point of the earlier letter its opening retells ("- Điểm b: Sở
Kế hoạch và Đầu tư chủ trì triển khai …", "… xây dựng hồ sơ đề xuất cấp độ … (nhiệm vụ tại
điểm b khoản 1)"). The task's title is that duty, not the words of the change.
"""

from __future__ import annotations

import re

from knowledge.letters.text import Line, plain

# "Điều chỉnh thời hạn (thực hiện nhiệm vụ) tại điểm a khoản 1 …", "Gia hạn thời gian …"
_ADJUSTS = re.compile(
    r"^(?:\d{1,2}\.\s*)?(?:dieu chinh|gia han)\s+(?:thoi han|thoi gian)\b[^:;]{0,40}?"
    r"\btai\s+diem\s+(?P<p>[a-z])\s+khoan\s+(?P<k>\d{1,2})\b"
)
_BRACKET = re.compile(r"^[^()]{0,60}?\(([^()]{8,200})\)")
_FORM = re.compile(r"\s+theo\s+(?:phu luc|bieu|mau)\b")


def amended_duty(line: Line, lines: list[Line]) -> str | None:
    """The words of the duty `line` re-dates, from its bracket or the retold point; None when
    the line re-dates nothing, or the letter does not say which duty."""
    m = _ADJUSTS.match(line.plain)
    if m is None:
        return None
    bracket = _BRACKET.match(line.plain[m.end() :])
    if bracket and not re.search(r"\d{1,2}/\d{1,2}", bracket.group(1)):
        text = line.text[m.end() + bracket.start(1) : m.end() + bracket.end(1)]
        return _cut_form(text)
    point, item = m.group("p"), m.group("k")
    for other in lines:
        if other.no == line.no:
            continue
        low = other.plain
        told = re.match(rf"^[-+•–]?\s*diem\s+{point}\s*:\s*", low)
        if told:
            return other.text[told.end() :]
        named = re.search(rf"\(\s*nhiem vu tai diem\s+{point}\s+khoan\s+{item}\s*\)", low)
        if named:
            start = max(low.rfind(";", 0, named.start()), low.rfind(":", 0, named.start()))
            return other.text[start + 1 : named.start()].strip()
    return None


def _cut_form(text: str) -> str:
    """The duty without the form it is made on ("… đang vận hành theo Phụ lục 01")."""
    form = _FORM.search(plain(text))
    return (text[: form.start()] if form else text).strip()


# An item that replaces or adds a part of the earlier letter and quotes its new text on the next
# line: "1. Sửa đổi, bổ sung khoản 2 như sau:", "3. Bổ sung điểm c vào mục 3 như sau:".
_REWRITES = re.compile(
    r"^(?P<n>\d{1,2})\.\s*(?:sua doi|bo sung|thay the)\b[^:]{0,40}?"
    r"\b(?P<part>(?:diem\s+[a-z]\s+(?:vao\s+|tai\s+|cua\s+)?)?(?:khoan|muc|diem)\s+\w{1,3})\b"
    r"[^:]{0,40}\bnhu sau\s*:\s*$"
)
# Any item that changes a part of the earlier letter, quoting it or not ("1. Điều chỉnh thời hạn
# thực hiện nhiệm vụ tại điểm b khoản 1 …"); not one that abolishes it ("Bãi bỏ điểm c …").
_CHANGES = re.compile(
    r"^(?P<n>\d{1,2})\.\s*(?:sua doi|bo sung|thay the|dieu chinh|gia han)\b[^:]{0,60}?"
    r"\b(?P<part>(?:diem\s+[a-z]\s+(?:vao\s+|tai\s+|cua\s+)?)?(?:khoan|muc|diem)\s+\w{1,3})\b"
)
_QUOTE = "\"“”'‘’"
_MARKER = re.compile(r"^\s*(?:\d{1,2}\.|[a-zđ]\))\s*")
# A part of the earlier letter "(đã được sửa đổi, bổ sung)": as this letter now words it.
_AMENDED_REF = re.compile(
    r"(?P<part>(?:diem\s+[a-z]\s+)?(?:khoan|muc)\s+\d{1,2})\s*"
    r"\(\s*da duoc sua doi(?:,?\s*bo sung)?\s*\)"
)


def _part(words: str) -> str:
    return re.sub(r"\s+(?:vao|tai|cua)\s+", " ", words).strip()


def rewritten(lines: list[Line]) -> list[Line]:
    """An amending letter that quotes the new text of the parts it changes, read as that text:
    each such item holds its quotation as its own duty ("1. Ủy ban nhân dân … trước ngày …"),
    and a reference to a part "(đã được sửa đổi, bổ sung)" points at the item that now words it
    ("các cơ quan nêu tại khoản 2 (đã được sửa đổi, bổ sung)" → "mục 1")."""
    out: list[Line] = []
    items: dict[str, list[str]] = {}
    skip = -1
    for i, line in enumerate(lines):
        if i == skip:
            continue
        changes = _CHANGES.match(line.plain.strip())
        if changes:
            items.setdefault(_part(changes.group("part")), []).append(changes.group("n"))
        m = _REWRITES.match(line.plain.strip())
        quoted = next(
            (j for j in range(i + 1, min(i + 3, len(lines))) if lines[j].text.strip()), -1
        )
        if m and quoted > 0 and lines[quoted].text.strip()[:1] in _QUOTE:
            text = _MARKER.sub("", lines[quoted].text.strip().strip(_QUOTE).strip())
            out.append(Line(line.no, f"{m.group('n')}. {text}", line.gap))
            skip = quoted
            continue
        out.append(line)
    if not items:
        return lines
    return [_pointed(line, items) for line in out]


def _pointed(line: Line, items: dict[str, list[str]]) -> Line:
    """ "khoản 1 (đã được sửa đổi, bổ sung)" → the items that change khoản 1 or a point of it."""
    text, low = line.text, line.plain
    for m in reversed(list(_AMENDED_REF.finditer(low))):
        part = _part(m.group("part"))
        found = [n for p, ns in items.items() if p == part or p.endswith(f" {part}") for n in ns]
        if found:
            named = " và ".join(f"mục {n}" for n in dict.fromkeys(found))
            text = f"{text[: m.start()]}{named}{text[m.end() :]}"
    return line if text == line.text else Line(line.no, text, line.gap, line.table, line.cell)
