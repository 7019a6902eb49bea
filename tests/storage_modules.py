"""Which test modules the run against PostgreSQL imports (tests/conftest.py).

That run keeps only the tests that use one of the suite's databases, and pytest knows which do
only once a module is imported and its tests collected: each worker imported all 400 modules
(~5 s of CPU) to run the 600 tests of a hundred of them (~3 s). A module that names no database
fixture, no fixture built on one and no `storage` marker cannot hold such a test, so that run
leaves it unimported. The SQLite run, which imports every module, checks that each module
holding a test that uses a database is one this reading keeps (`unread`): a new fixture built on
a database, used by name from a conftest, fails that run until its name is in WORDS.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

# The database fixtures (tests/conftest.py), the conftests' fixtures built on them (`player`,
# tests/usecases' `desk`, tests/web's `live`), and the marker of a test that asks
# tests/databases.py itself. A fixture built on them inside a test module names them there.
WORDS = re.compile(r"\b(db_url|empty_db_url|db_factory|player|desk|live|storage)\b")

_read: dict[Path, bool] = {}


def may_use_storage(path: Path) -> bool:
    if path not in _read:
        try:
            _read[path] = bool(WORDS.search(path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError):
            _read[path] = True  # pytest says what is wrong with it
    return _read[path]


def unread(items: Iterable, uses_storage: Callable[[object], bool]) -> list[str]:
    """The modules holding a test that uses a database which the PostgreSQL run would skip."""
    return sorted(
        {
            str(item.path)
            for item in items
            if uses_storage(item) and not may_use_storage(Path(item.path))
        }
    )
