"""Fuzzy ranking of catalogue rows for a loose Vietnamese question.

BM25 over folded words with a bonus for word pairs in the printed order, after the question has
been repaired word by word (Telex left-overs, typos) and cleared of filler. Scores are accumulated
in numpy arrays so that a catalogue of 10,000 rows still answers in well under 10 ms.
The officers' shorthand is spelled out first (synonyms.py).
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from operator import is_

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from knowledge.language.text import Token, accent_key, tokenize, untelex
from knowledge.language.vocabulary import (
    CHAT_WORDS,
    INTERROGATIVES,
    QUESTION_MARKED,
    WORK_PHRASES,
    WORK_WORDS,
)
from knowledge.reader.initials import initials_table, slash_readings, spell_initials
from knowledge.reader.match_bound import bounded_hits
from knowledge.reader.match_dense import dense_pairs, dense_words
from knowledge.reader.match_few import rank_few
from knowledge.reader.match_top import best_hits
from knowledge.reader.match_weights import K1, PAIR_WEIGHT, B
from knowledge.reader.question_words import Hit, Word
from knowledge.reader.row_texts import RowTexts

# re-exported: the reader's modules import the expansion of typed words with the matcher
from knowledge.reader.synonyms import expand_tokens as expand_tokens
from knowledge.reader.synonyms import expand_with_positions, expand_words
from knowledge.reader.word_roles import (
    before_unknown,
    bound_words,
    mid_phrase,
    opens_compound,
    wording_positions,
)

FUZZY_DISCOUNT = 0.8
ACCENT_DISCOUNT = 0.5  # typed with marks the titles never print for that word
UNKNOWN_WEIGHT = 0.5  # share of the rarest word's weight a word unknown to the catalogue carries
# A word or a pair at least this share of the rows hold ("cấp", "giấy" at 10,000 rows) is added
# to the scores as a whole vector kept ready: one pass over the rows costs less than a scattered
# add into most of them. Only in catalogues of DENSE_ROWS rows or more: below, the add is cheap.
DENSE_SHARE = 0.125
DENSE_ROWS = 2_000
# `words` read of the same token objects (and breaks) is kept for the next calls: a question is
# read four or five times over (the residue, its words for the tasks, the situations), and
# token objects are new for every question, so nothing outlives the question it was read for.
RECENT_WORDS = 4
# The folds of the talk's words: a word that folds to none of them is no word of the talk,
# without asking each vocabulary (most of a question's words are in none)
_ASKING_FOLDS = QUESTION_MARKED.folds | CHAT_WORDS.folds
_TALK_FOLDS = _ASKING_FOLDS | WORK_WORDS.folds


class Matcher(RowTexts):
    def __init__(self, docs: list[tuple[str, str]]):
        """docs: (key, text to match against). Keys must be unique."""
        self.keys = [k for k, _ in docs]
        typed = [tokenize(text) for _, text in docs]
        token_lists = [expand_words([t.fold for t in tokens]) for tokens in typed]
        # How each folded word is printed with its marks: a question typed with marks that the
        # titles never print ("mưa" for "mua", "hồ sơ" for "hộ sở") is weaker evidence.
        self.accents: dict[str, set[str]] = {}
        self.pair_accents: dict[tuple[str, str], set[tuple[str, str]]] = {}
        for tokens in typed:
            for t in tokens:
                self.accents.setdefault(t.fold, set()).add(accent_key(t.raw))
            for a, b in itertools.pairwise(tokens):
                keys = (accent_key(a.raw), accent_key(b.raw))
                self.pair_accents.setdefault((a.fold, b.fold), set()).add(keys)
        n = len(docs)
        self.n = n
        lengths = np.array([max(len(t), 1) for t in token_lists], dtype=np.float64)
        avg = float(lengths.mean()) if n else 1.0
        norm = K1 * (1 - B + B * lengths / avg)
        df: Counter[str] = Counter()
        pair_df: Counter[tuple[str, str]] = Counter()
        for toks in token_lists:
            df.update(set(toks))
            pair_df.update(set(itertools.pairwise(toks)))
        self.idf = {t: math.log(1 + (n - c + 0.5) / (c + 0.5)) for t, c in df.items()}
        self.max_idf = max(self.idf.values(), default=1.0)
        postings: dict[str, dict[int, int]] = {}
        pair_postings: dict[tuple[str, str], list[int]] = {}
        for i, toks in enumerate(token_lists):
            # A word counts once per row: a title that repeats a word ("hộ chiếu ngoại giao, hộ
            # chiếu công vụ") is not more about it than a short title that names it once.
            for word in set(toks):
                postings.setdefault(word, {})[i] = 1
            for pair in set(itertools.pairwise(toks)):
                pair_postings.setdefault(pair, []).append(i)
        # Precomputed BM25 contribution of each word to each row that holds it.
        self.postings: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for word, docs_tf in postings.items():
            idx = np.fromiter(docs_tf.keys(), dtype=np.int64, count=len(docs_tf))
            tf = np.fromiter(docs_tf.values(), dtype=np.float64, count=len(docs_tf))
            self.postings[word] = (idx, self.idf[word] * tf * (K1 + 1) / (tf + norm[idx]))
        self.pairs = {p: np.array(ix, dtype=np.int64) for p, ix in pair_postings.items()}
        # the common words and pairs as whole vectors over the rows (match_dense.py)
        self.dense: dict[str, np.ndarray] = {}
        self.dense_pairs: dict[tuple[str, str], np.ndarray] = {}
        if n >= DENSE_ROWS:
            self.dense = dense_words(self.postings, self.idf, n, DENSE_SHARE * n)
            self.dense_pairs = dense_pairs(self.pairs, self.idf, n, DENSE_SHARE * n, PAIR_WEIGHT)
        self.doc_words = [frozenset(toks) for toks in token_lists]
        self.doc_tokens = token_lists
        self._pairs = {}
        self.doc_typed = typed
        self.bound = bound_words(token_lists)
        self.long_vocab = [t for t in self.idf if len(t) >= 4]
        # a title's alternatives ("chứng chỉ/thẻ hành nghề") read each way for the shorthand
        alternatives = [
            expand_words([t.fold for t in tokenize(v)])
            for _, text in docs
            for v in slash_readings(text)
        ]
        self.initials = initials_table(token_lists + alternatives)
        self._repairs: dict[str, tuple[str, float] | None] = {}
        self.top_parts: dict[str, float] = {}  # match_bound.ceiling's, as they are asked
        # (tokens, breaks, words) of the last few `words` calls, newest first; replaced whole
        self._recent: tuple[tuple[tuple[Token, ...], tuple[int, ...], tuple[Word, ...]], ...] = ()

    # -- the question -------------------------------------------------------------------------
    def repair(self, token: str) -> tuple[str, float] | None:
        """A known word for an unknown one, with a confidence factor, or None."""
        if token in self.idf:
            return token, 1.0
        if token in self._repairs:
            return self._repairs[token]
        result = None
        plain = untelex(token)
        if plain in self.idf:
            result = (plain, 1.0)
        elif len(token) >= 5 and not token.isdecimal():
            # One edit for words of five letters or more, two from eight: short words are too
            # alike.
            max_edits = 2 if len(token) >= 8 else 1
            best = process.extractOne(
                token, self.long_vocab, scorer=Levenshtein.distance, score_cutoff=max_edits
            )
            if best is None and plain != token and len(plain) >= 5:
                best = process.extractOne(
                    plain, self.long_vocab, scorer=Levenshtein.distance, score_cutoff=1
                )
            if best is not None:
                result = (best[0], FUZZY_DISCOUNT)
        if len(self._repairs) < 50_000:
            self._repairs[token] = result
        return result

    def words(self, tokens: Sequence[Token], breaks: Collection[int] = ()) -> list[Word]:
        """The question's words in order, question words dropped unless they pair with a neighbour
        into catalogue wording ("hỏi" goes, "xã hội" stays; "cần báo" is not "cần bảo").
        breaks: the positions of tokens that something else the question says stands before
        ("… bảo trợ xã hội | bên em | phụ trách"): the words on either side are no neighbours."""
        typed = tuple(tokens)
        cuts = tuple(sorted(b for b in breaks if 0 < b < len(tokens)))
        recent = self._recent
        for held, held_cuts, found_before in recent:
            if held_cuts == cuts and len(held) == len(typed) and all(map(is_, held, typed)):
                # new Word objects: callers tell a list's words apart by identity
                return [_fresh(w) for w in found_before]
        result: list[Word] = []
        start, offset = 0, 0
        for stop in [*cuts, len(tokens)]:
            found, size = self._words(tokens[start:stop], offset)
            result += found
            start, offset = stop, offset + size + 1
        self._recent = ((typed, cuts, tuple(result)), *recent[: RECENT_WORDS - 1])
        return result

    def _words(self, tokens: Sequence[Token], offset: int) -> tuple[list[Word], int]:
        """`words` of a run of neighbouring tokens, numbered from offset; and how many words
        the run spelled out."""
        expanded, spelled = self.spelled_out(tokens)
        folds = [t.fold for t in expanded]
        fixed = [self.repair(w) for w in folds]
        accents = self.accents
        # typed as a title prints the word it is read as (`as_printed`, asked once a word)
        printed = [
            f is not None and (not t.has_marks or accent_key(t.raw) in accents.get(f[0], ()))
            for t, f in zip(expanded, fixed, strict=True)
        ]
        exact = [p and f is not None and f[1] == 1.0 for p, f in zip(printed, fixed, strict=True)]

        # "the nao" is "thế nào", "cai gi" "cái gì": a word of conversation typed without marks
        # before a question word belongs to the question, and closes no pair a title prints
        # ("gia han the nao" asks how to renew, not about a card: "hạn thẻ")
        asking = {
            k
            for k in range(len(expanded) - 1)
            if not expanded[k].has_marks
            and folds[k] in _ASKING_FOLDS
            and (expanded[k] in QUESTION_MARKED or expanded[k] in CHAT_WORDS)
            and expanded[k + 1] in INTERROGATIVES
            # "mau con dau" is "mẫu con dấu": the two close a pair a title prints, no question
            and not self.printed_pair(expanded[k], expanded[k + 1])
        }

        def pairs_with(i: int, j: int) -> bool:
            if not 0 <= j < len(folds) or not (exact[i] and exact[j]):
                return False
            first, second = (i, j) if i < j else (j, i)
            if second in asking:
                return False
            a, b = fixed[first], fixed[second]
            if a is None or b is None:
                return False
            return self.printed_pair(expanded[first], expanded[second], (a[0], b[0]))

        result = []
        work = WORK_PHRASES.positions(expanded)
        # a word a synonym spelled out is the catalogue's wording, whatever function word it
        # folds onto (the "tử" of "khai tử" is no "từ")
        talk = [
            i not in spelled
            and (
                (
                    t.fold in _TALK_FOLDS
                    and (t in QUESTION_MARKED or t in CHAT_WORDS or t in WORK_WORDS)
                )
                or i in work
            )
            # "xay nha 3 tang": "nha" before its object is "nhà", no particle
            and not mid_phrase(expanded, i)
            # "cai nghien": a word of the talk before a word no title knows is its partner
            and not before_unknown(expanded, i, exact)
            for i, t in enumerate(expanded)
        ]

        wording = wording_positions(talk, pairs_with)

        for i, t in enumerate(expanded):
            w = t.fold
            chat = talk[i]
            if i not in wording:
                continue
            found = fixed[i]
            at = offset + i
            if found:
                factor = found[1] * (1.0 if printed[i] else ACCENT_DISCOUNT)
                weight = self.idf[found[0]]
                synonym = i in spelled
                result.append(Word(w, t, found[0], factor, weight, exact[i], at, chat, synonym))
            else:
                # a syllable of two letters typed with its marks is a word ("gỗ", "cá"), not
                # the letters of a shorthand nor a slip of the keys
                word = len(w) > 2 or (
                    len(w) == 2 and not chat and (t.has_marks or opens_compound(folds, fixed, i))
                )
                weight = UNKNOWN_WEIGHT * self.max_idf if word and not w.isdecimal() else 0.0
                result.append(Word(w, t, None, 0.0, weight, False, at, chat))
        return result, len(expanded)

    def spelled_out(self, tokens: Sequence[Token]) -> tuple[list[Token], set[int]]:
        """The tokens `words` reads: synonyms and shorthand spelled out, and their positions."""
        return spell_initials(*expand_with_positions(tokens, self.pair_accents), self.initials)

    def typed_pair(self, before: Word, word: Word) -> bool:
        """Whether two question words typed side by side, each as a title prints it, are a pair
        some title prints: a thing of the catalogue's own ("mã số"), not a word of the asker's."""
        return (
            word.at == before.at + 1
            and before.exact
            and word.exact
            and before.known is not None
            and word.known is not None
            and self.printed_pair(before.token, word.token, (before.known, word.known))
        )

    def printed_pair(self, a: Token, b: Token, words: tuple[str, str] | None = None) -> bool:
        """Two words a title prints side by side, with the marks they were typed with ("cần bảo"
        is printed, "cần báo" is not). words: the catalogue words they were repaired to."""
        printed = self.pair_accents.get(words or (a.fold, b.fold))
        if not printed:
            return False
        if not a.has_marks and not b.has_marks:
            return True
        ka, kb = accent_key(a.raw), accent_key(b.raw)
        return any(
            (not a.has_marks or x == ka) and (not b.has_marks or y == kb) for x, y in printed
        )

    def as_printed(self, token: Token, word: str) -> bool:
        """Typed without marks, or with the marks some title prints that word with."""
        return not token.has_marks or accent_key(token.raw) in self.accents.get(word, ())

    # -- ranking ------------------------------------------------------------------------------
    def search(
        self, question: str, limit: int = 5, prior: dict[str, float] | np.ndarray | None = None
    ) -> list[Hit]:
        """Rank for a free text (an imported table's service name, a benchmark question)."""
        return self.rank(self.words(tokenize(question)), limit, prior)

    def rank(
        self,
        words: Sequence[Word],
        limit: int = 5,
        prior: dict[str, float] | np.ndarray | None = None,
        allowed: np.ndarray | None = None,
    ) -> list[Hit]:
        """The documents that best explain the words, best first; `allowed` (one boolean per
        document, from `mask`) leaves the others out."""
        distinct: dict[str, Word] = {}
        for w in words:
            distinct.setdefault(w.known or w.typed, w)
        known = [(w.known, w.factor) for w in distinct.values() if w.known]
        total_weight = sum(w.weight for w in distinct.values())
        if not known or self.n == 0 or total_weight <= 0:
            return []
        allowing = self.n if allowed is None else int(np.count_nonzero(allowed))
        sequence = [w.known for w in words]
        bonus = None if prior is None else self._bonus(prior)
        if allowed is not None and allowing <= limit:
            # every allowed row that scores is a hit: summed for those rows alone (match_few.py)
            rows = np.flatnonzero(allowed)
            return rank_few(self, rows, known, sequence, total_weight, bonus, PAIR_WEIGHT)
        # scores and coverage side by side: a common word's two vectors are one add; a common
        # first word starts them (0.0 plus a value, or 1.0 times it, is that value's bits)
        first = self.dense.get(known[0][0])
        both = np.zeros((2, self.n)) if first is None else known[0][1] * first
        scores, covered = both
        for word, factor in known[first is not None :]:
            whole = self.dense.get(word)
            if whole is None:
                idx, contrib = self.postings[word]
                scores[idx] += contrib if factor == 1.0 else factor * contrib
                covered[idx] += factor * self.idf[word]
            elif factor == 1.0:
                both += whole
            else:
                both += factor * whole
        for a, b in itertools.pairwise(sequence):
            if a and b and (a, b) in self.pairs:
                common = self.dense_pairs.get((a, b))
                if common is None:
                    scores[self.pairs[(a, b)]] += PAIR_WEIGHT * (self.idf[a] + self.idf[b]) / 2
                else:
                    scores += common
        mask = allowed if allowing < self.n else None  # all allowed: the reader's usual mask
        # the rows holding a rarer word, where the others provably are no hits (match_bound.py)
        found = bounded_hits(self, both, known, sequence, total_weight, limit, bonus, mask)
        best, negated, coverage = found or best_hits(
            scores, covered, total_weight, limit, bonus, mask
        )
        keys = self.keys
        return [
            Hit(keys[i], -score, share)
            for i, score, share in zip(
                best.tolist(), negated.tolist(), coverage.tolist(), strict=True
            )
        ]

    def _bonus(self, prior: dict[str, float] | np.ndarray) -> np.ndarray:
        return prior if isinstance(prior, np.ndarray) else self.prior_vector(prior)

    def prior_vector(self, prior: dict[str, float]) -> np.ndarray:
        """A bonus per document for `rank(prior=...)`, from a bonus per key; compute once."""
        vector = np.zeros(self.n)
        for key, bonus in prior.items():
            i = self._index_of(key)
            if i is not None:
                vector[i] = bonus
        return vector

    def mask(self, keep: Callable[[str], bool]) -> np.ndarray:
        """One boolean per document, for `rank(allowed=...)`; compute once, reuse."""
        return np.fromiter((keep(k) for k in self.keys), dtype=bool, count=self.n)

    def mask_of(self, keys: Iterable[str]) -> np.ndarray:
        """`mask` for a few keys, without a pass over every document."""
        allowed = np.zeros(self.n, dtype=bool)
        for key in keys:
            i = self._index_of(key)
            if i is not None:
                allowed[i] = True
        return allowed

    def df(self, word: str) -> int:
        """How many documents hold the word."""
        return len(self.postings[word][0]) if word in self.postings else 0


def _fresh(word: Word) -> Word:
    """A copy of a word (a frozen dataclass: its fields set without its __setattr__)."""
    fresh = object.__new__(Word)
    fresh.__dict__.update(word.__dict__)
    return fresh
