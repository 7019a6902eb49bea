"""Whether a question names another service of the same kind than a row it shares words with:
its own word where the row prints a rare one ("khai thác khoáng sản" against "khai thác thủy sản").
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Literal

from knowledge.language.text import Token, accent_key
from knowledge.language.vocabulary import CONJUNCTIONS, PREPOSITIONS, QUESTION_MARKED
from knowledge.reader.matching import Matcher
from knowledge.reader.question_words import Word

Substitution = Literal["another", "reworded"] | None
RARE_DF = 2  # a word in this few titles is what tells its row from the others
COMMON_SHARE = 1 / 3  # a word this share of the titles print is typed anywhere ("cấp")


def substituted(
    matcher: Matcher,
    key: str,
    words: Sequence[Word],
    left: Sequence[Word],
    said: frozenset[str] = frozenset(),
    breaks: frozenset[int] = frozenset(),
) -> Substitution:
    """Whether the question puts a word of its own where the row prints a rare one, beside a word
    they share: "khai thác khoáng sản", "khai thác nước" against "khai thác thủy sản". Another
    service of the same kind, not this row. The question's word is a stray the row does not
    explain, or a catalogue word the row does not hold; function words are never the rare one.
    A word no title knows that opens a compound after one they share, where the row goes on
    with its own wording, is such a word too, however common the row's ("trợ cấp thất nghiệp",
    "trợ cấp xã hội"); not a phrase of conversation ("hộ chiếu mất bao lâu").

    "reworded" where the only such word stands before a rare word they share, the row's own
    thing ("đánh bắt | thủy sản" against "khai thác | thủy sản"): Vietnamese puts what qualifies
    a thing after it, so the word before may be the row's verb in other words, or another
    service on the same thing ("nuôi trồng thủy sản"): offered, neither answered nor refused.

    said: every word the question typed, folded, those read as something else too ("đơn vị"
    of "mã đơn vị bhxh", read as a unit): a partner the question typed was not replaced.
    breaks: the positions where a clause of the question begins (after punctuation): words
    either side of one are no phrase, so neither stands in for a partner of the other."""
    found: Substitution = None
    sequence = matcher.doc_sequence(key)
    row = set(sequence)
    typed = {w.known for w in words if w.known} | said
    strays = {id(w) for w in left}
    for i, w in enumerate(words):
        if id(w) not in strays and (w.known is None or w.known in row or not w.exact):
            continue
        if w.token in QUESTION_MARKED or w.chat:
            continue
        for j, before in ((i + 1, True), (i - 1, False)):
            shared = words[j].known if 0 <= j < len(words) else None
            if shared is None or abs(words[j].at - w.at) != 1 or shared not in row:
                continue
            if max(words[j].at, w.at) in breaks:
                continue  # "…lao động, lấy mã…": the comma parts them
            if id(words[j]) in strays:
                continue  # a half the row does not explain ("bằng" of "văn bằng"): none shared
            if not before and words[j].token in PREPOSITIONS and w.known is None:
                # "… cho | cháu" against "… cho | trẻ dưới 6 tuổi": a word no title knows after
                # a preposition says for whom in the asker's words; the row in other words or
                # another beneficiary's service: offered, neither answered nor refused
                found = "reworded"
                continue
            unknown = not before and (
                _compound_at(words, i, row, strays) or _ends_on(matcher, key, words, i, strays)
            )
            partners = _partners(matcher, key, shared, before, far=unknown)
            if not before and _again(matcher, key, words, j, partners, breaks):
                return "another"
            if any(
                (
                    not _typed(p.fold, typed)
                    or (unknown and matcher.df(p.fold) >= COMMON_SHARE * matcher.n)
                )
                and p not in QUESTION_MARKED
                and (
                    unknown
                    or matcher.df(p.fold) <= RARE_DF
                    or (
                        not before
                        and _rare_pair(matcher, shared, p.fold, before)
                        and i + 1 < len(words)
                        and matcher.typed_pair(words[i], words[i + 1])
                    )
                )
                for p in partners
            ):
                if before and matcher.df(shared) <= RARE_DF:
                    found = "reworded"
                    continue
                return "another"
    return found


def _typed(partner: str, typed: Collection[str]) -> bool:
    """Whether the question typed the row's word: as printed, or with a letter once where the
    print doubles it ("thôi" of the 406 table's OCR'd "thôii hưởng"): folded Vietnamese never
    doubles a letter within a syllable, so a doubled one is a slip of the print, not a word."""
    if partner in typed:
        return True
    single = "".join(c for k, c in enumerate(partner) if k == 0 or c != partner[k - 1])
    return single != partner and single in typed


def _rare_pair(matcher: Matcher, shared: str, partner: str, before: bool) -> bool:
    """Whether the row's word beside the shared one makes a pair few titles print, however
    common the word is alone: "hiệu lực | văn bằng" (two titles) though "văn" folds onto the
    "vận" of many ("vận tải"): a question that puts its own thing there ("hiệu lực | mã số
    thuế") names another service."""
    pair = (partner, shared) if before else (shared, partner)
    found = matcher.pairs.get(pair)
    return found is not None and len(found) <= RARE_DF


def _again(
    matcher: Matcher,
    key: str,
    words: Sequence[Word],
    j: int,
    partners: set[Token],
    breaks: frozenset[int] = frozenset(),
) -> bool:
    """Whether the question types a rare word the row shares twice, once with the partner the
    row prints after it and here with a word of its own: "mã số | mã vạch" names a second
    thing of the kind, not the row's again. Both in one clause: in a clause of circumstances
    ("thôi hưởng trợ cấp …, khi người hưởng mất") the word again tells the story, no thing."""
    shared = words[j].known
    if shared is None or matcher.df(shared) > RARE_DF:
        return False
    sequence = matcher.doc_sequence(key)
    if sequence.count(shared) >= sum(w.known == shared for w in words):
        return False  # the row prints it as often ("hóa đơn tự in, đặt in"): its own again
    folds = {p.fold for p in partners}

    def clause(at: int) -> int:
        return sum(b <= at for b in breaks)

    return any(
        k != j
        and clause(words[k].at) == clause(words[j].at)
        and words[k].known == shared
        and words[k + 1].at == words[k].at + 1
        and words[k + 1].known in folds
        for k in range(len(words) - 1)
    )


def _compound_at(words: Sequence[Word], i: int, row: Collection[str], strays: set[int]) -> bool:
    """Whether the word opens a compound of content with the next that no title prints: a word
    no title knows ("thất nghiệp", "luật sư", "cầm đồ"), or one the row does not hold before
    such a word, with nothing the row explains after them: the thing the question ends on
    ("vận tải | hành khách", "dự thi | tuyển công chức"; not "đánh bắt | thủy sản", which
    rewords the row's verb before its own thing). Not a phrase of conversation ("mất bao
    lâu")."""
    word = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else None
    if (
        nxt is None
        or word.weight <= 0
        or word.known in row
        or nxt.at != word.at + 1
        or nxt.weight <= 0
        or nxt.chat
        or nxt.token in QUESTION_MARKED
    ):
        return False
    if word.known is None:
        return True
    after = words[i + 2 :]
    return nxt.known is None and not any(w.known in row and id(w) not in strays for w in after)


def _ends_on(matcher: Matcher, key: str, words: Sequence[Word], i: int, strays: set[int]) -> bool:
    """Whether the question ends on a word no title knows (a stray, not a slip of the row's) put
    where the row goes on: after the row's own wording typed as it prints it, up to a word the
    titles, as typed with its marks, always go on from with one partner. "đổi giấy phép lái |
    tàu" against "giấy phép lái | xe" is another licence; "chuyển sang huyện | khác" follows
    no wording of the row up to "huyện", it only says which."""
    word = words[i]
    if i < 2 or i != len(words) - 1 or word.known is not None or id(word) not in strays:
        return False
    first, before = words[i - 2], words[i - 1]
    if before.at != word.at - 1 or first.at != before.at - 1 or not before.token.has_marks:
        return False
    if first.known is None or before.known is None or not first.exact or not before.exact:
        return False
    if not matcher.row_prints(key, first.token, before.token, (first.known, before.known)):
        return False
    typed = accent_key(before.token.raw)
    partners = {
        seq[k + 1].fold
        for seq in matcher.doc_typed
        for k in range(len(seq) - 1)
        if seq[k].fold == before.token.fold and accent_key(seq[k].raw) == typed
    }
    return len(partners) == 1


def _partners(matcher: Matcher, key: str, shared: str, before: bool, far: bool) -> set[Token]:
    """The words a row prints beside a word, as it prints them: before it, or after it. far:
    past a conjunction between ("hộ kinh doanh và | đăng ký thuế" goes on after "kinh doanh"
    with "đăng"; the "ở" of "nhà ở" is the row's own wording)."""
    sequence = matcher.doc_sequence(key)
    typed = matcher.typed_sequence(key) or [Token(w, w) for w in sequence]
    found = set()
    step = -1 if before else 1
    for k, word in enumerate(sequence):
        if word != shared:
            continue
        n = k + step
        while far and 0 <= n < len(sequence) and typed[n] in CONJUNCTIONS:
            n += step
        if 0 <= n < len(sequence):
            found.add(typed[n])
    return found
