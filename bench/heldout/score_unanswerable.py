"""Held-out unanswerable questions: answered absent/unknown, offered choices (sure=false), or answered as known."""
import collections, json, subprocess, sys
path = sys.argv[1]
rows = [l.rstrip("\n").split("\t") for l in open(path, encoding="utf-8") if l.strip() and not l.startswith("#")]
by_day = collections.defaultdict(list)
for i, r in enumerate(rows):
    by_day[r[0]].append(i)
out = [None] * len(rows)
for day, idx in by_day.items():
    p = subprocess.run([sys.executable, "-m", "bot", "ask", "--batch", "--json", "--today", day, "--province", "tuyen-quang"],
                       input="\n".join(rows[i][1] for i in idx) + "\n", capture_output=True, text=True)
    for i, line in zip(idx, p.stdout.splitlines()):
        out[i] = json.loads(line)
cats = collections.Counter()
for r, a in zip(rows, out):
    intent, sure = a.get("intent"), a.get("sure")
    if intent in ("absent", "unknown"):
        c = "declined"
    elif sure is False:
        c = "choices"
    else:
        c = "known"
    cats[c] += 1
    if c != "declined":
        print(f"{c:8} [{r[2]}] {r[1]!r} -> {intent} sure={sure} {[i['key'] for i in a.get('items', [])][:3]}")
n = len(rows)
print(f"declined {cats['declined']}/{n} ({100*cats['declined']/n:.0f}%), choices {cats['choices']}, answered as known {cats['known']}")
