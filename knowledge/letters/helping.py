"""The words of a duty that serves another unit's task rather than delivering something: "phối
hợp", "cho ý kiến góp ý", "hỗ trợ kỹ thuật", "bảo đảm đường truyền", "cung cấp số liệu phục vụ
báo cáo tại mục này". Read on the plain (unaccented, lowered) text of a duty.
"""

from __future__ import annotations

import re

# The verbs of a duty with no deliverable of its own: it serves another unit's task.
SUPPORT = (
    "phoi hop",
    "co y kien",
    "chu dong phoi hop",
    "cho y kien",
    "gop y",
    "tham gia y kien",
    "tham gia gop y",
    "tham gia",
    "ho tro",
    "huong dan",
    "tao dieu kien",
)
# Words before a duty that say how, not what: "tiếp tục hỗ trợ", "cử cán bộ phối hợp", "bố trí
# cán bộ kỹ thuật trực hỗ trợ", "bố trí nhân lực hỗ trợ" are still support duties; and so is
# having one's own bodies give it ("chỉ đạo Ủy ban nhân dân cấp xã phối hợp, bố trí công chức
# tham gia").
_MANNER = re.compile(
    r"^(?:(?:tiep tuc|khan truong|co trach nhiem|thuong xuyen"
    r"|(?:cu|bo tri) (?:can bo|nhan luc|nhan su|cong chuc|chuyen gia)(?: ky thuat)?"
    r"(?: (?:thuong truc|chuyen trach|truc))?"
    r"|chi dao(?:\s+[^\s,;.]+){1,8}?(?=\s+(?:phoi hop|ho tro|tham gia)\b))"
    r"[\s,]+)+"
)


def gives_support(duty: str) -> bool:
    """A duty (plain text) that serves another's task: "phối hợp …", "tiếp tục hỗ trợ …"."""
    return _MANNER.sub("", duty).startswith(SUPPORT)


# A duty that keeps something working for the others' work: "bảo đảm đường truyền …".
_KEEPS = ("bao dam", "dam bao", "duy tri")
_SENDS = re.compile(r"\b(?:gui|nop|bao cao)\b")
# A duty done for a part of the letter: "cung cấp số liệu … phục vụ báo cáo tại mục này".
_SERVES = re.compile(r"\bphuc vu\b[^;.]*\b(?:tai|neu tai|o)\s+(?:muc|khoan|diem|phan)\b")


def helps(duty: str) -> bool:
    """A duty (plain text) with no deliverable of its own, when it sets no date: a support one
    (gives_support), one of several actions that is ("nghiên cứu, cho ý kiến góp ý đối với dự
    thảo, gửi Sở Tư pháp": the comments serve the appraisal), or one that keeps something
    working and sends nothing ("bảo đảm đường truyền, …", "bảo đảm việc kết xuất số liệu …"), or
    one done for a part of the letter ("cung cấp số liệu … phục vụ báo cáo tại mục này")."""
    if gives_support(duty):
        return True
    actions = [a.strip() for a in re.split(r"[,;]", duty)]
    if any(gives_support(a) for a in actions[1:]):
        return True
    if _SERVES.search(duty):
        return True
    return _MANNER.sub("", duty).startswith(_KEEPS) and not _SENDS.search(duty)


def keeps_helping(duties: str) -> bool:
    """A unit's duties (plain text, one clause each after ";") that keep something working and,
    among their actions, give support ("bảo đảm hạ tầng mạng, hỗ trợ các đơn vị …"; "duy trì
    …; phối hợp …"), sending nothing: no deliverable of their own."""
    if not _MANNER.sub("", duties).startswith(_KEEPS) or _SENDS.search(duties):
        return False
    return any(gives_support(a.strip()) for a in re.split(r"[,;]", duties)[1:])


__all__ = ["SUPPORT", "gives_support", "helps", "keeps_helping"]
