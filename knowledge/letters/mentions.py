"""A unit's mention in a letter's line, and the words around it: the tokens a line is read in,
a name printed on past its alias, the kind word a list after a mention completes its names with
("Các Sở: Tư pháp, Y tế"), a place printed after a district's common name, and the units a
bracket leaves out of a group ("(trừ Sở Ngoại vụ)"). knowledge/letters/register.py reads a
letter's units with them."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from knowledge.language.text import strip_marks

PROVINCE_COMMITTEE = "UBND tỉnh"
_TOKEN = re.compile(r"[^\W\d_]+(?:\s*&\s*[^\W\d_]+)*|\d+(?:[/.\-]\d+)*")
# A register spelling right after these names a central body ("Bộ Công an", "Cục Tin học hóa,
# Bộ Thông tin và Truyền thông"), and before these a national one ("Bảo hiểm xã hội Việt Nam").
CENTRAL_BEFORE = {"bo", "cuc", "vu", "tong", "chinh"}
CENTRAL_AFTER = ("viet nam", "trung uong", "chinh phu")
COMMITTEE = re.compile(r"\b(?:chu tich\s+)?(?:ubnd|uy ban nhan dan|u ban nhan dan)\s+tinh\b")
MAX_SPAN = 24


@dataclass(frozen=True)
class Tok:
    start: int
    end: int
    fold: str


@dataclass(frozen=True)
class Mention:
    start: int  # characters in the line
    end: int
    names: tuple[str, ...]  # register names (a group expanded), or (PROVINCE_COMMITTEE,)
    printed: str
    group: bool = False
    role: bool = False  # a role the letter says the unit holds ("Cơ quan Thường trực …")


def tokens_of(text: str) -> list[Tok]:
    return [
        Tok(m.start(), m.end(), strip_marks(m.group(0).lower()).replace("&", "").replace(" ", ""))
        for m in _TOKEN.finditer(text)
    ]


def compact(text: str) -> str:
    return "".join(t.fold for t in tokens_of(text))


def name_tail(tokens: list[Tok], i: int, j: int, name: str) -> int:
    """The last token of a mention that goes on with the words its register name goes on with
    (an alias "Trung tâm Dịch vụ hành chính công" printed "… công trực tuyến tỉnh", the name
    "Ban … thành lập Trung tâm Dịch vụ hành chính công trực tuyến tỉnh" ending so): the name
    printed in full from the alias on is one mention, not a unit and words after it."""
    full = compact(name)
    printed = "".join(t.fold for t in tokens[i : j + 1])
    at = full.find(printed)
    if at < 0:
        return j
    rest = full[at + len(printed) :]
    k = j
    while rest and k + 1 < len(tokens) and rest.startswith(tokens[k + 1].fold):
        rest = rest[len(tokens[k + 1].fold) :]
        k += 1
    return k if not rest else j


# What a list's head starts with before the kind of its units: "[Ủy ban nhân dân các] huyện: …",
# "[Các] Sở: …".
LIST_HEAD = re.compile(r"(?:(?:uy ban nhan dan|ubnd)\s+)?cac\s+$")
# A department's kind printed once before the names of several: "Các Sở: Xây dựng, Y tế".
_DEPARTMENTS = re.compile(r"^s[ởo]\s*:", re.I)


def listing(text: str, tokens: list[Tok], m: Mention) -> tuple[str, int]:
    """The kind word the names listed after a mention are completed with, and how many words
    one may take: a district's ("huyện", "thành phố"), or a department's when its kind is
    printed as a list's head ("Các Sở: Tư pháp, …", "các Sở Tư pháp, …"); "" when the
    mention heads no list."""
    printed = compact(m.printed)
    if any(n.startswith("UBND") for n in m.names):
        return next((k for k in ("huyen", "thanhpho") if k in printed), ""), 3
    before = [t for t in tokens if t.end <= m.start]
    plural = bool(before) and before[-1].fold == "cac"
    department = len(m.names) == 1 and m.names[0].startswith("Sở ")
    if department and (plural or _DEPARTMENTS.match(text[m.start : m.end])):
        return "so", MAX_SPAN // 3
    return "", 0


def district_word(m: Mention) -> bool:
    """The mention is the districts' common name printed alone ("UBND huyện", "Ủy ban nhân
    dân huyện"), which a district's own name may follow."""
    return (
        len(m.names) > 1
        and all(n.startswith("UBND") for n in m.names)
        and (compact(m.printed).endswith(("huyen", "thanhpho")))
    )


_BODY_WORDS = {"ubnd", "uy", "hdnd", "so", "phong", "ban"}


def place_at(text: str, tokens: list[Tok], i: int) -> tuple[str, int] | None:
    """The place name printed from token `i` (two or three capitalised words, only spaces
    between them) and the token after it; None when no such name stands there."""
    if tokens[i].fold in _BODY_WORDS:
        return None  # "UBND …", "Ủy ban …": a body's name, not a place's
    j = i
    while (
        j < len(tokens)
        and j - i < 3
        and text[tokens[j].start].isupper()
        and (j == i or not text[tokens[j - 1].end : tokens[j].start].strip())
    ):
        j += 1
    if j - i < 2:
        return None  # a place is named in two words or three, each capitalised; not "Rà soát"
    return text[tokens[i].start : tokens[j - 1].end], j


def place_after(text: str, tokens: list[Tok], end: int) -> tuple[str, int] | None:
    """The place name printed right after `end` (a space between) and where it ends, or None."""
    i = next((k for k, t in enumerate(tokens) if t.start >= end), len(tokens))
    if i >= len(tokens) or text[end : tokens[i].start].strip():
        return None
    place = place_at(text, tokens, i)
    return (place[0], tokens[place[1] - 1].end) if place else None


# "(trừ Sở Ngoại vụ, Ban Quản lý …)" printed right after several units named at once.
EXCEPT = re.compile(r"\s*\(\s*(?:ngoai\s+)?(?:tru|khong\s+(?:bao\s+)?gom)\b[^()]*\)")


def less_excepted(text: str, found: list[Mention]) -> list[Mention]:
    """A group, or a unit that stands for several, followed by the units it leaves out ("Các
    sở, ban, ngành (trừ Sở Ngoại vụ)"): the group less those, one mention to the bracket's
    end; the units left out are no mention of their own."""
    low = strip_marks(text.lower())
    result: list[Mention] = []
    skip_to = -1
    for m in found:
        if m.start < skip_to:
            continue
        bracket = EXCEPT.match(low, m.end) if len(m.names) > 1 else None
        if bracket is None:
            result.append(m)
            continue
        inside = [x for x in found if m.end <= x.start and x.end <= bracket.end()]
        left_out = {n for x in inside for n in x.names}
        names = tuple(n for n in m.names if n not in left_out)
        result.append(
            replace(m, end=bracket.end(), names=names, printed=text[m.start : bracket.end()])
        )
        skip_to = bracket.end()
    return result


# What may stand between the units a line opens with: nothing, "và", "các", or a unit's head
# ("…, Bảo hiểm xã hội tỉnh, Chủ tịch UBND các huyện, thành phố chỉ đạo …").
LISTED_GAP = re.compile(r"(?:va|cac)?|(?:va\s+)?(?:chu tich|thu truong|giam doc)")
