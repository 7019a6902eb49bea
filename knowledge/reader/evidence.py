"""What the residue of a question says: which of its words point at a service, and how well they
fit a provincial task.

Which words carry evidence is read off the catalogue, not listed: Vietnamese words are mostly two
syllables, so a syllable pair printed in a title ("giấy phép", "hộ chiếu") points at a service,
while a syllable alone ("cấp", "việc", "theo") or one half of a compound the titles never print
("phân công") says nothing about which service.
"""

from __future__ import annotations

import functools
import itertools
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from knowledge.catalogue.model import Task
from knowledge.language.text import Token, tokenize
from knowledge.language.vocabulary import (
    QUESTION_MARKED,
)
from knowledge.reader.initials import VOWELS
from knowledge.reader.matching import UNKNOWN_WEIGHT, Matcher, expand_tokens
from knowledge.reader.question_words import Word

ROLE_DF = 3  # a word pair in this many role cells is the wording of every assignment


@dataclass(frozen=True)
class Fit:
    key: str  # a task id, or a province's named service ("khanh-hoa#0")
    weight: float  # the weight of the question's words the text holds
    coverage: float  # that weight's share of the question's content
    words: int  # how many distinct words it holds


def telling(matcher: Matcher, words: Sequence[Word]) -> set[str]:
    """The catalogue words of the question that point at a service: pairs a title prints, typed
    as printed. A syllable alone says nothing: "việc", "theo", "cấp" are in titles too."""
    found: set[str] = set()
    for a, b in itertools.pairwise(words):
        if b.at != a.at + 1:
            continue  # a word left out between them: "nhận con nuôi" is not "nhận nuôi"
        if a.token in QUESTION_MARKED and b.token in QUESTION_MARKED:
            continue  # "với các", "cần bảo": two function words say nothing of a service
        if a.chat and b.chat:
            continue  # two words of the talk or the work ("ho so" as "hộ sở"): nor do they
        if (
            a.known
            and b.known
            and a.exact
            and b.exact
            and matcher.printed_pair(a.token, b.token, (a.known, b.known))
        ):
            found |= {a.known, b.known}
    return found


class TextIndex:
    """What some short texts are about — the provincial tasks, the services a province's letter
    names — read as the word pairs each text prints, and its long words no service title prints
    ("bước"). `stop_pairs` (folded) and `stop_words` say nothing of which text is meant.

    `stop_words` are compared as printed, marks and all: the names of agencies and provinces
    print "Sở" and "Hòa", and a task's "số hóa" is no name."""

    def __init__(
        self,
        texts: dict[str, str],
        matcher: Matcher,
        stop_pairs: Collection[tuple[str, str]] = (),
        stop_words: Collection[str] = (),
    ):
        self.matcher = matcher
        # the wording every text may share, so no evidence for or against one of them
        self.shared = {w for pair in stop_pairs for w in pair}
        stop = set(stop_words)
        self.pairs: dict[str, set[tuple[str, str]]] = {}
        self.singles: dict[str, set[str]] = {}
        for key, text in texts.items():
            printed = [t for t in tokenize(text) if not t.is_number]
            self.pairs[key] = {
                (a.fold, b.fold)
                for a, b in itertools.pairwise(printed)
                if not {a.raw, b.raw} <= stop
            } - set(stop_pairs)
            self.singles[key] = {
                t.fold
                for t in printed
                if len(t.fold) >= 4 and matcher.df(t.fold) == 0 and t.raw not in stop
            } | _shorthands(printed, matcher)

    @functools.cached_property
    def vocabulary(self) -> set[str]:
        """Every word some text holds."""
        return {w for key in self.pairs for w in self.words(key)}

    def words(self, key: str) -> set[str]:
        """Every word a text holds, in its pairs or alone."""
        return {w for pair in self.pairs.get(key, ()) for w in pair} | self.singles.get(key, set())

    def fit(
        self, keys: Sequence[str], tokens: Sequence[Token], support: Collection[str] = ()
    ) -> list[Fit]:
        """The texts by how much of the question they hold, best first. A word weighs what it
        weighs among the catalogue's titles, so words every service shares count little.
        support: words (folded) that count only where a text holds them, as evidence beside
        the rest ("TTHC mức độ 2, 3, 4" of a report), never against a text that does not."""
        expanded = expand_tokens(tokens, self.matcher.pair_accents)
        folds = [t.fold for t in expanded]
        content = {
            t.fold for t in expanded if t not in QUESTION_MARKED and not t.fold[:1].isdecimal()
        }
        weight = {w: self._weight(w) for w in content}
        total = sum(weight.values())
        if total <= 0:
            return []
        fits = []
        for key in keys:
            held = {w for w in folds if w in self.singles.get(key, ())}
            for pair in itertools.pairwise(folds):
                if pair in self.pairs.get(key, ()):
                    held |= set(pair)
            held &= content
            if held:
                got = sum(weight[w] for w in held)
                unheld = sum(weight[w] for w in content - held if w in support)
                fits.append(Fit(key, got, got / (total - unheld), len(held)))
        return sorted(fits, key=lambda f: -f.weight)

    def _weight(self, word: str) -> float:
        known = self.matcher.repair(word)
        return self.matcher.idf[known[0]] if known else UNKNOWN_WEIGHT * self.matcher.max_idf


SHORTHAND_PAIRS = 2  # a shorthand read off a text stands for this many compounds


def _shorthands(printed: Sequence[Token], matcher: Matcher) -> set[str]:
    """The initials of each two compounds side by side that a text prints and the titles print
    too ("thủ tục | hành chính" gives "tthc"): a text holds the shorthand of its own words, so
    "30 TTHC" is a letter's "30 thủ tục hành chính". Consonants only (a Vietnamese syllable
    has a vowel, so such a word is no syllable), and no word of a title."""
    folds = [t.fold for t in printed]
    size = 2 * SHORTHAND_PAIRS
    found = set()
    for i in range(len(folds) - size + 1):
        run = folds[i : i + size]
        if not all((run[k], run[k + 1]) in matcher.pairs for k in range(0, size, 2)):
            continue
        key = "".join(w[0] for w in run)
        if key.isalpha() and not VOWELS & set(key) and matcher.df(key) == 0:
            found.add(key)
    return found


def task_index(
    tasks: Sequence[Task],
    matcher: Matcher,
    role_texts: Sequence[str],
    subjects: dict[str, str],
    names: Sequence[str],
) -> TextIndex:
    """The provincial tasks by their title, form, letter's subject, steps and dossier contents.

    Not by the pairs every assignment uses ("chủ trì", "phối hợp", "triển khai"), read off the
    role columns of the catalogue and the province's table, nor by the names of agencies and
    provinces, which tell who, not what.
    """
    role_df: Counter[tuple[str, str]] = Counter()
    role_words: set[str] = set()
    for text in role_texts:
        folds = [t.fold for t in tokenize(text)]
        role_df.update(set(itertools.pairwise(folds)))
        role_words |= set(folds)
    named = {t.raw for name in names for t in tokenize(name)}
    # A letter's subject tells its task from other letters' tasks, not from its siblings: the
    # tasks of one letter are told apart by their own words.
    letters = Counter(subjects.get(t.id, "") for t in tasks)
    texts = {
        t.id: " ".join(
            [
                t.title,
                t.form,
                subjects.get(t.id, "") if letters[subjects.get(t.id, "")] == 1 else "",
                *t.steps,
                *t.contents,
            ]
        )
        for t in tasks
    }
    stop_pairs = {pair for pair, count in role_df.items() if count >= ROLE_DF}
    # Role words are stopped only as singles: pairs of them are caught by stop_pairs.
    index = TextIndex(texts, matcher, stop_pairs, named)
    for key in index.singles:
        index.singles[key] -= role_words
    return index


def strays(matcher: Matcher, words: Sequence[Word], tell: set[str]) -> list[Word]:
    """The question's words that are no evidence of any catalogue service: unknown to every
    title ("khoáng", "karaoke"), typed with marks no title prints them with ("vàng" is not
    "vắng"), repaired to a title word only by guessing, or one half of a compound the titles
    print typed without its partner ("nuôi" of "nuôi dưỡng" in "con nuôi")."""
    found = []
    for w in words:
        if w.known in tell:
            continue
        if w.weight <= 0 or w.token in QUESTION_MARKED or w.chat:
            continue  # conversation and the work itself: no evidence either way
        if w.known is None or not w.exact or w.factor < 1.0 or w.known in matcher.bound:
            found.append(w)
    return found


def unexplained(matcher: Matcher, key: str, words: Sequence[Word]) -> list[Word]:
    """Of the stray words, those a row does not explain as a slip of the keyboard: a word one
    edit from a word of its title ("dựg" for "dựng"), or typed with other marks than it prints
    ("hô chiếu"). A half of a compound stays unexplained."""
    row = matcher.doc_words_of(key)
    left = []
    for w in words:
        # a word the row holds, typed as it prints it or without marks (other marks, as "vàng"
        # for "vắng" or "báo" for "bảo", make it another word)
        if w.known in row and w.known not in matcher.bound and matcher.row_spells(key, w):
            continue
        # a slip of the keyboard, for a word no title knows ("phí" is no slip of "phổ", nor
        # "trúc", printed as "trực", a slip of "thực")
        slipped = w.known is None
        if slipped and len(w.typed) >= 3 and any(close(w.typed, r) for r in row if r != w.known):
            continue
        left.append(w)
    return left


def close(typed: str, word: str) -> bool:
    """One edit apart (two for long words), for words of three letters or more. A word of three
    letters slipped only by a letter left out ("dựg" for "dựng"): one letter changed makes
    another word ("cát" is not "cấp", "tàu" not "tải")."""
    if abs(len(typed) - len(word)) > 2 or typed == word:
        return typed == word
    if len(typed) <= SHORT and len(word) == len(typed):
        return False
    if len(word) < SHORT and typed.startswith(word):
        # a letter added after a word of two is another syllable, not a slip: "hôn" (kết hôn)
        # typed unmarked is no "hộ" (hộ gia đình), "hoa" no "hỗ" ("oto" is still "ô tô")
        return False
    return Levenshtein.distance(typed, word, score_cutoff=2) <= (2 if len(word) >= 7 else 1)


SHORT = 3  # letters of a word too short to slip by a changed letter
