"""Publishing a letter's tasks for every unit of the province, beside a baseline measured in the
same run: applying an assignment table of as many rows. Both are a versioned change that every
view reads at once: the use case writes the new version and rebuilds the Assistant on it
(usecases/publishing.py, usecases/tables.py), so the next message is answered from it. The goal
(issue 19): publishing under 1 s for 30 units. Tuyên Quang's register has 28 units (16 Sở, 5
ngành, 7 districts), all of them addressed; a letter of 3 such tasks (84 unit-tasks) is
measured too.

Ours: `publishing.publish_file` (the draft stored, its tasks' ids made, the version written, the
catalogue and the Assistant rebuilt with the letters in force), each run a new letter. Baseline:
`tables.import_table` with --apply --replace of a 30-row table (diffed against the table in
force, written as a version, the catalogue and the Assistant rebuilt), two tables alternating so
each run changes something.

python bench/bench_publish.py [--repeat N] [--db URL]   (default: a fresh SQLite file)
"""

from __future__ import annotations

import argparse
import csv
import io
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.clock import Clock  # noqa: E402
from bot.config import Config  # noqa: E402
from knowledge.catalogue.importer import read_bytes  # noqa: E402
from knowledge.letters.model import Draft, Letter, Task  # noqa: E402
from usecases import publishing, tables  # noqa: E402
from usecases.desk import Desk  # noqa: E402
from usecases.results import Refusal  # noqa: E402

UNITS = 28  # every unit of Tuyên Quang's register
SLUG = "tuyen-quang"


def draft_for(units: tuple[str, ...], n: int, count: int) -> Draft:
    tasks = tuple(_task(units, n, k) for k in range(count))
    letter = Letter(f"{n}/STTTT-CNTT", date(2021, 8, 2), "Sở Thông tin và Truyền thông", "bench")
    return Draft(letter, tasks)


def _task(units: tuple[str, ...], n: int, k: int) -> Task:
    return Task(
        title=f"Báo cáo kết quả rà soát số {n}.{k} (theo Mẫu số 01) gửi về Sở TT&TT",
        deadline=date(2021, 8, 20),
        deadline_text="trước ngày 20/8/2021",
        recurrence=None,
        units=units,
        supporting=(),
        forms=("Mẫu số 01",),
        recipient="Sở Thông tin và Truyền thông",
        steps=(),
        contents=(),
        source=f"bench-{n}.txt#mục {k + 1}",
    )


def table_csv(desk: Desk, month: int) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Mục", "Chủ trì", "Phối hợp", "Thời hạn"])
    for assignment in list(desk.province.assignments.values())[:UNITS]:
        writer.writerow([assignment.key, assignment.lead[0], "", f"Tháng {month}/2021"])
    return out.getvalue().encode("utf-8")


def timed(fn, repeat: int) -> list[float]:
    runs = []
    for n in range(repeat):
        start = time.perf_counter()
        fn(n)
        runs.append(time.perf_counter() - start)
    return runs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--db", default=None)
    args = parser.parse_args(argv)
    url = args.db or f"sqlite:///{tempfile.mkdtemp(prefix='bench-publish-')}/bot.db"
    desk = Desk.open(Config(database=url, admins=[9000], province=SLUG), Clock())
    catalogue = desk.assistant.catalogue
    register = [
        name
        for name, agency in catalogue.agencies.items()
        if agency.province in ("", SLUG) and agency.kind in ("so", "nganh", "huyen")
    ]
    units = tuple(register[:UNITS])
    assert len(units) == UNITS, f"only {len(units)} units in {SLUG}'s register"
    tables_csv = [table_csv(desk, 6), table_csv(desk, 7)]

    def apply(n: int) -> None:
        lines = read_bytes("bang.csv", tables_csv[n % 2])
        file = tables.TableFile("bang.csv", lines, True, True, None, None)
        result = desk.call(tables.import_table, SLUG, file)
        assert not isinstance(result, Refusal) and result.version is not None

    def publisher(count: int):
        def publish(n: int) -> None:
            draft = draft_for(units, n + 1000 * count, count)
            done = desk.call(publishing.publish_file, f"bench-{n}.txt", draft, 9000)
            assert isinstance(done, publishing.LetterPublished), done

        return publish

    base = timed(apply, args.repeat)
    ours = timed(publisher(1), args.repeat)
    three = timed(publisher(3), args.repeat)
    tracked = [t for t in desk.province.tasks if len(t.addressees) == UNITS]
    ms = 1000.0
    print(f"{desk.sessions.kw['bind'].dialect.name}, {args.repeat} runs each\n")
    print("| change | size | p50 ms | max ms | ratio p50 ours/baseline |")
    print("|---|---|---|---|---|")
    b, o = statistics.median(base), statistics.median(ours)
    print(
        f"| baseline: apply an assignment table | {UNITS} rows | {b * ms:.0f} | "
        f"{max(base) * ms:.0f} | 1.00× |"
    )
    print(
        f"| ours: publish a letter's task | {UNITS} units | {o * ms:.0f} | "
        f"{max(ours) * ms:.0f} | {o / b:.2f}× |"
    )
    t = statistics.median(three)
    print(
        f"| ours: publish a letter of 3 tasks | 3 × {UNITS} units | {t * ms:.0f} | "
        f"{max(three) * ms:.0f} | {t / b:.2f}× |"
    )
    print(
        f"\n{len(tracked)} tasks of {UNITS} units tracked at the end; slowest publish: "
        f"{max(ours + three) * ms:.0f} ms (goal: under 1000 ms)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
