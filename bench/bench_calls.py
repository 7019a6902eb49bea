"""Python calls of `ask` over the development questions at 10,000 rows, this tree beside another.

A count, not a time: cProfile counts every Python call (and every C call it sees), so the figure
does not move with the machine's load, and a reader that scans the words again shows up in it
when the clock would bury it in noise. Each tree is counted in its own interpreter (the project
is imported from that tree), with the same questions, days and grown catalogue as
bench_matching.py's whole-ask latency; every question is asked once first to warm the caches a
running bot keeps, then once under the profiler.

    python bench/bench_calls.py [--root OLDTREE] [--top N]

--root: the tree to count beside this one (e.g. a clean checkout of main); --top: also print
the N functions called most often in this tree.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]


def count(root: Path, rows: int, top: int) -> dict:
    """The calls of one pass over the questions with `root`'s code, and its most called."""
    sys.path.insert(0, str(root))
    from knowledge.catalogue.loader import default_catalogue
    from knowledge.reader.ask import Assistant

    sys.path.insert(1, str(HERE / "bench"))
    from bench_matching import SCORE, grown_rows, intent_questions, match_text

    catalogue = default_catalogue()
    real = [(r.key, match_text(r, catalogue)) for r in catalogue.rows.values()]
    names = [s.service for s in catalogue.province("bac-giang").stats] + [t for _, t in real]
    grown = grown_rows(catalogue, rows, names)
    cases = intent_questions(SCORE.with_name("dev_questions.tsv"))
    assistant = Assistant(grown)
    for today, question, _, _ in cases:  # warm the repair cache like a running bot
        assistant.ask(question, today, "tuyen-quang").to_json()
    profile = cProfile.Profile()
    profile.enable()
    for today, question, _, _ in cases:
        assistant.ask(question, today, "tuyen-quang").to_json()
    profile.disable()
    stats = pstats.Stats(profile)
    ranked = sorted(stats.stats.items(), key=lambda kv: -kv[1][1])[:top]  # type: ignore[attr-defined]
    most = [[f"{Path(f).name}:{line}:{name}", calls] for (f, line, name), (_, calls, *_) in ranked]
    return {
        "code": sys.modules["knowledge"].__file__,
        "questions": len(cases),
        "rows": len(grown.rows),
        "calls": stats.total_calls,  # type: ignore[attr-defined]
        "most": most,
    }


def counted(root: Path, rows: int, top: int) -> dict:
    """`count` in a fresh interpreter, so that each tree imports its own code."""
    command = [sys.executable, __file__, "--inner", str(root), "--rows", str(rows)]
    out = subprocess.run(
        [*command, "--top", str(top)], check=True, capture_output=True, text=True
    ).stdout
    return json.loads(out)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", help="another tree to count beside this one")
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--top", type=int, default=0)
    parser.add_argument("--inner", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner:
        print(json.dumps(count(Path(args.inner), args.rows, args.top)))
        return 0
    trees = [("this tree", HERE)] + ([("--root", Path(args.root).resolve())] if args.root else [])
    results = [(label, counted(root, args.rows, args.top)) for label, root in trees]
    print("| tree | code | questions | rows | Python calls (cProfile) |")
    print("|---|---|---|---|---|")
    for label, r in results:
        print(f"| {label} | {r['code']} | {r['questions']} | {r['rows']} | {r['calls']:,} |")
    if len(results) == 2:
        new, old = results[0][1]["calls"], results[1][1]["calls"]
        print(f"\nthis tree / --root: {new / old:.1%} ({new - old:+,} calls)")
    if args.top:
        print(f"\nMost called in this tree (top {args.top}):\n")
        for name, calls in results[0][1]["most"]:
            print(f"{calls:8,}  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
