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


@pytest.fixture
async def player(tmp_path):
    from bot.player import Player
    from tests.botkit import ADMIN

    p = Player(f"sqlite:///{tmp_path / 'bot.db'}", [ADMIN], files_dir=tmp_path / "files")
    await p.start()
    await p.line("@ 2021-04-13 08:00")
    yield p
    await p.stop()
    assert p.emulator.refusals() == [], "the emulator refused a Bot API call"
