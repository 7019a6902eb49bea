"""The indexes the question reader builds over a catalogue's rows and agencies, kept by what they
are built from.

Building them is most of the cost of an Assistant (about 0.2 s of its 0.25 s), and a new
Assistant is built whenever a letter is published or withdrawn, a table version applied or
undone, a task's tracking ended: most of those change the tasks, not the rows, and an undo
brings back rows already indexed once. So each index is kept for the exact values it was built
from (the rows' texts, the names other documents print, the agencies), and an Assistant over the
same values gets the same index. The indexes are read-only once built (their memos of repaired
words and the last compounds read give the same answers whoever asks), as the default
Assistant, shared by every desk of a process, already is.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from knowledge.catalogue.agencies import AgencyResolver
from knowledge.catalogue.model import Agency, Catalogue
from knowledge.language.text import tokenize
from knowledge.reader.lexicon import match_text, title_phrases
from knowledge.reader.matching import Matcher
from knowledge.reader.outside_services import Outside
from knowledge.reader.wording import Wording, outside_names

KEPT = 8  # catalogues' indexes kept per process: the one in force and a few versions around it


@dataclass(frozen=True)
class RowIndexes:
    matcher: Matcher  # the rows, by the text each is matched on
    wording: Wording  # the word pairs of the rows' and the other documents' service names
    outside: Outside  # the services other documents name that are no row's own
    agencies: AgencyResolver  # the agencies, their forms weighed against the titles' wording


def row_indexes(catalogue: Catalogue) -> RowIndexes:
    rows = catalogue.rows.values()
    docs = tuple((r.key, match_text(r, catalogue)) for r in rows)
    titles = tuple(r.title + " " + (r.sub or "") for r in rows)
    services = _services(docs, tuple(outside_names(catalogue)))
    places = frozenset(
        " ".join(t.fold for t in tokenize(p.name)) for p in catalogue.provinces.values()
    )
    agencies = _agencies(tuple(catalogue.agencies.items()), titles, places)
    return RowIndexes(*services, agencies)


@functools.lru_cache(maxsize=KEPT)
def _services(
    docs: tuple[tuple[str, str], ...], names: tuple[str, ...]
) -> tuple[Matcher, Wording, Outside]:
    matcher = Matcher(list(docs))
    wording = Wording([text for _, text in docs], names)
    return matcher, wording, Outside(names, matcher)


@functools.lru_cache(maxsize=KEPT)
def _agencies(
    agencies: tuple[tuple[str, Agency], ...], titles: tuple[str, ...], places: frozenset[str]
) -> AgencyResolver:
    return AgencyResolver(dict(agencies), title_phrases(titles), places)
