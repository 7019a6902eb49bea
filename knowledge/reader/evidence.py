"""What the residue of a question says: which of its words point at a service, and how well they
fit a provincial task.

Which words carry evidence is read off the catalogue, not listed: Vietnamese words are mostly two
syllables, so a syllable pair printed in a title ("giấy phép", "hộ chiếu") points at a service,
while a syllable alone ("cấp", "việc", "theo") or one half of a compound the titles never print
("phân công") says nothing about which service.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from knowledge.catalogue.model import Task
from knowledge.language.text import Token, tokenize
from knowledge.language.vocabulary import QUESTION_WORDS
from knowledge.reader.matching import UNKNOWN_WEIGHT, Matcher, Word, expand_tokens

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
        if a.typed in QUESTION_WORDS and b.typed in QUESTION_WORDS:
            continue  # "với các", "cần bảo": two function words say nothing of a service
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
    ("bước"). `stop_pairs` and `stop_words` say nothing of which text is meant."""

    def __init__(
        self,
        texts: dict[str, str],
        matcher: Matcher,
        stop_pairs: Collection[tuple[str, str]] = (),
        stop_words: Collection[str] = (),
    ):
        self.matcher = matcher
        stop = set(stop_words)
        self.pairs: dict[str, set[tuple[str, str]]] = {}
        self.singles: dict[str, set[str]] = {}
        for key, text in texts.items():
            folds = [t.fold for t in tokenize(text) if not t.is_number]
            pairs = set(itertools.pairwise(folds)) - set(stop_pairs)
            self.pairs[key] = {p for p in pairs if not set(p) <= stop}
            self.singles[key] = {
                w for w in folds if len(w) >= 4 and matcher.df(w) == 0 and w not in stop
            }

    def fit(self, keys: Sequence[str], tokens: Sequence[Token]) -> list[Fit]:
        """The texts by how much of the question they hold, best first. A word weighs what it
        weighs among the catalogue's titles, so words every service shares count little."""
        folds = [t.fold for t in expand_tokens(tokens)]
        content = {w for w in folds if w not in QUESTION_WORDS and not w[:1].isdecimal()}
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
                fits.append(Fit(key, got, got / total, len(held)))
        return sorted(fits, key=lambda f: -f.weight)

    def _weight(self, word: str) -> float:
        known = self.matcher.repair(word)
        return self.matcher.idf[known[0]] if known else UNKNOWN_WEIGHT * self.matcher.max_idf


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
    named = {t.fold for name in names for t in tokenize(name)}
    texts = {
        t.id: " ".join([t.title, t.form, subjects.get(t.id, ""), *t.steps, *t.contents])
        for t in tasks
    }
    stop_pairs = {pair for pair, count in role_df.items() if count >= ROLE_DF}
    # Role words are stopped only as singles: pairs of them are caught by stop_pairs.
    index = TextIndex(texts, matcher, stop_pairs, named)
    for key in index.singles:
        index.singles[key] -= role_words
    return index
