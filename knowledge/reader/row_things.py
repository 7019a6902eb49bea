"""What the row names and the question names in its place.

Vietnamese puts what qualifies a thing after it: "giấy phép xây dựng | nhà ở riêng lẻ", "cấp thẻ
| căn cước công dân". A question that goes on from the same word with a thing of its own
("giấy phép xây dựng | công trình …", "cấp thẻ | công chứng viên") asks about another paper of
that kind. And a row whose own qualifier, printed by no other title, stands between two words
the question types side by side ("Đăng ký | quốc tế | nhãn hiệu" against "đăng ký nhãn hiệu")
is not said as the question's service: the question left out what tells the row apart.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Sequence

from knowledge.language.text import Token
from knowledge.language.vocabulary import QUESTION_MARKED, QUESTION_WORDS
from knowledge.reader.evidence import unexplained
from knowledge.reader.matching import Matcher
from knowledge.reader.question_words import Word

THING_WORDS = 2  # a thing of its own is a compound: two words of content at least
COMMON_SHARE = 1 / 3  # a word this share of the titles print says nothing of which
HEAD_DF = 3  # a pair this many titles print is a compound of its own ("doanh nghiệp")


def _printed(matcher: Matcher, x: Word, y: Word) -> bool:
    """Two neighbouring words some title prints side by side, as typed."""
    return bool(
        x.exact
        and y.exact
        and x.known
        and y.known
        and matcher.printed_pair(x.token, y.token, (x.known, y.known))
    )


def _content(w: Word) -> bool:
    return w.weight > 0 and not w.chat and w.token not in QUESTION_MARKED and not w.token.is_number


def another_thing(matcher: Matcher, key: str, words: Sequence[Word]) -> bool:
    """Whether the question goes on, right after a pair it types as the row prints it, with two
    words of content or more that the row never prints side by side with it or each other, one
    of them at least no word of the row's or a compound another title prints, where the row goes
    on after that pair with a word of content the question never types."""
    sequence = matcher.doc_sequence(key)
    row = set(sequence)
    pairs = set(itertools.pairwise(sequence))
    typed = {w.known for w in words if w.known}
    for n in range(1, len(words) - 1):
        a, b = words[n - 1], words[n]
        if b.at != a.at + 1 or (a.known, b.known) not in pairs or not (a.exact and b.exact):
            continue
        tail: list[Word] = []
        for w in words[n + 1 :]:
            if w.at != b.at + 1 + len(tail) or not _content(w):
                break
            tail.append(w)
        if len(tail) < THING_WORDS:
            continue
        chain = [b, *tail]
        if any((x.known, y.known) in pairs for x, y in itertools.pairwise(chain)):
            continue  # the row's own wording goes on: circumstances, not a thing of its own
        if tail[0].known in _next_words(sequence, (a.known, b.known)):
            continue  # a word of the row's left out between: "xây | nhà" for "xây dựng nhà"
        if any(_telling(matcher, w, _after(sequence, (a.known, b.known))) for w in tail):
            continue  # the row's own thing, in the question's words: "… sang | huyện khác"
        # a thing of its own: one another title prints after the same word ("xây dựng | công
        # trình"), or one of words no title knows that no title prints as a compound ("công
        # chứng viên"; not "đất đai", the catalogue's own wording for the row's "đất")
        elsewhere = _printed(matcher, b, tail[0])
        # typed without marks, a word is "exact" whatever it was meant as: "cong chung vien"
        # reads as "công chứng viên" does, a run no title prints as a compound
        unknown = any(
            w.known is None or not w.exact or not w.token.has_marks for w in tail
        ) and not any(_printed(matcher, x, y) for x, y in itertools.pairwise(tail))
        own = elsewhere or unknown
        if not own or _explained_after(row, words, tail[-1].at, matcher):
            continue
        printed = matcher.typed_sequence(key)
        goes_on = [
            printed[i + 2] if printed else sequence[i + 2]
            for i in range(len(sequence) - 2)
            if (sequence[i], sequence[i + 1]) == (a.known, b.known)
        ]
        # a function word the row goes on with ("cho", "do") is no thing of its own; as printed,
        # with its marks: the "căn" of "căn cước" is no "cần"
        if any(_fold(w) not in typed and w not in QUESTION_MARKED for w in goes_on):
            return True
    return False


def lone_thing(matcher: Matcher, key: str, words: Sequence[Word]) -> bool:
    """Whether the question is the row's wording, typed as printed, ending with one word no
    title knows where the row goes on with its own thing: "cấp giấy phép | karaoke" against
    "Cấp giấy phép | xây dựng …". A thing is usually a compound (`another_thing`); one word no
    title knows, not even as a slip, may be a thing or only the question's way of asking
    ("… mất bao lâu"): the row is offered, never said as sure."""
    content = [w for w in words if _content(w)]
    if len(content) < 2 or content[-1].known is not None:
        return False
    between = {w.at for w in words}
    if any(at not in between for at in range(content[-2].at + 1, content[-1].at)):
        return False  # not the row's wording's own next word ("giấy phép | xây dựng | mất")
    if not unexplained(matcher, key, content[-1:]):
        return False  # a slip of the keyboard for the row's word ("dựg" for "dựng")
    head = content[:-1]
    sequence = matcher.doc_sequence(key)
    row = set(sequence)
    if not all(w.exact and w.known in row for w in head):
        return False
    # the row's words the question types, in the row's order, then where the row goes on
    last = max((i for i, word in enumerate(sequence) if word == head[-1].known), default=-1)
    typed = {w.known for w in head}
    return any(
        word not in typed and word not in QUESTION_MARKED and matcher.df(word) < matcher.n
        for word in sequence[last + 1 : last + 2]
    )


def _next_words(sequence: Sequence[str], pair: tuple[str | None, str | None]) -> set[str]:
    """The two words the row prints after each place it prints the pair."""
    return {
        word
        for i in range(len(sequence) - 1)
        if (sequence[i], sequence[i + 1]) == pair
        for word in sequence[i + 2 : i + 4]
    }


def _after(sequence: Sequence[str], pair: tuple[str | None, str | None]) -> set[str]:
    """Every word the row prints after the first place it prints the pair."""
    for i in range(len(sequence) - 1):
        if (sequence[i], sequence[i + 1]) == pair:
            return set(sequence[i + 2 :])
    return set()


def _telling(matcher: Matcher, w: Word, row: set[str]) -> bool:
    """A word of content the row holds, typed as printed, not so common in the titles that it
    says nothing of which ("công" of "công dân", "công trình", "công nghiệp", …)."""
    return (
        w.exact
        and w.known in row
        and _content(w)
        and matcher.df(w.known) < COMMON_SHARE * matcher.n
    )


def _fold(word: Token | str) -> str:
    return word.fold if isinstance(word, Token) else word


def _explained_after(row: set[str], words: Sequence[Word], end: int, matcher: Matcher) -> bool:
    """Whether a word the row holds, one not so common that it says nothing of which ("cấp"),
    follows the question's own thing: then the question only words the row's middle its own way
    ("… khi đối tượng chuyển chỗ ở | trong cùng huyện")."""
    return any(w.at > end and _telling(matcher, w, row) for w in words)


def qualifier_skipped(matcher: Matcher, key: str, words: Sequence[Word]) -> bool:
    """Whether the row prints, between two words the question types side by side, a compound
    no other title prints and the question does not type ("quốc tế" of "Đăng ký quốc tế nhãn
    hiệu" in "đăng ký nhãn hiệu")."""
    sequence = matcher.doc_sequence(key)
    typed = {w.known for w in words if w.known}
    for a, b in itertools.pairwise(words):
        if b.at != a.at + 1 or not (a.exact and b.exact and a.known and b.known):
            continue
        for i in range(len(sequence) - 3):
            x, y = sequence[i + 1], sequence[i + 2]
            if (sequence[i], sequence[i + 3]) != (a.known, b.known):
                continue
            if x in typed or y in typed or x in QUESTION_WORDS:
                continue
            if len(matcher.pairs.get((x, y), ())) == 1:
                return True
    return False


def own_qualifier(matcher: Matcher, key: str, words: Sequence[Word], left: Sequence[Word]) -> bool:
    """Whether the question puts a compound of its own — two neighbouring words no title prints
    as typed — inside the row's wording, with words the row holds before and after it: it says
    which kind of the row's thing it means, one the row does not name ("tiếp nhận đối tượng |
    <a compound of its own> | tự nguyện …"). A number or a lone word is circumstance ("nhà 3
    tầng")."""
    stray = {id(w) for w in left if not w.token.is_number}
    row = matcher.doc_words_of(key)
    held = [w.at for w in words if id(w) not in stray and w.exact and w.known in row]
    for a, b in itertools.pairwise(words):
        if b.at != a.at + 1 or id(a) not in stray or id(b) not in stray:
            continue
        if a.exact or b.exact:
            continue  # a title's word as typed: half of a compound the titles print elsewhere
        if any(at < a.at for at in held) and any(at > b.at for at in held):
            return True
    return False


def thing_of_its_own(
    words: Sequence[Word], strays: Sequence[Word], bound: Collection[str] = ()
) -> bool:
    """Whether the words no title explains (strays, of the question's words) hold a thing of
    their own: two words of content side by side (a number between them is the thing's own,
    "rút | 1 | lần"), one of them at least unknown to every title or typed as no title prints it
    ("giải quyết hưởng …", "nhận cha mẹ …"), or half of a compound the titles print typed
    without its partner (`bound`: "hưởng" of "thôi hưởng", "hưởng trợ cấp", beside words of its
    own). Beside an agency, such a question asks of a service that agency may hold and the
    catalogue does not, not for the agency's rows."""
    stray = {id(w) for w in strays}
    run: list[Word] = []
    for w in words:
        if run and w.at != run[-1].at + 1:
            run = []
        if (id(w) in stray and _content(w)) or (w.token.is_number and run):
            run.append(w)
        else:
            run = []
        found = [x for x in run if id(x) in stray]
        if len(found) >= THING_WORDS and any(
            x.known is None or not x.exact or x.known in bound for x in found
        ):
            return True
    return False


def sibling_compound(matcher: Matcher, key: str, words: Sequence[Word]) -> bool:
    """Whether the question types a compound another title prints where the row prints its
    sibling, the same syllable with another beside it ("thường trú" where the row prints "tạm
    trú"; "ô tô" where it prints "mô tô"): the catalogue tells the two things apart, so the
    question asks about the other one, and the row does not hold the question's own syllable."""
    sequence = matcher.doc_sequence(key)
    row = set(sequence)
    pairs = set(itertools.pairwise(sequence))
    typed = {w.known for w in words if w.known}
    after = {w.at: w.known for w in words}
    for a, b in itertools.pairwise(words):
        # a word of the talk counts where a title prints it in the pair: "xe o to" is "ô tô"
        if b.at != a.at + 1 or not (a.weight > 0 and b.weight > 0) or b.token.is_number:
            continue
        pair = (a.known, b.known)
        if pair in pairs or not _printed(matcher, a, b):
            continue
        if a.known in row:
            continue  # the row holds the question's own syllable too: no sibling
        if (b.known, after.get(b.at + 1)) in pairs:
            continue  # "xóa | đăng ký": the shared word opens the row's compound, ends none
        # the compound's last syllable is what it is, the one before says which: "tạm | trú";
        # where the row goes on from it into a compound many titles print ("lập | doanh
        # nghiệp"), it ends nothing there
        kin = {
            x
            for x, y, z in zip(sequence[:-1], sequence[1:], [*sequence[2:], ""], strict=True)
            if y == b.known and x != a.known and len(matcher.pairs.get((y, z), ())) < HEAD_DF
        }
        if any(k not in typed and _content_fold(k) for k in kin):
            return True
    return False


def _content_fold(word: str | None) -> bool:
    return bool(word) and word not in QUESTION_WORDS
