"""What a question does to a row's thing: the acts the catalogue's titles open with, and an act
of the question's own typed before the row's wording.

Vietnamese names a service by what is done first, then to what: "Cấp | giấy phép xây dựng",
"Gia hạn | tạm trú", "Thu | tiền nộp phạt". The words the titles open with are the catalogue's
acts, read off the titles, not listed. A question that puts one of them, which the row does not
print, right before the row's wording ("gia hạn | giấy phép xây dựng" against "Cấp giấy phép
xây dựng …", "thu hồi | đăng ký biển số" against "Đăng ký, cấp biển số …") asks for another act
on the row's thing: another service, or the row in other words; offered, never said as sure.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence

from knowledge.language.text import accent_key, tokenize
from knowledge.language.vocabulary import QUESTION_MARKED, WORK_WORDS
from knowledge.reader.matching import Matcher
from knowledge.reader.question_words import Word

Acts = dict[str, set[str]]


def opening_acts(matcher: Matcher) -> Acts:
    """The words the titles open with, folded ("cấp", "đăng", "gia", "thu", "xác", …), each
    with the marks the titles print it with: "hồ" of "hồ sơ" is not the "Hỗ" of "Hỗ trợ"."""
    acts: Acts = {}
    for typed in matcher.doc_typed:
        if typed:
            acts.setdefault(typed[0].fold, set()).add(accent_key(typed[0].raw))
    return acts


def opening_pairs(matcher: Matcher) -> set[tuple[str, str]]:
    """The two words the titles open with, folded: an act of two syllables as printed ("gia
    hạn", "tiếp nhận", "quyết định"; "quyết toán" is no act of theirs)."""
    return {(t[0].fold, t[1].fold) for t in matcher.doc_typed if len(t) > 1}


def _an_act(acts: Acts, word: Word) -> bool:
    """A word typed as an act the titles open with: without marks, or with the act's marks."""
    printed = acts.get(word.known or "")
    if not printed:
        return False
    return not word.token.has_marks or accent_key(word.token.raw) in printed


ACT_WORDS = 2  # an act is a verb of two syllables at most: "gia hạn", "thu hồi"


def act_before(
    matcher: Matcher,
    acts: Acts,
    key: str,
    words: Sequence[Word],
    opening: Collection[tuple[str, str]] | None = None,
) -> bool:
    """Whether the words right before the first the row holds, none of them the row's, hold an
    act a title opens with, typed as printed and not a verb of the work itself ("nộp", "làm"),
    and no title prints that act right before the row's word ("đăng ký, cấp" is one title's
    wording: "đăng ký cấp hộ chiếu" asks the row's own act). opening: the titles' opening pairs
    (`opening_pairs`): then only an act typed whole as a title opens, right before the row's
    wording ("gia hạn | giấy phép …"), not a verb with an object of its own between ("tiếp nhận
    hồ sơ | cấp giấy phép …" is the row's own work)."""
    row = matcher.doc_words_of(key)
    first = next((i for i, w in enumerate(words) if w.exact and w.known in row), None)
    if not first:
        return False
    run = []
    k = first
    while k > 0 and words[k - 1].at == words[k].at - 1 and words[k - 1].known not in row:
        k -= 1
        run.append(words[k])
    if not run:
        return False
    nearest, held = run[0], words[first]
    if (
        nearest.exact
        and nearest.known
        and held.known
        and matcher.printed_pair(nearest.token, held.token, (nearest.known, held.known))
    ):
        return False
    return any(
        w.exact
        and _an_act(acts, w)
        and not w.chat
        and not w.synonym
        and w.token not in QUESTION_MARKED
        and w.token not in WORK_WORDS
        and (opening is None or _opens(opening, run, k))
        for k, w in enumerate(run[:ACT_WORDS] if opening is not None else run)
    )


def _opens(opening: Collection[tuple[str, str]], run: Sequence[Word], k: int) -> bool:
    """Whether the act at `k` of the run (nearest the row's wording first) and the word after it
    are a pair a title opens with."""
    return k > 0 and (run[k].known, run[k - 1].known) in opening


ACT_LIST_WORDS = 2  # an act a title lists is a verb of two syllables at most ("cấp lại")


def listed_acts(titles: Iterable[str]) -> set[tuple[str, str]]:
    """The acts titles list beside their first one, folded: "Cấp, cấp lại, đổi thẻ …", "Cấp,
    gia hạn, cấp lại chứng chỉ …", "Thực hiện, điều chỉnh, thôi hưởng …" give "cấp lại", "gia
    hạn", "điều chỉnh". The items of a title's opening list, past its first and before the
    item that goes on into the thing: other acts the catalogue itself names on one thing, so a
    row that does not print one does not do it."""
    found: set[tuple[str, str]] = set()
    for title in titles:
        items = [[t.fold for t in tokenize(item)] for item in re.split(r"[,;]", title)]
        if len(items[0]) > ACT_LIST_WORDS:
            continue  # the title opens with its thing: a list inside it is of things
        for item in items[1:-1]:
            if len(item) > ACT_LIST_WORDS:
                break
            if len(item) == ACT_LIST_WORDS:
                found.add((item[0], item[1]))
    return found


def listed_act_before(
    listed: Collection[tuple[str, str]], matcher: Matcher, key: str, words: Sequence[Word]
) -> bool:
    """Whether the question types, right before wording the row prints, an act the catalogue
    lists on another row, of which this row prints neither word: "điều chỉnh | giấy phép xây
    dựng" against "Cấp giấy phép xây dựng …" is another act on the row's thing, not the row.
    A row that prints the act's first word may do the act as its own ("cấp lại hộ chiếu" is
    the passport row's "Cấp"), and an act a title opens with, compounded with a word of its
    own, is no such act ("quyết toán" is not "Quyết định")."""
    row = matcher.doc_words_of(key)
    printed = matcher.doc_pairs(key)
    for a, b, after in zip(words, words[1:], words[2:], strict=False):
        if not (b.at == a.at + 1 and after.at == b.at + 1):
            continue  # a word left out between: no phrase
        if a.chat or a.synonym or b.synonym or not (a.exact and b.exact):
            continue
        pair = (a.known, b.known)
        if (
            pair in listed
            and pair not in printed
            and a.known not in row
            and b.known not in row
            and after.exact
            and after.known in row
        ):
            return True
    return False
