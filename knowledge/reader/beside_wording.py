"""An act of the question's own typed right before a row's wording.

Vietnamese names a service by its act, then its thing: "Cấp | giấy phép khai thác thủy sản",
"Đăng ký | tạm trú". The catalogue's acts are read off its titles: the word a title opens with,
and the word a clause inside a title opens with after a dash ("… – Xóa đăng ký thường trú"). A
question that types one of them, which the row does not print, right before a run of the row's
wording ("thu hồi | giấy phép khai thác thủy sản" against "Cấp, cấp lại giấy phép …", "xóa |
đăng ký tạm trú" against "Đăng ký tạm trú") may ask for another act on the row's thing: the row
is offered ("Có phải bạn hỏi…"), never said as sure, and never declined on this alone (the
question may still mean the row).

An act the catalogue lists beside a row's own ("cấp lại" of "Cấp, cấp lại …") typed where the
row prints only its first word ("cấp lại | giấy chứng nhận …" of a row printing "Cấp") is the
same doubt: offered, not said as sure.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection, Iterable, Sequence

from knowledge.language.text import Token, accent_key, tokenize
from knowledge.language.vocabulary import QUESTION_MARKED, WORK_WORDS
from knowledge.reader.matching import Matcher
from knowledge.reader.question_words import Word

# a clause inside a title, after a dash: "Liên thông đăng ký khai tử - Xóa đăng ký thường trú"
_CLAUSE = re.compile(r"\s[-–]\s")
ACT_SPAN = 3  # an act of two syllables and the paper it acts on, before the row's wording
REACH = 2  # one token the matcher does not read ("hồi" typed "hoi", read as "hỏi") may stand
# between the act and the row's wording


def clause_acts(titles: Iterable[str]) -> dict[str, set[str]]:
    """The words titles and their dashed clauses open with, folded, each with the marks the
    titles print it with ("xóa", "thu", "cấp", …)."""
    acts: dict[str, set[str]] = {}
    for title in titles:
        for clause in _CLAUSE.split(title):
            tokens = tokenize(clause)
            if tokens and not tokens[0].is_number:
                acts.setdefault(tokens[0].fold, set()).add(accent_key(tokens[0].raw))
    return acts


def _an_act(acts: dict[str, set[str]], w: Word) -> bool:
    printed = acts.get(w.known or "")
    if not printed or not w.exact or w.chat or w.synonym:
        return False
    if w.token in QUESTION_MARKED or w.token in WORK_WORDS:
        return False
    return not w.token.has_marks or accent_key(w.token.raw) in printed


def act_of_its_own(
    matcher: Matcher,
    acts: dict[str, set[str]],
    listed: Collection[tuple[str, str]],
    key: str,
    words: Sequence[Word],
) -> bool:
    """Whether the question types an act the row does not print right before a run of the
    row's wording, or an act the catalogue lists whose second word the row does not print."""
    row = matcher.doc_words_of(key)
    printed = matcher.doc_pairs(key)

    def holds(w: Word) -> bool:
        return w.known in row and w.exact and matcher.row_spells(key, w)

    at = {w.at: w for w in words}
    for w in words:
        # a word of the talk starts the row's wording only as half of a pair the row prints
        # ("đang" of "đăng ký" typed "dang ky")
        pairs = w.at + 1 in at and holds(at[w.at + 1])
        if not holds(w) or (w.chat and not pairs):
            continue
        before = [at[k] for k in range(w.at - REACH, w.at) if k in at]
        if not before or holds(before[-1]):
            continue  # not the start of a run of the row's wording
        if _an_act(acts, before[-1]):
            return True
        acted = [x for x in words if x.at < w.at - 2]
        if acted and _an_act(acts, acted[-1]) and _paper_of_its_own(before, w, holds):
            return True
        # an act of two syllables and the paper it acts on ("thu hồi giấy | đăng ký"): an
        # act the titles never print with the word after it ("đăng ký | cấp mới" is theirs),
        # nor a number after it ("cấp 3" is a school grade)
        for k in range(w.at - 2, w.at - 1 - ACT_SPAN, -1):
            if k in at and holds(at[k]):
                break
            act, nxt = at.get(k), at.get(k + 1)
            if act is None or nxt is None or holds(nxt) or nxt.token.is_number:
                continue
            if _an_act(acts, act) and not matcher.printed_pair(act.token, nxt.token):
                return True
    for a, b in itertools.pairwise(words):
        pair = (a.known, b.known)
        # "cấp lại" where the row prints "Cấp" alone
        if (
            b.at == a.at + 1
            and pair in listed
            and pair not in printed
            and holds(a)
            and not holds(b)
        ):
            return True
    return False


def _paper_of_its_own(before: Sequence[Word], first: Word, holds: Callable[[Word], bool]) -> bool:
    """Whether the two words right before a run of the row's wording, after an act the titles
    open with, are a compound of the question's own, one of them a word no title prints as
    typed ("cấp | bản sao trích lục | khai sinh" against "đăng ký | khai sinh"): Vietnamese puts
    the act's paper before what qualifies it, so the row's wording may only qualify a paper
    the row does not name. Offered, never said as sure."""
    if len(before) < 2:
        return False
    head, last = before[-2], before[-1]
    if (head.at, last.at) != (first.at - 2, first.at - 1) or holds(head):
        return False
    if not all(_object_word(x) and not x.synonym for x in (head, last)):
        return False
    return any(x.known is None or not x.exact for x in (head, last))


def agency_in_wording(
    matcher: Matcher, key: str, tokens: Sequence[Token], spans: Iterable
) -> bool:
    """Whether the question names an agency inside the row's wording, where the row prints other
    words between the two it holds either side: "đổi bằng lái do ngành | công an | cấp" against
    "… do ngành | giao thông vận tải | cấp" asks of a licence another sector issues."""
    sequence = matcher.doc_sequence(key)
    for span in spans:
        if span.start == 0 or span.end >= len(tokens):
            continue
        before, after = tokens[span.start - 1].fold, tokens[span.end].fold
        # the agency by its name ("sở gtvt" is "Sở Giao thông vận tải"), as typed too
        named = {t.fold for t in tokens[span.start : span.end]}
        named |= {t.fold for t in tokenize(span.name)}
        for i, word in enumerate(sequence):
            if word != before:
                continue
            if after in sequence[i + 2 :] and sequence[i + 1] != after:
                between = sequence[i + 1 : sequence.index(after, i + 2)]
                if not named & set(between):
                    return True  # none of what the row prints there is the agency's
    return False


def object_of_its_own(matcher: Matcher, key: str, words: Sequence[Word]) -> bool:
    """Whether a word no title prints as typed follows a run of the row's wording right where
    the row goes on with its own thing: "hỗ trợ | lương thực" against "… hỗ trợ | chi phí mai
    táng …". What the question supports or acts on is then its own, not the row's."""
    sequence = matcher.doc_sequence(key)
    row = set(sequence)
    follows: dict[str, set[str]] = {a: set() for a in sequence}
    for a, b in itertools.pairwise(sequence):
        follows[a].add(b)
    for w, nxt, then in zip(words, words[1:], words[2:], strict=False):
        if nxt.at != w.at + 1 or not (w.exact and w.known in row) or w.chat:
            continue
        if nxt.known in row or nxt.chat or nxt.token.is_number or nxt.weight <= 0:
            continue
        stray = nxt.known is None or not nxt.exact
        if not (stray and follows.get(w.known or "") and nxt.token not in QUESTION_MARKED):
            continue
        # a compound of its own ("lương thực"), not a link back to the row's wording ("hộ
        # kinh doanh | kèm | đăng ký thuế", "bản | quyền tác giả")
        if then.at == nxt.at + 1 and _object_word(then) and then.known not in row:
            return True
    return False


def _object_word(w: Word) -> bool:
    return (
        w.weight > 0
        and not w.chat
        and not w.token.is_number
        and w.token not in QUESTION_MARKED
        and w.token not in WORK_WORDS
    )
