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
from knowledge.language.text import Token, tokenize
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
RECENT_READINGS = 4  # the readings whose compounds are kept (`Wording.compounds`)
Pair = tuple[str, str]


def name_words(name: str) -> list[str]:
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
            words = name_words(name)
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
            for a, b in itertools.pairwise(name_words(name)):
                after.setdefault(a, set()).add(b)
        self.kinds = frozenset(w for w, f in after.items() if len(f) >= HEAD_FOLLOWERS)
        # the last readings' compounds, newest first: an ask asks them of two or three readings
        # in turn (the catalogue's, the outside names', a row's), each several times
        self._recent: tuple[tuple[Sequence[Word], list[tuple[Word, Word]]], ...] = ()
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
        recent = self._recent
        for held, found in recent:
            if held is words:
                return found  # the same reading, asked again of several rows
        found = self._compounds(words)
        # read and written whole, so threads asking at once never see another's
        self._recent = ((words, found), *recent[: RECENT_READINGS - 1])
        return found

    def _compounds(self, words: Sequence[Word]) -> list[tuple[Word, Word]]:
        candidates = [
            (self.count[(word_key(a), word_key(b))], i, a, b)
            for i, (a, b) in enumerate(itertools.pairwise(words))
            if b.at == a.at + 1 and self.count[(word_key(a), word_key(b))] > 0
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
        row = matcher.doc_pairs(key)
        found = [
            a.at
            for a, b in self.compounds(words)
            if (a.exact or b.exact)
            and (word_key(a), word_key(b)) in row
            and (a.synonym or b.synonym or (word_key(a), word_key(b)) not in self.heads)
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
            pair = (word_key(a), word_key(b))
            shared = (a.exact or b.exact) and pair in row
            if shared and (a.synonym or b.synonym or pair not in self.heads):
                return True
        # three words side by side the row prints so: specific together, heads or not
        # ("giấy phép xây dựng")
        printed3 = set(zip(sequence, sequence[1:], sequence[2:], strict=False))
        for a, b, c in zip(words, words[1:], words[2:], strict=False):
            run = c.at == b.at + 1 == a.at + 2 and a.exact and b.exact and c.exact
            if run and (word_key(a), word_key(b), word_key(c)) in printed3:
                return True
        # of the words no compound took ("đăng ký | sinh" is no "ký … sinh")
        taken = {w.at for pair in compounds for w in pair}
        skipped = set(zip(sequence, sequence[2:], strict=False))
        return any(
            b.at == a.at + 1
            and not {a.at, b.at} & taken
            and a.exact
            and b.exact
            and (word_key(a), word_key(b)) in skipped
            and not self.count[(word_key(a), word_key(b))]
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
                if b.at == a.at + 1 and (word_key(a), word_key(b)) in row
            ),
            default=None,
        )
        for a, b in sorted(self.compounds(words), key=lambda pair: pair[0].at):
            pair = (word_key(a), word_key(b))
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
            if b.at == a.at + 1 and (word_key(a), word_key(b)) in row_pairs
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
        asked = {word_key(w) for w in words}
        for a, b in self.compounds(words):
            pair = (word_key(a), word_key(b))
            # the filler: the two words after it, neither of which the row explains in a phrase
            # and one at least not at all ("lương y": a word of no title before the "y" of "thú
            # y"; not "sang huyện khác", a slip and a word of the row's list), and nothing the
            # row explains after them (else the question only words the middle
            # its own way: "tiếp nhận | người lang thang | vào cơ sở …"), but for a word so many
            # titles print that it says nothing of which ("… kiến trúc sư | cấp ở đâu")
            filler = {b.at + 1, b.at + 2}
            # a word of a list the row prints after the compound stands alone there too
            # ("… nơi cư trú giữa các quận, huyện"): explained, though in no phrase
            later = after_pair(sequence, pair)
            explained_after = any(
                w.at > b.at + 2
                and (w.at not in unexplained or (w.at not in loose_at and word_key(w) in later))
                and matcher.df(word_key(w)) < COMMON_SHARE * matcher.n
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
            head, thing = word_key(a), word_key(b)
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


def after_pair(sequence: Sequence[str], pair: tuple[str, str]) -> set[str]:
    """The words a row prints after the first time it prints the pair."""
    for i in range(len(sequence) - 1):
        if (sequence[i], sequence[i + 1]) == pair:
            return set(sequence[i + 2 :])
    return set()


def word_key(word: Word) -> str:
    return word.known or word.typed
