"""How the question's wording stands against one row's: the pairs other titles print that the
row does not (another row's wording in the question), the pairs it shares only where a
preposition opens them (where or for whom, not which service), and the words no row explains
that lead the question's wording (what is done, where Vietnamese puts it).

Apart from the residue's evidence (evidence.py), which says what points at any service.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from knowledge.language.vocabulary import PREPOSITIONS, QUESTION_MARKED, WORK_WORDS
from knowledge.reader.matching import Matcher
from knowledge.reader.question_words import Word


def foreign_pairs(matcher: Matcher, key: str, words: Sequence[Word]) -> list[tuple[str, str]]:
    """The question's service wording a row does not print: adjacent pairs some title prints as
    typed ("giấy phép lao động" beside a row about "thị thực"). Words of conversation and
    question words make no pair here."""
    found = []
    for a, b in itertools.pairwise(words):
        if b.at != a.at + 1 or not (a.exact and b.exact and a.known and b.known):
            continue
        if a.chat or b.chat:
            continue
        pair = (a.known, b.known)
        if not matcher.row_prints(key, a.token, b.token, pair) and matcher.printed_pair(
            a.token, b.token, pair
        ):
            found.append(pair)
    return found


def qualifier_only(matcher: Matcher, key: str, words: Sequence[Word]) -> bool:
    """Whether every pair of the question the row prints is opened by a preposition, as the row
    prints it: "trong nước", "với các", "cho người" say where or for whom, not which service
    ("nhận con nuôi trong nước" is not 411-19's "… cơ quan trong nước"). "chứng chỉ", "nhà ở"
    and "con dấu" are not."""
    opened = []
    for a, b in itertools.pairwise(words):
        if b.at != a.at + 1 or not (a.exact and b.exact and a.known and b.known):
            continue
        if not matcher.row_prints(key, a.token, b.token, (a.known, b.known)):
            continue
        printed = matcher.printed_as(key, (a.known, b.known))
        opened.append(bool(printed) and all(x in PREPOSITIONS for x, _ in printed))
    return bool(opened) and all(opened)


def telling_strays(left: Sequence[Word], words: Sequence[Word]) -> list[Word]:
    """Words no row explains that lead the question's service wording, where Vietnamese puts
    what is done ("hoàn | thuế …"): catalogue words of their own, not the work's verbs ("làm",
    "nộp") nor words of the question's frame."""
    unexplained = {id(w) for w in left}
    explained = [w.at for w in words if id(w) not in unexplained and w.weight > 0]
    first = min(explained, default=-1)
    return [
        w
        for w in left
        if w.at < first
        and w.known
        and not w.chat
        and w.token not in WORK_WORDS
        and w.token not in QUESTION_MARKED
    ]


def stray_compound(left: Sequence[Word]) -> bool:
    """Whether two neighbouring words no row explains, one of them a word no title knows, make a
    compound of the question's own ("giải chấp | sổ đỏ"): a thing or an act the catalogue does
    not name, beside wording a row prints; the row may be another service's neighbour."""

    def content(w: Word) -> bool:
        return w.weight > 0 and not w.chat and w.token not in QUESTION_MARKED

    return any(
        b.at == a.at + 1 and content(a) and content(b) and None in (a.known, b.known)
        for a, b in itertools.pairwise(left)
    )


def foreign_qualifier(matcher: Matcher, key: str, words: Sequence[Word]) -> bool:
    """Whether the question ends, right after a pair the row prints, on a pair only other
    titles print, whose rows hold nothing else of the question: a qualifier of its own on the
    row's thing ("giấy phép lái xe | quốc tế": "quốc tế" is only the trademark's), so another
    service. Not a qualifier a preposition opens ("cho trẻ dưới 6 tuổi" says for whom), nor
    one holding a word of the row ("biến động | đất đai" rewords the row's "đất")."""
    content = [w for w in words if w.weight > 0 and not w.chat and w.known is not None]
    if len(content) < 4:
        return False
    x, y, a, b = content[-4:]
    if not (x.at + 1 == y.at == a.at - 1 == b.at - 2) or not (a.exact and b.exact):
        return False
    if a.token in PREPOSITIONS or a.token in QUESTION_MARKED:
        return False
    if not (x.known and y.known and a.known and b.known):
        return False
    pair = (a.known, b.known)
    if set(pair) & matcher.doc_words_of(key):
        return False  # "biến động | đất đai": the row's own word ("đất") reworded
    if not matcher.row_prints(key, x.token, y.token, (x.known, y.known)):
        return False
    if matcher.row_prints(key, a.token, b.token, pair):
        return False
    if not matcher.printed_pair(a.token, b.token, pair):
        return False
    rest = {w.known for w in content[:-2]}
    return not any(rest & matcher.doc_words[int(i)] for i in matcher.pairs.get(pair, ()))


def shorthand_only(matcher: Matcher, key: str, words: Sequence[Word]) -> bool:
    """Whether the row's wording in the question is only what a shorthand spells out ("bhyt")
    and a word of content right beside it that the row does not print with it qualifies it
    ("bhyt | học sinh"): one shared abbreviation names a field many services share, not this
    one. A qualifier a preposition opens ("cccd | cho người già") says whom it is for."""
    held: set[int] = set()
    for a, b in itertools.pairwise(words):
        if b.at != a.at + 1 or not (a.exact and b.exact and a.known and b.known):
            continue
        if matcher.row_prints(key, a.token, b.token, (a.known, b.known)):
            held |= {a.at, b.at}
    row = [w for w in words if w.at in held]
    if not row or not all(w.synonym for w in row):
        return False
    # after the shorthand, what qualifies it ("bhyt | học sinh"): a Vietnamese qualifier follows
    # its head; what stands before is the act asked of it ("cấp đổi | cccd", "nộp hồ sơ | cấp
    # phép xây dựng"), no qualifier
    return any(
        w.at == max(held) + 1
        and w.weight > 0
        and not w.chat
        and not w.synonym
        and w.token not in QUESTION_MARKED
        and not w.token.is_number
        for w in words
    )
