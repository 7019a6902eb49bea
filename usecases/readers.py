"""The question readers this process built for catalogues other than the shipped one (a table
applied, letters published), kept by the catalogue they read.

A reader takes a third of a second to build, and every desk whose catalogue changed built its
own at its first question, though a catalogue built from the same table and the same letters
reads the same: a publish undone and done again, a second instance, a restarted bot, and the
tests, most of which publish one of a few letters (146 builds in a run of the end-to-end tests,
a fifth of their CPU; bench/README.md, round 30). A catalogue is a value (it is rebuilt, never
changed, when what is in force changes), so an equal one may take the reader built for it, and
its catalogue object with it, so that the desk's `catalogue is reader.catalogue` holds.
"""

from __future__ import annotations

import threading

from knowledge.catalogue.model import Catalogue
from knowledge.reader.ask import Assistant

KEPT = 4  # readers kept (each a few megabytes); the oldest is let go first

_kept: list[Assistant] = []
_lock = threading.Lock()


def known(catalogue: Catalogue) -> tuple[Catalogue, Assistant | None]:
    """(an equal catalogue a reader was built for, that reader), else (`catalogue`, None)."""
    with _lock:
        for reader in reversed(_kept):
            if reader.catalogue is catalogue or reader.catalogue == catalogue:
                return reader.catalogue, reader
    return catalogue, None


def built(catalogue: Catalogue) -> Assistant:
    """A new reader of `catalogue`, kept for the equal catalogues built later."""
    reader = Assistant(catalogue)
    with _lock:
        _kept.append(reader)
        del _kept[:-KEPT]
    return reader
