"""Held-out first-person questions, asked with --agency: intent, the asker's agency, and for
progress exactly the late (or open+late) units the standing rule gives on a fresh database."""
import collections, datetime as dt, importlib.util, json, subprocess, sys
sys.path.insert(0, ".")
spec = importlib.util.spec_from_file_location("sq", "../shared/eval/score_questions.py")
path = sys.argv[1]
rows = [l.rstrip("\n").split("\t") for l in open(path, encoding="utf-8") if l.strip() and not l.startswith("#")]
from knowledge.catalogue.loader import default_catalogue
from knowledge.rules.progress import standings
cat = default_catalogue(); tq = cat.province("tuyen-quang")

def period_range(text):
    if ".." in text:
        a, b = text.split(".."); return dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    y, part = text.split("-"); y = int(y)
    if part.startswith("Q"):
        q = int(part[1:]); start, em = dt.date(y, 3*q-2, 1), 3*q
    else:
        start, em = dt.date(y, int(part), 1), int(part)
    return start, dt.date(y + (em == 12), em % 12 + 1, 1) - dt.timedelta(days=1)

groups = collections.defaultdict(list)
for i, r in enumerate(rows):
    groups[(r[0], r[1])].append(i)
ans = [None] * len(rows)
for (day, agency), idx in groups.items():
    p = subprocess.run([sys.executable, "-m", "bot", "ask", "--batch", "--json", "--today", day,
                        "--province", "tuyen-quang", "--agency", agency],
                       input="\n".join(rows[i][2] for i in idx) + "\n", capture_output=True, text=True)
    outs = [json.loads(l) for l in p.stdout.splitlines() if l.strip()]
    if len(outs) != len(idx):
        sys.exit(f"ask failed: {p.stderr[-300:]}")
    for i, o in zip(idx, outs):
        ans[i] = o
right = collections.Counter(); total = collections.Counter()
for (day, agency, q, intent, exp), a in zip(rows, ans):
    total[intent] += 1
    why = []
    if a.get("intent") != intent:
        why.append(f"intent {a.get('intent')}")
    keys = [i["key"] for i in a.get("items", [])]
    if intent == "progress":
        if a.get("agency") != agency:
            why.append(f"agency {a.get('agency')}")
        want_states = {"late"} if exp == "late" else {"late", "open"}
        want = {(s.key, s.agency) for s in standings(cat, tq, {}, dt.date.fromisoformat(day), agency)
                if s.state.value in want_states}
        got = {(x["key"], x.get("unit")) for x in a.get("items", [])} | {(t["id"], t.get("unit")) for t in a.get("tasks", [])}
        if got != want:
            why.append(f"missing {sorted(want - got)[:3]} extra {sorted(got - want)[:3]}")
    elif intent == "deadline":
        lo, hi = period_range(exp.rsplit("@", 1)[-1])  # "agency@period" as dev sets write it
        if a.get("agency") != agency:
            why.append(f"agency {a.get('agency')}")
        out = [i["key"] for i in a.get("items", []) if i.get("deadline") and not lo <= dt.date.fromisoformat(i["deadline"]) <= hi]
        if out:
            why.append(f"outside {out[:3]}")
    elif intent == "service":
        if not keys or keys[0] not in exp.split(","):
            why.append(f"first rows {keys[:3]}")
    elif intent == "task":
        ids = [t["id"] for t in a.get("tasks", [])]
        if ids[:1] != [exp]:
            why.append(f"tasks {ids[:2]}")
    if why:
        print(f"miss [{intent}] {agency} {day} {q!r} -> {'; '.join(why)}")
    else:
        right[intent] += 1
n = sum(total.values())
print(f"{sum(right.values())}/{n} right (" + ", ".join(f"{k} {right[k]}/{total[k]}" for k in total) + ")")
