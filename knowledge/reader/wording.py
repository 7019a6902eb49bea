"""How specific the question's service wording is, read off every service name the documents
print: the catalogues' titles and the services the provinces' documents name outside them
(Bắc Giang's lists of its portal's services, the services a letter names).

Vietnamese service names are a head — what is done and to which paper: "cấp giấy phép", "đăng
ký", "giấy chứng nhận đủ điều kiện", "chứng chỉ hành nghề" — then what it is about: "xây dựng
nhà ở riêng lẻ", "bán lẻ rượu", "thú y". A head is printed in many names, each time before
something else; the words after it are what tells one service from another. So a question whose
only wording in common with a row is a head, and which says something the row does not, asks
about another service of that kind ("giấy phép bán lẻ rượu" is not "giấy phép xây dựng"). And
a service another document names, which holds more of the question's wording than any row,
is a service outside the catalogues.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Sequence

from knowledge.catalogue.model import Catalogue
from knowledge.language.text import Token, accent_key, tokenize
from knowledge.language.vocabulary import QUESTION_MARKED, QUESTION_WORDS, WORK_WORDS
from knowledge.reader.matching import Matcher, expand_words
from knowledge.reader.question_words import Word

# A pair printed in this many names, before this many different words (or the name's end), is
# a head: "giấy phép", "đăng ký", "chứng chỉ", "hành nghề", "đủ điều kiện", "thông báo".
HEAD_NAMES = 4
HEAD_FOLLOWERS = 3
HEAD_TITLES = 3  # ... and in this many of the catalogues' own titles
HEAD_WEIGHT = 0.5  # a head tells half as much of which service as other wording
LEAD_WORDS = 4  # a name's first words, which say what it does
COMMON_SHARE = 1 / 3  # a word this share of the titles print says nothing of which ("cấp")
END = ""
Pair = tuple[str, str]


def _words(name: str) -> list[str]:
    return expand_words([t.fold for t in tokenize(name)])


def outside_names(catalogue: Catalogue) -> list[str]:
    """The services the provinces' documents name that are not catalogue rows' own text."""
    names = [s.service for p in catalogue.provinces.values() for s in p.stats]
    names += [n for p in catalogue.provinces.values() for n in p.named_services]
    return sorted(set(names))


class Wording:
    """The word pairs service names print: in how many names, and before how many words.

    A head is one in many names before many words, and in several of the catalogues' titles
    too: the other documents' long lists of one kind of service ("dự án đầu tư" in a dozen of
    Bắc Giang's) do not make a catalogue row's own wording a head."""

    def __init__(self, titles: Iterable[str], others: Iterable[str] = ()):
        self.count: Counter[Pair] = Counter()
        in_titles: Counter[Pair] = Counter()
        followers: dict[Pair, set[str]] = {}
        titles = set(titles)
        for name in titles | set(others):
            words = _words(name)
            for i, pair in enumerate(itertools.pairwise(words)):
                followers.setdefault(pair, set()).add(words[i + 2] if i + 2 < len(words) else END)
            pairs = set(itertools.pairwise(words))
            self.count.update(pairs)
            if name in titles:
                in_titles.update(pairs)
        self.followers = {p: len(f) for p, f in followers.items()}
        # the words the catalogues' titles print after each word: a word printed before many
        # ("thẻ căn cước", "thẻ bảo hiểm y tế", …) names a kind of paper or duty
        after: dict[str, set[str]] = {}
        for name in titles:
            for a, b in itertools.pairwise(_words(name)):
                after.setdefault(a, set()).add(b)
        self.kinds = frozenset(w for w, f in after.items() if len(f) >= HEAD_FOLLOWERS)
        self._last: tuple[Sequence[Word], list[tuple[Word, Word]]] | None = None
        self.heads = frozenset(
            p
            for p, c in self.count.items()
            if c >= HEAD_NAMES
            and len(followers[p]) >= HEAD_FOLLOWERS
            and in_titles[p] >= HEAD_TITLES
        )

    def compounds(self, words: Sequence[Word]) -> list[tuple[Word, Word]]:
        """The question's words read as compounds: adjacent pairs some name prints, the most
        printed first, none sharing a word ("đăng ký | dự | tuyển", not "ký dự")."""
        last = self._last
        if last is not None and last[0] is words:
            return last[1]  # the same reading, asked again of several rows
        found = self._compounds(words)
        self._last = (words, found)
        return found

    def _compounds(self, words: Sequence[Word]) -> list[tuple[Word, Word]]:
        candidates = [
            (self.count[(_key(a), _key(b))], i, a, b)
            for i, (a, b) in enumerate(itertools.pairwise(words))
            if b.at == a.at + 1 and self.count[(_key(a), _key(b))] > 0
        ]
        taken: set[int] = set()
        found = []
        for _, i, a, b in sorted(candidates, key=lambda c: (-c[0], c[1])):
            if i in taken or i + 1 in taken:
                continue
            taken |= {i, i + 1}
            found.append((a, b))
        return found

    def fills(self, tokens: Sequence[Token], at: int) -> bool:
        """Whether the word at `at` follows a compound that names print before many different
        words ("chứng chỉ hành nghề | xây dựng"): it says which service of that kind, even when
        it also names an agency."""
        if at < 2:
            return False
        pair = (tokens[at - 2].fold, tokens[at - 1].fold)
        return self.followers.get(pair, 0) >= HEAD_FOLLOWERS

    def weight(self, pair: Pair) -> float:
        """What a shared compound tells of which service: a head half as much."""
        return HEAD_WEIGHT if pair in self.heads else 1.0

    def first_specific(self, matcher: Matcher, key: str, words: Sequence[Word]) -> int | None:
        """Where the first compound the question shares with the row that is not a head stands
        in the question (a synonym's counts too), or None."""
        row = set(itertools.pairwise(matcher.doc_sequence(key)))
        found = [
            a.at
            for a, b in self.compounds(words)
            if (a.exact or b.exact)
            and (_key(a), _key(b)) in row
            and (a.synonym or b.synonym or (_key(a), _key(b)) not in self.heads)
        ]
        return min(found) if found else None

    def specific(self, matcher: Matcher, key: str, words: Sequence[Word]) -> bool:
        """Whether the question shares with the row a compound that is not a head, or one
        spelled out from an officer's everyday name for a service (a reviewed synonym). One of
        its words may be typed with other marks ("xây dưng"): a slip inside a printed pair. Two
        words the row prints with one between them are such a compound too, when no name
        prints them side by side ("xây nhà" for "xây dựng nhà", "mẫu dấu" for "mẫu con dấu")."""
        sequence = matcher.doc_sequence(key)
        row = set(itertools.pairwise(sequence))
        compounds = self.compounds(words)
        for a, b in compounds:
            pair = (_key(a), _key(b))
            shared = (a.exact or b.exact) and pair in row
            if shared and (a.synonym or b.synonym or pair not in self.heads):
                return True
        # three words side by side the row prints so: specific together, heads or not
        # ("giấy phép xây dựng")
        printed3 = set(zip(sequence, sequence[1:], sequence[2:], strict=False))
        for a, b, c in zip(words, words[1:], words[2:], strict=False):
            run = c.at == b.at + 1 == a.at + 2 and a.exact and b.exact and c.exact
            if run and (_key(a), _key(b), _key(c)) in printed3:
                return True
        # of the words no compound took ("đăng ký | sinh" is no "ký … sinh")
        taken = {w.at for pair in compounds for w in pair}
        skipped = set(zip(sequence, sequence[2:], strict=False))
        return any(
            b.at == a.at + 1
            and not {a.at, b.at} & taken
            and a.exact
            and b.exact
            and (_key(a), _key(b)) in skipped
            and not self.count[(_key(a), _key(b))]
            for a, b in itertools.pairwise(words)
        )

    def leads_elsewhere(self, matcher: Matcher, key: str, words: Sequence[Word]) -> bool:
        """Whether the question's first compound that is not a head is one only other documents'
        names print: the head of the phrase names the service, what follows qualifies it
        ("đăng ký kết hôn | với người nước ngoài" is about marriage, not the visa row)."""
        sequence = matcher.doc_sequence(key)
        row = set(itertools.pairwise(sequence)) | set(zip(sequence, sequence[2:], strict=False))
        # where the row's own wording starts in the question: a compound after it qualifies
        # what the row names, or asks about it ("… sổ đỏ thì bên em có | liên quan | không")
        start = min(
            (
                a.at
                for a, b in itertools.pairwise(words)
                if b.at == a.at + 1 and (_key(a), _key(b)) in row
            ),
            default=None,
        )
        for a, b in sorted(self.compounds(words), key=lambda pair: pair[0].at):
            pair = (_key(a), _key(b))
            if start is not None and a.at > start:
                return False
            if pair in self.heads or a.chat or b.chat:
                continue
            # printed by other names only: no title of the catalogues prints it
            return pair not in row and pair not in matcher.pairs and not (a.synonym or b.synonym)
        return False

    def fills_slot(
        self, matcher: Matcher, key: str, words: Sequence[Word], loose: Sequence[Word]
    ) -> bool:
        """Whether the question puts its own wording after a compound that names take before
        many different words, where the row goes on with wording of its own: "chứng chỉ
        hành nghề | kiến trúc" against "… hành nghề | lĩnh vực thú y", "đăng ký | tạm ngừng
        kinh doanh" against "đăng ký | thành lập hộ kinh doanh". Another service of that kind."""
        sequence = matcher.doc_sequence(key)
        row_pairs = set(itertools.pairwise(sequence))
        # the words the row explains in a phrase: beside a neighbour of the question, as the
        # row prints them side by side ("thú y"); a word it prints only elsewhere, beside other
        # words ("lương | y", "vô tuyến | điện" against "thú y", "điện lực"), is no phrase of it
        phrased = {
            w.at
            for a, b in itertools.pairwise(words)
            if b.at == a.at + 1 and (_key(a), _key(b)) in row_pairs
            for w in (a, b)
        }
        loose_at = {w.at for w in loose}
        lone = {
            w.at
            for w in words
            if w.at not in phrased
            and w.weight > 0
            and not w.chat
            and w.token not in QUESTION_MARKED
        }
        unexplained = loose_at | lone
        asked = {_key(w) for w in words}
        for a, b in self.compounds(words):
            pair = (_key(a), _key(b))
            # the filler: the two words after it, neither of which the row explains in a phrase
            # and one at least not at all ("lương y": a word of no title before the "y" of "thú
            # y"; not "sang huyện khác", a slip and a word of the row's list), and nothing the
            # row explains after them (else the question only words the middle
            # its own way: "tiếp nhận | người lang thang | vào cơ sở …"), but for a word so many
            # titles print that it says nothing of which ("… kiến trúc sư | cấp ở đâu")
            filler = {b.at + 1, b.at + 2}
            explained_after = any(
                w.at > b.at + 2
                and w.at not in unexplained
                and matcher.df(_key(w)) < COMMON_SHARE * matcher.n
                for w in words
            )
            if (
                self.followers.get(pair, 0) < HEAD_FOLLOWERS
                or not filler <= unexplained
                or not filler & loose_at
                or explained_after
            ):
                continue
            goes_on = [
                sequence[i + 2]
                for i in range(len(sequence) - 2)
                if (sequence[i], sequence[i + 1]) == pair
            ]
            if any(word not in QUESTION_WORDS and word not in asked for word in goes_on):
                return True
        return False

    def kind_unprinted(self, matcher: Matcher, key: str, words: Sequence[Word]) -> bool:
        """Whether the question names a kind no name prints: a word the titles print before
        many different words ("thẻ"), which the row does not hold, right before the row's own
        wording, beside which no name prints it ("thẻ | tạm trú" against "gia hạn tạm trú").
        The row's thing is another kind of paper than the one asked about."""
        sequence = matcher.doc_sequence(key)
        row = set(sequence)
        for n, (a, b) in enumerate(itertools.pairwise(words)):
            head, thing = _key(a), _key(b)
            if b.at != a.at + 1 or head in row or thing not in row or head not in self.kinds:
                continue
            if sequence and thing == sequence[0]:
                continue  # before the row's verb ("dân | đăng ký …"): who does it, no kind
            # a word of the talk typed without marks ("the" as "thế") is the titles' word where
            # it closes a pair they print with the word before ("cap the" is "cấp thẻ")
            talk = a.chat or a.token in QUESTION_MARKED
            if (talk and not (n and matcher.typed_pair(words[n - 1], a))) or (
                a.token in WORK_WORDS
            ):
                continue
            if b.chat or b.token in QUESTION_MARKED or b.synonym or a.synonym:
                # "… | cần bảo vệ": a function word, no thing the row names; "hồ sơ | cấp
                # phép" read as "giấy phép": the row's wording, not what was typed
                continue
            if (head, thing) not in self.count:
                return True
        return False


def _key(word: Word) -> str:
    return word.known or word.typed


class Outside:
    """The services other documents name, for telling a question about one of them from a row:
    those that are a row's own service (one's wording holds the other's) are left out."""

    def __init__(self, names: Sequence[str], matcher: Matcher):
        kept = []
        for name in names:
            words = _words(name)
            hits = matcher.search(name, limit=3)
            if not any(_same(words, matcher.doc_sequence(h.key)) for h in hits):
                kept.append(name)
        self.names = kept
        self.matcher = Matcher([(str(i), name) for i, name in enumerate(kept)])
        self.pairs = [set(itertools.pairwise(_words(name))) for name in kept]
        self.words = [set(_words(name)) for name in kept]
        self.leads = [_lead(_words(name)) for name in kept]
        self.printed = frozenset(pair for pairs in self.pairs for pair in pairs)

    def closer(
        self,
        main: Matcher,
        wording: Wording,
        key: str,
        words: Sequence[Word],
        tokens: Sequence[Token],
    ) -> str | None:
        """A service named outside the catalogues that prints more of the question's compounds
        than the row does, a head counting half (the row wins a tie), or None. words: the
        question as the catalogue's matcher reads it; tokens: as typed, for this list's own
        reading."""
        if not self.names:
            return None
        row = set(itertools.pairwise(main.doc_sequence(key)))
        held = sum(
            wording.weight((_key(a), _key(b)))
            for a, b in wording.compounds(words)
            if (_key(a), _key(b)) in row
        )
        # the question as these names read it: a word typed without marks that the catalogue
        # drops as conversation ("ban" as "bạn") is their wording when it pairs into it ("bán lẻ")
        own = self.matcher.words(tokens)
        compounds = wording.compounds(own) + wording.compounds(words)
        asked = {(_key(a), _key(b)) for a, b in compounds} | {
            (a.typed, b.typed) for a, b in compounds
        }
        # words no title knows: a name that holds them as well as the row's compounds wins the
        # tie ("chứng chỉ hành nghề dược")
        unknown = {
            w.typed
            for w in words
            if (w.known is None or not w.exact) and w.weight > 0 and not w.chat
        }
        if not unknown and sum(wording.weight(p) for p in asked - row) <= 0:
            return None  # the row prints every compound of the question: none can hold more
        for hit in self.matcher.rank(own, limit=3):
            pairs = self.pairs[int(hit.key)]
            printed = {(_key(a), _key(b)) for a, b in compounds if _printed(a, b, pairs)}
            if not printed & self.leads[int(hit.key)]:
                continue  # the question does not say what the name does ("công nhận hạng …")
            score = sum(wording.weight(p) for p in printed)
            if score > held or (score == held > 0 and unknown & self.words[int(hit.key)]):
                return self.names[int(hit.key)]
        return None

    def named_after_act(
        self, matcher: Matcher, acts: dict[str, set[str]], tokens: Sequence[Token]
    ) -> bool:
        """Whether the question opens with an act the titles open with and goes on with a pair
        of words a service other documents name prints and no title does: "cấp | bản sao
        trích lục hộ tịch" (the Bắc Giang list prints "bản sao", "hộ tịch") asks a service,
        one no row holds. tokens: the question's residue, its frame left out."""
        if len(tokens) < 3 or tokens[0].fold not in acts:
            return False
        first = tokens[0]
        if first.has_marks and accent_key(first.raw) not in acts[first.fold]:
            return False
        return any(
            (a.fold, b.fold) in self.printed and not matcher.printed_pair(a, b)
            for a, b in itertools.pairwise(tokens[1:])
        )

    def names_a_service(self, words: Sequence[Word]) -> bool:
        """Whether a word of the question that no catalogue title knows is a word of a service
        another document names ("karaoke", the "luật" of "luật sư")."""
        return any(
            w.known is None
            and w.weight > 0
            and w.typed in self.matcher.idf
            and self.matcher.as_printed(w.token, w.typed)  # "nghỉ" is not "hội nghị"
            for w in words
        )


def _lead(words: list[str]) -> set[Pair]:
    """What a name does: the pairs of its first words ("cấp giấy phép", "tạm ngừng", "công nhận
    hạng"), after the "thủ tục" some names open with."""
    if words[:2] == ["thu", "tuc"]:
        words = words[2:]
    return set(itertools.pairwise(words[:LEAD_WORDS]))


def _printed(a: Word, b: Word, pairs: set[Pair]) -> bool:
    """A compound printed in a name, as repaired to the catalogue's words or as typed."""
    return (_key(a), _key(b)) in pairs or (a.typed, b.typed) in pairs


def _same(words: Sequence[str], row: Sequence[str]) -> bool:
    """The same service: one name's word pairs hold the other's ("Đăng ký khai sinh" in both),
    or the name holds every word of the row ("Cấp lại giấy phép khai thác thủy sản")."""
    pairs, printed = set(itertools.pairwise(words)), set(itertools.pairwise(row))
    if not (pairs and printed):
        return False
    return pairs <= printed or printed <= pairs or set(row) <= set(words)
