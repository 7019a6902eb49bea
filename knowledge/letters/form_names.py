"""The forms a task is made on, as printed in its lines: "(theo Biểu 02)", "theo các phụ lục I,
II" (one each), "Mẫu số 01", an outline or a sheet the letter encloses ("Đề cương báo cáo", "Phiếu
khảo sát"), the general word for a form ("theo mẫu") given the enclosed form's name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.letters.cited import cited
from knowledge.letters.digit_shapes import as_figures
from knowledge.letters.sections import Section
from knowledge.letters.text import Line, plain

_FORM = re.compile(
    r"(?P<kind>bieu mau so|bieu mau|mau bieu so|mau bieu|mau so|bieu so|bieu|phu luc|mau)"
    r"(?:\s+(?P<n>(?:so\s+)?(?:\d{1,2}[a-z]?(?:/[a-z]{1,8}(?:-[a-z]{1,10})*)?|[ivx]{1,5}\b)"
    r"(?:\s*(?:,|va|-|–)\s*(?:\d{1,2}[a-z]?|[ivx]{1,5}\b))*))?"
)
# An outline the letter encloses for a report, named as printed: "theo Đề cương kèm theo", "theo
# Đề cương báo cáo kèm theo" (not "theo đề cương tại Phụ lục I", where the annex is the form);
# a later duty made on the same one points back at it ("theo Đề cương báo cáo nêu trên").
_OUTLINE = re.compile(
    r"\btheo\s+(?P<w>de cuong(?:\s+bao cao)?)\s+(?:(?:gui\s+)?kem theo|neu tren|tren)\b"
)
# A sheet the letter encloses to be filled, named by what it collects: "điền thông tin vào Phiếu
# khảo sát kèm theo", "theo Phiếu đăng ký gửi kèm theo" (a form with no number).
# A form named so too ("theo Mẫu thống kê kèm theo"): "Mẫu" printed as a name's first word.
_SHEET = re.compile(
    r"\b(?:theo|vao|dien)\s+(?P<w>(?:phieu|mau)(?:\s+(?!(?:va|gui|so|bieu)\b)[a-z]+){1,4}?)"
    r"\s+(?:gui\s+)?(?:kem theo|dinh kem)\b"
)
# One form's number in a list of them; a number may carry its kind's code ("Mẫu 03/BC").
_FORM_NUMBER = re.compile(
    r"(?<!\w)(?:\d{1,2}[a-z]?(?:/[a-z]{1,8}(?:-[a-z]{1,10})*)?|[ivx]{1,5}\b)"
)
# What comes before a form the work is made on: "theo Biểu 02", "(theo các phụ lục …)", "tại
# Phụ lục", a label ("Biểu mẫu: Phụ lục 2").
# An annex said to come with the letter is one too: "(có Phụ lục kèm theo)".
FORM_LEAD = re.compile(r"(?:theo|kem theo|tai|\(\s*(?:co\s+)?|:)\s*(?:cac\s+)?(?:mau\s+)?$")
# A form named after another thing the work follows: "theo đề cương và Biểu 01 kèm theo …".
_BESIDE = re.compile(r"\btheo\s+(?:[^\s,;.]+\s+){1,3}va\s*$")
# The words for a form in general ("theo mẫu", "theo biểu mẫu kèm theo"): they stand for the form
# the letter names elsewhere, when it does.
GENERIC_FORMS = ("Mẫu", "Biểu mẫu")
# One rule for a form printed without a number: an annex ("Phụ lục kèm theo") is named by its
# kind, the letter's annex; the general word for a template names no form by itself, so it keeps
# what says which one it is, as printed, up to how it comes ("theo mẫu đính kèm", "theo biểu mẫu
# kèm theo", "theo mẫu báo cáo gửi kèm theo"): "mẫu đính kèm", "biểu mẫu kèm theo".
_HOW_IT_COMES = r"(?:gui\s+)?(?:kem theo|dinh kem)\b"
_ATTACHED = re.compile(r"(?:\s+(?!va\b|hoac\b)[a-z]+){0,3}?\s+" + _HOW_IT_COMES)
_ATTACHED_FORM = re.compile(r"^(?:bieu mau|mau bieu|mau)" + _ATTACHED.pattern + "$")


def forms(lines: list[Line], lead_needed: bool = False) -> tuple[str, ...]:
    """The forms a task is to be made on, as printed: "(theo Biểu 02)", "theo các phụ lục I,
    II, III, IV" (one each), "Mẫu số 01"; not a table cited for reference ("tại cột 12, Biểu 03",
    an annex "để tham khảo") or the letter's own annex of dates. `lead_needed`: only those the
    text says the work is made on ("theo …")."""
    found: list[str] = []
    for line in lines:
        low = line.plain
        sheets = [m for m in _SHEET.finditer(low) if _named_sheet(line.text, m)]
        named_at = {m.start("w") for m in sheets}
        last_end, last_lead = -1, False
        for m in _FORM.finditer(low):
            if m.start() and low[m.start() - 1].isalpha():
                continue
            if m.start() in named_at:
                continue  # the first word of a form's name ("Mẫu thống kê"), read whole below
            before = low[max(0, m.start() - 16) : m.start()]
            # "theo Biểu mẫu số 01, Biểu mẫu số 02": the lead goes on along the list
            listed = last_lead and re.fullmatch(r"\s*(?:,|va)\s*", low[last_end : m.start()])
            lead = (
                FORM_LEAD.search(before)
                or listed
                or _BESIDE.search(low, max(0, m.start() - 40), m.start())
            )
            last_end, last_lead = m.end(), bool(lead)
            if "cot" in before or not (lead or (m.group("n") and not lead_needed)):
                continue
            if not lead and "kem theo" in low[m.end() : m.end() + 20]:
                continue
            if cited(low, m.start(), m.end()):
                continue  # "các dịch vụ … được giao tại Biểu 01": a table the work is about
            kind = line.text[m.start() : m.start() + len(m.group("kind"))]
            kind = kind[:1].upper() + kind[1:].lower()
            if not m.group("n"):
                general = m.group("kind") in ("mau", "bieu mau", "mau bieu")
                attached = _ATTACHED.match(low, m.end()) if general else None
                if attached:  # "theo mẫu đính kèm": the general word, as printed (_ATTACHED)
                    found.append(line.text[m.start() : attached.end()])
                elif m.group("kind") in ("phu luc", "bieu mau", "mau"):
                    found.append(kind)
                continue
            printed = line.text[m.start("n") : m.end("n")]
            prefix = "số " if printed.lower().startswith("số") else ""
            numbers = _FORM_NUMBER.finditer(low, m.start("n") + len(prefix), m.end("n"))
            found += [f"{kind} {prefix}{_number(line.text[x.start() : x.end()])}" for x in numbers]
        for m in _OUTLINE.finditer(low):
            word = line.text[m.start("w") : m.end("w")]
            found.append(word[:1].upper() + word[1:].lower())
        for m in sheets:
            found.append(line.text[m.start("w") : m.end("w")])
    return tuple(dict.fromkeys(found))


def _named_sheet(text: str, m: re.Match[str]) -> bool:
    """A sheet's name, or a form's printed as a name ("Mẫu thống kê"; "theo mẫu báo cáo kèm
    theo" is the general word, given the enclosed form's name by `specific`)."""
    return m.group("w").startswith("phieu") or text[m.start("w")] == "M"


def _number(printed: str) -> str:
    """A form's number as printed, a Roman one in capitals ("phụ lục ii" → "II"; "Biểu số 1a",
    "Mẫu số 01/BC-STP" kept), figures a scan printed as letters read ("O2" → "02")."""
    return printed.upper() if re.fullmatch(r"[ivxIVX]+", printed) else as_figures(printed)


def specific(found: tuple[str, ...], enclosed: tuple[str, ...]) -> tuple[str, ...]:
    """A task's forms with the general word for a form ("theo mẫu") given its name: dropped
    beside a form the task names ("theo mẫu (có Phụ lục kèm theo)" → "Phụ lục"), else the form
    the letter says it encloses ("theo mẫu gửi kèm văn bản này" and, in the copy list, "Như trên
    (kèm theo Mẫu số 04)" → "Mẫu số 04"); kept as printed when the letter names none."""
    named = tuple(
        f for f in found if f not in GENERIC_FORMS and not _ATTACHED_FORM.match(plain(f))
    )
    if named or not found:
        return named
    return enclosed or found


# A report named by what it points at, not what it says: "Báo cáo kết quả thực hiện điểm b
# khoản này (theo Phụ lục 03)", "Báo cáo kết quả thực hiện (theo Phụ lục I) về …".
_POINTING = re.compile(
    r"^bao cao ket qua thuc hien\s*(?:(?:diem|khoan|muc)\s+\w+\s*(?:khoan|muc)?\s*(?:nay|\w+)?)?"
    r"\s*(?:\(|ve\b|gui\b|$)"
)


def pointing(title: str) -> bool:
    """The title only points at the work ("Báo cáo kết quả thực hiện điểm b khoản này")."""
    return _POINTING.match(plain(title)) is not None


def shared_forms(section: Section, dated: Callable[[Section], bool]) -> tuple[str, ...]:
    """Forms a dateless item beside the task's prescribes for the letter's reports ("3. Nội dung
    báo cáo theo đề cương tại Phụ lục I"): the task's when it names none of its own and is owed
    by the addressees, not by a unit a section names. `dated`: a section that sets a date."""
    parent = section.parent if section.number else None
    if parent is None or any(s.units for s in section.ancestry):
        return ()  # a unit's own duty is no report of the letter's addressees
    found: list[str] = []
    for sibling in parent.children:
        if sibling is section or sibling.units or sibling.generic or sibling.support_only:
            continue
        if not dated(sibling):
            found += forms(sibling.all_lines, lead_needed=True)
    return tuple(dict.fromkeys(found))
