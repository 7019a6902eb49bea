"""The units a letter names, read through the province's register: an agency by any spelling
the register knows (knowledge/catalogue/agencies.py), a group ("Các Sở, ban, ngành", "UBND các
huyện, thành phố") as the units it stands for (knowledge/data/agency_groups.tsv, Province.expand),
and the province's people's committee, which is no unit of the register but sends and receives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from knowledge.catalogue.agencies import AgencyResolver
from knowledge.catalogue.loader import DATA_DIR, read_tsv
from knowledge.catalogue.model import Catalogue, Province
from knowledge.language.text import strip_marks

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


class Register:
    """The units of one province, and how a letter's words name them."""

    def __init__(self, catalogue: Catalogue, province: Province, data_dir: Path = DATA_DIR):
        self.province = province
        self._seen: dict[str, list[Mention]] = {}
        agencies = {
            n: a for n, a in catalogue.agencies.items() if a.province in ("", province.slug)
        }
        self.order = {name: i for i, name in enumerate(agencies)}
        self.resolver = AgencyResolver(agencies)
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

    def sort(self, names) -> tuple[str, ...]:
        """Units in the register's order, once each."""
        return tuple(
            sorted(dict.fromkeys(names), key=lambda n: self.order.get(n, len(self.order)))
        )

    def mentions(self, text: str) -> list[Mention]:
        """Every unit a line names, in order, none overlapping: groups first, then agencies,
        then the province's committee."""
        if text not in self._seen:  # a letter's reader asks of one line many times
            self._seen[text] = self._mentions(text)
        return list(self._seen[text])

    def _mentions(self, text: str) -> list[Mention]:
        tokens = _tokens(text)
        taken: list[Mention] = []
        self._groups(text, tokens, taken)
        for m in self._agencies(text, tokens):
            if all(m.end <= t.start or m.start >= t.end for t in taken):
                taken.append(m)
        low = strip_marks(text.lower())
        for hit in _COMMITTEE.finditer(low):
            a, b = hit.start(), hit.end()
            if low[max(0, a - 10) : a].rstrip().endswith("van phong"):
                continue
            if all(b <= t.start or a >= t.end for t in taken):
                taken.append(Mention(a, b, (PROVINCE_COMMITTEE,), text[a:b]))
        return sorted(taken, key=lambda m: m.start)

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

    def _agencies(self, text: str, tokens: list[Tok]) -> list[Mention]:
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
        return chosen + self._listed_places(text, tokens, chosen)

    def _listed_places(self, text: str, tokens: list[Tok], chosen: list[Mention]) -> list[Mention]:
        """ "các huyện: Lâm Bình, Na Hang": the places listed after a district unit, each the
        district unit of its name."""
        more: list[Mention] = []
        for m in chosen:
            printed = _compact(m.printed)
            kind = next((k for k in ("huyen", "thanhpho") if k in printed), "")
            if not kind or not any(n.startswith("UBND") for n in m.names):
                continue
            i = next((k for k, t in enumerate(tokens) if t.start >= m.end), len(tokens))
            while i < len(tokens):
                gap = text[tokens[i - 1].end : tokens[i].start].strip() if i else ""
                if gap != "," and tokens[i].fold != "va":
                    break
                i += tokens[i].fold == "va"
                if i >= len(tokens):
                    break
                for j in range(min(len(tokens), i + 3) - 1, i - 1, -1):
                    form = kind + "".join(t.fold for t in tokens[i : j + 1])
                    hit = self.resolver.forms.get(form)
                    if hit and hit[1]:
                        start, end = tokens[i].start, tokens[j].end
                        names = self.province.expand([hit[0]])
                        more.append(Mention(start, end, names, text[start:end]))
                        i = j + 1
                        break
                else:
                    break
        return [x for x in more if all(x.end <= c.start or x.start >= c.end for c in chosen)]

    def code(self, code: str) -> str | None:
        """The body a document code names ("STTTT" in "…/STTTT-CNTT", "UBND" in "…/UBND-KSTT")."""
        compact = _compact(code)
        if compact in ("ubnd", "ubndtinh"):
            return PROVINCE_COMMITTEE
        hit = self.resolver.forms.get(compact)
        return hit[0] if hit and hit[1] else None
