"""A provincial task named by its own words, weighed against the catalogue's rows: "báo cáo
thanh toán trực tuyến nộp khi nào" after a letter on online payment was published, "bc tich hop
thanh toan tt", "bc tháng 11 nộp chưa" of a monthly report.

The task index of the weighing (`knowledge.reader.evidence.task_index`) leaves out the wording
every assignment of the catalogue shares ("tích hợp", "thanh toán", "trực tuyến") so that it
never tells one seed task from another; a letter written about exactly that work ("V/v báo cáo
tình hình tích hợp thanh toán trực tuyến") is then not found by its own title. Here each task's
text (title, form, steps, dossier contents, its letter's subject) is read whole, and a question
word counts as the task's when the task prints it beside the word typed next to it (a pair, as
the titles are read), typed unmarked or shortened: the reviewed synonyms ("bc": "báo cáo"), and
a word of consonants only as the run of the task's own words with those initials printed next to
a word typed beside it ("thanh toán tt": "thanh toán trực tuyến").

The task is the answer when it holds more of the question than the best row and every word that
row holds; a task due in the period the question names wins a tie ("bc tháng 11": the November
report, not the row printing "báo cáo 6 tháng": a month's number is no title's word). A task
that holds more while the row holds a word it does not: both are offered.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from knowledge.catalogue.model import Task
from knowledge.language.text import Token, accent_key, tokenize
from knowledge.language.vocabulary import CHAT_WORDS, QUESTION_MARKED, WORK_WORDS
from knowledge.reader.initials import VOWELS
from knowledge.reader.matching import UNKNOWN_WEIGHT, Matcher
from knowledge.reader.synonyms import expand_tokens

SHORTHAND = 2  # letters a shorthand of the task's own words has at least ("tt", "bc")
# the task holds this share of the question's words at least: a pair of its text amid words
# of another service ("… kết hôn có trong danh mục không") is not the task asked about
MIN_SHARE = 0.75
ROLE_SHARE = 0.2  # a pair in this share of the role cells is the wording of every assignment
MIN_HELD = 2  # words of the question a task holds at least (one pair)
# what those words weigh at least, filler aside: more than one word every text prints ("dịch
# vụ" weighs 2.7, "báo cáo" 4.9)
MIN_WEIGHT = 3.0
# what they weigh for the task to be answered as sure without a period it falls due in: two
# such words ("báo cáo" and "thanh toán"); less is offered ("hồ sơ gửi lúc nào")
SURE_WEIGHT = 6.0


@dataclass(frozen=True)
class TaskFit:
    """How well the tasks (ids, best first, tied) and the best row explain a question."""

    tasks: tuple[str, ...]
    phrases: dict[str, int]  # by task: pairs of the question its own text prints as typed
    task_weight: float
    firm: float  # what the words it holds weigh, the work's verbs and the domain's words aside
    row_weight: float
    total: float
    row_extra: bool  # the row holds a word of the question the tasks do not


def _segments(texts: Iterable[str]) -> list[list[Token]]:
    """Texts, each as its words: a pair is read inside one text only."""
    return [[t for t in tokenize(text) if not t.is_number] for text in texts if text]


def _pairs(
    segments: Iterable[list[Token]], stop: Collection[str]
) -> dict[tuple[str, str], set[tuple[str, str]]]:
    """Each pair of folded words a text prints, with the marks it prints them with; not a pair
    of words of names (`stop`, as printed: "Sở" is a name's, the "số" of "số hóa" is not)."""
    found: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for seq in segments:
        for a, b in itertools.pairwise(seq):
            if a.raw in stop and b.raw in stop:
                continue
            found.setdefault((a.fold, b.fold), set()).add((accent_key(a.raw), accent_key(b.raw)))
    return found


def _as_printed(typed: Token, printed: str) -> bool:
    """A word typed without marks is any marking of it; typed with marks, those printed ("họp"
    is not the "hợp" of "tổng hợp")."""
    return not typed.has_marks or accent_key(typed.raw) == printed


class TaskWords:
    """Every task's own words, pairs and runs, to read a question against."""

    def __init__(
        self,
        tasks: Iterable[Task],
        subjects: Mapping[str, str],
        matcher: Matcher,
        role_texts: Sequence[str] = (),
        names: Sequence[str] = (),
    ):
        """role_texts: the role cells of the catalogue and the province's table; names: of the
        agencies and provinces, which tell who, not what ("Tuyên Quang", "Ủy ban nhân dân
        tỉnh": a pair of their words is no task's)."""
        self.matcher = matcher
        # the wording of every assignment ("chủ trì", "phối hợp", "triển khai", "tích hợp"):
        # a pair printed in a share of the role cells. Evidence beside other words where a
        # task prints it, never enough alone ("bên nào chủ trì" asks of no task)
        cells: Counter[tuple[str, str]] = Counter()
        for text in role_texts:
            cells.update(set(itertools.pairwise(t.fold for t in tokenize(text))))
        self.common = {
            w for pair, n in cells.items() if n >= ROLE_SHARE * len(role_texts) for w in pair
        }
        stop = {t.raw for name in names for t in tokenize(name)}
        self.segments: dict[str, list[list[str]]] = {}
        self.pairs: dict[str, dict[tuple[str, str], set[tuple[str, str]]]] = {}
        self.own: dict[str, set[tuple[str, str]]] = {}  # not the letter's subject's
        self.singles: dict[str, set[str]] = {}
        self.holders: dict[tuple[str, str], set[str]] = {}
        self._weights: dict[str, float] = {}
        for task in tasks:
            own = _segments([task.title, task.form, *task.steps, *task.contents])
            segments = own + _segments([subjects.get(task.id, "")])
            self.segments[task.id] = [[t.fold for t in seq] for seq in segments]
            self.pairs[task.id] = _pairs(segments, stop)
            self.own[task.id] = set(_pairs(own, stop))
            # a long word no title prints ("paygov") is the task's alone, as in the task index
            self.singles[task.id] = {
                t.fold
                for seq in segments
                for t in seq
                if len(t.fold) >= 4 and matcher.df(t.fold) == 0
            }
            # which tasks print a pair or hold a word of their own: a question none of them
            # does is let go at once
            for pair in self.pairs[task.id]:
                self.holders.setdefault(pair, set()).add(task.id)
            for word in self.singles[task.id]:
                self.holders.setdefault((word, ""), set()).add(task.id)

    def spelled(self, tokens: Sequence[Token]) -> list[Token]:
        """The question's words, the reviewed synonyms spelled out, numbers aside."""
        return [t for t in expand_tokens(tokens, self.matcher.pair_accents) if not t.is_number]

    def _spell(
        self, key: str, typed: Sequence[Token], filler: set[int]
    ) -> list[tuple[Token, bool]]:
        """The typed words with each shorthand the task's text spells next to a neighbour typed
        beside it replaced by those words (a shorthand it does not spell is kept as typed), each
        word with whether it is filler (`filler`: positions in `typed`)."""
        folds = [t.fold for t in typed]
        out: list[tuple[Token, bool]] = []
        for i, token in enumerate(typed):
            word = token.fold
            run = None
            if len(word) >= SHORTHAND and word.isalpha() and not VOWELS & set(word):
                before = folds[i - 1] if i else ""
                after = folds[i + 1] if i + 1 < len(folds) else ""
                run = self._run(key, word, before, after)
            out += [(Token(w, w), False) for w in run] if run else [(token, i in filler)]
        return out

    def _run(self, key: str, short: str, before: str, after: str) -> list[str] | None:
        n = len(short)
        for seq in self.segments.get(key, ()):
            for k in range(len(seq) - n + 1):
                run = seq[k : k + n]
                if "".join(w[0] for w in run) != short:
                    continue
                if (before and k and seq[k - 1] == before) or (
                    after and k + n < len(seq) and seq[k + n] == after
                ):
                    return run
        return None

    def held(
        self, key: str, typed: Sequence[Token], filler: set[int]
    ) -> tuple[list[tuple[Token, bool]], set[int]]:
        """The question's words as this task reads them, and the positions of those it holds:
        a pair it prints as typed, one word of it at least no filler; a long word of its own."""
        words = self._spell(key, typed, filler)
        pairs, singles = self.pairs.get(key, {}), self.singles.get(key, set())
        found = {i for i, (w, idle) in enumerate(words) if w.fold in singles and not idle}
        for i, ((a, idle_a), (b, idle_b)) in enumerate(itertools.pairwise(words)):
            if idle_a and idle_b:
                continue
            printed = pairs.get((a.fold, b.fold), ())
            if any(_as_printed(a, x) and _as_printed(b, y) for x, y in printed):
                found |= {i, i + 1}
        return words, found

    def phrases(self, key: str, words: list[tuple[Token, bool]]) -> int:
        """How many pairs the question types side by side the task's own text (not its letter's
        subject, which its sibling tasks share) prints side by side."""
        pairs = self.own.get(key, set())
        return sum((a[0].fold, b[0].fold) in pairs for a, b in itertools.pairwise(words))

    def own_phrases(self, key: str, tokens: Sequence[Token]) -> int:
        """How many pairs of the words typed (`tokens`) the task's own text prints side by side
        (`phrases`): what tells apart tasks whose letter's subject the words fit alike."""
        return self.phrases(key, self._spell(key, self.spelled(tokens), set()))

    def weight(self, word: str) -> float:
        found = self._weights.get(word)
        if found is None:
            known = self.matcher.repair(word)
            found = self.matcher.idf[known[0]] if known else UNKNOWN_WEIGHT * self.matcher.max_idf
            self._weights[word] = found
        return found

    def candidates(self, folds: Sequence[str]) -> set[str]:
        """The tasks that print a pair of the question's words or hold one of its words of
        their own; every task where it types a shorthand (read against each task's text)."""
        if any(len(w) >= SHORTHAND and w.isalpha() and not VOWELS & set(w) for w in folds):
            return set(self.segments)
        found: set[str] = set()
        for pair in itertools.pairwise(folds):
            found |= self.holders.get(pair, set())
        for word in folds:
            found |= self.holders.get((word, ""), set())
        return found

    def fit(
        self,
        keys: Sequence[str],
        tokens: Sequence[Token],
        row: Callable[[], str | None],
        support: Collection[str] = (),
    ) -> TaskFit | None:
        """The tasks among `keys` that hold most of the question's words of content
        (`tokens`, in question order), against `row()`, the best row the catalogue finds. A
        word of the asking, of talk or of the work's own verbs ("bao" of "bao giờ", "nộp")
        counts only where a text prints it beside its neighbour ("báo cáo"). `support`: the
        domain's own words ("dịch vụ công", "trực tuyến", folded), evidence beside others, never
        enough alone."""
        spelled = self.spelled(tokens)
        held_by = self.candidates([t.fold for t in spelled])
        keys = [k for k in keys if k in held_by]
        if not keys:
            return None
        filler = {i for i, t in enumerate(spelled) if _filler(t)}
        best: list[str] = []
        best_weight, best_total = 0.0, 0.0
        best_held: set[str] = set()
        firm = 0.0
        phrases: dict[str, int] = {}
        for key in keys:
            words, found = self.held(key, spelled, filler)
            if len(found) < MIN_HELD:
                continue
            got = round(sum(self.weight(words[i][0].fold) for i in found), 6)
            total = sum(
                self.weight(w.fold) for i, (w, idle) in enumerate(words) if i in found or not idle
            )
            phrases[key] = self.phrases(key, words)
            if got > best_weight:
                best, best_weight, best_total = [key], got, total
                best_held = {words[i][0].fold for i in found}
                firm = sum(
                    self.weight(w.fold)
                    for w in (words[i][0] for i in found)
                    if w not in WORK_WORDS and w.fold not in support and w.fold not in self.common
                )
            elif got == best_weight:
                best.append(key)
                best_held |= {words[i][0].fold for i in found}
        if not best or firm < MIN_WEIGHT or best_weight < MIN_SHARE * best_total:
            return None
        best_row = row()
        row_held = self._row_held(best_row, [t.fold for t in spelled]) if best_row else set()
        return TaskFit(
            tuple(best),
            {k: phrases[k] for k in best},
            best_weight,
            firm,
            sum(self.weight(w) for w in row_held),
            best_total,
            bool(row_held - best_held),
        )

    def _row_held(self, row: str, folds: Sequence[str]) -> set[str]:
        """The question's words the row prints beside a word typed next to it."""
        seq = self.matcher.doc_sequence(row)
        pairs = set(itertools.pairwise(seq))
        held: set[str] = set()
        for a, b in itertools.pairwise(folds):
            if (a, b) in pairs:
                held |= {a, b}
        return held


def _filler(token: Token) -> bool:
    """A word of the asking, of talk or of the work's own verbs."""
    return token in QUESTION_MARKED or token in CHAT_WORDS or token in WORK_WORDS


def verdict(fit: TaskFit, dated: bool) -> str | None:
    """ "task": the tasks explain the question better than the row, and all the row does, with
    words enough (or a period they fall due in); "offer": the same, on less; "both": better,
    but the row holds a word they do not (offered side by side); None: the row is as good (a
    task due in the period the question names wins a tie)."""
    sure = fit.firm >= SURE_WEIGHT or dated
    if fit.task_weight > fit.row_weight + 1e-6:
        if fit.row_extra:
            return "both"
        return "task" if sure else "offer"
    if dated and not fit.row_extra and fit.task_weight >= fit.row_weight - 1e-6:
        return "task"
    return None
