#!/usr/bin/env python3
"""Score a letter reader against the hand-written expected extractions.

    python3 score_letters.py FOLDER [--project DIR] [--cmd TEMPLATE] [--province SLUG]
                             [--timeout S] [--json-out FILE] [--min PCT] [--show-stderr]

For every letter in FOLDER (any file that has a <stem>.expected.json beside it) it runs TEMPLATE from
DIR (default: the current directory). TEMPLATE defaults to

    python -m bot letter {file} --json --province {province}

{file} is the letter's absolute path, {province} the slug: --province (default tuyen-quang) unless
FOLDER/provinces.tsv names another for that letter's stem. A TEMPLATE without {file} gets the path
appended. The command must print the letter's JSON on standard output.

Fields scored:
  header  number, date, sender, subject                                         (4 per letter)
  task    title, deadline, deadline_text, recurrence, units, supporting, forms,
          recipient, steps (count), contents (count)                             (10 per expected task)
  extra   every predicted task that matches no expected one is one more field, always wrong
  bad     a letter whose expected "problems" is not empty scores one field: right when the command
          exits non-zero or prints a non-empty "problems" list
A good letter whose command fails, times out or prints no JSON has all its fields wrong.

Tasks are paired greedily: same deadline (or same recurrence period and day) first, then by title
words. Comparison rules: text is compared after NFC, removing diacritics (đ -> d), lower-casing and
"ủy ban nhân dân" -> "ubnd"; number ignores spaces (a blank number "/STTTT-CNTT" counts as null);
subject compares its words, a leading "V/v" optional; units, supporting and forms compare as sets
(forms: "số" and leading zeros ignored, "Phụ lục I–IV" / "Phụ lục I, II" expanded); recipient is right
when either contains the other (punctuation ignored), both null counts as right; title is right when at
least half of the expected title's words occur in it and it is at most 3x+5 words long; deadline_text
is right when equal, or when either contains the other and the shorter is at least half the longer.

Standard library only.
"""
import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import sys

# The field comparisons live beside this script; it runs as a file, not as a package member.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from letter_fields import (  # noqa: E402
    HEADER_CMP,
    HEADER_FIELDS,
    TASK_CMP,
    TASK_FIELDS,
    describe,
    fold,
    short,
    title_sim,
)

DEFAULT_CMD = "python -m bot letter {file} --json --province {province}"


# ------------------------------------------------------------------ task alignment
def task_key(t):
    if not isinstance(t, dict):
        return None
    if t.get("deadline"):
        return ("d", str(t["deadline"]))
    r = t.get("recurrence")
    if isinstance(r, dict) and r.get("every"):
        try:
            return ("r", fold(r.get("every")), int(r.get("day")))
        except (TypeError, ValueError):
            return ("r", fold(r.get("every")), None)
    return None


def align(expected, predicted):
    pairs = []
    for i, e in enumerate(expected):
        for j, p in enumerate(predicted):
            if not isinstance(p, dict):
                continue
            ke, kp = task_key(e), task_key(p)
            s = (2.0 if ke is not None and ke == kp else 0.0) + title_sim(e.get("title"), p.get("title"))
            if s >= 0.25:
                pairs.append((s, i, j))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_e, used_p, match = set(), set(), {}
    for s, i, j in pairs:
        if i in used_e or j in used_p:
            continue
        used_e.add(i)
        used_p.add(j)
        match[i] = j
    return match


# ------------------------------------------------------------------ running the reader
def parse_json(out):
    out = (out or "").strip()
    if not out:
        return None
    try:
        v = json.loads(out)
        return v if isinstance(v, dict) else None
    except ValueError:
        pass
    for line in reversed(out.splitlines()):
        line = line.strip()
        if line.startswith("{"):
            try:
                v = json.loads(line)
                if isinstance(v, dict):
                    return v
            except ValueError:
                pass
    a, b = out.find("{"), out.rfind("}")
    if 0 <= a < b:
        try:
            v = json.loads(out[a: b + 1])
            return v if isinstance(v, dict) else None
        except ValueError:
            return None
    return None


def build_argv(template, path, province):
    argv = shlex.split(template)
    if not any("{file}" in a for a in argv):
        argv.append("{file}")
    argv = [a.replace("{file}", path).replace("{province}", province) for a in argv]
    if argv and argv[0] == "python" and shutil.which("python") is None:
        argv[0] = sys.executable
    return argv


def run(argv, cwd, timeout):
    try:
        p = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, timeout=timeout,
                           stdin=subprocess.DEVNULL)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return None, "", "timeout"
    except OSError as e:
        return None, "", f"cannot run: {e}"


# ------------------------------------------------------------------ scoring one letter
def score_letter(exp, rc, got):
    """Returns (right, total, misses, notes)."""
    misses, notes = [], []
    if exp.get("problems"):
        probs = got.get("problems") if isinstance(got, dict) else None
        ok = (rc != 0) or bool(probs)
        if not ok:
            misses.append(f"problems not flagged (want {short(exp['problems'])})")
        return (1 if ok else 0), 1, misses, notes

    exp_tasks = exp.get("tasks") or []
    total = len(HEADER_FIELDS) + len(TASK_FIELDS) * len(exp_tasks)
    if rc != 0 or not isinstance(got, dict):
        why = "command failed" if rc not in (0,) else "no JSON"
        if rc is None:
            why = "command could not run or timed out"
        return 0, total, [f"{why}: all {total} fields wrong"], notes

    right = 0
    for f in HEADER_FIELDS:
        if HEADER_CMP[f](exp.get(f), got.get(f)):
            right += 1
        else:
            misses.append(describe(f, exp.get(f), got.get(f)))
    pred = got.get("tasks")
    pred = pred if isinstance(pred, list) else []
    match = align(exp_tasks, pred)
    for i, e in enumerate(exp_tasks):
        tag = f"t{i + 1}"
        if i not in match:
            misses.append(f"{tag} ({short(e.get('title'), 40)}, {e.get('deadline') or short(e.get('recurrence'), 50)}): not found, {len(TASK_FIELDS)} fields wrong")
            continue
        p = pred[match[i]]
        for f in TASK_FIELDS:
            if TASK_CMP[f](e.get(f), p.get(f)):
                right += 1
            else:
                misses.append(f"{tag}.{describe(f, e.get(f), p.get(f))}")
    extra = [j for j in range(len(pred)) if j not in match.values()]
    for j in extra:
        p = pred[j] if isinstance(pred[j], dict) else {}
        total += 1
        misses.append(f"extra task: {short(p.get('title'), 40)} ({p.get('deadline') or short(p.get('recurrence'), 40)})")
    if got.get("problems"):
        notes.append(f"note: problems reported on a good letter (not counted): {short(got.get('problems'), 80)}")
    return right, total, misses, notes


def find_letters(folder):
    out = []
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if not os.path.isfile(path) or name.endswith(".expected.json") or name.startswith("."):
            continue
        stem, ext = os.path.splitext(name)
        if ext in (".py", ".tsv", ".md"):
            continue
        for cand in (os.path.join(folder, stem + ".expected.json"), path + ".expected.json"):
            if os.path.exists(cand):
                out.append((stem, path, cand))
                break
    return out


def read_provinces(folder):
    m = {}
    p = os.path.join(folder, "provinces.tsv")
    if os.path.exists(p):
        with open(p, encoding="utf-8") as f:
            for line in f:
                if line.strip() and not line.startswith("#"):
                    parts = line.split()
                    if len(parts) >= 2:
                        m[parts[0]] = parts[1]
    return m


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder")
    ap.add_argument("--project", default=".", help="directory to run the command from")
    ap.add_argument("--cmd", default=DEFAULT_CMD, help=f"command template (default: {DEFAULT_CMD!r})")
    ap.add_argument("--province", default="tuyen-quang")
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--json-out", help="write per-letter details as JSON here")
    ap.add_argument("--min", type=float, help="exit 1 when the total percentage is below this")
    ap.add_argument("--show-stderr", action="store_true", help="print the command's stderr when it fails")
    a = ap.parse_args(argv)

    folder = os.path.abspath(a.folder)
    project = os.path.abspath(a.project)
    letters = find_letters(folder)
    if not letters:
        print(f"no letters with .expected.json in {folder}")
        return 2
    provinces = read_provinces(folder)
    rows, details = [], []
    field_tally = {}
    sum_r = sum_t = 0
    for stem, path, exp_path in letters:
        with open(exp_path, encoding="utf-8") as f:
            exp = json.load(f)
        argv_ = build_argv(a.cmd, path, provinces.get(stem, a.province))
        rc, out, err = run(argv_, project, a.timeout)
        got = parse_json(out)
        r, t, misses, notes = score_letter(exp, rc, got)
        sum_r += r
        sum_t += t
        kind = "bad" if exp.get("problems") else "good"
        rows.append((os.path.basename(path), kind, r, t, misses, notes,
                     (err or "").strip()[-400:] if (rc != 0 or got is None) else ""))
        details.append({"letter": os.path.basename(path), "kind": kind, "right": r, "total": t,
                        "exit": rc, "misses": misses, "notes": notes, "output": got})
        for m in misses:
            key = ("task not found" if re.match(r"^t\d+ \(", m)
                   else re.sub(r"^t\d+\.", "task.", m.split(":")[0]).split(" (")[0])
            field_tally[key] = field_tally.get(key, 0) + 1

    w = max(len(r[0]) for r in rows)
    print(f"{'letter'.ljust(w)}  kind  right/total")
    for name, kind, r, t, misses, notes, err in rows:
        print(f"{name.ljust(w)}  {kind:4}  {r:>3}/{t:<3}")
        for m in misses:
            print(f"{'':{w}}    - {m}")
        for n in notes:
            print(f"{'':{w}}    · {n}")
        if err and a.show_stderr:
            for line in err.splitlines()[-5:]:
                print(f"{'':{w}}    ! {line}")
    if field_tally:
        print("misses by field: " + ", ".join(f"{k} {v}" for k, v in sorted(field_tally.items(), key=lambda x: -x[1])))
    pct = 100.0 * sum_r / sum_t if sum_t else 0.0
    print(f"TOTAL  {sum_r}/{sum_t}  {pct:.1f}%  ({len(rows)} letters, {folder})")
    if a.json_out:
        with open(a.json_out, "w", encoding="utf-8") as f:
            json.dump({"right": sum_r, "total": sum_t, "percent": round(pct, 1), "letters": details},
                      f, ensure_ascii=False, indent=2)
    if a.min is not None and pct < a.min:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
