"""An act the question asks for that the row's title does not print.

"gia hạn giấy phép xây dựng" against "Cấp giấy phép xây dựng nhà ở riêng lẻ", "phúc khảo bài
thi" against "Đăng ký dự thi …", "hoàn thuế" against "Kê khai thuế cá nhân": the thing is the
row's, the act is another, and so is the service. The catalogue prints its acts in its titles
("Cấp, gia hạn, cấp lại …"), so a row that does not print the act asked does not do it: the
question is about a service in neither decision, the row shown beside it as not the same. The
acts are the reviewed list in `knowledge.language.act_words`; a title that names a group of
procedures on its thing ("Nhóm thủ tục …") does every act on it.
"""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.language.act_words import GROUP_WORDS, OTHER_ACTS
from knowledge.language.text import Token, accent_key, tokenize
from knowledge.reader.matching import Matcher

Spelled = tuple[tuple[str, str], ...]  # (folded, accent key) of each syllable
Act = tuple[Spelled, tuple[Spelled, ...]]  # an act, and the other wordings titles print for it


def _spelled(text: str) -> Spelled:
    return tuple((t.fold, accent_key(t.raw)) for t in tokenize(text))


_ACTS: tuple[Act, ...] = tuple(
    sorted(
        ((_spelled(act), tuple(_spelled(a) for a in also)) for act, also in OTHER_ACTS.items()),
        key=lambda entry: -len(entry[0]),  # "thay đổi" before the "đổi" inside it
    )
)
_GROUP = frozenset(t.fold for w in GROUP_WORDS for t in tokenize(w))
# the acts by their first syllable, folded, longest first: a question's word is tried only
# against the acts it can open (~50 tries a question against the whole list before)
_OPENING: dict[str, tuple[Act, ...]] = {}
for _entry in _ACTS:
    _OPENING[_entry[0][0][0]] = (*_OPENING.get(_entry[0][0][0], ()), _entry)


def _typed_as(tokens: Sequence[Token], at: int, act: Spelled) -> bool:
    """The act typed from `at`: folded alike, each syllable typed with the act's marks or
    without any; an act of one syllable only with its marks."""
    if at + len(act) > len(tokens):
        return False
    for token, (fold, key) in zip(tokens[at : at + len(act)], act, strict=False):
        if token.fold != fold:
            return False
        if token.has_marks and accent_key(token.raw) != key:
            return False
    return len(act) > 1 or tokens[at].has_marks


def acts_typed(matcher: Matcher, tokens: Sequence[Token]) -> list[Act]:
    """The acts of the list the question types, the longest at each place; not an act's first
    syllable closing a compound the titles print ("cổng quốc gia | hạn khi nào" holds no "gia
    hạn")."""
    found = []
    at = 0
    while at < len(tokens):
        opening = _OPENING.get(tokens[at].fold, ())
        entry = next((e for e in opening if _typed_as(tokens, at, e[0])), None)
        if entry is None or (at > 0 and matcher.printed_pair(tokens[at - 1], tokens[at])):
            at += 1
            continue
        found.append(entry)
        at += len(entry[0])
    return found


def _prints(title: Sequence[tuple[str, str]], act: Spelled) -> bool:
    n = len(act)
    return any(tuple(title[i : i + n]) == act for i in range(len(title) - n + 1))


class ActsPrinted:
    """Each row's title as its syllables (folded, accent key), for the acts it prints."""

    def __init__(self, matcher: Matcher):
        self.matcher = matcher
        self.titles = {
            key: tuple((t.fold, accent_key(t.raw)) for t in typed)
            for key, typed in zip(matcher.keys, matcher.doc_typed, strict=True)
        }
        # the last question's acts: a reading asks `undone` of several rows of one question.
        # One slot, read and written whole, so threads asking at once never see another's.
        self._last: tuple[tuple[Token, ...], list[Act]] = ((), [])

    def typed(self, tokens: Sequence[Token]) -> list[Act]:
        """`acts_typed` of the question, read once for all the rows it is weighed against."""
        key = tuple(tokens)
        last = self._last
        if last[0] == key:
            return last[1]
        found = acts_typed(self.matcher, key)
        self._last = (key, found)
        return found

    def undone(self, key: str, tokens: Sequence[Token]) -> bool:
        """Whether the question types an act of the list that the row's title prints in none
        of its wordings, the row not a group of procedures."""
        title = self.titles.get(key)
        if not title or title[0][0] in _GROUP:
            return False
        return any(
            not any(_prints(title, wording) for wording in (act, *also))
            for act, also in self.typed(tokens)
        )
