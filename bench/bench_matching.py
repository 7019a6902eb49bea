"""Matching benchmark: accuracy on the development questions and latency per question, our matcher
beside a plain rapidfuzz baseline (token_set_ratio over the folded titles), on the real catalogue
and on catalogues grown to 1,000 and 10,000 rows from real service names (Bắc Giang's lists and the
decisions' titles).

python bench/bench_matching.py [--eval PATH] [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from itertools import product
from pathlib import Path

from rapidfuzz import fuzz, process

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from knowledge.ask import Assistant, match_text  # noqa: E402
from knowledge.loader import default_catalogue  # noqa: E402
from knowledge.matching import Matcher  # noqa: E402
from knowledge.text import fold  # noqa: E402

# Real wording from the seeds, used to vary real names into plausible new services.
PREFIXES = [
    "",
    "Cấp lại ",
    "Gia hạn ",
    "Điều chỉnh ",
    "Thu hồi ",
    "Sửa đổi, bổ sung ",
    "Thông báo ",
]
SUFFIXES = [
    "",
    " cấp tỉnh",
    " cấp huyện",
    " cấp xã",
    " đối với doanh nghiệp",
    " đối với hộ gia đình, cá nhân",
    " (trường hợp bị mất hoặc hư hỏng)",
    " thuộc thẩm quyền của Sở",
    " cho người nước ngoài",
    " trên địa bàn tỉnh",
]


def dev_questions(path: Path) -> list[tuple[str, list[str]]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            q, accepted = line.split("\t")
            rows.append((q, accepted.split(",")))
    return rows


def grown_catalogue(
    size: int, real: list[tuple[str, str]], names: list[str]
) -> list[tuple[str, str]]:
    docs = list(real)
    seen = {fold(t) for _, t in real}
    for (prefix, suffix), name in product(product(PREFIXES, SUFFIXES), names):
        if len(docs) >= size:
            break
        text = prefix + (name[0].lower() + name[1:] if prefix else name) + suffix
        if fold(text) not in seen:
            seen.add(fold(text))
            docs.append((f"x-{len(docs)}", text))
    return docs


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def run(docs, questions, prior, repeat):
    matcher = Matcher(docs)
    folded_titles = [fold(t) for _, t in docs]
    keys = [k for k, _ in docs]
    ours_ms, base_ms, ours_ok, base_ok = [], [], 0, 0
    for q, accepted in questions:
        # warm the per-word repair cache like a running bot
        matcher.search(q, limit=5, prior=prior)
        for _r in range(repeat):
            t0 = time.perf_counter()
            hits = matcher.search(q, limit=5, prior=prior)
            t1 = time.perf_counter()
            best = process.extractOne(
                fold(q), folded_titles, scorer=fuzz.token_set_ratio, processor=None
            )
            t2 = time.perf_counter()
            ours_ms.append((t1 - t0) * 1000)
            base_ms.append((t2 - t1) * 1000)
        ours_ok += bool(hits) and hits[0].key in accepted
        base_ok += best is not None and keys[best[2]] in accepted
    n = len(questions)
    return ours_ok / n, base_ok / n, ours_ms, base_ms


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--eval", default=str(ROOT.parent / "shared" / "eval" / "dev_service_queries.tsv")
    )
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    catalogue = default_catalogue()
    assistant = Assistant(catalogue)
    prior = assistant.prior(catalogue.province("tuyen-quang"))
    questions = dev_questions(Path(args.eval))
    real = [(r.key, match_text(r, catalogue)) for r in catalogue.rows.values()]
    names = [s.service for s in catalogue.province("bac-giang").stats] + [t for _, t in real]
    print(f"{len(questions)} development questions, {args.repeat} timed runs each\n")
    print(
        "| catalogue | rows | accuracy ours | accuracy baseline | p50 ours ms | p50 base ms | p99 "
        "ours ms "
        "| p99 base ms | p99 ratio base/ours |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for label, size in [("real", 0), ("grown", 1_000), ("grown", 10_000)]:
        docs = real if size == 0 else grown_catalogue(size, real, names)
        acc_o, acc_b, ours, base = run(docs, questions, prior, args.repeat)
        p99o, p99b = pct(ours, 0.99), pct(base, 0.99)
        print(
            f"| {label} | {len(docs)} | {acc_o:.1%} | {acc_b:.1%} | {statistics.median(ours):.3f} "
            "| "
            f"{statistics.median(base):.3f} | {p99o:.3f} | {p99b:.3f} | {p99b / p99o:.1f}× |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
