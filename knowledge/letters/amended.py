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
