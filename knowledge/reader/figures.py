"""Figures asked for that the bot may not hold: how many dossiers a service or an agency received
online, the online share of dossiers ("sở tư pháp có bao nhiêu hồ sơ trực tuyến năm ngoái",
"tỷ lệ hồ sơ trực tuyến của tỉnh"). The bot tracks deadlines and statuses, not the portal's
dossier counts: only a province whose report of them is data (knowledge/catalogue/stats.py,
Bắc Giang's) answers them, and elsewhere the answer says so, never a row that prints "hồ sơ".

Read on the folded question, as stats.py reads its own: a count or a share of dossiers, beside the
words that make them the portal's (online, received, settled). "hồ sơ đề xuất gồm bao nhiêu biểu"
counts forms of a task, and "bên em xong bao nhiêu phần trăm" the work: neither is asked here."""

from __future__ import annotations

import re

from knowledge.reader.parse import Parsed
from knowledge.reader.reading import Reading

# "bao nhiêu hồ sơ", "số (lượng) hồ sơ", "tổng số hồ sơ", "bao nhiêu bộ hồ sơ"
_COUNT = re.compile(r"\b(?:bao nhieu|so luong|tong so|so)\s+(?:bo\s+)?(?:ho so|hs)\b")
# "tỷ lệ / phần trăm / tỷ trọng (hồ sơ …)"
_SHARE = re.compile(r"\b(?:ty le|ti le|phan tram|ty trong|ti trong)\b")
_DOSSIER = re.compile(r"\b(?:ho so|hs)\b")
# the portal's dossiers: sent online, received or settled by the agency
_PORTAL = re.compile(r"\b(?:truc tuyen|online|qua mang|tiep nhan|giai quyet)\b")


def asks_figures(folded: str) -> bool:
    """The folded question asks a count or the online share of dossiers."""
    if not _PORTAL.search(folded) or not _DOSSIER.search(folded):
        return False
    return bool(_COUNT.search(folded) or _SHARE.search(folded))


_BEFORE_FIGURES = ("absent", "unknown", "suggest", "service", "task", "agency", "deadline")


def figures_asked(parsed: Parsed, reading: Reading) -> bool:
    """Dossier counts asked for in a province whose data holds none."""
    return (
        reading.intent in _BEFORE_FIGURES
        and not parsed.rows
        and not parsed.tasks
        and not parsed.letters
        and asks_figures(parsed.folded)
    )
