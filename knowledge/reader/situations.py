"""A citizen's situation relayed in everyday words, read as the catalogue row it needs.

"thuê phòng trọ cả năm, chủ nhà bảo phải khai với công an" prints no title's wording, yet names
the act of 406-4 (living somewhere for a while), whom it concerns and to whom it is declared. The
everyday names of each row's act, thing, beneficiary and the life event behind it are reviewed
lexicon data (knowledge/language/everyday*.py); here they are weighed as evidence: a row is read
from a situation when two pieces of evidence of different kinds point at it (an event and the act,
the thing and whom it serves, ...) or one everyday name of the whole service; a pair of words the
row's title prints as typed is one piece more. Such a reading is a story, not the title's
wording: the rows are offered ("Có phải bạn hỏi…"), the best evidenced first, never said as sure.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from knowledge.language.everyday import ROLE_WEIGHTS, Everyday
from knowledge.language.everyday_406 import EVERYDAY_406
from knowledge.language.everyday_411 import EVERYDAY_411
from knowledge.language.text import MarkedPhrases, MarkedWords, Token, Tokens
from knowledge.language.vocabulary import WHAT_WORDS
from knowledge.reader.list_asked import asks_for_a_list
from knowledge.reader.matching import Matcher
from knowledge.reader.own_rows import prints_a_pair, said_otherwise
from knowledge.reader.parse import Parsed
from knowledge.reader.question_words import Hit, Word
from knowledge.reader.reading import Reading
from knowledge.reader.row_reading import SUGGESTIONS, RowReading
from knowledge.reader.row_wording import foreign_pairs, foreign_qualifier

FEW = 3  # an act's entry serving this many rows or fewer names their own act
ENOUGH = 2  # the evidence a row needs to be read from a situation
TITLE = "title"  # a word pair the row's title prints, typed as printed
WIDE_SHARE = 1 / 5  # a pair this share of the titles print says nothing of which row
# Vietnam's social pension starts at 80 (the elderly with no pension): "cụ 82 tuổi" is whom
# 406-30's monthly allowance serves
PENSION_AGE = 80
AGE_WORD = MarkedWords("tuổi")
AGE_ROW = "406-30"


@dataclass(frozen=True)
class _Phrase:
    words: tuple[MarkedWords, ...]
    entry: Everyday
    # each word's one fold: a phrase whose folds the tokens do not spell is passed over before
    # any word's marks are tried (a question's first words open ~60 phrases)
    folds: tuple[str, ...] = ()


def _marked(said: str) -> tuple[MarkedWords, ...]:
    """A phrase's words as printed. A phrase of one word counts only typed with its marks, when
    it has any: alone, "bão" (a storm) typed "bao" is the "bao" of "bao giờ"."""
    words = said.split()
    if len(words) == 1:
        return (MarkedWords(said, marked_only=said),)
    return tuple(MarkedWords(w) for w in words)


class Situations:
    """The everyday names of the rows, looked up in a question's typed words."""

    def __init__(self, entries: Iterable[Everyday]):
        self.entries = tuple(entries)
        self.by_first: dict[str, list[_Phrase]] = defaultdict(list)
        for entry in self.entries:
            for said in entry.said:
                words = _marked(said)
                folds = tuple(next(iter(w.folds)) for w in words)
                for first in words[0].folds:
                    self.by_first[first].append(_Phrase(words, entry, folds))
        self.unless = {id(e): MarkedPhrases(e.excluded) for e in self.entries if e.excluded}
        # The last question's phrases: an ask looks them up in the same tokens two to four times
        # (the evidence, the spans, the own acts, a deadline's story). Kept only for a parse's
        # `Tokens` (a tuple: never changed) and by identity; one slot, read and written whole,
        # so threads asking at once never see another's.
        self._last: tuple[Tokens, tuple[tuple[int, int, Everyday], ...]] | None = None

    def found(self, tokens: Sequence[Token]) -> list[tuple[int, int, Everyday]]:
        """The entries the tokens type: (start, end, entry), the longest phrase at a place; a
        phrase inside a longer one found before is not read again ("tiền chôn cất" is not also
        "chôn cất")."""
        last = self._last
        if last is not None and last[0] is tokens:
            return list(last[1])
        found = self._found(tokens)
        if tokens.__class__ is Tokens:
            self._last = (tokens, tuple(found))
        return found

    def _found(self, tokens: Sequence[Token]) -> list[tuple[int, int, Everyday]]:
        spans: list[tuple[int, int, Everyday]] = []
        reach = 0
        folds = tuple(t.fold for t in tokens)
        for i, token in enumerate(tokens):
            fitting = [
                p
                for p in self.by_first.get(token.fold, ())
                if folds[i : i + len(p.folds)] == p.folds
                and all(tokens[i + k] in p.words[k] for k in range(len(p.words)))
            ]
            if not fitting:
                continue
            n = max(len(p.words) for p in fitting)
            if i + n <= reach:
                continue
            spans += [(i, i + n, p.entry) for p in fitting if len(p.words) == n]
            reach = i + n
        return [
            (s, e, entry)
            for s, e, entry in spans
            if not (id(entry) in self.unless and self.unless[id(entry)].positions(tokens))
        ]

    def evidence(self, tokens: Sequence[Token]) -> dict[str, set[str]]:
        """The kinds of evidence the tokens hold for each row."""
        kinds: dict[str, set[str]] = defaultdict(set)
        for _, _, entry in self.found(tokens):
            for key in entry.keys:
                kinds[key].add(entry.role)
        if _pension_age(tokens):
            kinds[AGE_ROW].add("who")
        return kinds

    def spans(self, tokens: Sequence[Token]) -> dict[str, set[int]]:
        """For each row, the tokens (by identity) of the phrases found for it."""
        found: dict[str, set[int]] = defaultdict(set)
        for start, end, entry in self.found(tokens):
            for key in entry.keys:
                found[key] |= {id(t) for t in tokens[start:end]}
        return found

    def own_acts(self, tokens: Sequence[Token]) -> set[str]:
        """The rows whose own act the tokens name in everyday words, by an entry specific to a
        few rows ("khắc lại con dấu"; not "đưa vào trung tâm", every centre's), or the whole
        service by its everyday name ("không có tiền án")."""
        return {
            key
            for _, _, entry in self.found(tokens)
            if entry.role in ("act", "whole") and len(entry.keys) <= FEW
            for key in entry.keys
        }


def _pension_age(tokens: Sequence[Token]) -> bool:
    """An age of the social pension typed as a number before "tuổi" ("tròn 80 tuổi")."""
    return any(
        a.is_number and a.fold.isdecimal() and int(a.fold) >= PENSION_AGE and b in AGE_WORD
        for a, b in itertools.pairwise(tokens)
    )


SITUATIONS = Situations(EVERYDAY_406 + EVERYDAY_411)


def weight(kinds: set[str]) -> int:
    return sum(ROLE_WEIGHTS.get(k, 1) for k in kinds)


def situation_rows(
    matcher: Matcher,
    tokens: Sequence[Token],
    words: Sequence[Word],
    keep: Iterable[str] | None = None,
    situations: Situations = SITUATIONS,
) -> list[Hit]:
    """The rows the situation points at with enough evidence, the best evidenced first; of rows
    evidenced alike, the one whose title holds more of the question's words ("tỉnh" against
    "huyện" of the centres' rows). keep: the rows that may be read (the province's)."""
    kinds = situations.evidence(tokens)
    allowed = None if keep is None else set(keep)
    spans = situations.spans(tokens)
    for key in list(kinds):
        if allowed is not None and key not in allowed:
            del kinds[key]
            continue
        # the title's pair is evidence of its own only outside the phrases already counted
        # ("xe ô tô" is one thing, not a thing and a title's pair) and where few titles print
        # it ("đăng ký" opens a fifth of them)
        said = spans.get(key, set())
        apart = _uncut([w for w in words if id(w.token) not in said])
        if prints_a_pair(matcher, key, apart, rare=WIDE_SHARE):
            kinds[key].add(TITLE)
    strong = {k: weight(v) for k, v in kinds.items() if weight(v) >= ENOUGH}
    if not strong:
        return []
    # only the evidenced rows are ranked: a Hit for every row of a grown catalogue (10,000) cost
    # ask's p99 tenfold (bench_matching)
    evidenced = matcher.mask_of(strong)
    titled = {h.key: h.score for h in matcher.rank(words, limit=len(strong), allowed=evidenced)}
    order = sorted(strong, key=lambda k: (-strong[k], -titled.get(k, 0.0)))
    return [Hit(k, float(strong[k]), 0.0) for k in order]


def _uncut(words: Sequence[Word]) -> list[Word]:
    """The words, less each one that opens a compound of the question's own with the word
    right after it, a word no title prints as typed ("tạm | hoãn" where a title prints "tạm
    trú"): that word is no half of a title's pair, however the word before pairs with it."""
    cut = {
        id(a)
        for a, b in itertools.pairwise(words)
        if b.at == a.at + 1
        and (b.known is None or not b.exact)
        and not b.chat
        and not b.token.is_number
    }
    return [w for w in words if id(w) not in cut]


def situation_offer(
    reader: RowReading, reading: Reading, parsed: Parsed, asker: str | None
) -> Reading | None:
    """The rows a relayed situation points at, offered, where the reading found no row
    (absent, unknown), only the agency the situation is declared to, or rows offered from the
    title's words alone that the situation's evidence puts behind others; None otherwise.
    Never against a reading said as sure, an agency's list asked for, or a row the question
    says it does not mean."""
    offered = reading.intent in ("suggest", "service") and not reading.sure
    if reading.intent == "agency":
        # "Sở Tư pháp phải làm gì", "… những mục nào": the agency's list is asked; a story
        # told by an officer of the agency ("em ở Sở Tư pháp, có bạn … xin online được không")
        # asks of one service
        if asks_for_a_list(parsed) or WHAT_WORDS.any_in(parsed.tokens):
            return None
    elif reading.intent == "deadline":
        # "bằng b2 sắp hết hạn, muốn đổi …": a period inside a situation's phrase, or right
        # after the thing it names, is the story's (the paper about to expire), no question of
        # what falls due
        phrases = SITUATIONS.found(parsed.tokens)
        if not parsed.periods or not all(
            any(
                (s <= p.start and p.end <= e) or (p.start == e and entry.role == "thing")
                for s, e, entry in phrases
            )
            for p in parsed.periods
        ):
            return None
    elif reading.intent not in ("absent", "unknown") and not offered:
        return None
    words = reader.words(parsed)
    found = [
        h
        for h in situation_rows(reader.matcher, parsed.tokens, words)
        if not said_otherwise(reader, h.key, parsed, words, rare=False)
        # an act the question asks that the row's title does not print (acts_asked.py): another
        # service on the row's thing, whatever the story around it says
        and not reader.acts_done.undone(h.key, parsed.tokens)
        # a qualifier of the question's own on the row's thing ("bằng lái | quốc tế")
        and not foreign_qualifier(reader.matcher, h.key, words)
    ]
    weighed = {h.key for h in reading.hits} if reading.intent == "absent" else set()
    if weighed & {h.key for h in found}:
        # the reader weighed the question against these rows' own wording and found another
        # service beside them: a near neighbour ("kéo dài giấy phép xây nhà"), unless the story
        # names a row's own act in everyday words ("khắc lại con dấu"). Rows weighed that the
        # story does not point at (a title sharing a stray word) say nothing of it.
        own = SITUATIONS.own_acts(parsed.tokens)
        found = [h for h in found if h.key in own]
    if reading.intent == "absent":
        # the reader found a thing of its own beside the rows' wording. Told in a row's own
        # title wording ("vi phạm hành chính", "môi trường"), a question that also names its
        # service in other titles' wording the row does not print ("giấy phép" where the row is
        # a "kế hoạch", another field) asks another procedure on its object, not the row; a
        # pair the row's roles or dates print ("hộ gia đình" of its rollout) is the row's own,
        # and a story in everyday words ("dạy hợp đồng") names no procedure
        found = [h for h in found if not _other_procedure(reader, h.key, words)]
    if not found:
        return _unheld(reader, reading, parsed, asker)
    if offered:
        first = reading.hits[0].key if reading.hits else None
        # the title's own wording typed for the first row offered says more than a story; an
        # everyday name spelled out as a title's wording ("sổ đỏ") is the story's own word
        typed = [w for w in words if not w.synonym]
        if first == found[0].key or (first and prints_a_pair(reader.matcher, first, typed)):
            return None
        rest = [h for h in reading.hits if h.key not in {f.key for f in found}]
        hits = (*found, *rest)
    else:
        hits = tuple(found)
    # the agency the question named or the asker's: its part in the rows offered is said
    return Reading("suggest", agency=reading.agency or asker, hits=hits[:SUGGESTIONS], sure=False)


def _unheld(
    reader: RowReading, reading: Reading, parsed: Parsed, asker: str | None
) -> Reading | None:
    """A question read as nothing the bot knows that tells a situation in two everyday names of
    the catalogue's services or more ("người già", "neo đơn"), none of them enough for one row:
    a service no row holds, "not in the catalogue" with the rows they point at beside, never
    "not understood"; None otherwise."""
    if reading.intent != "unknown":
        return None
    phrases = SITUATIONS.found(parsed.tokens)
    if len({(s, e) for s, e, _ in phrases}) < ENOUGH:
        return None
    counts: dict[str, int] = defaultdict(int)
    for _, _, entry in phrases:
        for key in entry.keys:
            counts[key] += 1
    near = sorted(counts, key=lambda k: -counts[k])[:SUGGESTIONS]
    hits = tuple(Hit(k, float(counts[k]), 0.0) for k in near)
    return Reading("absent", agency=reading.agency or asker, hits=hits, asked=reader.asked(parsed))


def _other_procedure(reader: RowReading, key: str, words: Sequence[Word]) -> bool:
    """Whether the words name, beside the row's own title wording, a service in wording other
    titles print that the row's whole text does not (situation_offer)."""
    if not prints_a_pair(reader.matcher, key, words, rare=WIDE_SHARE):
        return False
    told = reader.told.get(key, frozenset())
    return any(p not in told for p in foreign_pairs(reader.matcher, key, words))
