"""The services other documents name outside the catalogues (Bắc Giang's portal lists, the
services a letter names), for telling a question about one of them from a row. Read with the
catalogues' wording (wording.py): a question holding more of such a name's wording than of any
row's asks about a service outside the catalogues.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from knowledge.language.text import Token, accent_key
from knowledge.reader.matching import Matcher
from knowledge.reader.question_words import Word
from knowledge.reader.wording import LEAD_WORDS, Pair, Wording, name_words, word_key


class Outside:
    """The services other documents name, for telling a question about one of them from a row:
    those that are a row's own service (one's wording holds the other's) are left out."""

    def __init__(self, names: Sequence[str], matcher: Matcher):
        kept = []
        for name in names:
            words = name_words(name)
            hits = matcher.search(name, limit=3)
            if not any(_same(words, matcher.doc_sequence(h.key)) for h in hits):
                kept.append(name)
        self.names = kept
        self.matcher = Matcher([(str(i), name) for i, name in enumerate(kept)])
        self.pairs = [set(itertools.pairwise(name_words(name))) for name in kept]
        self.words = [set(name_words(name)) for name in kept]
        self.leads = [_lead(name_words(name)) for name in kept]
        self.printed = frozenset(pair for pairs in self.pairs for pair in pairs)
        # what any name does: `closer` names one only for a compound of the question among these
        self.leading = frozenset(pair for lead in self.leads for pair in lead)

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
        if not self.names or not self._may_lead(wording, words, tokens):
            return None
        row = main.doc_pairs(key)
        held = sum(
            wording.weight((word_key(a), word_key(b)))
            for a, b in wording.compounds(words)
            if (word_key(a), word_key(b)) in row
        )
        # the question as these names read it: a word typed without marks that the catalogue
        # drops as conversation ("ban" as "bạn") is their wording when it pairs into it ("bán lẻ")
        own = self.matcher.words(tokens)
        compounds = wording.compounds(own) + wording.compounds(words)
        asked = {(word_key(a), word_key(b)) for a, b in compounds} | {
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
        mine = set(main.doc_sequence(key))
        for hit in self.matcher.rank(own, limit=3):
            pairs = self.pairs[int(hit.key)]
            printed = {(word_key(a), word_key(b)) for a, b in compounds if _printed(a, b, pairs)}
            if not printed & self.leads[int(hit.key)]:
                continue  # the question does not say what the name does ("công nhận hạng …")
            if printed <= self.leads[int(hit.key)] and {w for p in printed for w in p} <= mine:
                # "cấp phép | xây nhà": what the name does ("Cấp phép hoạt động giáo dục …")
                # and nothing of its thing, in words the row prints too ("cấp giấy phép"): the
                # row's act contracted, not that service ("cấp lần đầu" is another act)
                continue
            score = sum(wording.weight(p) for p in printed)
            if score > held or (score == held > 0 and unknown & self.words[int(hit.key)]):
                return self.names[int(hit.key)]
        return None

    def _may_lead(self, wording: Wording, words: Sequence[Word], tokens: Sequence[Token]) -> bool:
        """Whether a compound `closer` reads can say what some name does (a pair of its lead,
        keyed as `closer` keys it): without one no name is closer, and this list's own reading
        of the question (the cost of `closer`) is not needed. Its compounds are neighbouring
        words of either reading: the catalogue's, and this list's keys of the spelled-out
        tokens (a word repaired to this list's wording, else as typed)."""
        leading = self.leading
        if any((word_key(a), word_key(b)) in leading for a, b in wording.compounds(words)):
            return True
        matcher = self.matcher
        keys = [
            found[0] if (found := matcher.repair(t.fold)) else t.fold
            for t in matcher.spelled_out(tokens)[0]
        ]
        return any(pair in leading for pair in itertools.pairwise(keys))

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
    return (word_key(a), word_key(b)) in pairs or (a.typed, b.typed) in pairs


def _same(words: Sequence[str], row: Sequence[str]) -> bool:
    """The same service: one name's word pairs hold the other's ("Đăng ký khai sinh" in both),
    or the name holds every word of the row ("Cấp lại giấy phép khai thác thủy sản")."""
    pairs, printed = set(itertools.pairwise(words)), set(itertools.pairwise(row))
    if not (pairs and printed):
        return False
    return pairs <= printed or printed <= pairs or set(row) <= set(words)
