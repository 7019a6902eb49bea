"""How well a row explains a question, and whether the question asks about another service.

A row explains the question's words of content that it prints as typed (or in a pair it prints,
one word slipped); the rest are loose. A question about another service of the same kind shares
only heads with its best row, says more about something else, puts its own wording where the row
goes on with its own, or is held better by a service other documents name (knowledge.reader.
wording). Of close rows, the one whose specific wording comes first is the head of the phrase.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Sequence

from knowledge.language.text import Token
from knowledge.language.vocabulary import PREPOSITIONS, QUESTION_MARKED, QUESTION_WORDS
from knowledge.reader.evidence import unexplained
from knowledge.reader.list_asked import LIST_NOUNS
from knowledge.reader.matching import Matcher, expand_tokens
from knowledge.reader.outside_services import Outside
from knowledge.reader.question_words import Hit, Word
from knowledge.reader.wording import Wording

MIN_COVERAGE = 0.5  # a service must explain half of what the question says
WHOLE_ROW = 0.9  # ... or the question hold this much of the row's own wording
EVERY_WORD = 1 - 1e-9  # the whole of a row's wording, its rounding aside
CLOSE_RATIO = 0.75
NEAREST = 2  # rows shown beside "not in the catalogue", labelled as not the same
HEAD_WORDS = 2  # words of content of a head of the question's own
COMMON_SHARE = 1 / 3  # a word this share of the titles print names no service of its own
RARE_DF = 2  # a word in this few titles tells its row from the others


class Explaining:
    def __init__(self, matcher: Matcher, wording: Wording, outside: Outside | None):
        self.matcher = matcher
        self.wording = wording
        self.outside = outside

    def loose(self, words: Sequence[Word], tell: set[str], key: str) -> list[Word]:
        """The question's words of content that the row does not explain: unknown to it, in
        another row's wording only, or half of a compound typed without its partner."""
        row = self.matcher.doc_words_of(key)
        printed = self.matcher.doc_pairs(key)
        paired: set[int] = set()  # a pair the row prints, one word typed with a slip at most
        for a, b in itertools.pairwise(words):
            if b.at == a.at + 1 and (a.exact or b.exact) and (a.known, b.known) in printed:
                paired |= {a.at, b.at}
        words_of_content = [
            w
            for w in content(words)
            if not (w.known in tell and w.known in row) and w.at not in paired
        ]
        return unexplained(self.matcher, key, words_of_content)

    def elsewhere(
        self, key: str, words: Sequence[Word], tokens: Sequence[Token], loose: Sequence[Word]
    ) -> bool:
        """Whether the service asked about is another than the row: a service other documents
        name holds more of the question's wording, or the row shares only heads with a
        question that says more ("giấy phép" and "bán lẻ rượu")."""
        if self.outside and self.outside.closer(self.matcher, self.wording, key, words, tokens):
            return True
        if not loose:
            return False
        if self.wording.fills_slot(self.matcher, key, words, loose):
            return True
        if self.only_after_preposition(words, tokens, loose):
            return True
        share = self.row_share(key, words)
        if share < WHOLE_ROW and self.wording.leads_elsewhere(self.matcher, key, words):
            return True
        if share >= MIN_COVERAGE:
            return False
        if not self.wording.specific(self.matcher, key, words):
            return True
        # the question says more about something else than about the row ("cấp thẻ nhà báo")
        held = sum(w.weight for w in content(words) if w not in loose)
        return sum(w.weight for w in loose) >= held

    def only_after_preposition(
        self, words: Sequence[Word], tokens: Sequence[Token], loose: Sequence[Word]
    ) -> bool:
        """Whether the row explains only what a preposition opens, after a head of the
        question's own: two words of content or more, none the row explains, one a word no
        title knows ("hoàn thuế gtgt | cho | dự án đầu tư"). Vietnamese puts the
        service first; what follows "cho", "về", "của" is whom or what it is for."""
        found = content(words)
        unexplained = {id(w) for w in loose}
        first = next((w for w in found if id(w) not in unexplained), None)
        head = [w for w in found if first is not None and w.at < first.at]
        if first is None or len(head) < HEAD_WORDS or not any(w.known is None for w in head):
            return False
        if any(id(w) not in unexplained for w in head):
            return False
        expanded = expand_tokens(tokens, self.matcher.pair_accents)
        at = first.at
        if not 0 < at < len(expanded) or expanded[at].fold != first.typed:
            return False  # the words are not the tokens' (a break between them): no reading
        # "tự nguyện" typed unmarked is no "từ": a preposition that closes a pair a title
        # prints with the word after it is that title's wording
        before = expanded[at - 1]
        printed = self.matcher.printed_pair(before, expanded[at])
        return before in PREPOSITIONS and not printed and head[-1].at < at - 1

    def lone_margin(self, best: str, second: str, words: Sequence[Word]) -> bool:
        """Whether the best row leads the second only by words it explains alone, common to
        many titles, while the second prints every phrase of the question the best prints:
        "phí | gửi | xe máy" shares "xe gắn máy" with the registration of motorbikes as much as
        with the fee row, whose "phí" (of "lệ phí") is a syllable of many titles, apart from
        that phrase ("cấp đổi | căn cước" is the card row's verb beside its thing). Two rows the
        question tells apart no better: offered, not one said as sure."""
        mine, theirs = self.phrased(best, words), self.phrased(second, words)
        if not mine or not mine <= theirs:
            return False
        other = self.matcher.doc_words_of(second)
        row = self.matcher.doc_words_of(best)
        held = {w.known for w in content(words) if w.exact and w.known in row}
        if (
            held
            and held <= other
            and best.split("-")[0] == second.split("-")[0]
            and self.row_share(best, words) < MIN_COVERAGE
        ):
            # the same evidence for two rows of one decision, and the question not the best
            # one's own wording ("đăng ký thường trú" is 406-3 whole): a tie
            return True
        extra = [
            w
            for w in content(words)
            if w.exact
            and w.known in row
            and w.known not in other
            and not {w.at - 1, w.at, w.at + 1} & mine
        ]
        return bool(extra) and all(self.matcher.df(w.known or "") > RARE_DF for w in extra)

    def phrased(self, key: str, words: Sequence[Word]) -> set[int]:
        """The positions of the question's words a row prints side by side as typed."""
        found: set[int] = set()
        for a, b in itertools.pairwise(words):
            if b.at != a.at + 1 or not (a.exact and b.exact and a.known and b.known):
                continue
            if self.matcher.row_prints(key, a.token, b.token, (a.known, b.known)):
                found |= {a.at, b.at}
        return found

    def close_enough(
        self, key: str, words: Sequence[Word], tokens: Sequence[Token], loose: Sequence[Word]
    ) -> bool:
        """Whether a row that explains too little of the question to answer it still shares
        wording specific to it, and nothing says the question is about another service: worth
        offering as a choice ("giấy phép xây dựng cho hộ gia đình ở nông thôn")."""
        return self.wording.specific(self.matcher, key, words) and not self.elsewhere(
            key, words, tokens, loose
        )

    def aside(self, key: str, words: Sequence[Word], left: Sequence[Word]) -> bool:
        """Whether the words the row leaves unexplained tell the asker's circumstances rather
        than name another service: the question names the row's thing by its everyday name
        (a synonym spelling out wording the row prints, "sổ đỏ"), or no stray stands beside a
        word the row explains ("nhà 3 tầng ở phường … xin giấy phép xây nhà"), where another
        service's own word would stand ("khai thác khoáng sản", "xe tập lái"). A number is
        no stray: "nhà 3 tầng"."""
        strays = [w for w in left if not w.token.is_number]
        if not strays:
            return True
        if self.everyday_name(key, words):
            return True
        row = self.matcher.doc_words_of(key)
        held = {w.at for w in words if w.exact and w.known in row and w not in strays}
        return not any(w.at - 1 in held or w.at + 1 in held for w in strays)

    def other_act(self, key: str, words: Sequence[Word], left: Sequence[Word]) -> bool:
        """Whether a word no title explains stands right before the first word the row explains,
        where the row opens with an act the question does not type: Vietnamese says what is done
        before the thing, so "<an act of its own> | hộ chiếu phổ thông" against "Cấp hộ chiếu
        phổ thông" may be another service on the row's thing. Offered, not said as sure."""
        sequence = self.matcher.doc_sequence(key)
        row = set(sequence)
        stray = {id(w) for w in left if not w.token.is_number}
        held = [w for w in words if w.exact and w.known in row and id(w) not in stray]
        if not sequence or not held or any(w.known == sequence[0] for w in words):
            return False
        if held[0].synonym and self.everyday_name(key, words):
            # "sang tên | sổ đỏ": the row's own act in everyday words, said of its everyday
            # name; a word of its own before the row's own wording is not ("phúc khảo bài |
            # thi tốt nghiệp thpt")
            return False
        return any(w.at == held[0].at - 1 for w in left if id(w) in stray)

    def everyday_name(self, key: str, words: Sequence[Word]) -> bool:
        """Whether a synonym in the question spells out, in order, two words or more the row
        prints side by side: "sổ đỏ" is "quyền sử dụng đất", a thing of this row."""
        printed = self.matcher.doc_pairs(key)
        spelled = [w for w in words if w.synonym and w.known]
        return any(
            b.at <= a.at + 1 and (a.known, b.known) in printed
            for a, b in itertools.pairwise(spelled)
        )

    def offered(
        self,
        hits: Sequence[Hit],
        words: Sequence[Word],
        tokens: Sequence[Token],
        tell: set[str],
        stray: Sequence[Word],
    ) -> Hit | None:
        """Of rows that explain too little of the question to answer it, the first worth
        offering: one the words left over do not set apart as another service, and that shares
        wording specific to it; None when no row is such."""
        for hit in hits:
            left = unexplained(self.matcher, hit.key, stray)
            loose = self.loose(words, tell, hit.key)
            held = (
                self.aside(hit.key, words, left) or self.row_share(hit.key, words) >= MIN_COVERAGE
            )
            if held and self.close_enough(hit.key, words, tokens, loose):
                return hit
        return None

    def whole_rows(self, hits: Sequence[Hit], words: Sequence[Word]) -> tuple[Hit, ...]:
        """The close rows every word of whose own wording the question holds as printed."""
        return tuple(h for h in hits if self.row_share(h.key, words) >= EVERY_WORD)

    def holding(
        self, hits: Sequence[Hit], words: Sequence[Word], loose: Sequence[Word]
    ) -> tuple[Hit, ...]:
        """The close rows, the best aside, whose whole wording the question holds and which
        hold every word the best leaves loose, each put first in turn with the best beside."""
        left = {w.known for w in loose}
        whole = [
            h
            for h in self.whole_rows(hits[1:], words)
            if left and left <= self.matcher.doc_words_of(h.key)
        ]
        return (*whole, hits[0]) if whole else ()

    def row_share(self, key: str, words: Sequence[Word]) -> float:
        """The share of the row's own wording (its words by weight, function words aside) that
        the question holds as printed."""
        row = {w for w in self.matcher.doc_words_of(key) if w not in QUESTION_WORDS}
        held = {w.known for w in words if w.exact and w.known in row}
        total = sum(self.matcher.idf[w] for w in row)
        return sum(self.matcher.idf[w] for w in held) / total if total else 0.0

    def first_specific(self, hits: Sequence[Hit], words: Sequence[Word]) -> list[Hit]:
        """The hits with the close one whose specific wording comes first in the question put
        first. A row that shares only heads yields to one that shares more ("đăng ký thế chấp
        quyền sử dụng đất": the security interest, not the change of land rights), and of two
        rows each naming a compound, the first compound is the head of the phrase ("học phí
        đại học" is a fee, not a university's admission)."""
        if len(hits) < 2:
            return list(hits)
        close = [
            h
            for h in hits
            if h.score >= CLOSE_RATIO * hits[0].score and h.coverage >= MIN_COVERAGE
        ]
        at = {h.key: self.wording.first_specific(self.matcher, h.key, words) for h in close}
        placed = [h for h in close if at[h.key] is not None]
        if not placed:
            return list(hits)
        first = min(placed, key=lambda h: at[h.key] or 0)
        if first is hits[0] or at[first.key] == at.get(hits[0].key):
            return list(hits)
        return [first, *(h for h in hits if h is not first)]


def content(words: Sequence[Word]) -> list[Word]:
    """The words that carry weight and are not conversation, nor numbers ("nhà 3 tầng"). A word
    a synonym spelled out is the catalogue's wording, whatever function word it folds onto."""
    return [
        w
        for w in words
        if w.weight > 0
        and not w.chat
        and (w.synonym or w.token not in QUESTION_MARKED)
        and not w.token.is_number
    ]


def own_compound(matcher: Matcher, words: Sequence[Word], tell: Collection[str]) -> bool:
    """Whether two neighbouring words of content, each a catalogue word typed as printed and
    neither one a third of the titles print nor a word for rows or duties ("việc"), make a
    compound no title prints ("chứng thực"), and nothing of the question is wording a title
    prints: the name of a service of its own, in the catalogue's words ("công việc" is no
    service's)."""
    if tell:
        return False

    def named(w: Word) -> bool:
        return (
            w.exact
            and w.known is not None
            and w.known not in LIST_NOUNS
            and matcher.df(w.known) < COMMON_SHARE * matcher.n
        )

    found = content(words)
    return any(b.at == a.at + 1 and named(a) and named(b) for a, b in itertools.pairwise(found))


def nearest(hits: Sequence[Hit]) -> tuple[Hit, ...]:
    """The rows shown beside "not in the catalogue", labelled as other services."""
    return tuple(h for h in hits[:NEAREST] if h.coverage >= MIN_COVERAGE / 2)


def share(pairs: Sequence[tuple[str, str]], words: Sequence[Word]) -> float:
    """The share of the question's weight the words of these pairs carry."""
    weight = {w.known: w.weight for w in words if w.known}
    total = sum(w.weight for w in words)
    held = sum(weight.get(x, 0.0) for x in {x for pair in pairs for x in pair})
    return held / total if total > 0 else 0.0


def worth_suggesting(words: Sequence[Word], tell: set[str], dated: bool) -> bool:
    """Offer the closest rows when some catalogue wording was typed but not enough to answer,
    or when the question is one word a title prints as typed ("thuế"), not for "thời tiết".
    Several words that pair into no title's wording name something else ("cong chung", "cấp
    số nhà"), and so does one beside a period that was no deadline ("gia vang hom nay")."""
    if tell:
        return True
    found = content(words)
    printed = [w for w in found if w.exact and w.known and len(w.known) > 2]
    return len(found) == 1 and bool(printed) and not dated
