"""The units a letter names, read through the province's register: an agency by any spelling
the register knows (knowledge/catalogue/agencies.py), a group ("Các Sở, ban, ngành", "UBND các
huyện, thành phố") as the units it stands for (knowledge/data/agency_groups.tsv, Province.expand),
and the province's people's committee, which is no unit of the register but sends and receives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from knowledge.catalogue.agencies import AgencyResolver
from knowledge.catalogue.loader import DATA_DIR, read_tsv
from knowledge.catalogue.model import Catalogue, Province
from knowledge.language.text import strip_marks, tokenize

PROVINCE_COMMITTEE = "UBND tỉnh"
_TOKEN = re.compile(r"[^\W\d_]+(?:\s*&\s*[^\W\d_]+)*|\d+(?:[/.\-]\d+)*")
# A register spelling right after these names a central body ("Bộ Công an", "Cục Tin học hóa,
# Bộ Thông tin và Truyền thông"), and before these a national one ("Bảo hiểm xã hội Việt Nam").
_CENTRAL_BEFORE = {"bo", "cuc", "vu", "tong", "chinh"}
_CENTRAL_AFTER = ("viet nam", "trung uong", "chinh phu")
_COMMITTEE = re.compile(r"\b(?:chu tich\s+)?(?:ubnd|uy ban nhan dan|u ban nhan dan)\s+tinh\b")
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


def _tokens(text: str) -> list[Tok]:
    return [
        Tok(m.start(), m.end(), strip_marks(m.group(0).lower()).replace("&", "").replace(" ", ""))
        for m in _TOKEN.finditer(text)
    ]


def _compact(text: str) -> str:
    return "".join(t.fold for t in _tokens(text))


def _name_tail(tokens: list[Tok], i: int, j: int, name: str) -> int:
    """The last token of a mention that goes on with the words its register name goes on with
    (an alias "Trung tâm Dịch vụ hành chính công" printed "… công trực tuyến tỉnh", the name
    "Ban … thành lập Trung tâm Dịch vụ hành chính công trực tuyến tỉnh" ending so): the name
    printed in full from the alias on is one mention, not a unit and words after it."""
    full = _compact(name)
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
_LIST_HEAD = re.compile(r"(?:(?:uy ban nhan dan|ubnd)\s+)?cac\s+$")
# A department's kind printed once before the names of several: "Các Sở: Xây dựng, Y tế".
_DEPARTMENTS = re.compile(r"^s[ởo]\s*:", re.I)


def _listing(text: str, tokens: list[Tok], m: Mention) -> tuple[str, int]:
    """The kind word the names listed after a mention are completed with, and how many words
    one may take: a district's ("huyện", "thành phố"), or a department's when its kind is
    printed as a list's head ("Các Sở: Tư pháp, …", "các Sở Tư pháp, …"); "" when the
    mention heads no list."""
    printed = _compact(m.printed)
    if any(n.startswith("UBND") for n in m.names):
        return next((k for k in ("huyen", "thanhpho") if k in printed), ""), 3
    before = [t for t in tokens if t.end <= m.start]
    plural = bool(before) and before[-1].fold == "cac"
    department = len(m.names) == 1 and m.names[0].startswith("Sở ")
    if department and (plural or _DEPARTMENTS.match(text[m.start : m.end])):
        return "so", MAX_SPAN // 3
    return "", 0


def _district_word(m: Mention) -> bool:
    """The mention is the districts' common name printed alone ("UBND huyện", "Ủy ban nhân
    dân huyện"), which a district's own name may follow."""
    return (
        len(m.names) > 1
        and all(n.startswith("UBND") for n in m.names)
        and (_compact(m.printed).endswith(("huyen", "thanhpho")))
    )


_BODY_WORDS = {"ubnd", "uy", "hdnd", "so", "phong", "ban"}


def _place_at(text: str, tokens: list[Tok], i: int) -> tuple[str, int] | None:
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


def _place_after(text: str, tokens: list[Tok], end: int) -> tuple[str, int] | None:
    """The place name printed right after `end` (a space between) and where it ends, or None."""
    i = next((k for k, t in enumerate(tokens) if t.start >= end), len(tokens))
    if i >= len(tokens) or text[end : tokens[i].start].strip():
        return None
    place = _place_at(text, tokens, i)
    return (place[0], tokens[place[1] - 1].end) if place else None


# "(trừ Sở Ngoại vụ, Ban Quản lý …)" printed right after several units named at once.
_EXCEPT = re.compile(r"\s*\(\s*(?:ngoai\s+)?(?:tru|khong\s+(?:bao\s+)?gom)\b[^()]*\)")


def _less_excepted(text: str, found: list[Mention]) -> list[Mention]:
    """A group, or a unit that stands for several, followed by the units it leaves out ("Các
    sở, ban, ngành (trừ Sở Ngoại vụ)"): the group less those, one mention to the bracket's
    end; the units left out are no mention of their own."""
    low = strip_marks(text.lower())
    result: list[Mention] = []
    skip_to = -1
    for m in found:
        if m.start < skip_to:
            continue
        bracket = _EXCEPT.match(low, m.end) if len(m.names) > 1 else None
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


class Register:
    """The units of one province, and how a letter's words name them."""

    def __init__(self, catalogue: Catalogue, province: Province, data_dir: Path = DATA_DIR):
        self.province = province
        self._seen: dict[str, list[Mention]] = {}
        # the district units each line names by a place the province does not hold
        self._strange: dict[str, list[tuple[int, int, str]]] = {}
        agencies = {
            n: a for n, a in catalogue.agencies.items() if a.province in ("", province.slug)
        }
        self.order = {name: i for i, name in enumerate(agencies)}
        place = " ".join(t.fold for t in tokenize(province.name))
        self.resolver = AgencyResolver(agencies, places=frozenset({place}))
        self.groups: dict[str, tuple[str, ...]] = {}
        self.group_names: dict[str, str] = {}
        for _, cell in read_tsv(
            data_dir / "agency_groups.tsv", ["phrase", "aliases", "members", "except", "source"]
        ):
            members: list[str] = []
            for item in filter(None, cell["members"].split("|")):
                if item.startswith("kind:"):
                    members += [n for n, a in agencies.items() if a.kind == item[5:]]
                elif item in agencies:
                    members.append(item)
            excluded = set(cell["except"].split("|"))
            names = province.expand(m for m in members if m not in excluded)
            for form in (cell["phrase"], *cell["aliases"].split("|")):
                if form.strip():
                    self.groups[_compact(form)] = names
                    self.group_names[_compact(form)] = cell["phrase"]
        self.longest_group = max((len(_tokens(g)) for g in self.group_names.values()), default=1)
        self.roles: dict[str, str] = {}  # a role as folded, compact → the unit that holds it

    def add_roles(self, roles: dict[str, str]) -> None:
        """Roles a letter gives units (knowledge/letters/roles.py): read as those units."""
        self.roles.update({_compact(role): unit for role, unit in roles.items()})
        self._seen.clear()

    def sort(self, names) -> tuple[str, ...]:
        """Units in the register's order, once each."""
        return tuple(
            sorted(dict.fromkeys(names), key=lambda n: self.order.get(n, len(self.order)))
        )

    def mentions(self, text: str) -> list[Mention]:
        """Every unit a line names, in order, none overlapping: groups first, then agencies,
        then the province's committee."""
        if text not in self._seen:  # a letter's reader asks of one line many times
            strange: list[tuple[int, int, str]] = []
            self._seen[text] = self._mentions(text, strange)
            self._strange[text] = strange
        return list(self._seen[text])

    def strangers(self, text: str) -> list[str]:
        """The district units a line names by a place the province does not hold ("UBND huyện
        Bảo Yên", "các huyện: Hàm Yên, Bảo Yên" in a Tuyên Quang letter), as "UBND huyện Bảo
        Yên": no unit of the register, and not the province's districts as a whole either."""
        self.mentions(text)
        return [name for _, _, name in self._strange[text]]

    def _mentions(self, text: str, strange: list[tuple[int, int, str]]) -> list[Mention]:
        tokens = _tokens(text)
        taken: list[Mention] = []
        self._roles(text, tokens, taken)
        self._groups(text, tokens, taken)
        for m in self._agencies(text, tokens, strange):
            if all(m.end <= t.start or m.start >= t.end for t in taken):
                taken.append(m)
        low = strip_marks(text.lower())
        for hit in _COMMITTEE.finditer(low):
            a, b = hit.start(), hit.end()
            if low[max(0, a - 10) : a].rstrip().endswith("van phong"):
                continue
            if all(b <= t.start or a >= t.end for t in taken):
                taken.append(Mention(a, b, (PROVINCE_COMMITTEE,), text[a:b]))
        return _less_excepted(text, sorted(taken, key=lambda m: m.start))

    def _roles(self, text: str, tokens: list[Tok], taken: list[Mention]) -> None:
        for i in range(len(tokens)):
            joined = ""
            for j in range(i, len(tokens)):
                joined += tokens[j].fold
                if not any(role.startswith(joined) for role in self.roles):
                    break
                if joined in self.roles:
                    start, end = tokens[i].start, tokens[j].end
                    if all(end <= t.start or start >= t.end for t in taken):
                        names = (self.roles[joined],)
                        taken.append(Mention(start, end, names, text[start:end], role=True))

    def _groups(self, text: str, tokens: list[Tok], taken: list[Mention]) -> None:
        i = 0
        while i < len(tokens):
            best = None
            joined = ""
            for j in range(i, min(len(tokens), i + self.longest_group + 3)):
                joined += tokens[j].fold
                if joined in self.groups:
                    best = j
            if best is None:
                i += 1
                continue
            key = "".join(t.fold for t in tokens[i : best + 1])
            start, end = tokens[i].start, tokens[best].end
            taken.append(Mention(start, end, self.groups[key], text[start:end], group=True))
            i = best + 1

    def _agencies(
        self, text: str, tokens: list[Tok], strange: list[tuple[int, int, str]]
    ) -> list[Mention]:
        found = []
        for i in range(len(tokens)):
            before = tokens[i - 1] if i else None
            if (
                before
                and before.fold in _CENTRAL_BEFORE
                and not text[before.end : tokens[i].start].strip()
            ):
                continue  # "Bộ Công an"; not "Sở Tài chính, Sở Nội vụ"
            joined = ""
            best = None
            for j in range(i, min(len(tokens), i + MAX_SPAN)):
                if tokens[j].fold[:1].isdecimal():
                    break
                joined += tokens[j].fold
                hit = self.resolver.forms.get(joined)
                if hit and hit[1]:
                    best = (j, hit[0])
            if best is None:
                continue
            j, name = best
            j = _name_tail(tokens, i, j, name)
            after = " ".join(t.fold for t in tokens[j + 1 : j + 3])
            if after.startswith(_CENTRAL_AFTER):
                continue
            start, end = tokens[i].start, tokens[j].end
            found.append(Mention(start, end, self.province.expand([name]), text[start:end]))
        found.sort(key=lambda m: (-(m.end - m.start), m.start))
        chosen: list[Mention] = []
        for m in found:
            if all(m.end <= c.start or m.start >= c.end for c in chosen):
                chosen.append(m)
        listed = self._listed_places(text, tokens, chosen, strange)  # may widen a list's head
        # "UBND huyện Bảo Yên": the districts' common name, then a place printed as a name that
        # no district of the province bears (the longest match would have read one that does):
        # one district the register lacks, not every district
        kept = []
        for m in chosen:
            place = _place_after(text, tokens, m.end) if _district_word(m) else None
            if place is None:
                kept.append(m)
            else:
                strange.append((m.start, place[1], f"{m.printed} {place[0]}"))
        return kept + listed

    def _listed_places(
        self,
        text: str,
        tokens: list[Tok],
        chosen: list[Mention],
        strange: list[tuple[int, int, str]],
    ) -> list[Mention]:
        """ "các huyện: Lâm Bình, Na Hang": the places listed after a district unit, each the
        district unit of its name; "Các Sở: Xây dựng, Y tế": the names listed after a
        department's kind, each the department of its name."""
        more: list[Mention] = []
        narrowed: set[int] = set()
        heads: dict[int, int] = {}  # where a narrowed list's first name starts → its head's
        for at, m in enumerate(chosen):
            kind, span = _listing(text, tokens, m)
            if not kind:
                continue
            # "Ủy ban nhân dân các huyện: A, B", "Các Sở: A, B": the list's head printed whole
            head = _LIST_HEAD.search(strip_marks(text[: m.start].lower()))
            if head:
                chosen[at] = m = replace(m, start=head.start(), printed=text[head.start() : m.end])
            i = next((k for k, t in enumerate(tokens) if t.start >= m.end), len(tokens))
            first = i
            while i < len(tokens):
                gap = text[tokens[i - 1].end : tokens[i].start].strip() if i else ""
                # the list opens right after its head, or after the head's colon ("UBND các
                # huyện: A, B"), when the colon was not taken into the head
                opens = i == first and gap in ("", ":")
                if gap != "," and tokens[i].fold != "va" and not opens:
                    break
                i += tokens[i].fold == "va"
                if i >= len(tokens):
                    break
                for j in range(min(len(tokens), i + span) - 1, i - 1, -1):
                    form = kind + "".join(t.fold for t in tokens[i : j + 1])
                    hit = self.resolver.forms.get(form)
                    if hit and hit[1]:
                        start, end = tokens[i].start, tokens[j].end
                        names = self.province.expand([hit[0]])
                        more.append(Mention(start, end, names, text[start:end]))
                        i = j + 1
                        break
                else:
                    # a place no district of the province bears ("huyện: Hàm Yên, Bảo Yên,
                    # Sơn Dương"): said as a unit the register lacks; the list goes on
                    # (the first place right after the head or its colon: after a comma it may
                    # be another body, "UBND cấp huyện, UBND cấp xã")
                    place = _place_at(text, tokens, i) if kind != "so" else None
                    if (
                        place is None
                        or (i == first and not opens)
                        or any(c.start <= tokens[i].start < c.end for c in chosen)
                    ):
                        break
                    start, (name, i) = tokens[i].start, place
                    kind_name = "thành phố" if kind == "thanhpho" else "huyện"
                    strange.append((start, tokens[i - 1].end, f"UBND {kind_name} {name}"))
            if i > first and len(m.names) > 1:
                narrowed.add(at)  # "UBND các huyện: Hàm Yên, Yên Sơn" is those two, not all
                heads[tokens[first].start] = m.start
        chosen[:] = [c for at, c in enumerate(chosen) if at not in narrowed]
        more = [x for x in more if all(x.end <= c.start or x.start >= c.end for c in chosen)]
        # the head printed before the list is the first name's ("UBND các huyện: Yên Sơn"), so
        # that the names run from where the head starts, whether the list's first place was
        # read as a place alone or as one of the list
        for found in (chosen, more):
            found[:] = [
                replace(x, start=heads[x.start], printed=text[heads[x.start] : x.end])
                if x.start in heads
                else x
                for x in found
            ]
        return more

    def left_out(self, text: str, pos: int) -> tuple[tuple[str, ...], int]:
        """The units a bracket at `pos` leaves out ("Các cơ quan có tên tại Kính gửi (trừ Sở Y
        tế)"), and where the bracket ends; none, and `pos`, when no such bracket is there."""
        bracket = _EXCEPT.match(strip_marks(text.lower()), pos)
        if bracket is None:
            return (), pos
        inside = self.mentions(text[pos : bracket.end()])
        return tuple(n for m in inside for n in m.names), bracket.end()

    def names_end(self, text: str, low: str, pos: int) -> int:
        """Where the units named one after another from `pos` end ("Sở A, Sở B và Sở C"): past
        each name only commas, "và" or "các" part from the one before (`low`: `text` plain)."""
        end = pos
        named = self.mentions(text)
        # (a district the province lacks, listed among them, stands in the run as they do)
        strange = [Mention(a, b, (), text[a:b]) for a, b, _ in self._strange[text]]
        for m in sorted(named + strange, key=lambda m: m.start):
            if m.start < end:
                continue
            if low[end : m.start].strip(" ,;") not in ("", "va", "cac"):
                break
            end = m.end
        return end

    def code(self, code: str) -> str | None:
        """The body a document code names ("STTTT" in "…/STTTT-CNTT", "UBND" in "…/UBND-KSTT")."""
        compact = _compact(code)
        if compact in ("ubnd", "ubndtinh"):
            return PROVINCE_COMMITTEE
        hit = self.resolver.forms.get(compact)
        return hit[0] if hit and hit[1] else None
