"""Statuses of a row for an agency, the loose words officers use for them, and who may set them."""

from __future__ import annotations

from knowledge.model import Province
from knowledge.text import fold

STATUSES = {
    "chua_bat_dau": "Chưa bắt đầu",
    "dang_thuc_hien": "Đang thực hiện",
    "dang_kiem_thu": "Đang kiểm thử",
    "hoan_thanh": "Hoàn thành",
    "vuong_mac": "Vướng mắc",
    "khong_du_dieu_kien": "Không đủ điều kiện",
}
NEEDS_NOTE = {"vuong_mac", "khong_du_dieu_kien"}
STATUS_ICONS = {
    "chua_bat_dau": "⚪",
    "dang_thuc_hien": "🔵",
    "dang_kiem_thu": "🟣",
    "hoan_thanh": "✅",
    "vuong_mac": "🟠",
    "khong_du_dieu_kien": "⛔",
}

# Folded words -> status. Longest first when matching the start of the text.
_WORDS = {
    "chua_bat_dau": ["chua bat dau", "chua lam", "chua", "cbd", "chua_bat_dau"],
    "dang_thuc_hien": [
        "dang thuc hien",
        "dang lam",
        "dang trien khai",
        "thuc hien",
        "dth",
        "dang_thuc_hien",
        "dang",
    ],
    "dang_kiem_thu": ["dang kiem thu", "kiem thu", "test", "dang test", "dkt", "dang_kiem_thu"],
    "hoan_thanh": [
        "hoan thanh",
        "xong",
        "ht",
        "da xong",
        "da tich hop",
        "da hoan thanh",
        "done",
        "ok",
        "hoan_thanh",
        "da cung cap",
        "tich hop xong",
    ],
    "vuong_mac": ["vuong mac", "vuong", "kho khan", "vm", "vuong_mac", "bi vuong"],
    "khong_du_dieu_kien": [
        "khong du dieu kien",
        "khong du dk",
        "kdk",
        "kddk",
        "khong_du_dieu_kien",
    ],
}
_PHRASES = sorted(
    ((fold(w), code) for code, words in _WORDS.items() for w in words), key=lambda p: -len(p[0])
)


def parse_status(text: str) -> tuple[str | None, str]:
    """(status, the rest of the text as the note). The status words must start the text."""
    folded = fold(text)
    for phrase, code in _PHRASES:
        if folded == phrase or folded.startswith(phrase + " "):
            rest = _drop_words(text, len(phrase.split()))
            return code, rest
    return None, text.strip()


def _drop_words(text: str, count: int) -> str:
    """The original text less its first `count` words (as fold counts them), diacritics kept."""
    import re

    words = re.split(r"(\s+)", text.strip())
    kept, seen = [], 0
    for piece in words:
        if seen < count:
            if piece.strip() and fold(piece):
                seen += len(fold(piece).split())
            continue
        kept.append(piece)
    return "".join(kept).strip(" :-–—,;")


def role_in(province: Province, agency: str, key: str) -> str | None:
    assignment = province.assignments.get(key)
    if assignment:
        return assignment.role_of(agency)
    task = next((t for t in province.tasks if t.id == key), None)
    if task and agency in task.addressees:
        return "lead"
    return None


def may_update(province: Province, agency: str | None, key: str, is_admin: bool) -> bool:
    """Officers update rows and tasks where their agency leads or coordinates; admins any row."""
    if is_admin:
        return True
    return agency is not None and role_in(province, agency, key) is not None


def default_agency(province: Province, key: str) -> str:
    """Whose status an admin sets when not an officer of the row: its first lead agency."""
    assignment = province.assignments.get(key)
    return assignment.lead[0] if assignment else province.coordinator
