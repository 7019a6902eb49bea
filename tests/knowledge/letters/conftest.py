"""What the letter reader's tests share: the register of Tuyên Quang's units, which every reading
of a letter's addressees, roles and titles is made against."""

from __future__ import annotations

import pytest

from knowledge.letters.register import Register


@pytest.fixture
def register(catalogue):
    return Register(catalogue, catalogue.province("tuyen-quang"))
