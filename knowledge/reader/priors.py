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
