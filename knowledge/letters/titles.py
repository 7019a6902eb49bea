"""A task's title: what the duty is, in the letter's own words, short.

The sentence that sets the date, up to the clause that holds it (the clauses after it are other
duties or how to send), less what other fields carry or what is no part of the duty: the date and
the start of a recurrence, who must do it ("Đề nghị các cơ quan, đơn vị …", "Sở … chủ trì, phối hợp
với …"), why ("để tổng hợp, báo cáo …"), the e-mail copy ("đồng thời gửi bản mềm qua thư điện
tử …"), a long aside in brackets, "kèm theo văn bản này". What is left is cut to its last clauses
when still long.
"""

from __future__ import annotations

import itertools
import re

from knowledge.letters.details import label_of
from knowledge.letters.markers import enumerated
from knowledge.letters.register import Register
from knowledge.letters.sections import LEAD, RELATED, Section
from knowledge.letters.steps import run_on_start
from knowledge.letters.text import Line, plain
from knowledge.letters.title_units import ITEM_MARK, unnamed, who_left_out
from knowledge.letters.title_words import (
    MAX_WORDS,
    MAX_WORDS_CONTINUED,
    SENDING,
    SHORT,
    bare,
    words,
)
from knowledge.letters.topics import named, topic

# A clause that goes on with the work before it rather than starting another.
_GOES_ON = re.compile(r"^(?:trên cơ sở (?:đó|kết quả)|từ đó|qua đó|sau đó)\b", re.I)
# A first clause that reviews ("Rà soát các thủ tục …; đề xuất phương án … gửi …"): what the
# dated clause proposes or reports is that review's finding, one duty, not another of the units'.
# (or one the units have the communes make: "[chỉ đạo] UBND các xã, phường, thị trấn rà soát
# …; tổng hợp, báo cáo kết quả …", the units' own lead left out of the clause)
_REVIEWS = re.compile(
    r"^(?:(?:uy ban nhan dan|ubnd)\s+(?:cac\s+)?(?:xa|phuong|thi tran)\b[^;]{0,40}?\s)?"
    r"(?:ra soat|kiem tra|danh gia)\b"
)
# why, or to what standard: printed "để", not "đề" (đề nghị, đề xuất); not the link a system's
# work must make, which is that work ("nâng cấp Hệ thống …, bảo đảm kết nối, đồng bộ … với Cổng")
_PURPOSE = re.compile(
    r"[,\s]+(?:để|nhằm)\s[^;]*"
    r"|,\s*(?:bảo đảm|đảm bảo)\s(?!(?:kết nối|đồng bộ|tích hợp|liên thông)\b)[^;]*"
)
# why, printed first, before the request: "Để bảo đảm …, đề nghị Sở … cung cấp …"
_PURPOSE_FIRST = re.compile(r"^(?:để|nhằm)\s.*?,\s*(?=(?:đề nghị|yêu cầu)\s)", re.I | re.S)
# the grounds, printed first, then who asks: "Thực hiện Thông tư số …, Sở … đề nghị UBND … báo
# cáo …" (the sender's name before its request, up to a few words, goes with the grounds)
_GROUNDS_FIRST = re.compile(
    r"^(?:thực hiện|căn cứ|theo|để|nhằm)\s.*,\s*(?:[^,;]{0,60}?\s)?(?=(?:đề nghị|yêu cầu)\s)",
    re.I | re.S,
)
_GROUNDS_ONLY = re.compile(
    r"^\s*(?:căn cứ|thực hiện|theo)\s+(?:các\s+)?(?:văn bản|công văn|kế hoạch|quyết định"
    r"|thông tư|nghị quyết|nghị định|chỉ thị|thông báo|ý kiến chỉ đạo)\b"
    r"(?![^;]*\b(?:đề nghị|yêu cầu|giao)\s)[^;]*$",
    re.I,
)
# ("đồng gửi Sở …": the copy to another body, beside the one the work goes to)
_COPY = re.compile(
    r"[,;]?\s*(?:đồng thời\b|đồng gửi\b|(?:và\s+)?gửi\s+bản\s+(?:mềm|điện tử)\b)[^;]*", re.I
)
# How it is sent, not what: "bằng văn bản điện tử qua Hệ thống quản lý văn bản và điều hành".
_CHANNEL = re.compile(
    r",?\s*(?:bằng\s+văn bản(?:\s+(?:điện tử|giấy))?(?:\s+qua\s+[^,;()]*)?"
    r"|qua\s+Hệ thống quản lý văn bản(?:\s+và\s+điều hành)?)",
    re.I,
)
_EMAIL = re.compile(r"[,:]?\s*(?:qua\s+)?(?:địa chỉ\s+)?(?:thư điện tử|email|e-mail)?:?\s*\S+@\S+")
# "kèm theo", "gửi kèm văn bản này": the form's attachment, not the duty (not the "kèm" of "danh
# sách kèm tài khoản")
# "văn bản này", "Văn bản số 1150/STTTT-CNTT" (not the bracket it closes: "(theo Phụ lục kèm
# theo Văn bản số 51/STP-HCTP)")
_WHICH = r"(?:\s+này|\s+số\s+[^\s,;()]+)?"
_ENCLOSED = re.compile(
    r"\s*(?:được\s+)?(?:gửi\s+)?kèm(?:\s+theo(?:\s+(?:văn bản|công văn)" + _WHICH + ")?"
    r"|\s+(?:văn bản|công văn)" + _WHICH + ")",
    re.I,
)
# A bare "kèm theo" is the enclosure's only after a form's name ("theo Mẫu số 01 kèm theo",
# "Biểu mẫu kèm theo"); elsewhere it is the sentence's ("thuộc Danh mục ban hành kèm theo
# Quyết định số …"), and so is one that goes on to the document the form was issued with
_FORM_BEFORE = re.compile(
    r"(?i)\b(?:biểu|mẫu|phụ lục)(?:\s+(?:mẫu|biểu|số))*"
    r"(?:\s*(?:,|và|-|–)?\s*(?:\d{1,2}[a-z]?(?:/[\w-]+)?|[IVX]{1,5})\b)*\s*$"
)
_ISSUED_WITH = re.compile(
    r"(?i)\s+(?:quyết định|thông tư|nghị định|nghị quyết|chỉ thị|kế hoạch|thông báo)\b"
)


def _enclosure(m: re.Match) -> str:
    """The match of `_ENCLOSED` dropped where it says what is enclosed, kept where it is part
    of the sentence (a bare "kèm theo" not after a form's name)."""
    if re.search(r"(?i)(?:văn bản|công văn)", m.group(0)):
        return ""  # "kèm theo văn bản này", "gửi kèm công văn số …": this letter's enclosure
    before, after = m.string[: m.start()], m.string[m.end() :]
    if _FORM_BEFORE.search(before) and not _ISSUED_WITH.match(after):
        return ""
    return m.group(0)


# the period figures are counted over: "số liệu tính từ ngày 01/01/2022 đến hết ngày 31/5/2022",
# or the span of days the work covers: "từ ngày 01/01/2023 đến hết ngày 31/10/2023"
_FIGURES = re.compile(
    # (a bracket of its own, "(số liệu tính đến ngày 31/8/2021)": to its end, the duty goes on)
    r"\s*\(\s*số liệu\s+(?:được\s+)?(?:tính|lấy|chốt)\b[^()]*\)"
    r"|[:,]?\s*(?:thời điểm lấy\s+)?số liệu\s+(?:được\s+)?(?:tính|lấy|chốt)\b[^;]*"
    # (in brackets with the word for figures: "(số liệu từ ngày … đến ngày …)", all of it)
    r"|\s*\(số liệu\s+từ ngày\s+\d{1,2}/\d{1,2}(?:/\d{4})?\s+đến(?:\s+hết)?(?:\s+ngày)?\s+"
    r"\d{1,2}/\d{1,2}(?:/\d{4})?\s*\)"
    r"|\s*từ ngày\s+\d{1,2}/\d{1,2}(?:/\d{4})?\s+đến(?:\s+hết)?(?:\s+ngày)?\s+"
    r"\d{1,2}/\d{1,2}(?:/\d{4})?",
    re.I,
)
_SINCE = re.compile(
    r",?\s*(?:(?:thời gian\s+)?(?:bắt đầu\s+)?(?:thực hiện\s+)?(?:kể từ|bắt đầu từ)"
    r"|kỳ báo cáo đầu tiên(?:\s+là)?)\s+(?:tháng|quý|ngày|năm)\s+[\dIVX]+"
    r"(?:\s*/\s*\d{1,4})*(?:\s+năm\s+\d{4})?"
    # … or counted from the letter's own: "kể từ tháng sau", "bắt đầu từ quý tới"
    r"|,?\s*(?:kể\s+|bắt đầu\s+)?từ\s+(?:tháng|quý|năm)\s+(?:sau|tới|tiếp theo|kế tiếp)\b",
    re.I,
)
# A deadline counted in days, its day printed beside it: "trong thời hạn 05 ngày làm việc kể từ
# ngày ban hành văn bản này (chậm nhất ngày 23/8/2021)"
_COUNTED = re.compile(
    r",?\s*(?:trong(?:\s+(?:vòng|thời hạn|thời gian))?|chậm nhất|không quá)\s+\d{1,3}\s+ngày"
    r"(?:\s+làm việc)?\s*,?\s+(?:kể\s+)?từ\s+(?:ngày|khi)\s+[^,.;()]{1,60}",
    re.I,
)
# "Thời gian hoàn thành kết nối: 15/9/2022": the words after the label's are the duty
_TIMING = re.compile(r"^(?:thời gian|thời hạn|hạn(?:\s+nộp)?)\s+(?=\S)", re.I)
# "Định kỳ hằng tháng, các cơ quan … báo cáo …", "Định kỳ 6 tháng một lần, …": when, before
# who and what
_PERIODIC = re.compile(
    r"^(?:(?:định kỳ\s+)?(?:hằng|hàng|mỗi)\s+(?:0?6\s+tháng|tuần|tháng|quý|năm)"
    r"|định kỳ\s+0?6\s+tháng)(?:\s+(?:một|1)\s+lần)?"
    r"(?:\s*\([^()]*\))?\s*,\s*"  # "Định kỳ hằng quý (kỳ đầu tiên: quý IV/2021), …"
    r"(?:(?:trước|chậm nhất|vào)\s+ngày\s+\d{1,2}\s*,\s*)?",  # "…, trước ngày 25, báo cáo …"
    re.I,
)
# "Từ năm 2022, định kỳ …", "Kể từ quý III/2024, …": the start, printed first
_SINCE_FIRST = re.compile(
    r"^(?:kể từ|bắt đầu từ|từ)\s+(?:tháng|quý|năm)\s+[\dIVX]+(?:\s*/\s*\d{4})?\s*,\s*", re.I
)
_BRACKETS = re.compile(r"\s*\(([^()]*)\)")
# "Ngoài ra, đề nghị …", "Đồng thời, …": how the sentence joins the one before, not the duty
_CONNECTOR = re.compile(r"^(?:ngoài ra|đồng thời|bên cạnh đó|mặt khác)\s*,\s*", re.I)


def title(
    text: str,
    spans: list[tuple[int, int]],
    register: Register,
    linked: Section | None = None,
    within: Section | None = None,
) -> str:
    """The title of the duty in `text` whose date is at `spans` (the date, then other phrases
    to leave out); no span: the whole text is the duty. `within`: the section the duty is
    printed in, whose heading may name its topic."""
    # (a date printed before the text, "Định kỳ trước ngày 18 hằng tháng, kể từ …": its start)
    anchor = max(spans[0][0], 0) if spans else None
    start, end = _sentence(text, anchor)
    steps_at = run_on_start(text)  # the work's steps run on after it: no part of its title
    if steps_at is not None and start < steps_at < end and (anchor or 0) < steps_at:
        end = steps_at
    parts = _clauses(text, start, end, anchor)
    # grounds in a clause of their own before the duty's ("Căn cứ Văn bản số …; để …, Sở … đề
    # nghị …"): no part of it
    parts = [p for p in parts[:-1] if not _GROUNDS_ONLY.match(text[p[0] : p[1]])] + parts[-1:]
    kept: list[str] = []
    for a, b in parts:
        piece = text[a:b]
        for s, e in sorted(spans, reverse=True):
            if a <= s < b:
                piece = piece[: s - a] + " " + piece[min(e, b) - a :]
        kept.append(piece)
    kept = [p for p in (_clean(p, register) for p in kept) if p]
    kept = _reported(kept, [text[a:b] for a, b in parts], register)
    # the first clause says what the work is, the last what is due: the ones between go first,
    # a clause that goes on with the first one ("trên cơ sở đó báo cáo …") the last
    while len(kept) > 2 and sum(len(p.split()) for p in kept) > MAX_WORDS:
        others = [i for i in range(1, len(kept) - 1) if not _GOES_ON.match(kept[i])]
        if others:
            kept.pop(others[0])
        elif sum(len(p.split()) for p in kept) > MAX_WORDS_CONTINUED:
            kept.pop(1)
        else:
            break
    # still long: the clause that holds the date, when it says the work on its own, is the duty
    # (the clause before it another duty of the same units: "chỉ đạo … ký số …; hằng tháng,
    # tổng hợp tình hình … gửi …")
    last = kept[-1] if kept else ""
    long = len(kept) == 2 and sum(len(p.split()) for p in kept) > MAX_WORDS_CONTINUED
    # (no date in the text: its last clause holds none, the first says the work)
    long = long and anchor is not None
    long = long and not _REVIEWS.match(plain(kept[0]))
    if long and not _GOES_ON.match(last) and len(words(last, register) - SENDING) >= SHORT:
        kept = [last]
    result = "; ".join(kept)
    result = named(topic(result, linked), linked)
    result = _under(result, within, register)
    # what its dates leave of "lần lượt trước ngày 15/6 và trước ngày 15/11" (respectively)
    result = re.sub(r"\s+lần lượt(?:\s+và)?(?=\s*(?:[(,;]|$))", "", result)
    result = re.sub(r"\s+([,.;:)])", r"\1", re.sub(r"\s{2,}", " ", result))
    # what its dates leave of "Định kỳ 6 tháng, trước ngày 15/6 và 15/12 hằng năm, tổng hợp …"
    result = re.sub(r",(?:\s*,)+", ",", result)
    result = re.sub(r"\(\s+", "(", result)
    result = re.sub(r"\s*\((?:\s|,|và)*\)", "", result)  # a bracket its dates left empty
    result = re.sub(r"\s*\([^()]*$", "", result)  # one whose figures' period was cut off
    result = re.sub(r"[\s,;:]*(?:\(\s*\))?[\s,;:.]*(?:/\.)?$", "", result)
    result = re.sub(r"(?:,|\bvà|\bvà chậm nhất|\bvào|\bngày)\s*$", "", result).strip(" ,;:.")
    # what a recurrence leaves of its phrase ("hằng tháng, trước ngày 25 của tháng"): a title
    # never ends on "của tháng" (ux32 #7)
    result = _PERIOD_LEFT.sub("", result).strip(" ,;:.")
    # what its date leaves of the clause that only dates the work ("…, hoàn thành trước …")
    result = re.sub(r"\s*[,;]\s*(?:và\s+)?hoàn thành(?:\s+xong)?$", "", result)
    if len(result.split()) > MAX_WORDS:  # long: where it goes is the recipient's field
        result = _unsent(result, register)
    return result[:1].upper() + result[1:]


# The period's words a recurrence's phrase leaves behind: "… gửi về Sở … của tháng".
_PERIOD_LEFT = re.compile(
    r"[\s,;]+(?:của|trong|vào)\s+(?:tháng|quý|năm)(?:\s+(?:đó|này|báo cáo))?$"
)
# "…, gửi về Sở Thông tin và Truyền thông" closing a title: the sending, up to the receiver
_SENT_TO = re.compile(r"(?:[,;]\s*|\s+)(?:và\s+)?(?:gửi|nộp)(?:\s+(?:về|đến|tới|cho|lên))?\s*$")


def _unsent(result: str, register: Register) -> str:
    """The title without the sending that closes it ("…, gửi về Sở …"): the unit it goes to
    is the task's recipient."""
    last = max(register.mentions(result), key=lambda m: m.end, default=None)
    if last is None or result[last.end :].strip():
        return result
    sent = _SENT_TO.search(result, 0, last.start)
    if sent is None or result[sent.end() : last.start].strip():
        return result
    return result[: sent.start()].rstrip(" ,;:")


def _sentence(text: str, anchor: int | None) -> tuple[int, int]:
    """The sentence holding `anchor` (the first without one)."""
    bounds = [0]
    for m in re.finditer(r"[.!?]\s+", text):
        word = re.search(r"\S*$", text[: m.start()])
        abbreviation = word is not None and word.group().isupper() and len(word.group()) <= 3
        if m.start() and not abbreviation and text[m.end() :][:1].isupper():
            bounds.append(m.end())
    bounds.append(len(text))
    if anchor is None:
        return bounds[0], bounds[1]
    for a, b in itertools.pairwise(bounds):
        if a <= anchor < b:
            return a, b
    return 0, len(text)


def _clauses(text: str, start: int, end: int, anchor: int | None) -> list[tuple[int, int]]:
    """The clauses of a sentence (apart by ";") up to the one holding `anchor`."""
    parts: list[tuple[int, int]] = []
    a = start
    depth = 0
    for i in range(start, end):
        ch = text[i]
        depth += (ch == "(") - (ch == ")")
        if ch == ";" and depth <= 0:
            parts.append((a, i))
            a = i + 1
    parts.append((a, end))
    if anchor is None:
        return parts
    return [p for p in parts if p[0] <= anchor] or parts[:1]


def _clean(piece: str, register: Register) -> str:
    piece = piece.strip()
    labelled = label_of(Line(0, piece))
    if labelled:
        piece = labelled[1].text
    piece = ITEM_MARK.sub("", piece)
    counted = enumerated(piece)  # "Thứ hai, …", "Ba là, …": the item's count, no duty
    piece = counted[2] if counted else piece
    piece = _CONNECTOR.sub("", piece)
    piece = _PURPOSE_FIRST.sub("", piece)
    piece = _GROUNDS_FIRST.sub("", piece)
    piece = _TIMING.sub("", piece)
    piece = _SINCE_FIRST.sub("", piece)
    piece = _PERIODIC.sub("", piece)
    piece = _COPY.sub("", piece)
    piece = _EMAIL.sub("", piece)
    piece = _CHANNEL.sub("", piece)
    piece = _SINCE.sub("", piece)
    piece = _COUNTED.sub("", piece)
    piece = _PURPOSE.sub("", piece)
    piece = _FIGURES.sub("", piece)
    piece = _BRACKETS.sub(_aside, piece)
    piece = _FOLLOWS.sub(" ", piece)
    piece = _ENCLOSED.sub(_enclosure, piece)
    piece = who_left_out(piece, register)
    return piece.strip(" ,;:.")


# "lập hồ sơ đề xuất theo nội dung tại mục I, gửi …": where the work is set out, not the work.
_FOLLOWS = re.compile(
    r"\s*(?:theo|như)\s+(?:các\s+)?(?:nội dung|yêu cầu|hướng dẫn)\s+(?:nêu\s+)?tại\s+"
    r"(?:(?:mục|khoản|điểm|phần)\s+[\dIVXivx]+[.,]?\s*)+(?:(?:văn bản|công văn) này)?",
    re.I,
)
_POINTS_BACK = re.compile(
    r"(?i)(?:nội dung\s+|như\s+)?(?:nêu\s+|quy định\s+)?tại\s+(?:mục|khoản|điểm|phần)\s+\S+$"
)


_DAY_NAME = re.compile(r"(?i)(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)")


def _aside(m: re.Match) -> str:
    """A bracket kept when short or naming a form ("(theo Biểu 02)"), dropped when a long
    aside (a list of figures, the decision an item was approved by)."""
    inner = m.group(1)
    if re.search(r"\d{1,2}/\d{1,2}/\d{4}", inner):  # "(ước thực hiện đến 31/12/2022)"
        return ""
    if re.match(r"(?i)qua\s", inner.strip()):  # "(qua Văn phòng UBND tỉnh)": the recipient's
        return ""
    if _POINTS_BACK.match(inner.strip()):  # "(nội dung tại mục 1)": the source's, not the duty
        return ""
    if _DAY_NAME.fullmatch(inner.strip()):  # "… ngày 28/5/2021 (thứ Sáu)": the date's, gone
        return ""
    if re.search(r"(?i)\b(?:biểu|mẫu|phụ lục)\b", inner) or len(inner.split()) <= 6:
        return m.group(0)
    return ""


# A clause in which the units direct others ("chỉ đạo các cơ quan chuyên môn … tổ chức …"), and
# the one that holds the date, in which they report on it.
_DIRECTS = re.compile(r"^(?:chi dao|don doc)\b")
_REPORTS = re.compile(r"^(?:bao cao|gui|tong hop)\b")


def _reported(kept: list[str], printed: list[str], register: Register) -> list[str]:
    """ "UBND huyện A chỉ đạo các cơ quan … tổ chức thí điểm; báo cáo kết quả … trước ngày 25
    hằng tháng": the report is the duty dated; what the units have others do is not."""
    if len(kept) < 2 or len(printed) != len(kept) or not _REPORTS.match(plain(kept[-1])):
        return kept
    directing = [i for i, p in enumerate(printed[:-1]) if _DIRECTS.match(unnamed(p, register))]
    # a review the units have made ("chỉ đạo UBND các xã rà soát …; tổng hợp, báo cáo kết quả
    # …"): the report is that review's finding, one duty with it
    directing = [i for i in directing if not _DIRECTS_REVIEW.search(plain(printed[i]))]
    # … and so is a report on the very work directed ("chỉ đạo … triển khai …; báo cáo kết quả
    # triển khai …"): the result names the directed work by its verb
    result = _RESULT_OF.match(plain(kept[-1]))
    if result:
        work = re.compile(rf"\b{result.group(1)}\b")
        directing = [i for i in directing if not work.search(plain(printed[i]))]
    return [p for i, p in enumerate(kept) if i not in directing]


_DIRECTS_REVIEW = re.compile(r"\bchi dao\b.*\b(?:ra soat|kiem tra|danh gia)\b")
_RESULT_OF = re.compile(r"^(?:bao cao|gui)\s+ket qua\s+(\w+\s\w+)\b")


def _under(title: str, section: Section | None, register: Register) -> str:
    """ "2. Khắc phục lỗ hổng, gỡ bỏ mã độc" over "b) … gửi báo cáo kết quả khắc phục …": a
    duty printed under a heading that names its topic, and does not say it itself, is titled
    with the topic first."""
    heading = section.heading if section is not None else None
    if heading is None or section is None or heading.text.isupper():
        return title
    if section.units or section.generic or section.timing or section.sentence_heading:
        return title
    if section.kind in ("letter", "paren") and heading.text.rstrip().endswith((";", ".")):
        return title  # "c) Đề xuất nhiệm vụ …;": a point of the work, ended as one, no topic
    if RELATED.match(plain(LEAD.sub("", heading.text.lower(), count=1))):
        return title  # "2. Các sở, ngành liên quan:": whom it addresses, not a topic
    topic = heading.text.strip(" .:;")
    # "Kết quả khảo sát gửi về Sở …": the result of the work the heading names, however long;
    # and "Lập báo cáo theo các Biểu số 01, 02, gửi Sở …": a title naming only the kind of work
    result = plain(title).startswith("ket qua") or bare(title, register)
    if len(topic.split()) > (MAX_WORDS_CONTINUED if result else 12):
        return title
    named_words = words(topic, register)
    if not named_words or len(named_words & words(title, register)) >= len(named_words) / 2:
        return title
    return f"{topic}: {title[:1].lower()}{title[1:]}"
