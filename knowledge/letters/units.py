"""Who a line names as doing a duty, and who as helping: "Sở Y tế gửi …" (the subject),
"… phối hợp với Sở Tư pháp …" (a helper), "Đề nghị Công an tỉnh phối hợp …; Viễn thông Tuyên
Quang hỗ trợ kỹ thuật …" (units given a support duty in passing).
"""

from __future__ import annotations

import re

from knowledge.letters.dates import deadlines
from knowledge.letters.helping import gives_support, helps
from knowledge.letters.mentions import LISTED_GAP
from knowledge.letters.recurring import recurrence
from knowledge.letters.references import references, refers_to
from knowledge.letters.register import PROVINCE_COMMITTEE, Mention, Register
from knowledge.letters.sections import GENERIC, HEADS, RELATED, Section
from knowledge.letters.text import Line, plain

# A dash or a point (quoted, as an amending letter prints it), then who asks: "- Đề nghị …",
# "b) Giao …" (printed: not "Giáo dục").
# … past a clause of when before the units ("Sau khi dịch vụ được cung cấp trực tuyến, Sở …"),
_LEAD = re.compile(
    r"^[\"“]?(?:[-+•–*]\s*|[a-zđ]\)\s*)?(?:(?:sau khi|trước khi|khi)\s[^,;.]{3,80},\s*)?"
    # … or since when: "Kể từ tháng 9/2021, Ủy ban nhân dân các huyện … báo cáo …"
    r"(?:(?:kể từ|bắt đầu từ|từ)\s+(?:tháng|quý|năm|ngày)\s[^,;]{1,24},\s*)?"
    # … or how often, and by when: "Định kỳ hằng tháng, trước ngày 25, các sở, ban, ngành …",
    # "Định kỳ trước ngày 05 hằng tháng, kể từ tháng 10/2021, các cơ quan …"
    r"(?:(?:định kỳ\s+)?(?:(?:trước|chậm nhất)\s+ngày\s+\d{1,2}\s+)?"
    r"(?:(?:hằng|hàng)\s+(?:tháng|quý|năm|tuần)|\d+\s+tháng)[^,;.]{0,30},"
    r"\s*(?:(?:trước|chậm nhất)\s+ngày\s+[^,;]{1,24},\s*)?"
    r"(?:(?:kể từ|bắt đầu từ|từ)\s+(?:tháng|quý|năm|ngày)\s[^,;]{1,24},\s*)?)?"
    # … and what ties it to the sentence before, and the body that asks: "Đồng thời, Sở Thông
    # tin và Truyền thông đề nghị …"
    r"(?:(?:đồng thời|ngoài ra|bên cạnh đó),\s*)?"
    # … or the purpose the request is made for: "Để hoàn thiện số liệu năm 2021, đề nghị …"
    r"(?:(?:để|nhằm)\s[^;.]{3,160}?,\s*(?=(?:(?:sở|ủy ban nhân dân|ubnd|văn phòng)\s[^,;.]{2,50}?"
    r"\s+)?(?:đề nghị|yêu cầu)\s))?"
    r"(?:(?:sở|ủy ban nhân dân|ubnd|văn phòng)\s[^,;.]{2,50}?\s+(?=đề nghị|yêu cầu|giao))?"
    r"(?:riêng(?:\s+đối với)?\s+)?(?:(?:giao|đề nghị|yêu cầu)\s+)?"
    r"(?:" + HEADS + r")?"
)
_HELPERS = re.compile(r"\bphoi hop(?:\s+chat che)?\s+(?:(?:voi|cung)\s+)?$")
# A unit's role printed after its name: "Sở Y tế (phối hợp)", "Viễn thông … (hỗ trợ kỹ thuật)".
_HELPS_AFTER = re.compile(r"\s*\(\s*(?:don vi\s+|co quan\s+)?(?:phoi hop|ho tro)\b[^()]{0,40}\)")
# What the units a line opens with go on to do when they are the ones who do it.
_DOES = re.compile(
    r"^\s*[,:]?\s*(?:chu tri|khan truong|thuc hien|gui|nop|bao cao|"
    r"hoan thanh|tong hop|xay dung|co trach nhiem|tiep tuc|ra soat|"
    r"lap|cung cap|de xuat|chu dong|chi dao|trien khai|dinh ky|hang thang|hang quy|truoc ngay"
    r"|cham nhat|hoan thien|chuan bi|bao dam|dam bao"
    r"|cu (?:\d+|can bo|lanh dao|dai dien|thanh vien)\b)"
)


_ASKS = re.compile(r"^\s*(?:đề nghị|yêu cầu|giao)\s+")
# A line that opens with a request to the units it names next: "Đề nghị Sở Y tế …".
_ASKED = re.compile(r"^(?:[-+•–*]\s*|[a-zđ]\)\s*)?(?:riêng\s+)?(?:đề nghị|yêu cầu|giao)\s+")


def _start(lowered: str) -> int:
    m = _LEAD.match(lowered)
    return m.end() if m else 0


def lead_end(text: str) -> int:
    """Where the units a line names start, past what leads in to them: how often and by when
    ("Định kỳ hằng tháng, trước ngày 25, …"), the purpose and the request ("Để …, đề nghị …")."""
    return _start(text.lower())


def subject(line: Line, mentions: list[Mention]) -> tuple[str, ...]:
    """The units a line opens with, as the ones that do it ("Sở Y tế gửi …", "Đề nghị Công an
    tỉnh và Sở Tư pháp …")."""
    low = line.plain
    lowered = line.text.lower()
    pos = _start(lowered)
    names: list[str] = []
    for m in mentions:
        if m.start < pos:
            continue
        if not LISTED_GAP.fullmatch(low[pos : m.start].strip(" ,;")):
            break
        names += m.names
        pos = m.end
        asks = _ASKS.match(lowered[pos:])
        if asks:  # "Sở Thông tin và Truyền thông đề nghị Sở Y tế gửi …": who is asked
            names, pos = [], pos + asks.end()
    rest = _rest(low, pos)
    # "Đề nghị Sở Tư pháp thẩm định …": the units a request names do what it asks, whatever
    # the verb, unless it is a support one
    asked = _ASKED.match(lowered) is not None and PROVINCE_COMMITTEE not in names
    if names and (_DOES.match(rest) or (asked and rest and not gives_support(rest))):
        return tuple(dict.fromkeys(names))
    # "UBND các huyện, thành phố lựa chọn, đăng ký …": the units a sentence opens with, then a
    # verb, do it; not what they are or did ("Sở Y tế là …", "Sở Y tế đã gửi …")
    at = low.find(rest, pos) if rest else -1
    lower = at >= 0 and line.text[at].islower()
    verb = (
        lower
        and _VERB.match(rest)
        and not _not_duty(rest, line.text[at:])
        and not _ASKS_OTHERS.match(rest)
        and not gives_support(rest)
    )
    if names and verb and PROVINCE_COMMITTEE not in names:
        return tuple(dict.fromkeys(names))
    return ()


# A word that starts a clause, printed in lower case (a name goes on in capitals).
_VERB = re.compile(r"^[a-z]{2,}\b")
# A unit that asks others ("Sở … trân trọng đề nghị các đơn vị …", "Sở … kính đề nghị"): the
# ones it asks do the work.
_ASKS_OTHERS = re.compile(r"^(?:\S+\s+){0,2}(?:de nghi|yeu cau|chi dao|giao)\b")
# What follows a unit when the clause tells what it is, has, did or will be told, or names
# another body or place: no duty of its own.
_NOT_DUTY = re.compile(
    r"^(?:la|da|chua|duoc|dang|se|van|con|co|bi|nay|tai|cua|ve|theo|voi|va|hoac|hien|trong"
    r"|nam|dat|cung|thi|khi|neu|khong|moi|nhan|ngay|tinh|thanh|huyen|so|cac|nhung|tu|den|sau"
    r"|truoc|o|thuoc|gom|bao gom|tren|duoi|dia ban|cap(?! nhat))\b"
)
# ("cấp tỉnh" is a tier; "cập nhật", folded the same, is a duty: "Các sở … cập nhật tiến độ")


def _not_duty(rest: str, printed: str) -> bool:
    """What follows the units (`rest` plain, `printed` as printed) tells what they are or did,
    no duty of theirs; "tự đánh giá" (themselves) is a duty, though it folds as "từ" (from)."""
    m = _NOT_DUTY.match(rest)
    return m is not None and not (m.group(0) == "tu" and printed[:2].lower() == "tự")


def excepted(line: Line, register: Register) -> tuple[str, ...]:
    """The units a line that opens with the addressees as a whole leaves out of them: "Các cơ
    quan có tên tại Kính gửi (trừ Sở Y tế) báo cáo …" → Sở Y tế."""
    pos = _start(line.text.lower())
    # (on the rest of the line: the pattern's "^" holds at its start, not at a position, so
    # "Đề nghị các cơ quan có tên tại Kính gửi (trừ …)" is read too)
    generic = GENERIC.match(line.plain[pos:])
    return register.left_out(line.text, pos + generic.end())[0] if generic else ()


def related_owners(line: Line) -> str | None:
    """The bodies a line opens its duty with and does not name, as printed: "Các cơ quan, đơn
    vị liên quan …", "Đề nghị các đơn vị có liên quan …" — no unit of the register, none of
    the addressees either; who owes the duty is for the coordinator to say."""
    start = _start(line.text.lower())
    related = RELATED.match(line.plain[start:])
    return line.text[start : start + related.end()] if related else None


def line_helpers(line: Line, mentions: list[Mention]) -> tuple[str, ...]:
    """The units a line has the doers work with: "… phối hợp với Sở Tư pháp, Sở Nội vụ …", "…
    phối hợp cùng Sở Y tế", "Sở Y tế (phối hợp)"."""
    low = line.plain
    names: list[str] = []
    run = False  # "phối hợp với Sở Y tế, Sở Giáo dục và Đào tạo": the list goes on
    end = 0
    listed: list[str] = []  # the names listed one after another up to this one
    for m in mentions:
        joined = low[end : m.start].strip(" ,") in ("", "va")
        run = (run and joined) or bool(_HELPERS.search(low[max(0, m.start - 25) : m.start]))
        listed = [*listed, *m.names] if joined and end else list(m.names)
        if run:
            names += m.names
        elif _HELPS_AFTER.match(low, m.end):  # "Sở A, Sở B (phối hợp)": the whole list's role
            names += listed
        end = m.end
    return tuple(dict.fromkeys([*names, *_beside_lead(low, mentions)]))


# The lead's own word, then its partners named in a clause of theirs: "Sở A chủ trì, …".
_LED = re.compile(r"\bchu tri\s*[,;]\s*$")


def _beside_lead(low: str, mentions: list[Mention]) -> list[str]:
    """The units named after a lead's "chủ trì," that go on with a support duty of their own:
    "Sở A chủ trì, Văn phòng UBND tỉnh phối hợp cung cấp số liệu …" → Văn phòng UBND tỉnh."""
    names: list[str] = []
    for i, m in enumerate(mentions):
        if not _LED.search(low[max(0, m.start - 20) : m.start]):
            continue
        run = [m]
        for n in mentions[i + 1 :]:
            if low[run[-1].end : n.start].strip(" ,") not in ("", "va"):
                break
            run.append(n)
        if gives_support(low[run[-1].end :].lstrip(" ,")):
            names += [n for r in run for n in r.names]
    return names


def helpers_in(lines: list[Line], register: Register) -> tuple[str, ...]:
    """Units a section gives a support duty in passing: "Đề nghị Công an tỉnh phối hợp …;
    Viễn thông Tuyên Quang hỗ trợ kỹ thuật …"."""
    return tuple(n for names, _ in helper_clauses(lines, register) for n in names)


def helper_clauses(lines: list[Line], register: Register) -> list[tuple[tuple[str, ...], str]]:
    """The units each clause of `lines` gives a support duty, with the clause (plain)."""
    found_clauses: list[tuple[tuple[str, ...], str]] = []
    for line in lines:
        for clause in re.split(r"(?<=[;.])\s+", line.text):
            low = plain(clause)
            pos = _start(clause.lower())
            found: list[str] = []
            lead = pos
            for m in register.mentions(clause):
                if m.start < lead:  # in the lead: the body that asks ("Sở … đề nghị")
                    continue
                if low[pos : m.start].strip(" ,;") not in ("", "va", "cac"):
                    break
                found += m.names
                pos = m.end
            rest = _led(clause, _rest(low, pos), register)
            if not found or not (gives_support(rest) or (helps(rest) and not _dated(clause))):
                continue
            names = tuple(n for n in found if n != PROVINCE_COMMITTEE)
            # (the clause without its lead: the asking body's name is not the work it helps)
            found_clauses.append((names, low[lead:]))
    return found_clauses


def support_duty(line: Line, register: Register) -> bool:
    """The duty a line gives, past the units it opens with, is a support one ("Cho ý kiến góp
    ý đối với …", "UBND các huyện phối hợp …"): it serves another unit's deliverable."""
    low = line.plain
    pos = _start(line.text.lower())
    for m in register.mentions(line.text):
        if m.start < pos or low[pos : m.start].strip(" ,;") not in ("", "va", "cac"):
            break
        pos = m.end
    return gives_support(_rest(low, pos))


# The unit a line opens with leads the duty itself: "Sở Kế hoạch và Đầu tư chủ trì, phối hợp
# với … rà soát …".
_LEADS = re.compile(r"^\s*[,:]?\s*chu tri\b")
_ITEM_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*[.)]\s+")


def leads(line: Line, unit: str | None, register: Register) -> bool:
    """`unit` opens the line and leads ("chủ trì") its duty: the duty is its own, even when it
    is the sender's (a letter sets the sender's own part beside the others')."""
    if unit is None:
        return False
    number = _ITEM_NUMBER.match(line.text)
    pos = number.end() if number else _start(line.text.lower())
    for m in register.mentions(line.text):
        if m.start < pos:
            continue
        if line.plain[pos : m.start].strip(" ,;") or m.names != (unit,):
            return False
        return bool(_LEADS.match(line.plain[m.end :]))
    return False


# "chủ trì, phối hợp với …", "chủ trì, phối hợp Viễn thông …" (no "với"): the lead's words,
# then its partners' names
_LEAD_WITH = re.compile(
    r"^chu tri\s*,?\s*(?:(?:va\s+)?phoi hop(?:\s+chat che)?\s+(?:(?:voi|cung)\s+)?)?"
)


def _led(clause: str, rest: str, register: Register) -> str:
    """What a unit that leads does (plain), past "chủ trì, phối hợp với <partners>": "Sở A chủ
    trì, phối hợp với B rà soát …" does "rà soát …" (no support: it leads it), "… chủ trì,
    phối hợp với B hướng dẫn các đơn vị …" gives the others guidance (support)."""
    lead = _LEAD_WITH.match(rest)
    if lead is None:
        return rest
    low = plain(clause)
    at = low.find(rest)
    if at < 0:
        return rest
    pos = register.names_end(clause, low, at + lead.end())
    return low[pos:].strip(" ,;")


def _dated(clause: str) -> bool:
    """The clause sets a date: a duty of its own, whatever else it does."""
    return bool(deadlines(clause, None)) or recurrence(clause) is not None


def opening_units(
    lines: list[Line], register: Register, ends: str = r"(?<=[.;:])\s+"
) -> tuple[str, ...]:
    """The units a sentence of `lines` opens with, the first such sentence's, unless it gives
    them a support duty: a numbered item that names its units in a sentence of their own
    before the duty ("Sở A, UBND huyện B là các đơn vị có điểm thấp. Đề nghị báo cáo …")."""
    for line in lines:
        for sentence in re.split(ends, line.text):
            low = plain(sentence)
            pos = _start(sentence.lower())
            found: list[str] = []
            for m in register.mentions(sentence):
                if m.start < pos or low[pos : m.start].strip(" ,;") not in ("", "va", "cac"):
                    break
                found += m.names
                pos = m.end
            found = [n for n in found if n != PROVINCE_COMMITTEE]
            if found and not gives_support(_rest(low, pos)):
                return tuple(dict.fromkeys(found))
    return ()


def _rest(low: str, pos: int) -> str:
    """What the units named up to `pos` go on to do, past an aside on who they are ("Viễn
    thông Tuyên Quang (đơn vị vận hành Hệ thống) hỗ trợ …")."""
    return _ASIDE.sub("", low[pos:].lstrip(" ,:"), count=1).strip(" ,:")


_ASIDE = re.compile(r"^\([^()]{0,80}\)")


# The addressees of one kind pointed at by an item: "Các Sở nêu tại mục 1", "các huyện nêu
# tại mục 2" (folded); the kind keeps the item's units of that kind only.
_KIND = re.compile(r"(?:thu truong\s+)?(?:cac|nhung)\s+(?:so|ubnd huyen|huyen)\b")


# "[Các đơn vị] nêu tại mục 1 và mục 3", "… tại điểm a": the addressees named by the items that
# head them
_NAMED_AT = re.compile(
    r"\s*[,:]?\s*(?:(?:neu|co ten|duoc neu)\s+)?(?:tai|o)\s+"
    r"(?:(?:diem|khoan|muc|phan)\s+(?:[ivx]{1,4}|\d{1,2}|[a-z])\b"
    r"(?:\s*(?:,|va)\s*\d{1,2}\b(?!\s*[./]))*[\s,]*(?:va\s+)?)+"
)


def referred(
    line: Line, sections: list[Section], tops: set[str], register: Register
) -> tuple[str, ...]:
    """The units a line that opens with the addressees as a whole points at by the items
    addressed to them: "Các đơn vị nêu tại mục 1 và mục 3 cử …" → the units over mục 1 and
    over mục 3 (not the sender named inside them, not the items between); and the units it
    names beside them ("… tại mục 1, 2, 3 và Bảo hiểm xã hội tỉnh")."""
    pos = _start(line.text.lower())
    # (on the rest of the line: the patterns' "^" holds at its start, not at a position)
    generic = GENERIC.match(line.plain[pos:]) or _KIND.match(line.plain[pos:])
    at = _NAMED_AT.match(line.plain, pos + generic.end()) if generic else None
    if generic is None or at is None:
        return ()
    names: list[str] = []
    for ref in references(line.text[at.start() : at.end()]):
        # a point of an item addressed to units ("điểm b mục 2" under "2. Công an tỉnh, Bảo
        # hiểm xã hội tỉnh"): the units over it
        for s in sections:
            if refers_to(ref, s.path, tops):
                owner = next((a for a in s.ancestry if a.units), None)
                names += owner.units if owner is not None and owner.number else ()
                if (owner is None or not owner.number) and s.number:
                    # an item headed by its topic ("1. Rà soát … — Các Sở: Tư pháp, Y tế
                    # thực hiện: …"): the units its duty opens with, not its helpers
                    # (a list the colon opens, "Các Sở: Tư pháp, Y tế", reads on)
                    names += opening_units(s.all_lines, register, r"(?<=[.;])\s+")
    if generic.group(0).endswith(" so"):
        # "các Sở nêu tại mục 1": only the item's departments, not the districts helping it
        names = [n for n in names if n.startswith("Sở ")]
    elif generic.group(0).endswith("huyen"):
        names = [n for n in names if n.startswith("UBND ") and n != PROVINCE_COMMITTEE]
    if names:
        beside = Line(line.no, line.text[at.end() :], line.gap)
        names += subject(beside, register.mentions(beside.text))
    return tuple(dict.fromkeys(names))


def opened_by(
    lines: list[Line], helpers: list[str], register: Register, sender: str | None
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The units named before a duty on `lines`, and their partners ("Giao Sở A chủ trì, phối
    hợp với B …" helps them); None when no unit opens them."""
    opened = opening_units(lines, register)
    opened = tuple(n for n in opened if n not in (*helpers, sender))
    if not opened:
        return None
    partners = [
        n for ln in lines for n in line_helpers(ln, register.mentions(ln.text)) if n not in opened
    ]
    return opened, (*helpers, *partners)
