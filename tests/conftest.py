from __future__ import annotations

import pytest

from knowledge.ask import Assistant
from knowledge.loader import default_catalogue


@pytest.fixture(scope="session")
def catalogue():
    return default_catalogue()


@pytest.fixture(scope="session")
def assistant(catalogue):
    return Assistant(catalogue)
