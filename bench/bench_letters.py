"""Letter reading benchmark: the time to draft each letter's tasks, beside a baseline measured in
the same run — reading the same file into text and folding that text (knowledge.language.fold),
the least any reader of the letter must do.

Ours is what `python -m bot letter` and the chat do once the catalogue is loaded: the file read
into text (python-docx, pypdf or a decode), then `read_letter` (lines, header, outline, dates,
register, units, titles). Each letter is timed `--repeat` times; the table shows the median and
the slowest run, and the first run of the process apart (it pays python-docx's and pypdf's
import). The goal (issue 19): well under 1 s a letter.

python bench/bench_letters.py [--letters DIR ...] [--repeat N]

Letters: the seeds' (knowledge/data/letters, each with its province from provinces.toml), then
every .txt/.docx/.pdf in each DIR (a DIR's provinces.tsv names a letter's province, as the
held-out sets' do; else the province its place names).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from knowledge.catalogue.loader import DATA_DIR, LETTERS_DIR, default_catalogue  # noqa: E402
from knowledge.formats.letter_file import read_letter_file  # noqa: E402
from knowledge.language.text import fold  # noqa: E402
from knowledge.letters.extract import read_letter  # noqa: E402
from knowledge.letters.provinces import province_of  # noqa: E402
from knowledge.letters.seeds import seed_letters  # noqa: E402

SUFFIXES = (".txt", ".docx", ".pdf")


def letters(dirs: list[Path]) -> list[tuple[str, Path, str | None]]:
    """(label, path, province slug or None for the letter's own place)."""
    found: list[tuple[str, Path, str | None]] = [
        (f"seeds/{name}", DATA_DIR / LETTERS_DIR / name, slug) for slug, name in seed_letters()
    ]
    for folder in dirs:
        provinces: dict[str, str] = {}
        table = folder / "provinces.tsv"
        if table.exists():
            for row in table.read_text(encoding="utf-8").splitlines():
                parts = row.split()
                if len(parts) >= 2 and not row.startswith("#"):
                    provinces[parts[0]] = parts[1]
        for path in sorted(folder.iterdir()):
            if path.suffix in SUFFIXES:
                found.append((f"{folder.name}/{path.name}", path, provinces.get(path.stem)))
    return found


def timed(fn, repeat: int) -> tuple[float, list[float]]:
    """The first run's seconds, and every run's after it."""
    runs = []
    for _ in range(repeat + 1):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return runs[0], runs[1:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--letters", action="append", default=[], type=Path, metavar="DIR")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args(argv)
    catalogue = default_catalogue()

    rows = []
    for label, path, slug in letters(args.letters):
        content = path.read_bytes()
        text = read_letter_file(content)
        province = catalogue.province(slug or province_of(text, catalogue))

        def baseline(content=content) -> None:
            fold(read_letter_file(content))

        def ours(content=content, province=province, name=path.name) -> None:
            read_letter(read_letter_file(content), catalogue, province, name)

        _, base = timed(baseline, args.repeat)
        first, runs = timed(ours, args.repeat)
        tasks = len(read_letter(text, catalogue, province, path.name).tasks)
        rows.append((label, len(text), tasks, base, first, runs))

    ms = 1000.0
    print(f"{len(rows)} letters, {args.repeat} timed runs each after a first one shown apart\n")
    print(
        "| letter | chars | tasks | baseline p50 ms | ours first ms | ours p50 ms | ours max ms "
        "| ratio ours/baseline |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for label, chars, tasks, base, first, runs in rows:
        b, o = statistics.median(base), statistics.median(runs)
        print(
            f"| {label} | {chars} | {tasks} | {b * ms:.2f} | {first * ms:.1f} | {o * ms:.1f} "
            f"| {max(runs) * ms:.1f} | {o / b:.0f}× |"
        )
    slowest = max(max(r[5]) for r in rows)
    print(f"\nslowest extraction: {slowest * ms:.1f} ms (goal: under 1000 ms a letter)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
