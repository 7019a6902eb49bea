"""The bonus each row gets on a near tie: the province's own decision, the rows it assigned, and
the rows of the agency a question names."""

from __future__ import annotations

import numpy as np

from knowledge.catalogue.model import Catalogue, Province
from knowledge.reader.matching import Matcher

DECISION_PRIOR = 1.0  # the province's own decision wins a near tie
ASSIGNED_PRIOR = 0.2  # a row the province assigned wins a near tie
AGENCY_PRIOR = 0.5  # a row of the agency the question names wins a near tie


def province_prior(catalogue: Catalogue, matcher: Matcher, prov: Province) -> np.ndarray:
    """A bonus per row of the matcher: the province's decision and its assigned rows."""
    prior = {}
    for row in catalogue.rows.values():
        bonus = DECISION_PRIOR if row.decision == prov.decision else 0.0
        if row.key in prov.assignments:
            bonus += ASSIGNED_PRIOR
        if bonus:
            prior[row.key] = bonus
    return matcher.prior_vector(prior)


def with_agency(
    vector: np.ndarray, catalogue: Catalogue, prov: Province, agency: str | None
) -> np.ndarray:
    """The province's prior with the rows of the named agency raised (a copy: the province's
    vector is cached and shared)."""
    own = [catalogue.row_position(a.key) for a in prov.rows_of(agency)] if agency else []
    if not own:
        return vector
    vector = vector.copy()
    vector[own] += AGENCY_PRIOR
    return vector


AGENCIES_KEPT = 128  # the agencies' vectors kept (`Priors`): a province's agencies and more


class Priors:
    """The bonuses over one catalogue's rows, per province and per agency a question names,
    each built once: the agency's is a copy of the province's vector, built at each question
    that named one before (~0.1 ms at 10,000 rows). Shared read-only, as the province's was."""

    def __init__(self, catalogue: Catalogue, matcher: Matcher):
        self.catalogue, self.matcher = catalogue, matcher
        self._provinces: dict[str, np.ndarray] = {}
        self._agencies: dict[tuple[str, str], np.ndarray] = {}

    def of(self, prov: Province, agency: str | None = None) -> np.ndarray:
        vector = self._provinces.get(prov.slug)
        if vector is None:
            vector = province_prior(self.catalogue, self.matcher, prov)
            self._provinces[prov.slug] = vector
        if agency is None:
            return vector
        found = self._agencies.get((prov.slug, agency))
        if found is None:
            found = with_agency(vector, self.catalogue, prov, agency)
            if len(self._agencies) >= AGENCIES_KEPT:
                self._agencies.clear()
            self._agencies[(prov.slug, agency)] = found
        return found
