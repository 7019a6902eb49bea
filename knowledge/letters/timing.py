"""Which work a line of a timing section dates: "6. Thời gian thực hiện — Hồ sơ gửi về Sở …
trước ngày 20/4/2021" dates the dossier that "2. Đề xuất Danh mục …" describes."""

from __future__ import annotations

import re

from knowledge.letters import details
from knowledge.letters.sections import Section
from knowledge.letters.text import Line

_SECTION_REF = re.compile(r"\b(?:muc|phan)\s+(\d{1,2}|[ivx]{1,4})\b")
# Words too common in the genre to tell one section from another.
_STOP = set(
    "va cac cua cho ve tren trong thuc hien de nghi theo nam voi tai duoc co la nay do "
    "tinh so don vi co quan truoc ngay gui".split()
)


def linked_section(root: Section, section: Section, line: Line) -> Section | None:
    """The section whose work a timing line dates: one it names ("nội dung tại mục 1"), else
    the one sharing most of its words; none when the line's section is not about timing."""
    if not any(s.timing for s in section.ancestry):
        return None
    candidates = [s for s in root.children if not s.timing and not s.support_only and s.number]
    named = {m.group(1) for m in _SECTION_REF.finditer(line.plain)}
    for s in candidates:
        if s.number.lower() in named:
            return s
    words = _words(line.plain)
    if not words:
        return None
    best, score = None, 0.0
    for s in candidates:
        text = " ".join(ln.plain for ln in s.all_lines)
        common = len(words & _words(text)) / len(words)
        forms = set(details.forms([line])) & set(details.forms(s.all_lines))
        common += 0.5 * bool(forms)
        if common > score:
            best, score = s, common
    return best if score >= 0.5 else None


def _words(low: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", low) if w not in _STOP and len(w) > 1}
