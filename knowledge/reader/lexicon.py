"""What the bot's documents print, as the question reader uses it: the text a row is matched on,
the runs of title words an agency's short form may collide with, every word the bot knows (for
reading Telex left-overs back) and the word pairs the documents print side by side."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable

from knowledge.catalogue.model import Catalogue, Row, Task
from knowledge.language.text import tokenize
from knowledge.language.vocabulary import QUESTION_WORDS, ROW_WORDS, SERVICE_SYNONYMS
from knowledge.reader.matching import Matcher, expand_words
from knowledge.reader.periods import PERIOD_WORDS
from knowledge.reader.row_refs import Pairs
from knowledge.reader.spelling import Printed
from knowledge.rules.statuses import STATUS_PHRASES

MAX_PHRASE = 8  # words of a title kept as catalogue wording for the agency resolver


def match_text(row: Row, catalogue: Catalogue) -> str:
    """What a row is matched on: its title; a sub-row of 406-11 is its parent's title and its
    sector."""
    if row.sub:
        return catalogue.rows[f"{row.decision}-{row.number}"].title + " " + row.sub
    return row.title


def told_pairs(catalogue: Catalogue) -> dict[str, frozenset[tuple[str, str]]]:
    """The word pairs (folded, side by side) each row's whole text prints: its title, its
    roles and its dates' text; built once per catalogue, never per question."""
    found = {}
    for row in catalogue.rows.values():
        text = " ".join((row.title, row.ministry_role, row.local_role, row.deadline_text))
        folds = [t.fold for t in tokenize(text)]
        found[row.key] = frozenset(itertools.pairwise(folds))
    return found


def catalogue_phrases(catalogue: Catalogue) -> frozenset[str]:
    """Runs of title words (and the officers' service abbreviations), spaces removed: an agency
    form among them reads as catalogue wording too."""
    return title_phrases(row.title + " " + (row.sub or "") for row in catalogue.rows.values())


def title_phrases(titles: Iterable[str]) -> frozenset[str]:
    """catalogue_phrases of the rows' titles (each with its sub-row's sector)."""
    phrases: set[str] = set()
    for title in titles:
        words = expand_words([t.fold for t in tokenize(title)])
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + MAX_PHRASE) + 1):
                phrases.add("".join(words[i:j]))
    phrases |= {k.replace(" ", "") for k in SERVICE_SYNONYMS} | ROW_WORDS.folds
    return frozenset(phrases)


def texts(catalogue: Catalogue, tasks: list[Task]) -> list[str]:
    """Everything the bot's documents print: titles, agencies, the tasks' texts."""
    found = [n for a in catalogue.agencies.values() for n in (a.name, *a.aliases)]
    found += [text for t in tasks for text in (t.title, t.form, *t.steps, *t.contents)]
    found += [match_text(r, catalogue) for r in catalogue.rows.values()]
    return found


def compounds(catalogue: Catalogue, tasks: list[Task]) -> Pairs:
    """The word pairs the documents print side by side ("danh mục", "mã số")."""
    pairs: set[tuple[str, str]] = set()
    for text in texts(catalogue, tasks):
        pairs.update(itertools.pairwise(t.fold for t in tokenize(text)))
    return frozenset(pairs)


def pair_counts(catalogue: Catalogue, tasks: list[Task]) -> Counter[tuple[str, str]]:
    """How often the documents print each pair of words side by side (folded)."""
    found: Counter[tuple[str, str]] = Counter()
    for text in texts(catalogue, tasks):
        found.update(itertools.pairwise(t.fold for t in tokenize(text)))
    return found


def printed(catalogue: Catalogue, tasks: list[Task]) -> Printed:
    """The documents' words and pairs, marks and all."""
    return Printed(texts(catalogue, tasks))


def vocabulary(catalogue: Catalogue, tasks: list[Task], matcher: Matcher) -> frozenset[str]:
    """Every word the bot knows, so a Telex left-over can be read back to one of them."""
    found = [a.name + " " + " ".join(a.aliases) for a in catalogue.agencies.values()]
    found += [" ".join([t.title, t.form, *t.steps, *t.contents]) for t in tasks]
    # the status words ("xong", "kiểm thử"): a status line's Telex left-over is read back too
    found += [phrase for phrase, _ in STATUS_PHRASES]
    known = {t.fold for text in found for t in tokenize(text)}
    return frozenset(known | set(matcher.idf) | QUESTION_WORDS | PERIOD_WORDS)
