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

from collections.abc import Sequence

from knowledge.language.text import accent_key
from knowledge.language.vocabulary import QUESTION_MARKED, WORK_WORDS
from knowledge.reader.matching import Matcher, Word

Acts = dict[str, set[str]]


def opening_acts(matcher: Matcher) -> Acts:
    """The words the titles open with, folded ("cấp", "đăng", "gia", "thu", "xác", …), each
    with the marks the titles print it with: "hồ" of "hồ sơ" is not the "Hỗ" of "Hỗ trợ"."""
    acts: Acts = {}
    for typed in matcher.doc_typed:
        if typed:
            acts.setdefault(typed[0].fold, set()).add(accent_key(typed[0].raw))
    return acts


def _an_act(acts: Acts, word: Word) -> bool:
    """A word typed as an act the titles open with: without marks, or with the act's marks."""
    printed = acts.get(word.known or "")
    if not printed:
        return False
    return not word.token.has_marks or accent_key(word.token.raw) in printed


def act_before(matcher: Matcher, acts: Acts, key: str, words: Sequence[Word]) -> bool:
    """Whether the words right before the first the row holds, none of them the row's, hold an
    act a title opens with, typed as printed and not a verb of the work itself ("nộp", "làm"),
    and no title prints that act right before the row's word ("đăng ký, cấp" is one title's
    wording: "đăng ký cấp hộ chiếu" asks the row's own act)."""
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
        for w in run
    )
