"""What the fork server of tests/e2e/test_processes.py loads once before it forks any bot: the
bot's modules (tests.e2e.tick_worker) and the reader of the shipped catalogue, which every bot
process forked from it would otherwise build again (a quarter of a second of CPU each, some twenty
of them a run). A forked process inherits it as it inherits the imports; everything else each bot
builds for itself, from its own database, as a fresh process would.
"""

from __future__ import annotations

from knowledge.reader.ask import default_assistant
from tests.e2e import tick_worker

__all__ = ["tick_worker"]

default_assistant()
