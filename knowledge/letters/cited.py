"""Forms a duty cites rather than fills: a table named as where the things the work is about
were assigned or listed before ("các dịch vụ … được giao tại Biểu 01", "có trong Biểu 01",
"danh mục tại Phụ lục I của Quyết định số 406/QĐ-TTg"), or an annex sent for reading only. The
form a task is made on is the complement of its deliverable ("lập báo cáo (theo Mẫu số 01)");
a cited one modifies a noun of the work (knowledge/letters/form_names.py asks this of each form).
"""

from __future__ import annotations

import re

# An annex sent for reading only: "Phụ lục 1 … để tham khảo, không phải gửi lại".
_REFERENCE_ONLY = ("tham khao", "khong phai gui", "khong gui lai")
# A form named as where the things the work is about are listed, not one to fill: "các dịch
# vụ … có trong Biểu 01", "thuộc Biểu 01 kèm theo văn bản số …".
_LISTED_IN = re.compile(r"\b(?:co|nam|neu|co ten)\s+trong\s*$|\bthuoc\s*$")
# A form placed by a verb of an earlier decision — what was assigned, set out, approved or
# listed there: "được giao tại Biểu 01", "đã phân công tại Phụ lục II", "nêu tại Biểu 03".
_ASSIGNED_AT = re.compile(
    r"\b(?:giao|phan cong|phan giao|neu|ban hanh|phe duyet|cong bo|liet ke|quy dinh)"
    r"(?:\s+cu the)?\s+(?:tai|o)\s*$"
)
# The same verb inside the complement of "theo" is the deliverable's own form again ("báo cáo
# theo nội dung nêu tại Phụ lục I"): a "theo" between the clause's start and the verb.
_CLAUSE_START = re.compile(r".*(?:[;(]|\.\s)")
# A form of another document ("tại Phụ lục I của Quyết định số 406/QĐ-TTg", "tại Biểu 01 ban
# hành kèm theo Kế hoạch số …"), not of the letter itself ("kèm theo văn bản này").
_OTHER_DOCUMENT = re.compile(
    r"\s*(?:\([^)]{0,40}\)\s*)?(?:ban hanh\s+)?(?:(?:cua|kem theo)\s+)?"
    r"(?:quyet dinh|cong van|van ban|ke hoach|thong tu|nghi dinh|chi thi)\b(?!\s+nay\b)"
)


def cited(low: str, start: int, end: int) -> bool:
    """The form printed at `start`..`end` of the plain line `low` is cited, not one to fill."""
    before = low[max(0, start - 60) : start]
    if _LISTED_IN.search(before[-16:]):
        return True  # "các dịch vụ … có trong Biểu 01": a list the work picks from
    clause = _CLAUSE_START.sub("", before)
    assigned = _ASSIGNED_AT.search(clause)
    if assigned and not re.search(r"\btheo\b", clause[: assigned.start()]):
        return True
    if re.search(r"\btai\s*$", before) and _OTHER_DOCUMENT.match(low, end):
        return True
    rest = re.split(r"[;.]\s", low[start:])[0]
    return any(word in rest for word in _REFERENCE_ONLY)
