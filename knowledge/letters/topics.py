"""A timing line's title completed from the section it dates: the full name of the document
the work makes ("dự thảo Kế hoạch" → "Kế hoạch phát triển …"), and the topic its heading names
("Báo cáo đánh giá" under "1. Đánh giá hiệu quả khai thác …"); a draft named bare by the duty
("thẩm định dự thảo") named as its item named it before."""

from __future__ import annotations

import re

from knowledge.letters.sections import Section
from knowledge.letters.text import plain

# A document the work makes, named by its kind with a capital: "dự thảo Kế hoạch", "Quyết định".
_DOCUMENT = re.compile(r"\b(Kế hoạch|Đề án|Quyết định|Chương trình|Danh mục)\b(?=[,;.]|\s*$)")


def named(title: str, linked: Section | None) -> str:
    """ "Hoàn thiện dự thảo Kế hoạch, trình …" dating an item that names the document in full
    ("xây dựng dự thảo Kế hoạch phát triển chính quyền số … 2021 - 2025, trình …"): its name."""
    m = _DOCUMENT.search(title)
    if m is None or linked is None:
        return title
    text = " ".join(ln.text for ln in linked.all_lines)
    full = re.search(rf"\b{m.group(1)}\s+[^,;.()]{{12,160}}", text)
    if full is None:
        return title
    return title[: m.start()] + full.group(0).strip() + title[m.end() :]


# A draft named bare ("thẩm định dự thảo theo quy định"): the draft the item named before.
_BARE_DRAFT = re.compile(r"\bdự thảo\b(?!\s+[A-ZĐÀ-Ỹ])")
# The draft named in full: "dự thảo Quyết định ban hành Quy chế …", up to the sentence's end.
_DRAFT = re.compile(r"\bdự thảo\s+[A-ZĐÀ-Ỹ][^;.()]{8,200}")
_DRAFT_WORDS = 24


def drafted(title: str, section: Section | None, before: int) -> str:
    """ "Thẩm định dự thảo theo quy định, gửi …" in an item that says, before it, "gửi kèm theo
    dự thảo Quyết định ban hành Quy chế …": the draft by its name."""
    bare = _BARE_DRAFT.search(title)
    if bare is None or section is None:
        return title
    # the nearest before, in full: the heading may name it short ("Thẩm định dự thảo Quy chế")
    full = [
        m.group() for ln in section.all_lines if ln.no <= before for m in _DRAFT.finditer(ln.text)
    ]
    if not full or full[-1] in title:
        return title
    words = full[-1].split()
    name = " ".join(words[:_DRAFT_WORDS]).rstrip(",")
    return title[: bare.start()] + name + title[bare.end() :]


def topic(title: str, linked: Section | None) -> str:
    """ "Hồ sơ gửi về Sở … thẩm định" dated in "Thời gian thực hiện" is the dossier of the section
    it refers to: its heading says what the dossier is about."""
    about = linked.heading.text if linked and linked.heading and not linked.units else ""
    if not about or about.isupper():  # a part's title in capitals ("I. NGUYÊN TẮC VÀ HỒ SƠ")
        return title
    about = re.split(r"\s+(?:để|nhằm)\s+", about)[0].strip(" .:;")
    about = re.split(r",\s+(?:bảo đảm|đảm bảo)\s", about)[0]
    verb = re.search(r"\s(?:gửi|nộp|báo cáo)\b", title)
    if verb and 0 < verb.start() <= 60:
        head, tail = title[: verb.start()], title[verb.start() :]
        # a heading of several parts names the dossier itself ("Trình tự thực hiện và hồ sơ đề
        # nghị thẩm định"): from that name on it is the title's head
        named = plain(about).find(plain(head).strip())
        if named == 0:  # the heading names in full what the line names short
            return f"{about}{tail}"
        if named > 0:
            return f"{head}{about[named + len(head.strip()) :]}{tail}"
        joined = _overlap(head, about)
        if joined:  # "Báo cáo đánh giá" over "Đánh giá hiệu quả …": one name
            return f"{joined}{tail}"
        if verb.start() <= 20:
            return f"{head} {about[:1].lower()}{about[1:]}{tail}"
    return title


def _overlap(head: str, topic: str) -> str:
    """The head and the topic as one name when the head ends with the words the topic starts
    with; "" when it does not."""
    words, starts = head.split(), topic.split()
    for k in range(min(len(words), len(starts)), 0, -1):
        if plain(" ".join(words[-k:])) == plain(" ".join(starts[:k])):
            return " ".join([*words, *starts[k:]])
    return ""
