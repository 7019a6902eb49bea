"""Finding the agency an officer names, however they spell it.

Besides the names and aliases of the register (`agencies.tsv`), the short forms are generated from
each agency's own name the way officers shorten them: initials ("Sở Xây dựng" -> SXD, "Sở Lao động,
Thương binh và Xã hội" -> SLĐTBXH), initials per part ("Sở KH và CN"), a word kept whole when it is
already an abbreviation ("Văn phòng UBND tỉnh" -> VPUBND), the level word kept or dropped ("CA
tỉnh", CAT), and the name cut after its first words ("Sở Lao động", "Sở Nông nghiệp").

A form is *strong* when it can only mean the agency. It is *weak* when it also reads as catalogue
wording or a service abbreviation ("Xây dựng", "Bảo hiểm xã hội", "BHXH", "GTVT"): a weak mention
names the agency only when nothing else in the question is about a service. A form two agencies
would share ("SKH": Kế hoạch or Khoa học?) names neither.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from knowledge.catalogue.model import UNIT_KIND, Agency
from knowledge.language.text import Token, tokenize, words

MAX_SPAN = 24  # the longest agency name has 17 words
MIN_INITIALS = 3  # two letters ("XD", "TP", "CT") mean too many other things
MIN_FUZZY = 8  # letters a name needs before a misspelling of it is still read as that name
CONNECTORS = {"va"}
SHORT_RUNS = (2, 3)  # words an officer writes as their initials: "xh", "CN", "BQL"
PLURALS = {"cac"}  # "Ban Quản lý các Khu công nghiệp", typed with or without "các"
LEVEL_WORDS = {"tinh", "huyen"}  # "Công an tỉnh": officers write both CAT and "CA tỉnh"
KIND_WORDS = {"so", "s"}
# "UBND", "Ủy ban nhân dân", "UB" (officers' shorter "Ủy ban": "UB huyện"), or nothing
COMMITTEE_FORMS = ("ubnd", "uybannhandan", "ub", "")
# A unit's division, folded, and how officers shorten it ("H. Hàm Yên", "TP Tuyên Quang").
DIVISION_FORMS = {
    "thanh pho": ("thanhpho", "tp"),
    "thi xa": ("thixa", "tx"),
    "huyen": ("huyen", "h"),
    "quan": ("quan", "q"),
}


@dataclass(frozen=True)
class AgencyMention:
    name: str
    start: int  # token span in the question
    end: int
    strong: bool


def _compact(words: Iterable[str]) -> str:
    return "".join(words)


def _spelt_committee(form: str) -> set[str]:
    """A compact form opening with the committee's abbreviation, with its words instead or its
    shorter "UB", and the other way round; any other form as it is."""
    for opening in COMMITTEE_FORMS[:2]:
        if form.startswith(opening):
            return {p + form[len(opening) :] for p in COMMITTEE_FORMS[:3]}
    return {form}


def _initials(tokens: Sequence[Token]) -> str:
    """First letters; a word printed in capitals ("UBND") is an abbreviation and stays whole."""
    return "".join(t.fold if len(t.raw) > 1 and t.raw.isupper() else t.fold[0] for t in tokens)


def _name_tokens(name: str) -> list[Token]:
    # Capitals matter here (UBND stays whole), so the raw form keeps its case.
    return [Token(raw, t.fold) for raw, t in zip(words(name), tokenize(name), strict=True)]


def _parts(name: str) -> list[list[Token]]:
    """A name split at its commas and connectors: "Văn hóa, Thể thao và Du lịch" -> [Văn hóa],
    [Thể thao], [Du lịch]."""
    pieces = re.split(r",|\s+và\s+", name)
    return [_name_tokens(p) for p in pieces if p.strip()]


def _unit_forms(agency: Agency) -> set[str]:
    """A district-level unit ("UBND huyện Hàm Yên", "UBND thành phố Tuyên Quang") as officers
    write it: with or without "UBND" (or spelt out), its division whole or short ("H.", "TP"), or
    "UBND" and the place alone ("ubnd ham yen"). The place alone is no form: "Tuyên Quang" is the
    province, and a place name folded ("lam binh") is also ordinary words.
    """
    folded = [t.fold for t in _name_tokens(agency.name)][1:]  # without "UBND"
    division = next((d for d in DIVISION_FORMS if folded[: len(d.split())] == d.split()), None)
    if division is None:
        return set()
    place = _compact(folded[len(division.split()) :])
    forms = {p + d + place for p in COMMITTEE_FORMS for d in DIVISION_FORMS[division]}
    return forms | {p + place for p in COMMITTEE_FORMS if p}


def _restatements(agency: Agency) -> frozenset[str]:
    """How a district-level unit is named again by its kind alone, as officers add it in
    brackets after its name ("Thành phố Tuyên Quang (UBND TP)", "Hàm Yên (UBND huyện)"): the
    committee, its division whole or short, or both."""
    folded = [t.fold for t in _name_tokens(agency.name)][1:]
    division = next((d for d in DIVISION_FORMS if folded[: len(d.split())] == d.split()), None)
    if agency.kind != UNIT_KIND or division is None:
        return frozenset()
    return frozenset(
        p + d for p in COMMITTEE_FORMS for d in DIVISION_FORMS[division] if len(p + d) > 1
    ) | frozenset(p for p in COMMITTEE_FORMS if p)


def _local_forms(agency: Agency, places: Iterable[str]) -> tuple[set[str], set[str]]:
    """A provincial body named after its province ("Viễn thông Tuyên Quang") as officers of that
    province say it: the province's name as "tỉnh" ("Viễn thông tỉnh"), a strong form, or left
    out ("bên viễn thông"), a weak one, as a department's sector name is."""
    folded = [t.fold for t in _name_tokens(agency.name)]
    for place in places:
        cut = len(folded) - len(place.split())
        if agency.kind != UNIT_KIND and cut > 0 and " ".join(folded[cut:]) == place:
            body = _compact(folded[:cut])
            return {body + "tinh"}, {body}
    return set(), set()


def generated_forms(agency: Agency) -> set[str]:
    """Short forms of the agency's name, as compact folded strings."""
    if agency.kind == UNIT_KIND:
        return _unit_forms(agency)
    tokens = _name_tokens(agency.name)
    words = [t.fold for t in tokens]
    forms: set[str] = set()
    if agency.kind == "so" and words[0] == "so":
        bare = tokens[1:]
        parts = _parts(agency.name.split(" ", 1)[1])
        plain = [t for t in bare if t.fold not in CONNECTORS]
        forms |= {"s" + _initials(plain), "so" + _initials(plain)}
        forms |= {"s" + "va".join(_initials(p) for p in parts)}
        forms |= {"so" + "va".join(_initials(p) for p in parts)}
        # The name cut after any of its words, with or without its connectors.
        for end in range(len(parts[0]), len(bare) + 1):
            head = bare[:end]
            forms.add("so" + _compact(t.fold for t in head))
            forms.add("so" + _compact(t.fold for t in head if t.fold not in CONNECTORS))
        if len(parts) > 1:
            forms |= {"s" + _initials(parts[0]), "so" + _initials(parts[0])}
            # The first part spelled out, the others by initials: "Sở Nông nghiệp và PTNT".
            rest = _initials([t for p in parts[1:] for t in p])
            spelt = _compact(t.fold for t in parts[0])
            forms |= {"so" + spelt + rest, "so" + spelt + "va" + rest}
            # each part spelled out or by its initials, as it comes: "Sở Lao động Thương binh
            # XH", "Sở LĐ, TB và Xã hội"
            ways = [(_compact(t.fold for t in p), _initials(p)) for p in parts]
            for chosen in itertools.product(*ways):
                joined = _compact(chosen[:-1])
                forms |= {"so" + joined + chosen[-1], "so" + joined + "va" + chosen[-1]}
        return forms
    body = [t for t in tokens if t.fold not in CONNECTORS]
    forms.add(_initials(body))
    if len(body) > 1 and body[-1].fold in LEVEL_WORDS:
        forms.add(_initials(body[:-1]) + body[-1].fold)
        if len(body) > 2:  # "UBND" alone is any people's committee, not the district's
            forms.add(_initials(body[:-1]))
            # "Ban quản lý các khu công nghiệp", "bảo hiểm xh": the name without its level
            # word, a run of two of its words shortened to their initials
            forms |= _shortened(body[:-1])
    forms |= _shortened(body)
    return {f for f in forms if len(f) >= MIN_INITIALS}


def _shortened(tokens: Sequence[Token]) -> set[str]:
    """The name spelled out, without "các" ("Ban quản lý khu công nghiệp"), and with one or two
    runs of two or three neighbouring words written as their initials ("bảo hiểm xh tỉnh", "BQL
    các khu công nghiệp", "BQL khu CN tỉnh")."""
    folds = [t.fold for t in tokens]
    runs = [(i, i + n) for n in SHORT_RUNS for i in range(len(folds) - n + 1)]
    chosen: list[tuple[tuple[int, int], ...]] = [()]
    chosen += [(r,) for r in runs]
    chosen += [(a, b) for a in runs for b in runs if a[1] <= b[0]]
    forms = set()
    for cut in chosen:
        short, at = [], 0
        for start, end in cut:
            short += [*folds[at:start], "".join(f[0] for f in folds[start:end])]
            at = end
        short += folds[at:]
        forms |= {_compact(short), _compact(f for f in short if f not in PLURALS)}
    return forms


def _bare_forms(agency: Agency) -> set[str]:
    """The sector name without "Sở", whole and cut after its first part: weak on their own."""
    tokens = _name_tokens(agency.name)
    if agency.kind != "so" or tokens[0].fold != "so":
        return set()
    bare = tokens[1:]
    parts = _parts(agency.name.split(" ", 1)[1])
    forms = {
        _compact(t.fold for t in bare),
        _compact(t.fold for t in bare if t.fold not in CONNECTORS),
    }
    # The name cut after any of its words, as with "Sở": "văn hóa thể thao".
    for end in range(len(parts[0]), len(bare) + 1):
        forms.add(_compact(t.fold for t in bare[:end] if t.fold not in CONNECTORS))
    return forms


def _sector_shorts(agencies: Iterable[Agency]) -> dict[str, str]:
    """A department's short alias less its "Sở" ("Sở XD" -> "xd"): how its sector is typed
    after a sub-row's key ("406-11/xd", ux35 #5); only those one department's aliases give."""
    found: dict[str, set[str]] = {}
    for agency in agencies:
        if agency.kind != "so":
            continue
        for alias in agency.aliases:
            tokens = _name_tokens(alias)
            if len(tokens) == 2 and tokens[0].fold == "so" and tokens[1].raw.isupper():
                found.setdefault(tokens[1].fold, set()).add(agency.name)
    return {short: next(iter(names)) for short, names in found.items() if len(names) == 1}


class AgencyResolver:
    """Matches spans of a question against every form with spaces removed, so that "Sở TT&TT",
    "so tt tt", "STTTT" and "LĐ-TB&XH" all meet their agency.

    catalogue_phrases: compact folded phrases that read as catalogue wording or as service
    abbreviations; a form among them is weak. places: the provinces' names, folded ("tuyen
    quang"), for the bodies named after their province.
    """

    def __init__(
        self,
        agencies: dict[str, Agency],
        catalogue_phrases: frozenset[str] = frozenset(),
        places: frozenset[str] = frozenset(),
    ):
        self.forms: dict[str, tuple[str, bool]] = {}
        owners: dict[str, set[str]] = {}
        listed: dict[str, set[str]] = {}  # forms the register writes out: they win a collision
        strong: dict[str, bool] = {}
        placed: set[str] = set()  # bodies named after their province: "tỉnh" is their word
        for agency in agencies.values():
            explicit = {
                _compact(t.fold for t in tokenize(a)) for a in (agency.name, *agency.aliases)
            }
            # "UBND" is the committee's name shortened: an alias printed with one is printed
            # with the other too ("UBND các huyện" / "Ủy ban nhân dân các huyện: A, B")
            explicit |= {s for f in explicit for s in _spelt_committee(f)}
            local, unplaced = _local_forms(agency, places)
            if local:
                placed.add(agency.name)
            bare = _bare_forms(agency) | unplaced
            for form in explicit | generated_forms(agency) | local | bare:
                if not form:
                    continue
                owners.setdefault(form, set()).add(agency.name)
                if form in explicit:
                    listed.setdefault(form, set()).add(agency.name)
                is_strong = form not in bare and form not in catalogue_phrases
                strong[form] = strong.get(form, False) or is_strong
        # The words each agency's name and aliases spell out (not those in capitals, which are
        # abbreviations): a word typed with marks in a mention must be one of them.
        self.spelt: dict[str, frozenset[str]] = {
            agency.name: frozenset(
                t.fold
                for text in (agency.name, *agency.aliases)
                for t in _name_tokens(text)
                if not (len(t.raw) > 1 and t.raw.isupper())
            )
            # "Viễn thông tỉnh" typed with its marks
            | (frozenset({"tinh"}) if agency.name in placed else frozenset())
            for agency in agencies.values()
        }
        self._department_forms: list[str] | None = None
        self._shorts = _sector_shorts(agencies.values())
        # the district units (committees, a province's units): reader/district_offices.py
        self.districts = frozenset(n for n, a in agencies.items() if a.kind in (UNIT_KIND, "ubnd"))
        self.restated = {agency.name: _restatements(agency) for agency in agencies.values()}
        for form, names in owners.items():
            if len(names) > 1:
                names = listed.get(form, set())
            if len(names) == 1:
                self.forms[form] = (next(iter(names)), strong[form])
        # every start of a form: a span that starts none is no form however far it goes on, so
        # `mentions` stops there (a question's span is a few words, not MAX_SPAN)
        self._starts = frozenset(f[:k] for f in self.forms for k in range(1, len(f) + 1))

    def mentions(self, tokens: Sequence[Token]) -> list[AgencyMention]:
        """Every agency the question names, longest spans first, none overlapping."""
        found: list[AgencyMention] = []
        size, forms = len(tokens), self.forms
        for i in range(size):
            joined = ""
            for j in range(i, i + MAX_SPAN if i + MAX_SPAN < size else size):
                if tokens[j].is_number:
                    break
                joined += tokens[j].fold
                if joined and joined not in self._starts:
                    break
                hit = forms[joined] if joined in forms else None  # noqa: SIM401 (no call)
                if hit and self._as_typed(hit[0], tokens[i : j + 1]):
                    found.append(AgencyMention(hit[0], i, j + 1, hit[1]))
        if not found:
            found = self._misspelt(tokens)
        found.sort(key=lambda m: (-(m.end - m.start), -m.strong, m.start))
        chosen: list[AgencyMention] = []
        for m in found:
            if all(m.end <= c.start or m.start >= c.end for c in chosen):
                chosen.append(m)
        restated = [self._with_restated(tokens, m, chosen) for m in chosen]
        return sorted(restated, key=lambda m: m.start)

    def _with_restated(
        self, tokens: Sequence[Token], mention: AgencyMention, chosen: Sequence[AgencyMention]
    ) -> AgencyMention:
        """A unit's mention with its kind named again right after it ("... (UBND TP)") taken
        in: those words are the same unit, not the question's content."""
        kinds = self.restated.get(mention.name, frozenset())
        taken = {i for c in chosen if c is not mention for i in range(c.start, c.end)}
        end = mention.end
        joined = ""
        for j in range(mention.end, min(len(tokens), mention.end + 3)):
            if j in taken:
                break
            joined += tokens[j].fold
            if joined in kinds:
                end = j + 1
        return AgencyMention(mention.name, mention.start, end, mention.strong)

    def _as_typed(self, name: str, tokens: Sequence[Token]) -> bool:
        """Whether words typed with marks are words of the agency's name, not letters of an
        abbreviation: "cả tỉnh" (the whole province) is not "CA tỉnh" (Công an tỉnh). A mark
        of "đ" alone is an abbreviation's ("LĐTBXH")."""
        spelt = self.spelt.get(name, frozenset())
        return all(
            t.fold in spelt or t.raw.replace("đ", "d").isascii() for t in tokens if t.has_marks
        )

    def _misspelt(self, tokens: Sequence[Token]) -> list[AgencyMention]:
        """ "Sở Tài chánh", "so xay dumg": a department's name one letter off (two when long)."""
        if self._department_forms is None:
            self._department_forms = [
                f for f, (_, strong) in self.forms.items() if strong and f.startswith("so")
            ]
        found = []
        for i, t in enumerate(tokens):
            if t.fold != "so":
                continue
            joined = t.fold
            for j in range(i + 1, min(len(tokens), i + MAX_SPAN)):
                if tokens[j].is_number:
                    break
                joined += tokens[j].fold
                if len(joined) < MIN_FUZZY:
                    continue
                edits = 2 if len(joined) >= 2 * MIN_FUZZY else 1
                best = process.extractOne(
                    joined,
                    self._department_forms,
                    scorer=Levenshtein.distance,
                    score_cutoff=edits,
                )
                if best is not None:
                    found.append(AgencyMention(self.forms[best[0]][0], i, j + 1, True))
        return found

    def find(self, question: str) -> AgencyMention | None:
        """The longest agency mention in the question, leftmost on ties."""
        found = self.mentions(tokenize(question))
        return max(found, key=lambda m: (m.end - m.start, -m.start)) if found else None

    def resolve(self, text: str) -> str | None:
        """The agency that the whole text names, or the one it mentions."""
        tokens = tokenize(text)
        exact = self.forms.get(_compact(t.fold for t in tokens))
        if exact:
            return exact[0]
        mention = self.find(text)
        return mention.name if mention else None

    def sector_short(self, text: str) -> str | None:
        """The department whose short alias, less its "Sở", the whole text is ("xd": Sở Xây
        dựng), as a sub-row's sector is typed; None for anything else."""
        tokens = tokenize(text)
        return self._shorts.get(tokens[0].fold) if len(tokens) == 1 else None

    def whole(self, text: str) -> str | None:
        """The agency the whole text names ("So Y te", "SYT", "ubnd ham yen", "Sở Tài chánh"),
        None when it is no agency or says anything besides ("Sở Y tế xong")."""
        tokens = tokenize(text)
        if not tokens:
            return None
        exact = self.forms.get(_compact(t.fold for t in tokens))
        if exact:
            return exact[0]
        found = self.mentions(tokens)
        if len(found) == 1 and (found[0].start, found[0].end) == (0, len(tokens)):
            return found[0].name
        return None
