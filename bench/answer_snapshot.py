"""Every answer of the public question files as JSON lines, to prove a speed-up changed none.

Runs each question of ../shared/eval/*.tsv, tests/data/*.tsv and the matching bench's own service
queries through `Assistant.ask`: four askers (none, a department, a district, the coordinator),
without and with statuses, on two days; and the same on the 10,000-row catalogue the matching bench
grows. Run it on the old and the new code and compare:

    python bench/answer_snapshot.py --root /path/to/old/tree > old.jsonl
    python bench/answer_snapshot.py > new.jsonl
    cmp old.jsonl new.jsonl && wc -l new.jsonl

--root: the project tree whose code answers (default: this one).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
ASKERS = (None, "Sở Xây dựng", "UBND huyện Hàm Yên", "Sở Thông tin và Truyền thông")
DAYS = (date(2021, 4, 15), date(2021, 6, 2))
STATUSES = ("hoan_thanh", "dang_thuc_hien", "khong_du_dieu_kien")


def questions(root: Path, shared: Path) -> list[str]:
    """Each distinct question once, in file order; the question is the column a file keeps it in
    (the first of a service query file, the second of a question file)."""
    files = sorted((shared / "eval").glob("*.tsv"))
    files += sorted((root / "tests" / "data").glob("*.tsv"))
    found: dict[str, None] = {}
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            found[cells[1] if len(cells) >= 4 else cells[0]] = None
    return list(found)


def marks_for(catalogue, mark):
    """Statuses for a third of Tuyên Quang's rows and its tasks' first units, set in April."""
    prov = catalogue.province("tuyen-quang")
    marks = {}
    for n, row in enumerate(prov.assignments.values()):
        if n % 3 == 0 and row.lead:
            marks[(row.key, row.lead[0])] = mark(STATUSES[n % 2], date(2021, 4, 10))
    for task in prov.tasks[:3]:
        for unit in task.addressees[:2]:
            marks[(task.id, unit)] = mark("hoan_thanh", date(2021, 4, 12))
    return marks


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", default=str(HERE))
    parser.add_argument("--grown", type=int, default=10_000, help="rows of the grown catalogue")
    args = parser.parse_args()
    root = Path(args.root).resolve()
    sys.path.insert(0, str(root))
    # the answering code first, from --root; the bench's helpers after (their import of the
    # project then finds it loaded)
    from knowledge.catalogue.loader import default_catalogue
    from knowledge.reader.ask import Assistant
    from knowledge.rules.standing import Mark

    sys.path.insert(1, str(HERE / "bench"))
    from bench_matching import SHARED, grown_rows, match_text

    asked = questions(HERE, SHARED)
    catalogue = default_catalogue()
    real = [(r.key, match_text(r, catalogue)) for r in catalogue.rows.values()]
    names = [s.service for s in catalogue.province("bac-giang").stats] + [t for _, t in real]
    grown = grown_rows(catalogue, args.grown, names)
    out = sys.stdout
    print(f"answering with {sys.modules['knowledge'].__file__}", file=sys.stderr)
    for label, cat in (("real", catalogue), ("grown", grown)):
        assistant = Assistant(cat)
        runs = [(a, None, d) for a in ASKERS for d in DAYS] + [
            (a, marks_for(cat, Mark), DAYS[1]) for a in ASKERS
        ]
        if label == "grown":  # the 10,000 rows: one asker per shape is enough to cover them
            runs = [(None, None, DAYS[0]), (ASKERS[1], marks_for(cat, Mark), DAYS[1])]
        for asker, marks, today in runs:
            for q in asked:
                answer = assistant.ask(q, today, "tuyen-quang", asker, marks)
                head = [label, str(today), asker or "", bool(marks), q]
                body = [answer.to_json(), answer.html]
                out.write(json.dumps([*head, *body], ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
