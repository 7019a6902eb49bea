"""The PostgreSQL test databases a test process leaves, dropped without making the run wait.

PostgreSQL 15's DROP DATABASE waits for a checkpoint (every dirty page of the server written
out) before it returns. At the end of a run each worker dropped its pooled copies and its
template one by one: 2.7-4.4 s a worker (three workers, the use-case tests, load ~14), during
which xdist waits for the workers and the run for xdist. A process of their own drops them
instead, detached from the run (its own session, no descriptor of the run's), while the run
ends; on CI's throwaway server it may be stopped half-way (.ci/run stops the server next),
which loses nothing.

`python -m tests.database_drops URL NAME...` (URL as tests/databases.py takes it).
"""

from __future__ import annotations

import subprocess
import sys


def drop_later(base: str, databases: list[str]) -> None:
    if not databases:
        return
    subprocess.Popen(
        [sys.executable, "-m", "tests.database_drops", base, *databases],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def main(base: str, databases: list[str]) -> None:
    import psycopg
    from sqlalchemy import make_url

    url = make_url(base).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(url, autocommit=True) as connection:
        for database in databases:
            connection.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
