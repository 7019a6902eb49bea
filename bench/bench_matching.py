"""Matching benchmark, our figures beside a plain rapidfuzz baseline measured in the same run:

1. service matching: accuracy on the development service queries and latency per question, our
   matcher beside rapidfuzz (token_set_ratio over the folded titles), on the real catalogue and on
   catalogues grown to 1,000 and 10,000 rows from real service names (Bắc Giang's lists and the
   decisions' titles);
2. intents: accuracy on the development questions (judged as ../shared/eval/score_questions.py
   judges), our whole `ask` beside a rapidfuzz reading (the closest of every title, agency name and
   task title decides the intent);
3. latency of the whole `ask` (parse, choose, render) on catalogues of 92, 1,000 and 10,000 rows.

python bench/bench_matching.py [--eval PATH] [--questions PATH] [--repeat N]
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import time
from dataclasses import replace
from datetime import date
from itertools import product
from pathlib import Path

from rapidfuzz import fuzz, process

ROOT = Path(__file__).resolve().parents[1]
# shared/ beside the project's root (or beside the folder of a worktree: ../../shared)
SHARED = next(
    (p / "shared" for p in ROOT.parents if (p / "shared" / "eval").is_dir()),
    ROOT.parent / "shared",
)
SCORE = SHARED / "eval" / "score_questions.py"
sys.path.insert(0, str(ROOT))

from bot.app import settle_heap  # noqa: E402
from knowledge.catalogue.loader import default_catalogue  # noqa: E402
from knowledge.language.text import fold  # noqa: E402
from knowledge.reader.ask import Assistant, match_text  # noqa: E402
from knowledge.reader.matching import Matcher  # noqa: E402

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


def grown_rows(catalogue, size: int, names: list[str]):
    """The catalogue with made-up rows of 406 added until it holds `size` rows."""
    model = catalogue.rows["406-14"]
    rows = dict(catalogue.rows)
    real = [(r.key, match_text(r, catalogue)) for r in catalogue.rows.values()]
    number = 100
    for _, text in grown_catalogue(size, real, names)[len(real) :]:
        key = f"406-{number}"
        rows[key] = replace(model, key=key, number=str(number), title=text)
        number += 1
    return replace(catalogue, rows=rows)


def intent_questions(path: Path) -> list[tuple[date, str, str, str]]:
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            today, question, intent, expected = line.split("\t")
            cases.append((date.fromisoformat(today), question, intent, expected))
    return cases


def judge(intent: str, expected: str, data: dict) -> bool:
    """score_questions.py's rule, on the JSON of an answer."""
    spec = importlib.util.spec_from_file_location("score", SCORE)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {SCORE}")
    if "score" not in sys.modules:
        module = importlib.util.module_from_spec(spec)
        sys.modules["score"] = module
        # The scorer runs its questions at import; only its judge is wanted here.
        source = SCORE.read_text(encoding="utf-8").split("by_day = ")[0]
        exec(compile(source.replace("sys.argv", "[]"), str(SCORE), "exec"), module.__dict__)
    return not sys.modules["score"].judge(intent, expected, data)


def baseline_reading(catalogue, question: str) -> dict:
    """The closest string of all the data decides: a title -> service, an agency -> agency, a
    task -> task. No parse, no periods, no evidence."""
    province = catalogue.province("tuyen-quang")
    choices = [
        (fold(r.title + " " + (r.sub or "")), "service", r.key) for r in catalogue.rows.values()
    ]
    choices += [(fold(a.name), "agency", a.name) for a in catalogue.agencies.values()]
    choices += [(fold(t.title + " " + t.form), "task", t.id) for t in province.tasks]
    best = process.extractOne(fold(question), [c[0] for c in choices], scorer=fuzz.token_set_ratio)
    if best is None:
        return {"intent": "unknown", "agency": None, "items": [], "tasks": []}
    _, intent, value = choices[best[2]]
    if intent == "service":
        return {"intent": "service", "agency": None, "items": [{"key": value}], "tasks": []}
    if intent == "agency":
        keys = [{"key": a.key, "role": "lead"} for a in province.rows_of(value)]
        return {"intent": "agency", "agency": value, "items": keys, "tasks": []}
    return {"intent": "task", "agency": None, "items": [], "tasks": [{"id": value}]}


def intents(catalogue, cases) -> tuple[float, float]:
    assistant = Assistant(catalogue)
    ours = base = 0
    for today, question, intent, expected in cases:
        ours += judge(intent, expected, assistant.ask(question, today, "tuyen-quang").to_json())
        base += judge(intent, expected, baseline_reading(catalogue, question))
    return ours / len(cases), base / len(cases)


def ask_latency(
    catalogue, cases, repeat: int, clock=time.perf_counter
) -> tuple[list[float], dict[int, list[float]]]:
    """Every timing in ms, and each case's timings by its index in `cases`."""
    assistant = Assistant(catalogue)
    for today, question, _, _ in cases:  # warm the repair cache like a running bot
        assistant.ask(question, today, "tuyen-quang")
    # the heap as a running bot has it after start-up (`python -m bot run`'s post_init): what
    # start-up built collected once and frozen, the young generation collected less often
    settle_heap()
    times: list[float] = []
    per_case: dict[int, list[float]] = {n: [] for n in range(len(cases))}
    for _ in range(repeat):
        for n, (today, question, _, _) in enumerate(cases):
            t0 = clock()
            assistant.ask(question, today, "tuyen-quang").to_json()
            times.append((clock() - t0) * 1000)
            per_case[n].append(times[-1])
    return times, per_case


SLOWEST = 10  # the questions the bench names as the slowest, for the next round to look at


def slowest(cases, per_case: dict[int, list[float]], count: int = SLOWEST) -> list[str]:
    """A table of the `count` questions slowest by their median time: the median and the
    fastest of their runs (the fastest is what the code costs, the median what a run met),
    with the intent each question expects."""
    ranked = sorted(per_case, key=lambda n: -statistics.median(per_case[n]))[:count]
    lines = ["| median ms | fastest ms | intent | question |", "|---|---|---|---|"]
    for n in ranked:
        _, question, intent, _ = cases[n]
        median, fastest = statistics.median(per_case[n]), min(per_case[n])
        lines.append(f"| {median:.3f} | {fastest:.3f} | {intent} | {question} |")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--eval", default=str(SHARED / "eval" / "dev_service_queries.tsv"))
    parser.add_argument("--questions", default=str(SCORE.with_name("dev_questions.tsv")))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--cpu",
        action="store_true",
        help="time the whole ask by the thread's CPU time, not the wall clock: on a machine "
        "others share, time slices given to other processes then do not count",
    )
    args = parser.parse_args()
    clock = time.thread_time if args.cpu else time.perf_counter
    catalogue = default_catalogue()
    assistant = Assistant(catalogue)
    vector = assistant.prior(catalogue.province("tuyen-quang"))
    prior = {key: float(bonus) for key, bonus in zip(catalogue.rows, vector, strict=True) if bonus}
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
    cases = intent_questions(Path(args.questions))
    ours, base = intents(catalogue, cases)
    print(f"\nIntents: {len(cases)} questions ({Path(args.questions).name})\n")
    print("| reader | right | ratio ours/baseline |")
    print("|---|---|---|")
    print(f"| ours (parse, evidence) | {ours:.1%} | {ours / base:.2f}× |")
    print(f"| rapidfuzz closest string | {base:.1%} | 1.00× |")
    kind = "thread CPU time" if args.cpu else "wall clock"
    print(
        f"\nWhole ask (parse, choose, render), {args.repeat} runs of the {len(cases)} questions, "
        f"{kind}\n"
    )
    print("| catalogue rows | p50 ms | p99 ms | max ms |")
    print("|---|---|---|---|")
    per_case: dict[int, list[float]] = {}
    for size in (0, 1_000, 10_000):
        grown = catalogue if size == 0 else grown_rows(catalogue, size, names)
        times, per_case = ask_latency(grown, cases, args.repeat, clock)
        print(
            f"| {len(grown.rows)} | {statistics.median(times):.3f} | {pct(times, 0.99):.3f} | "
            f"{max(times):.3f} |"
        )
    print(f"\nThe {SLOWEST} slowest questions at {len(grown.rows)} rows ({kind})\n")
    print("\n".join(slowest(cases, per_case)))
    # steadier than the p99 on a machine others share: what each question costs at its best
    fastest = sum(min(t) for t in per_case.values())
    rows = len(grown.rows)
    print(f"\nSum of the {len(cases)} questions' fastest runs at {rows} rows: {fastest:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
