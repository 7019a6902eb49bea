"""The units a letter names, read through the province's register: an agency by any spelling
the register knows (knowledge/catalogue/agencies.py), a group ("Các Sở, ban, ngành", "UBND các
huyện, thành phố") as the units it stands for (knowledge/data/agency_groups.tsv, Province.expand),
and the province's people's committee, which is no unit of the register but sends and receives.
"""

from __future__ import annotations

import weakref
from dataclasses import replace
from pathlib import Path

from knowledge.catalogue.agencies import AgencyResolver
from knowledge.catalogue.loader import DATA_DIR, read_tsv
from knowledge.catalogue.model import Catalogue, Province
from knowledge.language.text import strip_marks, tokenize
from knowledge.letters.mentions import (
    CENTRAL_AFTER,
    CENTRAL_BEFORE,
    COMMITTEE,
    EXCEPT,
    LIST_HEAD,
    MAX_SPAN,
    PROVINCE_COMMITTEE,
    Mention,
    Tok,
    compact,
    district_word,
    less_excepted,
    listing,
    name_tail,
    place_after,
    place_at,
    tokens_of,
)


class _Base:
    """What a province's register holds before any letter adds to it: the same for every letter
    read against one catalogue, so built once for it (a letter's roles and aliases go to each
    Register's own copies of the groups, never here)."""

    def __init__(self, catalogue: Catalogue, province: Province, data_dir: Path) -> None:
        agencies = {
            n: a for n, a in catalogue.agencies.items() if a.province in ("", province.slug)
        }
        self.order = {name: i for i, name in enumerate(agencies)}
        place = " ".join(t.fold for t in tokenize(province.name))
        # read only (`forms`), so one resolver serves every letter
        self.resolver = AgencyResolver(agencies, places=frozenset({place}))
        self.groups: dict[str, tuple[str, ...]] = {}
        self.group_names: dict[str, str] = {}
        # the most words of any form, an alias's too: "Ủy ban nhân dân các huyện, thị xã, thành
        # phố" is longer than its name "UBND các huyện, thành phố", and is read whole
        self.longest_group = 1
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
            if not names:
                continue  # a group of units this province's register holds none of
            for form in (cell["phrase"], *cell["aliases"].split("|")):
                if form.strip():
                    self.groups[compact(form)] = names
                    self.group_names[compact(form)] = cell["phrase"]
                    self.longest_group = max(self.longest_group, len(tokens_of(form)))


# (catalogue, province, data) -> its base; a catalogue is kept by a weak reference, so a base
# never outlives it nor is taken for a new catalogue at the same address. Each letter read built
# the resolver and parsed the groups' table again (~10 ms a letter).
_BASES: dict[tuple[int, str, Path], tuple[weakref.ref[Catalogue], _Base]] = {}
_KEPT = 8


def _base(catalogue: Catalogue, province: Province, data_dir: Path) -> _Base:
    key = (id(catalogue), province.slug, data_dir)
    found = _BASES.get(key)
    if found is not None and found[0]() is catalogue:
        return found[1]
    base = _Base(catalogue, province, data_dir)
    for stale in [k for k, (ref, _) in _BASES.items() if ref() is None]:
        del _BASES[stale]
    while len(_BASES) >= _KEPT:
        del _BASES[next(iter(_BASES))]
    _BASES[key] = (weakref.ref(catalogue), base)
    return base


class Register:
    """The units of one province, and how a letter's words name them."""

    def __init__(self, catalogue: Catalogue, province: Province, data_dir: Path = DATA_DIR):
        self.province = province
        self._seen: dict[str, list[Mention]] = {}
        # the district units each line names by a place the province does not hold
        self._strange: dict[str, list[tuple[int, int, str]]] = {}
        base = _base(catalogue, province, data_dir)
        self.order = base.order
        self.resolver = base.resolver
        # a letter's aliases are added to its own register's groups
        self.groups = dict(base.groups)
        self.group_names = dict(base.group_names)
        self.longest_group = base.longest_group
        self.roles: dict[str, str] = {}  # a role as folded, compact → the unit that holds it

    def add_roles(self, roles: dict[str, str]) -> None:
        """Roles a letter gives units (knowledge/letters/roles.py): read as those units."""
        self.roles.update({compact(role): unit for role, unit in roles.items()})
        self._seen.clear()

    def add_aliases(self, aliases: dict[str, tuple[str, ...]]) -> None:
        """Short names a letter gives the units it lists (knowledge/letters/aliases.py): read
        as a group of those units from there on."""
        for alias, names in aliases.items():
            self.groups[compact(alias)] = names
            self.group_names[compact(alias)] = alias
            self.longest_group = max(self.longest_group, len(tokens_of(alias)))
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
        tokens = tokens_of(text)
        taken: list[Mention] = []
        self._roles(text, tokens, taken)
        self._groups(text, tokens, taken)
        for m in self._agencies(text, tokens, strange):
            if all(m.end <= t.start or m.start >= t.end for t in taken):
                taken.append(m)
        low = strip_marks(text.lower())
        for hit in COMMITTEE.finditer(low):
            a, b = hit.start(), hit.end()
            if low[max(0, a - 10) : a].rstrip().endswith("van phong"):
                continue
            if all(b <= t.start or a >= t.end for t in taken):
                taken.append(Mention(a, b, (PROVINCE_COMMITTEE,), text[a:b]))
        return less_excepted(text, sorted(taken, key=lambda m: m.start))

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
        found: list[Mention] = []
        for i in range(len(tokens)):
            before = tokens[i - 1] if i else None
            if (
                before
                and before.fold in CENTRAL_BEFORE
                and not text[before.end : tokens[i].start].strip()
                # (the word ending a unit's name is no central body's: "Sở Nội vụ Sở …", a
                # table's cells run together)
                and not any(m.end == before.end for m in found)
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
            j = name_tail(tokens, i, j, name)
            after = " ".join(t.fold for t in tokens[j + 1 : j + 3])
            if after.startswith(CENTRAL_AFTER):
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
            place = place_after(text, tokens, m.end) if district_word(m) else None
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
            kind, span = listing(text, tokens, m)
            if not kind:
                continue
            # "Ủy ban nhân dân các huyện: A, B", "Các Sở: A, B": the list's head printed whole
            head = LIST_HEAD.search(strip_marks(text[: m.start].lower()))
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
                    place = place_at(text, tokens, i) if kind != "so" else None
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
        bracket = EXCEPT.match(strip_marks(text.lower()), pos)
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
        folded = compact(code)
        if folded in ("ubnd", "ubndtinh"):
            return PROVINCE_COMMITTEE
        hit = self.resolver.forms.get(folded)
        return hit[0] if hit and hit[1] else None
